package org.handbookpress.files;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A glob over paths relative to the content folder, as authors write them in handbook.yml ({@code defaults:}'s
 * {@code path:}, a pack's {@code include:}, {@code nav:}): {@code *} any name, {@code **} any folders,
 * {@code [0-9]} a character, {@code {a,b}} either. {@code **}{@code /} also matches no folder at all, as it does in
 * .gitignore, Bash's globstar, Hugo and MkDocs: {@code policies/**}{@code /*.md} takes {@code policies/safeguarding.md},
 * and {@code **}{@code /*.md} takes {@code index.md}. Java's own glob needs a folder there, so a pack that named
 * {@code toolkit/**}{@code /*.md} left out every page directly in {@code toolkit/}.
 */
public final class Globs {

    /** What to do about a pattern that is no glob, for a finding's fix. */
    public static final String HOW_TO_WRITE = "use * for any name, ** for any folders, [0-9] for a digit, {a,b} for either";

    private Globs() {
    }

    /** Why a pattern is no glob, from {@link #matcher}'s exception: the first line of Java's message. */
    public static String problem(IllegalArgumentException e) {
        return e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    }

    /** Whether an entry is a pattern rather than a file or folder name. */
    public static boolean isPattern(String entry) {
        return entry.contains("*") || entry.contains("?") || entry.contains("[") || entry.contains("{");
    }

    /**
     * The matcher for a glob; throws {@link IllegalArgumentException} (with Java's message) when it is not one.
     * The glob is matched as written and with each {@code **}{@code /} at a folder's start left out, in every combination.
     */
    public static PathMatcher matcher(String glob) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String variant : variants(glob)) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
        }
        return path -> {
            for (PathMatcher matcher : matchers) {
                if (matcher.matches(path)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Set<String> variants(String glob) {
        Set<String> out = new LinkedHashSet<>();
        variants(glob, 0, out);
        return out;
    }

    /** The glob as it is from {@code from} on, and with the next folder-starting {@code **}{@code /} left out; a pattern has few. */
    private static void variants(String glob, int from, Set<String> out) {
        int at = glob.indexOf("**/", from);
        while (at > 0 && glob.charAt(at - 1) != '/') {
            at = glob.indexOf("**/", at + 1);
        }
        if (at < 0) {
            out.add(glob);
            return;
        }
        variants(glob, at + 3, out);
        variants(glob.substring(0, at) + glob.substring(at + 3), at, out);
    }
}
