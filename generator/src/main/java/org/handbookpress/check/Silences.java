package org.handbookpress.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;

/**
 * The findings an author has said are intended, so the report stays about real problems:
 * <ul>
 *   <li>for a whole page, front matter {@code ignore: [placeholder.todo, page.unreachable]};</li>
 *   <li>for one place, an HTML comment {@code <!-- handbook-ignore image.alt-missing -->} on the line
 *       before (or at the end of the line itself).</li>
 * </ul>
 * A name matches its code exactly or as a group: {@code placeholder} silences every {@code placeholder.*}.
 * Findings that guard the build itself (unreadable files, unsafe paths, broken settings, templates)
 * cannot be silenced: the build cannot do what the author intends while they stand.
 */
public final class Silences implements Predicate<Finding> {

    /** Codes (and groups) no comment or front matter can silence. */
    static final List<String> GUARDS = List.of("file", "yaml", "front-matter", "config", "content", "output", "internal",
            "template", "io", "page.same-output", "link.outside", "link.md-outside", "image.outside", "image.remote");

    private static final Pattern COMMENT = Pattern.compile("<!--\\s*handbook-ignore\\s+(.*?)\\s*-->");

    private final Map<String, Set<String>> byPage = new HashMap<>();
    private final Map<String, Map<Integer, Set<String>>> byLine = new HashMap<>();

    private Silences() {
    }

    public static Silences of(List<Page> pages) {
        Silences silences = new Silences();
        for (Page page : pages) {
            if (!page.meta().ignore().isEmpty()) {
                silences.byPage.put(page.path(), Set.copyOf(page.meta().ignore()));
            }
            silences.readComments(page);
        }
        return silences;
    }

    /** A comment alone on its line silences the next line that is not blank; at the end of a line, that line. */
    private void readComments(Page page) {
        if (!page.markdown().contains("handbook-ignore")) {
            return; // most pages: one scan of the text, not a split into lines and a pattern per line
        }
        String[] lines = page.markdown().split("\n", -1);
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
                byLine.computeIfAbsent(page.path(), k -> new HashMap<>())
                        .computeIfAbsent(page.bodyLine() + target, k -> new LinkedHashSet<>()).addAll(codes);
            }
        }
    }

    @Override
    public boolean test(Finding finding) {
        if (isGuard(finding.code())) {
            return false;
        }
        if (matchesAny(byPage.get(finding.file()), finding.code())) {
            return true;
        }
        Map<Integer, Set<String>> lines = byLine.get(finding.file());
        return lines != null && finding.line() > 0 && matchesAny(lines.get(finding.line()), finding.code());
    }

    public boolean isEmpty() {
        return byPage.isEmpty() && byLine.isEmpty();
    }

    static boolean isGuard(String code) {
        return GUARDS.stream().anyMatch(guard -> matches(guard, code));
    }

    private static boolean matchesAny(Set<String> names, String code) {
        return names != null && names.stream().anyMatch(name -> matches(name, code));
    }

    /** {@code name} is the code itself or a group of codes ({@code link} for {@code link.broken}). */
    static boolean matches(String name, String code) {
        return code.equals(name) || code.startsWith(name + ".");
    }
}
