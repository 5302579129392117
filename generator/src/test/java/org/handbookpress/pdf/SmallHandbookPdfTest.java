package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small handbooks written by the test: paper sizes, links out of a pack, glyphs, bad includes. */
class SmallHandbookPdfTest {

    @TempDir
    Path dir;

    private Path content() throws IOException {
        Path content = dir.resolve("content");
        write(content, "index.md", "# Home\n\nWelcome.\n");
        write(content, "toolkit/01-first.md", """
                ---
                title: First steps
                kind: chapter
                ---
                Read [the second chapter](02-second.md#practice) and [our policy](../policies/care.md).

                > [!EXERCISE] 3 lines
                > What would you do first?
                """);
        write(content, "toolkit/02-second.md", """
                ---
                title: Second steps
                kind: chapter
                ---
                ## Practice

                Practise in pairs – it costs £0 and the tea is “free”. Gŵyl is in the café. 漢字 too.
                """);
        write(content, "policies/care.md", """
                ---
                title: Care policy
                kind: policy
                reviewed: 2026-06-01
                review-every: 12 months
                ---
                We care. See [First steps](../toolkit/01-first.md).
                """);
        return content;
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private BuildResult build(Path content, String yaml) throws Exception {
        Files.writeString(content.resolve("handbook.yml"), yaml);
        return new HandbookBuild(BuildOptions.of(content, dir.resolve("site"))
                .withTimestamp(Instant.parse("2026-11-01T00:00:00Z")), BuildLog.SILENT).run();
    }

    @Test
    void aChapterInAFolderOfTranslationsPrintsInItsLanguage() throws Exception {
        Path content = withWelshToolkit(content());
        build(content, "title: Small Handbook\norganisation: Small Charity\nlanguage: en-GB\n"
                + "languages:\n  cy:\n    title: Llawlyfr Bach\n    organisation: Elusen Fach\n");
        Path downloads = dir.resolve("site/downloads");
        try (PDDocument welsh = Loader.loadPDF(downloads.resolve("cy/toolkit/01-first.pdf").toFile());
             PDDocument english = Loader.loadPDF(downloads.resolve("toolkit/01-first.pdf").toFile())) {
            assertEquals("cy", welsh.getDocumentCatalog().getLanguage(), "a screen reader reads it in Welsh");
            assertEquals("en-GB", english.getDocumentCatalog().getLanguage());
            // The handbook's title and organisation in Welsh, as handbook.yml's languages: gives them.
            String welshText = new PDFTextStripper().getText(welsh);
            assertTrue(welshText.contains("Llawlyfr Bach") && welshText.contains("Elusen Fach"), welshText);
            assertFalse(welshText.contains("Small Handbook") || welshText.contains("Small Charity"), welshText);
            assertEquals("Elusen Fach", welsh.getDocumentInformation().getAuthor());
            assertTrue(new PDFTextStripper().getText(english).contains("Small Handbook"));
            assertEquals("Small Charity", english.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void aPackOfWelshPagesIsPrintedInWelshAndAWelshPageDatesInWelsh() throws Exception {
        Path content = withWelshToolkit(content());
        build(content, """
                title: Small Handbook
                language: en-GB
                packs:
                  - id: llyfr-gwaith
                    title: Llyfr gwaith
                    include: [cy/toolkit/]
                  - id: workbook
                    title: Workbook
                    include: [toolkit/]
                """);
        Path downloads = dir.resolve("site/downloads");
        try (PDDocument welsh = Loader.loadPDF(downloads.resolve("llyfr-gwaith.pdf").toFile());
             PDDocument english = Loader.loadPDF(downloads.resolve("workbook.pdf").toFile());
             PDDocument chapter = Loader.loadPDF(downloads.resolve("cy/toolkit/01-first.pdf").toFile())) {
            assertEquals("cy", welsh.getDocumentCatalog().getLanguage(), "a pack of cy/ pages alone is in Welsh");
            String text = new PDFTextStripper().getText(welsh);
            assertTrue(text.contains("Cynnwys") && text.contains("Tudalen 2 o") && text.contains("1 Tachwedd 2026"), text);
            assertFalse(text.contains("Contents") || text.contains("Page 2 of") || text.contains("November"), text);
            assertEquals("en-GB", english.getDocumentCatalog().getLanguage());
            assertTrue(new PDFTextStripper().getText(english).contains("Contents"));
            assertTrue(new PDFTextStripper().getText(chapter).contains("1 Tachwedd 2026"), "its running footer's date in Welsh");
        }
    }

    /** A pack of English and Welsh chapters is in English, its Welsh chapters marked Welsh for a screen reader's voice. */
    @Test
    void aWelshChapterInAnEnglishPackIsMarkedWelsh() throws Exception {
        Path content = withWelshToolkit(content());
        build(content, """
                title: Small Handbook
                language: en-GB
                packs:
                  - id: both
                    title: Both languages
                    include: [toolkit/, cy/toolkit/]
                """);
        try (PDDocument both = Loader.loadPDF(dir.resolve("site/downloads/both.pdf").toFile())) {
            assertEquals("en-GB", both.getDocumentCatalog().getLanguage());
            java.util.List<String> languages = new java.util.ArrayList<>();
            collectLanguages(both.getDocumentCatalog().getStructureTreeRoot().getKids(), languages);
            assertTrue(languages.contains("Div cy"), "the Welsh parts say Welsh: " + languages);
            assertTrue(languages.contains("Span cy"), "so do their entries in the contents: " + languages);
        }
    }

    /**
     * A Welsh page's part label is its section's name, which a Welsh folder with no name of its own gives in English: in
     * a Welsh pack, and in a Welsh part of an English one, it is marked English (/Lang en-GB) in the part's header, and in
     * the Welsh pack's contents, as the website marks it; in the English pack's contents it is among English words.
     */
    @Test
    void aWelshPartsLabelNamedInEnglishIsMarkedEnglish() throws Exception {
        Path content = content();
        write(content, "training/rota.md", "# Rota\n\nWho is on when.\n");
        write(content, "cy/training/rota.md", "# Rota\n\nPwy sydd ymlaen pryd.\n");
        build(content, """
                title: Small Handbook
                language: en-GB
                languages:
                  cy:
                    title: Llawlyfr Bach
                packs:
                  - id: llyfr
                    title: Llyfr
                    include: [cy/training/]
                  - id: both
                    title: Both languages
                    include: [training/, cy/training/]
                """);
        try (PDDocument welsh = Loader.loadPDF(dir.resolve("site/downloads/llyfr.pdf").toFile());
             PDDocument both = Loader.loadPDF(dir.resolve("site/downloads/both.pdf").toFile())) {
            assertEquals("cy", welsh.getDocumentCatalog().getLanguage());
            assertTrue(new PDFTextStripper().getText(welsh).toUpperCase(java.util.Locale.ROOT).contains("TRAINING"), "the label, as the section is named");
            List<String> languages = new ArrayList<>();
            collectLanguages(welsh.getDocumentCatalog().getStructureTreeRoot().getKids(), languages);
            assertEquals(List.of("Document cy", "Div en-GB", "P en-GB"), languages, "the contents' label (a block), then the part's");
            List<String> mixed = new ArrayList<>();
            collectLanguages(both.getDocumentCatalog().getStructureTreeRoot().getKids(), mixed);
            assertEquals(List.of("Document en-GB", "Span cy", "Div cy", "P en-GB"), mixed, "the Welsh part's label among Welsh words, not the contents' among English");
        }
    }

    /** The toolkit's two chapters in Welsh, in cy/toolkit/. */
    private static Path withWelshToolkit(Path content) throws IOException {
        write(content, "cy/toolkit/01-first.md", "---\ntitle: Camau cyntaf\nkind: chapter\n---\nDarllenwch hwn.\n");
        write(content, "cy/toolkit/02-second.md", "---\ntitle: Ail gamau\nkind: chapter\n---\nYmarferwch.\n");
        return content;
    }

    private static void collectLanguages(java.util.List<Object> kids, java.util.List<String> into) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getLanguage() != null) {
                    into.add(e.getStructureType() + " " + e.getLanguage());
                }
                collectLanguages(e.getKids(), into);
            }
        }
    }

    @Test
    void a5PackLinksOutsideToTheWebsiteAndInsideToItsParts() throws Exception {
        BuildResult result = build(content(), """
                title: Small Handbook
                organisation: Small Charity
                language: en-GB
                baseUrl: https://handbook.example.org/
                packs:
                  - id: toolkit
                    title: Toolkit
                    include: [toolkit/]
                    paper: A5
                """);
        try (PDDocument pdf = Loader.loadPDF(result.output().resolve("downloads/toolkit.pdf").toFile())) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A5.getWidth(), box.getWidth(), 1.0);
            assertEquals(PDRectangle.A5.getHeight(), box.getHeight(), 1.0);
            List<String> uris = new ArrayList<>();
            int internal = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else {
                            internal++;
                        }
                    }
                }
            }
            assertEquals(List.of("https://handbook.example.org/policies/care.html"), uris);
            assertTrue(internal >= 3, "contents entries and the link to the second chapter: " + internal);
            // Without forms: true, ruled lines but no form.
            assertNull(pdf.getDocumentCatalog().getAcroForm());
        }
        try (PDDocument chapter = Loader.loadPDF(result.output().resolve("downloads/toolkit/01-first.pdf").toFile())) {
            assertEquals(PDRectangle.A5.getWidth(), chapter.getPage(0).getMediaBox().getWidth(), 1.0, "a page's own PDF uses the first pack's paper");
        }
    }

    @Test
    void withoutBaseUrlALinkOutOfThePdfIsPlainText() throws Exception {
        BuildResult result = build(content(), """
                title: Small Handbook
                packs:
                  - id: letter
                    title: On letter paper
                    include: [toolkit/01-first.md]
                    paper: Letter
                """);
        try (PDDocument pdf = Loader.loadPDF(result.output().resolve("downloads/letter.pdf").toFile())) {
            assertEquals(612, pdf.getPage(0).getMediaBox().getWidth(), 1.0);
            assertTrue(new PDFTextStripper().getText(pdf).contains("our policy"));
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    assertFalse(a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI,
                            "no link may leave a PDF when the site has no baseUrl");
                }
            }
        }
    }

    @Test
    void aCharacterNoFontHasIsAWarningNamingFileAndCharacter() throws Exception {
        BuildResult result = build(content(), "title: Small Handbook\n");
        List<Finding> glyphs = result.findings().stream().filter(f -> f.code().equals("pdf.glyph-missing")).toList();
        assertEquals(2, glyphs.size(), glyphs.toString());
        Finding first = glyphs.stream().filter(f -> f.message().contains("U+6F22")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, first.severity());
        assertEquals("toolkit/02-second.md", first.file());
        assertEquals(7, first.line());
        assertTrue(first.message().contains("U+6F22") && first.message().contains("漢"), first.message());
        // The characters the fonts do have pass without a word.
        assertTrue(result.findings().stream().noneMatch(f -> f.message().contains("U+0175") || f.message().contains("U+00A3")));
        assertTrue(Files.exists(result.output().resolve("downloads/toolkit/02-second.pdf")));
        assertTrue(Files.exists(result.output().resolve("downloads/policies/care.pdf")));
    }

    @Test
    void anIncludeMatchingNothingIsAnErrorAtItsLine() throws Exception {
        Path content = content();
        BuildFailure failure = assertThrows(BuildFailure.class, () -> build(content, """
                title: Small Handbook
                packs:
                  - id: fine
                    include: [toolkit/*.md]
                  - id: broken
                    include:
                      - toolkit/
                      - workshops/
                """));
        Finding finding = failure.findings().stream().filter(f -> f.code().equals("pack.include-missing")).findFirst().orElseThrow();
        assertEquals("handbook.yml", finding.file());
        assertEquals(8, finding.line(), "the entry's own line, not the pack's");
        assertTrue(finding.message().contains("workshops/") && finding.message().contains("broken"), finding.message());
        assertFalse(Files.exists(dir.resolve("site")), "a failed build writes no site");

        // handbook:check reports it too, without printing anything.
        BuildOptions checkOnly = new BuildOptions(content, null, dir.resolve("site"), null, null, null, true);
        BuildFailure checked = assertThrows(BuildFailure.class, () -> new HandbookBuild(checkOnly, BuildLog.SILENT).run());
        assertTrue(checked.findings().stream().anyMatch(f -> f.code().equals("pack.include-missing") && f.line() == 8));
    }

    @Test
    void aSlideDeckInAPackPrintsItsContent() throws Exception {
        Path content = content();
        write(content, "training/deck.md", """
                ---
                title: Opening slides
                kind: slides
                ---
                ## Welcome

                Note: Say hello.

                ---

                ## Second slide

                - a point
                """);
        BuildResult result = build(content, """
                title: Small Handbook
                packs:
                  - id: training
                    title: Training
                    include: [training/deck.md, toolkit/01-first.md]
                """);
        try (PDDocument pdf = Loader.loadPDF(result.output().resolve("downloads/training.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Opening slides") && text.contains("Second slide") && text.contains("First steps"), text);
        }
    }
}
