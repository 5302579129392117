package org.handbookpress.findings;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author's {@code <!-- handbook-ignore image.alt-missing -->} comments in a page's Markdown: the codes each names, by
 * the line it silences. Read here, below every stage, so that a stage that gathers several places into one finding
 * (Eleventy's picture tags) can tell which of them an author silenced, as check.Silences does for each finding.
 */
public final class SilenceComments {

    private static final Pattern COMMENT = Pattern.compile("<!--\\s*handbook-ignore\\s+(.*?)\\s*-->");

    private SilenceComments() {
    }

    /**
     * The names each line's comments give, by line of the file ({@code bodyLine} that of the Markdown's first): a comment
     * alone on its line silences the next line that is not blank; at the end of a line, that line.
     */
    public static Map<Integer, Set<String>> read(String markdown, int bodyLine) {
        Map<Integer, Set<String>> byLine = new HashMap<>();
        if (!markdown.contains("handbook-ignore")) {
            return byLine; // most pages: one scan of the text, not a split into lines and a pattern per line
        }
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = COMMENT.matcher(lines[i]);
            while (m.find()) {
                Set<String> codes = new LinkedHashSet<>(List.of(m.group(1).trim().split("[\\s,]+")));
                int target = i;
                if (lines[i].strip().equals(m.group().strip())) {
                    target = i + 1;
                    while (target < lines.length && lines[target].isBlank()) {
                        target++;
                    }
                }
                byLine.computeIfAbsent(bodyLine + target, k -> new LinkedHashSet<>()).addAll(codes);
            }
        }
        return byLine;
    }

    /** Whether one of the names is the code or a group of it ({@code link} for {@code link.broken}). */
    public static boolean namesAny(Set<String> names, String code) {
        return names != null && names.stream().anyMatch(name -> matches(name, code));
    }

    /** {@code name} is the code itself or a group of codes ({@code link} for {@code link.broken}). */
    public static boolean matches(String name, String code) {
        return code.equals(name) || code.startsWith(name + ".");
    }
}
