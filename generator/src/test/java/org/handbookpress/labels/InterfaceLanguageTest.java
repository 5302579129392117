package org.handbookpress.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words around a handbook's text are in its language: the frame, generated pages, the register and findings. */
class InterfaceLanguageTest {

    private static final String POLICY = """
            ---
            kind: policy
            reviewed: 2020-01-01
            review-every: 12 months
            ---
            # %s

            %s
            """;

    @Test
    void aWelshHandbookHasAWelshFrame(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Llawlyfr\nlanguage: cy\n",
                "index.md", "# Croeso\n\nCroeso i'r llawlyfr.\n",
                "polisiau/diogelu.md", POLICY.formatted("Diogelu", "Sut rydym yn cadw pobl yn ddiogel.")));
        BuildResult result = build(content, dir.resolve("site"), null);
        Labels welsh = new LabelCatalogues(null).forLanguage("cy");
        Document policy = page(result, "polisiau/diogelu.html");
        assertEquals(welsh.text("skip-link"), policy.selectFirst("a.skip-link").text());
        assertEquals(welsh.text("menu"), policy.selectFirst("summary.menu-button").text());
        assertEquals(welsh.text("review.overdue"), policy.selectFirst(".review-box .badge").text().substring(1).strip());
        assertFalse(policy.text().contains("Skip to content"), "no English left in the frame");
        Document documents = page(result, "documents.html");
        assertEquals(welsh.text("documents.title"), documents.selectFirst("h1").text());
        assertTrue(Files.readString(result.output().resolve("documents.csv"), StandardCharsets.UTF_8).startsWith(welsh.text("documents.document") + ","));
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("labels.untranslated")), result.findings().toString());
    }

    @Test
    void aUkrainianHandbookGivesLengthsOfTimeInUkrainian(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Посібник\nlanguage: uk\n",
                "index.md", "# Вітаємо\n\nПосібник волонтера.\n",
                "polityky/zakhyst.md", POLICY.formatted("Захист", "Як ми бережемо людей.").replace("12 months", "2 years"),
                "navchannia/den.md", "---\nkind: session\nduration: 90 min\n---\n# День\n\n- [30 min] Знайомство\n- [1h] Практика\n"));
        BuildResult result = build(content, dir.resolve("site"), null);
        Document policy = page(result, "polityky/zakhyst.html");
        assertTrue(policy.selectFirst(".review-box").text().contains("2 роки"), policy.selectFirst(".review-box").text());
        assertFalse(policy.text().contains("years"), "no English period on a Ukrainian page");
        assertTrue(page(result, "documents.html").selectFirst("span.doc-every").text().equals("раз на 2 роки"),
                page(result, "documents.html").select("span.doc-every").text());
        assertTrue(Files.readString(result.output().resolve("documents.csv"), StandardCharsets.UTF_8).contains(",2 роки,"));
        Document session = page(result, "navchannia/den.html");
        assertTrue(session.text().contains("1 год 30 хв"), session.text());
        assertFalse(session.select("main").text().matches(".*\\d+ ?(min|h)\\b.*"), session.select("main").text());
    }

    @Test
    void aFolderOfTranslationsHasItsOwnLanguagesFrame(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Handbook\nlanguage: en-GB\n",
                "index.md", "# Welcome\n\nHello.\n",
                "about.md", "# About\n\nWho we are.\n",
                "contact.md", "# Contact\n\nHow to reach us.\n",
                "es/about.md", "# Sobre nosotros\n\nQuiénes somos.\n",
                "es/contact.md", "# Contacto\n\nCómo encontrarnos.\n"));
        BuildResult result = build(content, dir.resolve("site"), null);
        Labels spanish = new LabelCatalogues(null).forLanguage("es");
        assertEquals(spanish.text("skip-link"), page(result, "es/about.html").selectFirst("a.skip-link").text());
        assertEquals("Skip to content", page(result, "about.html").selectFirst("a.skip-link").text());
    }

    @Test
    void aLanguageNoCatalogueHasIsSaidOnceAndTheAuthorsOwnLabelsAreUsed(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Handbook\nlanguage: ti\n",
                "index.md", "# Welcome\n\nHello.\n",
                "about.md", "# About\n\nWho we are.\n"));
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("labels"));
        BuildResult english = build(content, dir.resolve("site"), templates);
        assertEquals(1, english.findings().stream().filter(f -> f.code().equals("labels.untranslated")).count(), english.findings().toString());
        assertEquals("Menu", page(english, "about.html").selectFirst("summary.menu-button").text());

        Files.writeString(templates.resolve("labels/ti.properties"), "menu = ዝርዝር\n", StandardCharsets.UTF_8);
        BuildResult own = build(content, dir.resolve("site2"), templates);
        assertTrue(own.findings().stream().noneMatch(f -> f.code().startsWith("labels.")), own.findings().toString());
        assertEquals("ዝርዝር", page(own, "about.html").selectFirst("summary.menu-button").text());
        assertEquals("Skip to content", page(own, "about.html").selectFirst("a.skip-link").text());
    }

    private static BuildResult build(Path content, Path output, Path templates) throws Exception {
        BuildOptions options = BuildOptions.of(content, output).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs();
        return new HandbookBuild(templates == null ? options : options.withTemplates(templates), BuildLog.SILENT).run();
    }

    private static Document page(BuildResult result, String path) throws IOException {
        return Jsoup.parse(Files.readString(result.output().resolve(path), StandardCharsets.UTF_8));
    }
}
