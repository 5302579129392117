package org.handbookpress.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.SilenceComments;

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
        SilenceComments.read(page.markdown(), page.bodyLine()).forEach((line, codes) -> byLine
                .computeIfAbsent(page.path(), k -> new HashMap<>()).computeIfAbsent(line, k -> new java.util.LinkedHashSet<>()).addAll(codes));
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
        return SilenceComments.namesAny(names, code);
    }

    /** {@code name} is the code itself or a group of codes ({@code link} for {@code link.broken}). */
    static boolean matches(String name, String code) {
        return SilenceComments.matches(name, code);
    }
}
