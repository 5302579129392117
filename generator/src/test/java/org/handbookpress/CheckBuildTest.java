package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.handbookpress.output.OutputGuard;
import org.handbookpress.testing.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks as a build runs them: strictness, the report file, silencing, scripts, handbook-wide checks. */
class CheckBuildTest {

    @TempDir
    Path dir;

    private ProjectFixture project(String config) throws IOException {
        return new ProjectFixture(dir)
                .file("handbook.yml", "title: Test Handbook\n" + config)
                .file("index.md", "---\ntitle: Home\n---\nWelcome to the handbook.\n");
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }

    @Test
    void warningsPassUnlessStrict() throws Exception {
        ProjectFixture p = project("").file("about.md", "---\ntitle: About\n---\n\nLorem ipsum dolor sit amet.\n");
        BuildResult result = p.build();
        assertEquals(List.of("about.md:5 placeholder.lorem-ipsum"), codes(result.findings()));
        assertTrue(Files.isRegularFile(p.output().resolve("about.html")));

        BuildFailure strict = assertThrows(BuildFailure.class, () -> p.build(p.options().withStrict(true)));
        assertEquals(List.of("about.md:5 placeholder.lorem-ipsum"), codes(strict.findings()));
        assertTrue(strict.getMessage().contains("warnings fail the build in strict mode"), strict.getMessage());
    }

    @Test
    void strictInHandbookYmlFailsOnWarningsAndTheOptionOverridesIt() throws Exception {
        ProjectFixture p = project("strict: true\n").file("about.md", "---\ntitle: About\n---\nTBC\n");
        Path marker = Files.createDirectories(p.output()).resolve("previous.txt");
        Files.writeString(marker, "previous site");
        Files.writeString(p.output().resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT); // a previous build's
        BuildFailure failure = assertThrows(BuildFailure.class, p::build);
        assertEquals(List.of("about.md:4 placeholder.todo"), codes(failure.findings()));
        assertEquals("previous site", Files.readString(marker), "a failed build leaves the previous output");
        assertEquals(1, p.build(p.options().withStrict(false)).findings().size());
    }

    @Test
    void buildAndCheckBothWriteTheJsonReport() throws Exception {
        ProjectFixture p = project("").file("about.md", "---\ntitle: About\n---\nSee ![](missing.png).\n");
        assertThrows(BuildFailure.class, p::build);
        JsonNode failed = new ObjectMapper().readTree(p.report().toFile());
        assertFalse(failed.get("passed").asBoolean());
        assertEquals(1, failed.get("summary").get("errors").asInt());
        JsonNode first = failed.get("findings").get(0);
        assertEquals("about.md", first.get("file").asText());
        assertEquals(4, first.get("line").asInt());
        assertEquals("image.missing", first.get("code").asText(), "errors come first on a line");
        assertEquals("image.alt-missing", failed.get("findings").get(1).get("code").asText());

        p.file("about.md", "---\ntitle: About\n---\nAll fine, TBD.\n");
        Files.delete(p.report());
        p.build(p.options().checkingOnly());
        JsonNode checked = new ObjectMapper().readTree(p.report().toFile());
        assertTrue(checked.get("passed").asBoolean());
        assertEquals("placeholder.todo", checked.get("findings").get(0).get("code").asText());
        assertFalse(Files.exists(p.output()), "check writes nothing but its report");
    }

    @Test
    void reportIsNeverWrittenIntoTheContentFolder() throws Exception {
        ProjectFixture p = project("");
        BuildFailure refused = assertThrows(BuildFailure.class, () -> p.build(p.options().withReport(p.content().resolve("report.json"))));
        assertEquals(List.of(":0 output.report-unsafe"), codes(refused.findings()));
        assertFalse(Files.exists(p.content().resolve("report.json")));
        assertFalse(Files.exists(p.output()), "a refused report stops the build before it writes anything");
    }

    @Test
    void aPictureItsFiguresCaptionDescribesNeedsNoAltText() throws Exception {
        // GitBook writes every picture as a figure, its alt empty and its caption the description.
        ProjectFixture p = project("nav:\n  - index.md\n")
                .bytes("images/a.png", picture(0))
                .file("index.md", "---\ntitle: Home\n---\n<figure><img src=\"images/a.png\" alt=\"\"><figcaption><p>The rota board</p>"
                        + "</figcaption></figure>\n\n<figure><img src=\"images/a.png\" alt=\"\"><figcaption></figcaption></figure>\n\n"
                        + "![](images/a.png)\n");
        BuildResult result = p.build();
        assertEquals(List.of("index.md:6 image.alt-missing", "index.md:8 image.alt-missing"), codes(result.findings()),
                "an empty caption describes nothing, and a picture outside a figure has no caption");
    }

    @Test
    void findingsCanBeSilencedByFrontMatterAndComment() throws Exception {
        ProjectFixture p = project("nav:\n  - index.md\n")
                .bytes("images/a.png", picture(0))
                .file("hidden.md", "---\ntitle: Hidden\nignore: [page.unreachable, placeholder]\n---\nLorem ipsum, TBC.\n\n"
                        + "<!-- handbook-ignore image.alt-missing -->\n![](images/a.png)\n\n![](images/a.png)\n");
        BuildResult result = p.build();
        assertEquals(List.of("hidden.md:10 image.alt-missing"), codes(result.findings()));
        assertEquals(4, new ObjectMapper().readTree(p.report().toFile()).get("summary").get("silenced").asInt());
    }

    @Test
    void scriptsAreRemovedUnlessAllowed() throws Exception {
        String page = "---\ntitle: Page\n---\nText.\n\n<script>alert('hello')</script>\n";
        ProjectFixture p = project("").file("page.md", page);
        BuildResult removed = p.build();
        assertEquals(List.of("page.md:6 html.script"), codes(removed.findings()));
        assertEquals(Severity.WARNING, removed.findings().get(0).severity());
        Document html = Jsoup.parse(p.output().resolve("page.html").toFile());
        assertTrue(html.select("script:containsData(hello)").isEmpty(), "removed by default");

        project("strip-scripts: true\n");
        BuildResult stripped = p.build();
        assertEquals(List.of("page.md:6 html.script-stripped"), codes(stripped.findings()));
        assertEquals(Severity.NOTICE, stripped.findings().get(0).severity());
        Document clean = Jsoup.parse(p.output().resolve("page.html").toFile());
        assertTrue(clean.select("script:containsData(hello)").isEmpty());

        project("allow-scripts: true\n");
        BuildResult allowed = p.build();
        assertEquals(List.of("page.md:6 html.script"), codes(allowed.findings()));
        assertTrue(allowed.findings().get(0).message().startsWith("kept"), allowed.findings().get(0).message());
        Document kept = Jsoup.parse(p.output().resolve("page.html").toFile());
        assertEquals(1, kept.select("script:containsData(hello)").size(), "kept as written with allow-scripts: true");
    }

    @Test
    void policyWithoutReviewDateIsAWarning() throws Exception {
        ProjectFixture p = project("").file("policies/privacy.md", "---\ntitle: Privacy\nkind: policy\n---\nWe keep notes safe.\n");
        Finding f = p.build().findings().stream().filter(x -> x.code().equals("review.missing")).findFirst().orElseThrow();
        assertEquals("policies/privacy.md", f.file());
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void handbookWideChecks() throws Exception {
        ProjectFixture p = project("nav:\n  - index.md\n  - a.md\n")
                .file("a.md", "---\ntitle: Same\n---\nSee [the readme](../README.md).\n")
                .file("b.md", "# Same\n\nText.\n");
        BuildFailure failure = assertThrows(BuildFailure.class, p::build);
        assertEquals(List.of("a.md:4 link.md-outside", "b.md:0 page.unreachable", "b.md:1 page.duplicate-title"),
                codes(failure.findings()));
    }

    @Test
    void largeImagesAndMissingAltText() throws Exception {
        ProjectFixture p = project("")
                .bytes("images/big.jpg", picture(1024 * 1024 + 1))
                .bytes("images/small.jpg", picture(1024 * 1024))
                .file("a.md", "---\ntitle: A\n---\n![A big photo](images/big.jpg)\n\n![A small photo](images/small.jpg)\n\n![](images/small.jpg)\n");
        List<Finding> findings = p.build().findings();
        assertEquals(List.of("a.md:4 image.too-large", "a.md:8 image.alt-missing"), codes(findings));
        assertTrue(findings.get(0).message().contains("images/big.jpg is 1.0 MB"), findings.get(0).message());
    }

    @Test
    void agendaItemsAreReportedOnTheirOwnLines() throws Exception {
        ProjectFixture p = project("").file("session.md", "---\ntitle: Session\nkind: session\nduration: 1h\n---\n"
                + "- [15 min] Welcome\n- Introductions\n- [50 min] Main part\n");
        assertEquals(List.of("session.md:4 session.total", "session.md:7 session.item-duration"), codes(p.build().findings()));
    }

    /**
     * A Ukrainian handbook's session plan writes its planned length as its agenda's, {@code duration: 1 год 30 хв}: read
     * in the page's language, compared with the agenda, where it was an error that failed the build (not a length of time).
     */
    @Test
    void aSessionsDurationInThePagesLanguageIsComparedWithItsAgenda() throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: Довідник\nlanguage: uk\n")
                .file("index.md", "---\ntitle: Головна\n---\nЛаскаво просимо.\n")
                .file("session.md", "---\ntitle: Зустріч\nkind: session\nduration: 1 год 30 хв\n---\n- [15 хв] Чай\n- [1 год] Розмова\n");
        assertEquals(List.of("session.md:4 session.total"), codes(p.build().findings()));
    }

    @Test
    void aRenderedHtmlBesideItsPageIsLeftOutWithOneWarning() throws Exception {
        ProjectFixture p = project("").file("about.md", "---\ntitle: About\n---\nText.\n").file("about.html", "<p>old page</p>\n");
        assertEquals(List.of("about.html:0 page.html-beside"), codes(p.build().findings()));
    }

    @Test
    void twoPagesWithTheSameOutputPath() throws Exception {
        ProjectFixture p = project("").file("about.md", "---\ntitle: About\n---\nText.\n").file("About.md", "---\ntitle: About us\n---\nText.\n");
        BuildFailure failure = assertThrows(BuildFailure.class, p::build);
        assertEquals(List.of("About.md:0 page.same-output"), codes(failure.findings()));
    }

    @Test
    void aFileLeftOutIsReportedWithEveryOtherFindingAndTheLinksToItSaySo() throws Exception {
        // A migrated book: one picture linked in from outside the folder, one page that is no text, and the findings of
        // the rest of the book, which the first two once hid (the build stopped at them).
        Path outside = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("map.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        ProjectFixture p = project("nav:\n  - index.md\n  - notes.md\n  - about.md\n")
                .file("about.md", "---\ntitle: About\n---\n![The map](pictures/map.svg)\n\nSee [the notes](notes.md) and [rota](rota.md). TBC\n")
                .bytes("notes.md", new byte[] {'#', ' ', 'N', 0, 'x'});
        Files.createSymbolicLink(Files.createDirectories(p.content().resolve("pictures")).resolve("map.svg"), outside);

        BuildFailure failure = assertThrows(BuildFailure.class, p::build);
        assertEquals(List.of("about.md:4 image.missing", "about.md:6 link.broken", "about.md:6 link.broken", "about.md:6 placeholder.todo",
                "handbook.yml:4 nav.missing", "notes.md:0 file.binary", "pictures/map.svg:0 file.link-outside"), codes(failure.findings()).stream().sorted().toList());
        List<String> messages = failure.findings().stream().map(Finding::message).toList();
        assertTrue(messages.contains("image 'pictures/map.svg' is not in the site: the build leaves pictures/map.svg out (its own finding"
                + " says why)"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("link to 'notes.md', but notes.md is left out of the build")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("link to 'rota.md', but there is no page rota.md")), messages.toString());
        assertTrue(messages.contains("nav names the page 'notes.md', which the build left out: a draft, or a page it could not read (see"
                + " that page's own finding)"), messages.toString());
        assertFalse(Files.exists(p.output().resolve("about.html")), "a build with errors writes nothing");
    }

    @Test
    void aPagesUnreadableFrontMatterFailsTheBuildButTheRestOfTheHandbookIsCheckedToo() throws Exception {
        // A course of 600 pages: one legacy page's title had an unquoted ': ' in it, and that one error was all a check said.
        ProjectFixture p = project("")
                .file("unit-1.md", "---\ntitle: Unit 1: basics\n---\n# Unit one\n\nSee [the notes](notes.md).\n")
                .file("notes.md", "---\ntitle: Notes\n---\nBack to [unit one](unit-1.md) and [the rota](rota.md).\n");

        BuildFailure failure = assertThrows(BuildFailure.class, p::build);
        assertEquals(List.of("notes.md:4 link.broken", "unit-1.md:2 yaml.malformed"), codes(failure.findings()).stream().sorted().toList());
        assertTrue(failure.findings().stream().anyMatch(f -> f.code().equals("yaml.malformed") && f.fix().contains("title: \"Unit 1: basics\"")),
                failure.findings().toString());
        assertFalse(Files.exists(p.output().resolve("notes.html")), "a build with errors writes nothing");
    }

    /** A real picture (a 1×1 PNG, as the picture checks read headers), padded with zeros to {@code size} bytes. */
    private static byte[] picture(int size) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        return java.util.Arrays.copyOf(png, Math.max(size, png.length));
    }
}
