package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real-world curricula in ../shared/corpora, written by others in other tools' dialects:
 * no crash, every problem named with its file (and line where there is one), each foreign construct
 * reported once per page rather than printed as stray punctuation.
 */
class CorporaTest {

    private static Path corpus(String name) {
        Path path = Path.of(System.getProperty("handbook.repoRoot", ".."), "..", "shared", "corpora", name).normalize();
        assumeTrue(Files.isDirectory(path) || "true".equals(System.getenv("CI")), "corpus " + name + " not found beside the repository");
        return path;
    }

    private static List<Finding> buildOrReport(Path content, Path out) {
        try {
            return TestHandbooks.build(content, out).findings();
        } catch (BuildFailure failure) {
            return failure.findings();
        }
    }

    @Test
    void carpentriesInstructorTraining(@TempDir Path dir) {
        List<Finding> findings = buildOrReport(corpus("carpentries-instructor-training"), dir.resolve("out"));
        assertTrue(findings.stream().allMatch(f -> !f.message().isBlank() && f.fix() != null), findings.toString());
        // Pandoc fenced divs (::: challenge) and {alt=…} attributes: reported once per page, with the line.
        List<Finding> divs = findings.stream().filter(f -> f.code().equals("syntax.fenced-div")).toList();
        assertTrue(divs.size() >= 10, divs.toString());
        assertTrue(divs.stream().allMatch(f -> f.line() > 0 && f.severity() == Severity.WARNING));
        Set<String> pages = new HashSet<>();
        assertTrue(divs.stream().allMatch(f -> pages.add(f.file())), "once per page");
        assertTrue(findings.stream().anyMatch(f -> f.code().equals("syntax.pandoc-attributes") && f.file().equals("episodes/01-welcome.md")));
        // Its links to files it does not ship (PDFs, other repositories' pages) are named with file and line.
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(f -> f.code().startsWith("link.") || f.code().startsWith("image.")), errors.toString());
        assertTrue(errors.stream().allMatch(f -> f.line() > 0), errors.toString());
        assertFalse(Files.exists(dir.resolve("out")), "a failed build writes no output");
    }

    @Test
    void carpentriesBuildsWhenBrokenLinksAreWarnings(@TempDir Path dir) throws Exception {
        // A migrating user's first step: copy the content, tell the build that broken links are warnings.
        Path content = dir.resolve("content");
        copyTree(corpus("carpentries-instructor-training"), content);
        Files.writeString(content.resolve("handbook.yml"), "title: Instructor Training\nbroken-links: warning\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertTrue(result.pages() >= 40, "every episode and page: " + result.pages());
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("link.broken") && f.severity() == Severity.WARNING));
        assertEquals(List.of(), SiteLinks.broken(out), "unresolved links are shown as text, not left broken");
        assertEquals(List.of(), SiteLinks.externalResources(out), "the README's badges from other websites are dropped");
        assertTrue(Files.readString(out.resolve("episodes/01-welcome.html")).contains("missing-image") == false
                || Files.isRegularFile(out.resolve("episodes/fig/Blooms.png")));
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void mozillaOpenLeadershipTraining(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(corpus("mozilla-open-leadership-training"), out);
        assertEquals(4, result.pages(), "README, CODE_OF_CONDUCT, CONTRIBUTING, index; _articles is hidden by the underscore rule");
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertEquals(List.of(), SiteLinks.broken(out));
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("config.unknown-key") && f.file().equals("index.md") && f.line() == 2));
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("page.hidden-folder") && f.file().equals("_articles/")),
                "the author is told where the modules went");
    }
}
