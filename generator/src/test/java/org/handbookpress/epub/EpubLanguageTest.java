package org.handbookpress.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An e-book is in its pages' language, as its PDF is: a pack of a Welsh folder's pages is a Welsh book (its package,
 * its contents, its own words), and a chapter in another language than the book's is marked so. Before, every e-book
 * said it was in the handbook's language, with its words, whatever its pages were written in.
 */
class EpubLanguageTest {

    @Test
    void aBookIsInItsPagesLanguageAndAChapterInItsOwn(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.ofEntries(
                Map.entry("handbook.yml", """
                        title: Small Handbook
                        language: en-GB
                        languages:
                          cy:
                            title: Llawlyfr Bach
                        packs:
                          - id: llyfr
                            title: Llyfr gwaith
                            include: [cy/]
                            editions: [epub]
                          - id: book
                            title: Workbook
                            include: [first.md, welsh-note.md]
                            editions: [epub]
                        """),
                Map.entry("index.md", "# Home\n\nWelcome.\n"),
                Map.entry("first.md", "# First steps\n\nHow we start.\n"),
                Map.entry("welsh-note.md", "---\ntitle: Nodyn\nlang: cy\n---\n\nNodyn byr yn Gymraeg.\n"),
                Map.entry("cy/index.md", "# Hafan\n\nCroeso.\n"),
                Map.entry("second.md", "# Next steps\n\nWhat follows.\n"),
                Map.entry("cy/first.md", "# Camau cyntaf\n\nSut rydym yn dechrau.\n"),
                Map.entry("cy/second.md", "# Camau nesaf\n\nBeth sy'n dilyn.\n")));
        Path out = TestHandbooks.build(content, dir.resolve("site")).output();

        Path welshBook = out.resolve("downloads/llyfr.epub");
        EpubEditionTest.assertValid(welshBook);
        Map<String, byte[]> welsh = EpubEditionTest.unzip(Files.readAllBytes(welshBook));
        Document opf = EpubEditionTest.xml(welsh, "OEBPS/package.opf");
        assertEquals("cy", opf.selectFirst("dc|language").text(), "a book of Welsh pages is a Welsh book");
        assertEquals("cy", opf.selectFirst("package").attr("xml:lang"));
        String contents = new String(welsh.get("OEBPS/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(contents.contains("lang=\"cy\""), contents);
        assertFalse(contents.contains(">Contents<"), "the book's own words in Welsh: " + contents);

        Map<String, byte[]> mixed = EpubEditionTest.unzip(Files.readAllBytes(out.resolve("downloads/book.epub")));
        assertEquals("en-GB", EpubEditionTest.xml(mixed, "OEBPS/package.opf").selectFirst("dc|language").text());
        String note = mixed.entrySet().stream().filter(e -> new String(e.getValue(), StandardCharsets.UTF_8).contains("Nodyn byr"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(note.contains("lang=\"cy\" xml:lang=\"cy\""), "a Welsh chapter in an English book is marked Welsh: " + note);
    }

    /**
     * A policy in an e-book carries its document control and review as its PDF prints them, in its language: an
     * independent food bank's Spanish workbook printed its food safety policy's "Datos del documento" (version, owner,
     * approval, "Revisado el …", "Estado a …: Al día") and "Qué ha cambiado" in the PDF, and its e-book had none of it,
     * so a volunteer reading on a phone could not tell which version they had or whether it was still current.
     */
    @Test
    void aPolicyInABookHasItsDocumentControlInItsLanguage(@TempDir Path dir) throws Exception {
        String policy = """
                ---
                kind: policy
                reviewed: 2026-01-15
                review-every: 12 months
                owner: %s
                approved-by: %s
                approved: 2026-01-20
                version: "4.1"
                changes:
                  - version: "4.1"
                    date: 2026-01-15
                    summary: %s
                ---
                # %s

                %s
                """;
        Path content = TestHandbooks.write(dir.resolve("content"), Map.ofEntries(
                Map.entry("handbook.yml", """
                        title: Volunteers
                        language: en-GB
                        languages:
                          es:
                            title: Voluntariado
                        packs:
                          - id: cuaderno
                            title: Cuaderno
                            include: [es/policies/food.md, es/agreement.md]
                            editions: [epub]
                        """),
                Map.entry("index.md", "# Home\n\nWelcome.\n"),
                Map.entry("policies/food.md", policy.formatted("Operations Manager", "Trustees", "Clarified dates.", "Food safety", "Keep it cold.")),
                Map.entry("agreement.md", "---\nkind: agreement\nreviewed: 2026-03-01\nreview-every: 12 months\n---\n# Agreement\n\nWe agree.\n"),
                Map.entry("es/index.md", "# Inicio\n\nBienvenida.\n"),
                Map.entry("es/policies/food.md", policy.formatted("Dirección de operaciones", "Junta directiva", "Se aclaran las fechas.",
                        "Seguridad alimentaria", "Mantenlo frío.")),
                Map.entry("es/agreement.md", "---\nkind: agreement\nreviewed: 2026-03-01\nreview-every: 12 months\n---\n# Acuerdo\n\nAcordamos.\n")));
        Path epub = TestHandbooks.build(content, dir.resolve("site")).output().resolve("downloads/cuaderno.epub");
        EpubEditionTest.assertValid(epub);
        Map<String, byte[]> book = EpubEditionTest.unzip(Files.readAllBytes(epub));
        Document food = EpubEditionTest.xml(book, "OEBPS/page-001.xhtml");
        org.jsoup.nodes.Element facts = food.selectFirst("table.control-facts");
        assertTrue(facts != null, food.outerHtml());
        assertEquals("Datos del documento", facts.selectFirst("caption").text());
        assertEquals(List.of("Versión 4.1", "Responsable Dirección de operaciones", "Aprobado Junta directiva, 20 de enero de 2026",
                "Revisión Revisado el 15 de enero de 2026 · próxima revisión: 15 de enero de 2027", "Estado a 1 de noviembre de 2026 Al día"),
                facts.select("tr").stream().map(tr -> tr.child(0).text() + " " + tr.child(1).text()).toList());
        assertTrue(food.selectFirst("h1").nextElementSibling() == facts, "under the title, before the text");
        assertEquals("Qué ha cambiado", food.selectFirst(".change-history h2").text());
        assertEquals(List.of("4.1", "15 de enero de 2026", "Se aclaran las fechas."), food.select("table.changes-table tbody td").eachText());
        assertEquals("Revisado el 1 de marzo de 2026 · próxima revisión: 1 de marzo de 2027 · Estado a 1 de noviembre de 2026: Al día",
                EpubEditionTest.xml(book, "OEBPS/page-002.xhtml").selectFirst("p.part-review").text(), "an agreement without control: its review");
    }

    /**
     * A theme's change to the printed document control ({@code print/_control.ftlh}) reaches the e-book as it reaches the
     * PDF: a charity that calls the block "Register entry" in its PDFs gets the same in its EPUB. The e-book made its
     * own copy of the block in Java, so a theme's change left it as the default theme prints it.
     */
    @Test
    void aThemesDocumentControlReachesTheEbook(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.ofEntries(
                Map.entry("handbook.yml", """
                        title: Volunteers
                        packs:
                          - id: policies
                            title: Policies
                            include: [policies/food.md]
                            editions: [standard, epub]
                        """),
                Map.entry("index.md", "# Home\n\nWelcome.\n"),
                Map.entry("policies/food.md", """
                        ---
                        kind: policy
                        reviewed: 2026-01-15
                        review-every: 12 months
                        owner: Operations
                        approved-by: Trustees
                        approved: 2026-01-20
                        version: "2"
                        changes:
                          - version: "2"
                            date: 2026-01-15
                            summary: Clarified dates.
                        ---
                        # Food safety

                        Keep it cold.
                        """)));
        String macros;
        try (var in = org.handbookpress.render.ThemeEngine.class.getResourceAsStream(
                org.handbookpress.render.ThemeEngine.THEME_ROOT + "/layouts/print/_control.ftlh")) {
            macros = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String renamed = macros.replace("<caption>${t(\"control.heading\")}</caption>", "<caption>Register entry</caption>")
                .replace("<h2>${t(\"changes.heading\")}</h2>", "<h2>Versions</h2>");
        assertFalse(renamed.equals(macros), "the theme's caption and history heading, as the test expects them");
        Path theme = Files.createDirectories(dir.resolve("templates/print"));
        Files.writeString(theme.resolve("_control.ftlh"), renamed);
        org.handbookpress.BuildResult result;
        try {
            result = new org.handbookpress.HandbookBuild(org.handbookpress.BuildOptions.of(content, dir.resolve("site"))
                    .withTimestamp(TestHandbooks.TIMESTAMP).withTemplates(dir.resolve("templates")), org.handbookpress.BuildLog.SILENT).run();
        } catch (org.handbookpress.BuildFailure failure) {
            throw new AssertionError(failure.findings().toString(), failure);
        }
        Path epub = result.output().resolve("downloads/policies.epub");
        EpubEditionTest.assertValid(epub);
        Document food = EpubEditionTest.xml(EpubEditionTest.unzip(Files.readAllBytes(epub)), "OEBPS/page-001.xhtml");
        assertEquals("Register entry", food.selectFirst("table.control-facts caption").text(), food.outerHtml());
        assertEquals("Versions", food.selectFirst(".change-history h2").text());
        String pdf;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(result.output().resolve("downloads/policies.pdf").toFile())) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertTrue(pdf.contains("Register entry") && pdf.contains("Versions"), "the PDF from the same macros: " + pdf);
    }

    /**
     * A pack of a folder of translations' pages whose terms its own glossary defines ({@code uk/glossary.md}) has that
     * glossary at its end, its terms leading to it and its entries back, as a pack of the handbook's own pages has the
     * handbook's: an independent refugee-befriending handbook's Ukrainian pack left it out and sent each term to the
     * website, because only the handbook's first glossary was ever added.
     */
    @Test
    void aTranslationsPackHasItsFoldersGlossary(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.ofEntries(
                Map.entry("handbook.yml", """
                        title: Befriending
                        language: en-GB
                        languages:
                          uk:
                            title: Довідник
                        packs:
                          - id: dovidnyk
                            title: Довідник
                            include: [uk/first.md]
                            editions: [epub]
                        """),
                Map.entry("index.md", "# Home\n\nWelcome.\n"),
                Map.entry("first.md", "# First meeting\n\nYour coordinator comes too.\n"),
                Map.entry("glossary.md", "---\nkind: glossary\n---\n# Glossary\n\nCoordinator\n: The member of staff.\n"),
                Map.entry("uk/index.md", "# Головна\n\nЛаскаво просимо.\n"),
                Map.entry("uk/first.md", "# Перша зустріч\n\nЗ вами приходить координатор.\n"),
                Map.entry("uk/glossary.md", "---\nkind: glossary\n---\n# Слова\n\nКоординатор\n: Працівник, який створює пари.\n")));
        Path epub = TestHandbooks.build(content, dir.resolve("site")).output().resolve("downloads/dovidnyk.epub");
        EpubEditionTest.assertValid(epub);
        Map<String, byte[]> book = EpubEditionTest.unzip(Files.readAllBytes(epub));
        assertEquals(List.of("Перша зустріч", "Слова"), EpubEditionTest.xml(book, "OEBPS/nav.xhtml").select("nav[epub:type=toc] > ol > li > a")
                .eachText(), "the folder's glossary is the book's last chapter");
        org.jsoup.nodes.Element term = EpubEditionTest.xml(book, "OEBPS/page-001.xhtml").selectFirst("a.glossary-term");
        assertEquals("page-002.xhtml#term-координатор", term.attr("href"), "the term leads into the book, not to the website");
        org.jsoup.nodes.Element back = EpubEditionTest.xml(book, "OEBPS/page-002.xhtml").selectFirst("a.glossary-back");
        assertEquals("page-001.xhtml#" + term.id(), back.attr("href"), "and its entry back to its first use");
    }
}
