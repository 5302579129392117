package org.handbookpress.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The few words the build wrote in English whatever the handbook's language: a session's lengths, the links that stand
 * for a video or a frame, and the name theme.js gives a table under a heading. An English handbook's stay as they were.
 */
class FixedWordsInThePagesLanguageTest {

    private static final String SESSION = """
            ---
            kind: session
            duration: 90 min
            ---
            # %s

            - [1h 15 min] %s
            - [15 min] %s
            """;

    private static final String EMBEDS = """
            # %s

            {{< youtube id="abc123" >}}

            {{< vimeo 12345 >}}

            <iframe src="https://maps.example/embed?x=1"></iframe>

            <iframe src="https://maps.example/embed?x=2" title="%s"></iframe>
            """;

    @Test
    void aGermanHandbookWritesLengthsAndLinksInGerman(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Handbuch\nlanguage: de\n",
                "index.md", "# Willkommen\n\nHallo.\n",
                "schulung/einstieg.md", SESSION.formatted("Einstieg", "Runden", "Abschluss"),
                "videos.md", EMBEDS.formatted("Videos", "Karte")));
        BuildResult result = build(content, dir.resolve("site"));
        Labels german = new LabelCatalogues(null).forLanguage("de");
        Document session = page(result, "schulung/einstieg.html");
        // The planned length, as the front matter wrote it in English units, is written in German.
        assertEquals("1 Std. 30 Min.", session.selectFirst(".session-facts dd").text());
        assertEquals(german.format("session.agenda.items", Map.of("count", 2, "total", "1 Std. 30 Min.")),
                session.select(".session-facts dd").get(1).text());
        assertEquals(List.of("1 Std. 15 Min.", "15 Min."), session.select("td.agenda-length").eachText());
        assertFalse(session.select("main").text().contains(" min"), session.select("main").text());

        Document videos = page(result, "videos.html");
        List<String> links = videos.select("main a[href^=https:]").eachText();
        assertEquals(List.of(german.text("embed.youtube"), german.text("embed.vimeo"), german.text("embed.frame-remote"),
                german.format("embed.frame-remote.titled", Map.of("title", "Karte"))), links);
        assertEquals("Video auf YouTube ansehen", links.get(0));
        assertTrue(videos.select("[data-hb-box-label]").isEmpty(), "the build's own attribute is not left in the page");

        // theme.js is given the German name of a table under a heading.
        assertEquals("Tabelle: {heading}", videos.selectFirst("script[src$=assets/theme.js]").attr("data-table-under"));
    }

    @Test
    void anEnglishHandbookKeepsItsWords(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Handbook\n",
                "index.md", "# Welcome\n\nHello.\n",
                "training/start.md", SESSION.formatted("Start", "Rounds", "Close"),
                "videos.md", EMBEDS.formatted("Videos", "Map")));
        BuildResult result = build(content, dir.resolve("site"));
        Document session = page(result, "training/start.html");
        assertEquals("90 min", session.selectFirst(".session-facts dd").text(), "as the author wrote it");
        assertEquals(List.of("1h 15 min", "15 min"), session.select("td.agenda-length").eachText());
        Document videos = page(result, "videos.html");
        assertEquals(List.of("Watch the video on YouTube", "Watch the video on Vimeo", "Open the embedded content on its website",
                "Map (on its website)"), videos.select("main a[href^=https:]").eachText());
        String html = Files.readString(result.output().resolve("videos.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<script src=\"assets/theme.js\" defer></script>"), "theme.js's own English needs no attribute");
    }

    @Test
    void themeJsNamesARawTableInThePagesLanguage(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Llawlyfr\nlanguage: cy\n",
                "index.md", "# Croeso\n\nHelo.\n",
                "stoc.md", """
                        # Stoc

                        ## Silffoedd

                        <table><tr><th>Eitem</th><th>Silff</th></tr><tr><td>Afalau</td><td>B</td></tr></table>
                        """));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withoutPdfs(), BuildLog.SILENT).run();
        // A file, not an inline script: the pages' Content-Security-Policy allows only the site's own scripts.
        Files.writeString(site.resolve("name-probe.js"), """
                document.body.setAttribute('data-names', Array.prototype.map.call(
                    document.querySelectorAll('.table-scroll'), function (r) { return r.getAttribute('aria-label'); }).join('|'));
                """, StandardCharsets.UTF_8);
        Path page = site.resolve("stoc.html");
        Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8)
                .replace("</body>", "<script src=\"name-probe.js\" defer></script>\n</body>"), StandardCharsets.UTF_8);
        String dom = HeadlessChromium.dumpDom(page.toUri(), 1200, 900, 3000, List.of(), dir);
        assertEquals("Tabl: Silffoedd", Jsoup.parse(dom).body().attr("data-names"));
    }

    @Test
    void aWelshPacksFillableFieldsAndItsPdfsDescriptionAreWelsh(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", """
                        title: Llawlyfr
                        language: cy
                        packs:
                          - id: gweithlyfr
                            title: Gweithlyfr
                            forms: true
                            editions: [standard, large-print]
                            include: [ymarfer.md]
                        """,
                "index.md", "# Croeso\n\nHelo.\n",
                "ymarfer.md", "# Ymarfer\n\n> [!EXERCISE] 3 lines\n> Beth fyddech chi'n ei ddweud?\n"));
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                result.output().resolve("downloads/gweithlyfr.pdf").toFile())) {
            List<String> names = new java.util.ArrayList<>();
            pdf.getDocumentCatalog().getAcroForm(null).getFieldTree().forEach(f -> {
                if (f instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTextField) {
                    names.add(f.getAlternateFieldName());
                }
            });
            assertEquals(List.of("Eich ateb i ymarfer 1: Beth fyddech chi'n ei ddweud?"), names);
            assertEquals("Gweithlyfr, o Llawlyfr", pdf.getDocumentInformation().getSubject());
        }
        try (org.apache.pdfbox.pdmodel.PDDocument large = org.apache.pdfbox.Loader.loadPDF(
                result.output().resolve("downloads/gweithlyfr-large-print.pdf").toFile())) {
            assertEquals("Gweithlyfr (print bras)", large.getDocumentInformation().getTitle());
        }
    }

    /**
     * A deck's handout PDF is titled in the deck's language, as its pages are headed: an independent refugee-befriending
     * handbook's Ukrainian deck printed a handout titled "Ласкаво просимо до волонтерства – handout", English in the
     * title a file list and a screen reader announce. Its author, and its slides PDF's, is the organisation as the
     * folder's languages: entry names it, as its pages' PDFs name it.
     */
    @Test
    void aHandoutPdfIsTitledInItsDecksLanguage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Befriending\norganisation: Northgate Welcome\nlanguage: en-GB\n"
                        + "languages:\n  uk:\n    title: Довідник\n    organisation: Нортгейт Вітає\n",
                "index.md", "# Home\n\nWelcome.\n",
                "training/welcome.md", "---\nkind: slides\n---\n# Welcome\n\nHello.\n",
                "uk/index.md", "# Головна\n\nВітаємо.\n",
                "uk/training/welcome.md", "---\nkind: slides\n---\n# Ласкаво просимо\n\nПривіт.\n\n---\n\n## Кого ми підтримуємо\n\nДорослих.\n"));
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        String expected = new org.handbookpress.labels.LabelCatalogues(null).forLanguage("uk")
                .format("handout.title", Map.of("title", "Ласкаво просимо"));
        try (org.apache.pdfbox.pdmodel.PDDocument handout = org.apache.pdfbox.Loader.loadPDF(
                result.output().resolve("downloads/uk/training/welcome-handout.pdf").toFile())) {
            assertEquals(expected, handout.getDocumentInformation().getTitle());
            assertEquals("Нортгейт Вітає", handout.getDocumentInformation().getAuthor(), "by the organisation as the folder names it");
        }
        try (org.apache.pdfbox.pdmodel.PDDocument slides = org.apache.pdfbox.Loader.loadPDF(
                result.output().resolve("downloads/uk/training/welcome-slides.pdf").toFile())) {
            assertEquals("Нортгейт Вітає", slides.getDocumentInformation().getAuthor());
        }
        assertFalse(expected.contains("handout"), expected);
    }

    /**
     * Dates are written as the language writes them in full, not as English orders the words: an independent food
     * bank's handbook with a Spanish translation printed "Revisado el 1 marzo 2026", "Versión del 6 diciembre 2026" and
     * "Creado el 6 diciembre 2026", where Spanish says "1 de marzo de 2026"; German puts a point after the day. English,
     * Welsh and the rest that write day, month, year stay as they were.
     */
    @Test
    void datesAreWrittenAsTheLanguageWritesThemInFull(@TempDir Path dir) throws Exception {
        String policy = "---\nkind: policy\nreviewed: 2026-03-01\nreview-every: 12 months\n---\n# %s\n\n%s\n";
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Handbook\nlanguage: en-GB\nlanguages:\n  es: {title: Manual}\n  de: {title: Handbuch}\n  cy: {title: Llawlyfr}\n",
                "index.md", "# Home\n\nWelcome.\n",
                "policies/food.md", policy.formatted("Food safety", "Keep it cold."),
                "es/index.md", "# Inicio\n\nBienvenida.\n",
                "es/policies/food.md", policy.formatted("Seguridad alimentaria", "Mantenlo frío."),
                "de/index.md", "# Start\n\nWillkommen.\n",
                "de/policies/food.md", policy.formatted("Lebensmittelsicherheit", "Kühl halten."),
                "cy/index.md", "# Hafan\n\nCroeso.\n",
                "cy/policies/food.md", policy.formatted("Diogelwch bwyd", "Cadwch yn oer.")));
        BuildResult result = build(content, dir.resolve("site"));
        assertEquals("1 de noviembre de 2026", page(result, "es/index.html").selectFirst(".footer-build time").text());
        String spanish = page(result, "es/policies/food.html").selectFirst("main").text();
        assertTrue(spanish.contains("1 de marzo de 2026") && spanish.contains("1 de marzo de 2027"), spanish);
        assertTrue(page(result, "de/policies/food.html").selectFirst("main").text().contains("1. März 2027"));
        assertTrue(page(result, "cy/policies/food.html").selectFirst("main").text().contains("1 Mawrth 2027"));
        assertEquals("1 November 2026", page(result, "index.html").selectFirst(".footer-build time").text());
        assertTrue(page(result, "policies/food.html").selectFirst("main").text().contains("1 March 2027"));
    }

    /**
     * The quick exit's hint, which a screen reader speaks after "Salir de esta página", names the key as a Spanish
     * keyboard prints it, Mayús, as the French one says Maj: "pulse Shift tres veces" named a key a volunteer in Spain
     * does not see, at the moment they need to leave fast (an independent food bank's Spanish pages).
     */
    @Test
    void aSpanishQuickExitNamesTheKeyAsSpanishKeyboardsPrintIt(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Manual\nlanguage: es\nquick-exit: https://www.example.org/\n",
                "index.md", "# Inicio\n\nBienvenida.\n"));
        String hint = page(build(content, dir.resolve("site")), "index.html").selectFirst("#quick-exit").text();
        assertEquals("Salir de esta página rápidamente, o pulse tres veces la tecla Mayús (Shift)", hint);
    }

    /**
     * German and Italian keyboards print no "Shift" on the key: a German one calls it the Umschalttaste (its arrow, ⇧),
     * an Italian one prints "Maiusc". The hint a screen reader speaks names the key a reader in distress can find.
     */
    @Test
    void aGermanAndAnItalianQuickExitNameTheKeyAsTheirKeyboardsPrintIt(@TempDir Path dir) throws Exception {
        for (String[] language : new String[][] {{"de", "Umschalttaste"}, {"it", "tasto Maiusc"}}) {
            Path content = TestHandbooks.write(dir.resolve(language[0]), Map.of(
                    "handbook.yml", "title: Handbuch\nlanguage: " + language[0] + "\nquick-exit: https://www.example.org/\n",
                    "index.md", "# Start\n\nWillkommen.\n"));
            String hint = page(build(content, dir.resolve(language[0] + "-site")), "index.html").selectFirst("#quick-exit").text();
            assertTrue(hint.contains(language[1]) && !hint.contains("Shift"), hint);
        }
    }

    private static BuildResult build(Path content, Path output) throws Exception {
        return new HandbookBuild(BuildOptions.of(content, output).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
    }

    private static Document page(BuildResult result, String path) throws IOException {
        return Jsoup.parse(Files.readString(result.output().resolve(path), StandardCharsets.UTF_8));
    }
}
