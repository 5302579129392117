package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleBuildTest {

    @Test
    void oneThreadAndManyGiveIdenticalBytes(@TempDir Path dir) throws Exception {
        // Every file, the pack, page, slides and handout PDFs included: the parallel stages must not change a byte.
        Path first = dir.resolve("many");
        Path second = dir.resolve("one");
        BuildOptions options = BuildOptions.of(TestHandbooks.exampleContent(), first).withTimestamp(TestHandbooks.TIMESTAMP);
        new HandbookBuild(options.withThreads(4), BuildLog.SILENT).run();
        new HandbookBuild(BuildOptions.of(TestHandbooks.exampleContent(), second).withTimestamp(TestHandbooks.TIMESTAMP).withThreads(1),
                BuildLog.SILENT).run();
        List<Path> files = tree(first);
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("-slides.pdf")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("-handout.pdf")), files.toString());
        assertEquals(files, tree(second));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file.toString());
        }
    }

    @Test
    void failedBuildLeavesThePreviousOutputUntouched(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n", "policies/p.md", "---\nkind: policy\nreviewed: 2026-01-01\nreview-every: 1 year\n---\n# P\n"));
        Path out = dir.resolve("target/handbook");
        TestHandbooks.build(content, out);
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        Files.writeString(content.resolve("policies/p.md"), "---\nkind: policy\ntitle: [unclosed\n---\n# P\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> TestHandbooks.build(content, out));
        Finding error = failure.findings().stream().filter(f -> f.severity() == org.handbookpress.findings.Severity.ERROR).findFirst().orElseThrow();
        assertEquals("policies/p.md", error.file());
        assertEquals(3, error.line());
        assertTrue(error.format().startsWith("policies/p.md:3: error: malformed YAML"), error.format());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve("documents.html")));
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of(out), siblings.toList(), "no staging folder left behind");
        }
    }

    @Test
    void overdueReviewIsMarkedAndWarned(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n",
                "policies/old.md", "---\nkind: policy\nreviewed: 2024-01-01\nreview-every: 12 months\n---\n# Old Policy\n",
                "policies/new.md", "---\nkind: policy\nreviewed: 2026-10-01\nreview-every: 12 months\n---\n# New Policy\n"));
        BuildResult result = TestHandbooks.build(content, dir.resolve("out"));
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("review.overdue") && f.file().equals("policies/old.md")));
        var docs = org.jsoup.Jsoup.parse(dir.resolve("out/documents.html").toFile(), "UTF-8");
        var oldRow = docs.select("tr:has(a:contains(Old Policy))").first();
        assertTrue(oldRow.text().contains("overdue") || oldRow.text().contains("Overdue"), oldRow.text());
        assertTrue(oldRow.text().contains("1 January 2025"), oldRow.text());
    }

    @Test
    void sitemapOnlyWithBaseUrl(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("handbook.yml", "title: T\nbaseUrl: https://handbook.example.org\n",
                "index.md", "# Home\n", "toolkit/a.md", "# A\n"));
        TestHandbooks.build(content, dir.resolve("out"));
        String sitemap = Files.readString(dir.resolve("out/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://handbook.example.org/toolkit/a.html</loc>"), sitemap);
    }

    @Test
    void previewBuildLeavesThePdfsOut(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        new HandbookBuild(BuildOptions.of(TestHandbooks.exampleContent(), out).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(),
                BuildLog.SILENT).run();
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.notExists(out.resolve("downloads/mentor-training-workbook.pdf")));
        assertEquals(List.of(), SiteLinks.broken(out), "no page links a PDF that was not printed");
    }

    private static List<Path> tree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
