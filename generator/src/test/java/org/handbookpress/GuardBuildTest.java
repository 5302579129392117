package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Finding;
import org.handbookpress.testing.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds: linked content, refused reports, builds of nothing, and failures that tell the truth. */
class GuardBuildTest {

    @TempDir
    Path dir;

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }

    /** A project whose content/ is a symbolic link to a folder elsewhere. */
    private ProjectFixture linkedContent() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/handbook-content"));
        Files.writeString(elsewhere.resolve("handbook.yml"), "title: Linked\n");
        Files.writeString(elsewhere.resolve("index.md"), "# Home\n\nSee [the rota](rota.md).\n");
        Files.writeString(elsewhere.resolve("rota.md"), "# Rota\n\nMondays and Thursdays.\n");
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createSymbolicLink(project.resolve("content"), elsewhere);
        return new ProjectFixture(project);
    }

    @Test
    void aSymlinkedContentFolderBuildsItsPages() throws Exception {
        ProjectFixture p = linkedContent();
        BuildResult result = p.build(p.options().withoutPdfs());
        assertEquals(2, result.pages());
        assertTrue(Files.readString(p.output().resolve("rota.html")).contains("Mondays and Thursdays"));
        assertTrue(Files.readString(p.output().resolve("index.html")).contains("href=\"rota.html\""));
    }

    @Test
    void aReportThroughTheLinkedContentIsRefusedAndThePageKept() throws Exception {
        ProjectFixture p = linkedContent();
        Path page = dir.resolve("elsewhere/handbook-content/index.md");
        String before = Files.readString(page);
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> p.build(p.options().withReport(p.content().resolve("index.md"))));
        assertEquals(List.of(":0 output.report-unsafe"), codes(failure.findings()));
        assertEquals(before, Files.readString(page), "the page is not overwritten with JSON");
        assertFalse(Files.exists(p.output()), "nothing built");
    }

    @Test
    void aReportNeverOverwritesAFileThatIsNotAReport() throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: T\n").file("index.md", "# Home\n\nText.\n");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> p.build(p.options().withReport(notes)));
        assertEquals(List.of(":0 output.report-unsafe"), codes(failure.findings()));
        assertEquals("my notes", Files.readString(notes));
        // A previous report is replaced as usual.
        p.build(p.options().withoutPdfs());
        p.build(p.options().withoutPdfs());
        assertTrue(new ObjectMapper().readTree(p.report().toFile()).get("passed").asBoolean());
    }

    @Test
    void aBuildOfNoPagesIsAnError() throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: Nothing\n");
        BuildFailure failure = assertThrows(BuildFailure.class, p::build);
        assertEquals(List.of(":0 content.no-pages"), codes(failure.findings()));
        assertFalse(Files.exists(p.output()));
    }

    @Test
    void aFolderOfTemplatedMarkdownSaysWhatItHoldsAndHowToBuildIt() throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: Ways of working\n")
                .file("manuals/rota.md.njk", "---\ntitle: Rota\n---\n\n# {{ title }}\n")
                .file("standards/shifts.md.liquid", "# Shifts\n");
        BuildFailure failure = assertThrows(BuildFailure.class, p::build);
        assertEquals(List.of(":0 content.no-pages"), codes(failure.findings()));
        String message = failure.findings().get(0).message();
        assertTrue(message.contains("2 file(s) of Markdown kept under a template's name") && message.contains("manuals/rota.md.njk and 1 more"),
                message);
        assertTrue(failure.findings().get(0).fix().contains("x.md.njk to x.md"), failure.findings().get(0).fix());
    }

    @Test
    void aFolderOfReStructuredTextSaysWhatItHoldsAndHowToConvertIt() throws Exception {
        // A Sphinx handbook all in reStructuredText (Mautic's community handbook): the pages are there, in a format not read.
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: Community handbook\n")
                .file("index.rst", "Welcome\n=======\n")
                .file("policies/code-of-conduct.rst", "Code of conduct\n===============\n")
                .file("notes/meeting.adoc", "= Meeting\n")
                .file("node_modules/x/view.hbs", "{{x}}\n");
        BuildFailure failure = assertThrows(BuildFailure.class, p::build);
        assertEquals(List.of(":0 content.no-pages"), codes(failure.findings()));
        String message = failure.findings().get(0).message();
        assertTrue(message.contains("has no pages, but 3 file(s) of a format the build does not read, 2 of them reStructuredText (index.rst and 2 more)"),
                message);
        assertEquals("convert it to Markdown (pandoc -f rst -t gfm index.rst -o index.md), and the same for the others", failure.findings().get(0).fix());
    }

    @Test
    void aLayoutThatRecursesWithoutEndIsOneFindingAndTheReportSaysFailed() throws Exception {
        // A user's layout that recurses without end: a StackOverflowError deep inside Freemarker, which the theme
        // turns into a template.error naming the layout (an overflow anywhere else is internal.error: InternalFailureTest).
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: T\n").file("index.md", "# Home\n\nText.\n");
        Path layouts = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(layouts.resolve("page.ftlh"), "<#macro down n><@down n + 1/></#macro><@down 0/>\n");
        Files.writeString(layouts.resolve("home.ftlh"), "<#macro down n><@down n + 1/></#macro><@down 0/>\n");
        Path previous = Files.createDirectories(p.output()).resolve("old.html");
        Files.writeString(previous, "previous");
        Files.writeString(p.output().resolve(org.handbookpress.output.OutputGuard.MARKER), org.handbookpress.output.OutputGuard.MARKER_TEXT);

        BuildFailure failure = assertThrows(BuildFailure.class, () -> p.build(p.options().withoutPdfs()));
        Finding finding = failure.findings().stream().filter(f -> f.code().equals("template.error"))
                .findFirst().orElseThrow(() -> new AssertionError(failure.findings().toString()));
        assertTrue(finding.message().contains("ran out of stack") && finding.file().endsWith(".ftlh"), finding.toString());
        assertTrue(failure.findings().stream().noneMatch(f -> f.code().equals("internal.error")), failure.findings().toString());
        assertFalse(finding.format().contains("\tat ") || finding.format().contains("Exception:"), finding.format());
        JsonNode report = new ObjectMapper().readTree(p.report().toFile());
        assertFalse(report.get("passed").asBoolean(), report.toString());
        assertTrue(report.get("summary").get("errors").asInt() >= 1);
        assertEquals("previous", Files.readString(previous), "the previous site stays");
        // The output's lock was released: the next build is not kept waiting.
        Files.delete(layouts.resolve("page.ftlh"));
        Files.delete(layouts.resolve("home.ftlh"));
        assertEquals(1, p.build(p.options().withoutPdfs()).pages());
    }

    /**
     * QA overrode policy.ftlh with ${page.summary}: it failed on the 65 of 70 policies without a summary, and the
     * finding named no page, the template by its name alone, and no way to write a value a page may lack.
     */
    @Test
    void aTemplateFailingOnSomePagesNamesTheFirstTheCountAndTheWayToWriteAValueAPageMayLack() throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: T\n").file("index.md", "# Home\n\nText.\n")
                .file("policies/a.md", "---\nkind: policy\nsummary: The first.\n---\n# A\n\nText.\n")
                .file("policies/b.md", "---\nkind: policy\n---\n# B\n\nText.\n")
                .file("policies/c.md", "---\nkind: policy\n---\n# C\n\nText.\n");
        Path layouts = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(layouts.resolve("policy.ftlh"), "<html><body>\n<h1>${page.title}</h1>\n<p>${page.summary}</p>\n</body></html>\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> p.build(p.options().withoutPdfs()));
        List<Finding> found = failure.findings().stream().filter(f -> f.code().equals("template.error")).toList();
        assertEquals(1, found.size(), failure.findings().toString());
        Finding finding = found.get(0);
        assertEquals("policy.ftlh", finding.file());
        assertEquals(3, finding.line());
        assertTrue(finding.message().contains("page.summary") && finding.message().contains("on 2 pages, the first policies/b.md"),
                finding.message());
        assertTrue(finding.fix().contains("templates/policy.ftlh at line 3") && finding.fix().contains("${page.summary!}")
                && finding.fix().contains("<#if page.summary??>"), finding.fix());
    }

    @Test
    void aFailureOnAPageNamesThePage() {
        Page page = new Page("guide/deep.md", "guide/deep.html", Path.of("guide/deep.md"), null, "Deep", "text", 4);
        InternalFailure failure = assertThrows(InternalFailure.class, () -> InternalFailure.onPage(page, () -> {
            throw new StackOverflowError();
        }));
        Finding finding = InternalFailure.finding(failure);
        assertEquals("guide/deep.md:4 internal.error", finding.file() + ":" + finding.line() + " " + finding.code());
        assertTrue(finding.message().contains("nested too deeply"), finding.message());
        Finding bug = InternalFailure.finding(new IllegalStateException("boom"));
        assertEquals("", bug.file());
        assertTrue(bug.message().contains("IllegalStateException (boom)"), bug.message());
    }

    @Test
    void aBuildFailingAfterItOpenedTheOutputLeavesTheLastSiteAsItWas() throws Exception {
        // The output folder is opened before the HTML passes (the pages' search texts are written from there on); a broken
        // link, found by those passes, fails the build after that: the last site stays, with no staging folder beside it.
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: T\n").file("index.md", "# Home\n\nSee [the rota](rota.md).\n")
                .file("rota.md", "# Rota\n\nMondays.\n");
        p.build(p.options().withoutPdfs());
        Path part = p.output().resolve("assets/search/p/0-0.js");
        String index = Files.readString(p.output().resolve("index.html"));
        String text = Files.readString(part);
        Files.writeString(p.content().resolve("index.md"), "# Home again\n\nSee [the rota](rota-gone.md).\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> p.build(p.options().withoutPdfs()));
        assertEquals(List.of("index.md:3 link.broken"), codes(failure.findings()));
        assertEquals(index, Files.readString(p.output().resolve("index.html")));
        assertEquals(text, Files.readString(part), "the search texts written for the failed build went with its staging folder");
        try (var siblings = Files.list(p.output().getParent())) {
            assertEquals(List.of(".handbook.lock", "handbook", "handbook-report.json"),
                    siblings.map(s -> s.getFileName().toString()).sorted().toList(), "no staging folder left");
        }
    }

    @Test
    void anOutputFolderRefusedIsReportedWithEveryContentFinding() throws Exception {
        // The folder is tried before the HTML passes, but its refusal is reported where the build first writes to it,
        // so the findings of the passes and checks after that point are not lost.
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: T\n").file("index.md", "# Home\n\nText.\n")
                .file("a.md", "# Same\n\nOne.\n").file("b.md", "# Same\n\nTwo.\n");
        Files.createDirectories(p.output());
        Files.writeString(p.output().resolve("notes.txt"), "not the build's");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> p.build(p.options().withoutPdfs()));
        List<String> codes = codes(failure.findings());
        assertTrue(codes.contains(":0 output.unsafe"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.endsWith(" page.duplicate-title")), "the checks' finding too: " + codes);
        assertEquals("not the build's", Files.readString(p.output().resolve("notes.txt")));
    }
}
