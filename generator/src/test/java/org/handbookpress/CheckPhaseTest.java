package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** handbook:check reports what handbook:build reports, the slide, pack, handout and glyph findings included. */
class CheckPhaseTest {

    static final String TOO_FULL = """
            ---
            title: Too Full
            kind: slides
            handout: sometimes
            ---

            ## A slide that fits

            - One point

            ---

            ## A slide with far too much on it

            """ + "- A point that goes on for a while and takes a line\n".repeat(14) + """

            ---

            ## The last slide fits
            """;

    static Path handbook(Path dir) throws Exception {
        return TestHandbooks.write(dir, Map.of(
                "handbook.yml", """
                        title: Check Phase
                        packs:
                          - id: workbook
                            title: Workbook
                            include:
                              - toolkit/
                              - toolkit/draft.md
                        """,
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/first.md", "---\ntitle: First\nkind: chapter\n---\nWe meet in the café, and write 漢字 on the board.\n",
                "toolkit/draft.md", "---\ntitle: Draft\ndraft: true\n---\nNot yet.\n",
                "training/too-full.md", TOO_FULL));
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }

    @Test
    void checkReportsSlideHandoutGlyphAndPackFindingsAsTheBuildDoes(@TempDir Path dir) throws Exception {
        Path content = handbook(dir);
        BuildOptions options = BuildOptions.of(content, dir.resolve("out")).withTimestamp(TestHandbooks.TIMESTAMP);
        BuildResult checked = new HandbookBuild(options.checkingOnly(), BuildLog.SILENT).run();
        List<String> codes = codes(checked.findings());
        assertTrue(codes.contains("training/too-full.md:13 slides.overflow"), codes.toString());
        assertTrue(codes.contains("training/too-full.md:4 front-matter.handout"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("toolkit/first.md:") && c.endsWith(" pdf.glyph-missing")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("handbook.yml:") && c.endsWith(" pack.include-draft")), codes.toString());
        assertFalse(Files.exists(dir.resolve("out")), "check writes nothing");

        BuildResult built = new HandbookBuild(options, BuildLog.SILENT).run();
        assertEquals(checked.findings(), built.findings(), "a build and a check report the same findings");
        assertTrue(Files.isRegularFile(dir.resolve("out/downloads/training/too-full-slides.pdf")));
    }

    /** A wrong value in the settings or a page's front matter used to stop the check there, hiding every other finding. */
    @Test
    void aWrongValueIsReportedWithEverythingElseAndTheBuildWritesNothing(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Wrong Values\npacks:\n  - id: workbook\n    title: Workbook\n    include: [toolkit/]\n    paper: A3\n",
                "index.md", "# Home\n\nSee [the missing page](missing.md).\n",
                "toolkit/first.md", "---\ntitle: First\norder: first\nreviewed: 2024-13-45\n---\n![](none.png)\n"));
        BuildOptions options = BuildOptions.of(content, dir.resolve("out")).withTimestamp(TestHandbooks.TIMESTAMP);
        BuildFailure checked = assertThrows(BuildFailure.class, () -> new HandbookBuild(options.checkingOnly(), BuildLog.SILENT).run());
        List<String> codes = codes(checked.findings());
        assertTrue(codes.containsAll(List.of("handbook.yml:6 config.paper", "toolkit/first.md:3 config.type",
                "toolkit/first.md:4 front-matter.date", "index.md:3 link.broken", "toolkit/first.md:6 image.missing")), codes.toString());
        BuildFailure built = assertThrows(BuildFailure.class, () -> new HandbookBuild(options, BuildLog.SILENT).run());
        assertEquals(checked.findings(), built.findings());
        assertFalse(Files.exists(dir.resolve("out")), "a failed build writes nothing");
        // Each says what was run: a volunteer who ran handbook:check was told the "build failed".
        assertTrue(checked.getMessage().startsWith("Handbook check failed: "), checked.getMessage());
        assertTrue(built.getMessage().startsWith("Handbook build failed: "), built.getMessage());
    }

    /**
     * Front matter never closed is an error, but the page is read up to its last key and the build goes on: the other
     * pages' findings come with it (one missing '---' used to hide them all), links to the page find it, and the build
     * still writes nothing.
     */
    @Test
    void unclosedFrontMatterIsReportedWithEverythingElse(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Unclosed\npacks:\n  - id: workbook\n    title: Workbook\n    include: [toolkit/first.md]\n",
                "index.md", "# Home\n\nSee [the first page](toolkit/first.md) and [the missing one](missing.md).\n",
                "toolkit/first.md", "---\ntitle: First\nkind: chapter\n\nNever closed. ![A chair](none.png)\n"));
        BuildOptions options = BuildOptions.of(content, dir.resolve("out")).withTimestamp(TestHandbooks.TIMESTAMP);
        BuildFailure checked = assertThrows(BuildFailure.class, () -> new HandbookBuild(options.checkingOnly(), BuildLog.SILENT).run());
        assertEquals(List.of("index.md:3 link.broken", "toolkit/first.md:1 front-matter.unclosed", "toolkit/first.md:5 image.missing"),
                codes(checked.findings()).stream().filter(c -> !c.contains("config.missing")).toList(),
                "the rest of the handbook is checked, and the page's own text from its line 5; no link.broken for the page itself");
        assertTrue(checked.findings().get(0).message().contains("missing.md"), checked.findings().get(0).message());
        BuildFailure built = assertThrows(BuildFailure.class, () -> new HandbookBuild(options, BuildLog.SILENT).run());
        assertEquals(checked.findings(), built.findings());
        assertFalse(Files.exists(dir.resolve("out")), "a failed build writes nothing");
    }
}
