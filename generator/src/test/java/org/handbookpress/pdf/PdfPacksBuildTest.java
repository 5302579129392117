package org.handbookpress.pdf;

import org.handbookpress.testing.VeraPdf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the example handbook and opens its PDFs with PDFBox. */
class PdfPacksBuildTest {

    private static final Instant TIMESTAMP = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    static Path temp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path content = Path.of(System.getProperty("handbook.repoRoot"), "content");
        result = org.handbookpress.TestHandbooks.example();
        site = result.output();
    }

    private static PDDocument workbook() throws IOException {
        return Loader.loadPDF(site.resolve("downloads/mentor-training-workbook.pdf").toFile());
    }

    @Test
    void workbookIsA4WithCoverContentsAndEveryPart() throws IOException {
        try (PDDocument pdf = workbook()) {
            assertTrue(pdf.getNumberOfPages() >= 8, "pages: " + pdf.getNumberOfPages());
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1.0);
                assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1.0);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(pdf);
            assertTrue(cover.contains("Mentor Training Workbook") && cover.contains("Riverside Peer Support")
                    && cover.contains("1 November 2026"), cover);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = stripper.getText(pdf);
            assertTrue(contents.contains("Contents"), contents);
            for (String part : List.of("Mentor Training Day", "Setting up a group", "Listening well", "Group Agreement", "The words we use")) {
                assertTrue(Pattern.compile(Pattern.quote(part) + "[ .]*\\d+\\s").matcher(contents).find(),
                        part + " has no page number in the contents:\n" + contents);
            }
        }
    }

    @Test
    void contentsPageNumbersPointAtTheParts() throws IOException {
        try (PDDocument pdf = workbook()) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            var m = Pattern.compile("Listening well[ .]*(\\d+)").matcher(stripper.getText(pdf));
            assertTrue(m.find());
            int page = Integer.parseInt(m.group(1));
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            assertTrue(stripper.getText(pdf).toLowerCase(java.util.Locale.ROOT).contains("chapter 2\nlistening well"), "page " + page + " should start chapter 2");
        }
    }

    @Test
    void textKeepsEveryCharacterWithEmbeddedFonts() throws IOException {
        try (PDDocument pdf = workbook()) {
            String text = new PDFTextStripper().getText(pdf);
            for (String s : List.of("Gŵyl", "£", "“", "”", "’", "café")) {
                assertTrue(text.contains(s), "missing " + s);
            }
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
        }
    }

    @Test
    void glossaryIsTheAppendix() throws IOException {
        try (PDDocument pdf = workbook()) {
            PDFTextStripper stripper = new PDFTextStripper();
            int appendix = 0;
            for (int i = pdf.getNumberOfPages(); i > 2 && appendix == 0; i--) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                if (stripper.getText(pdf).contains("APPENDIX")) {
                    appendix = i;
                }
            }
            assertTrue(appendix > 2, "an appendix after the cover and contents");
            stripper.setStartPage(appendix);
            stripper.setEndPage(pdf.getNumberOfPages());
            String end = stripper.getText(pdf);
            assertTrue(end.contains("The words we use") && end.contains("Active listening") && end.contains("The Room"), end);
            assertTrue(!end.contains("Chapter "), "nothing but the glossary after the appendix starts");
        }
    }

    @Test
    void theGlossaryOnItsOwnIsNoAppendix() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/glossary.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("The words we use") && !text.contains("APPENDIX"), text);
        }
    }

    @Test
    void outlineHasPartsAndTheirHeadings() throws IOException {
        try (PDDocument pdf = workbook()) {
            var outline = pdf.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline);
            List<String> top = new ArrayList<>();
            outline.children().forEach(i -> top.add(i.getTitle()));
            assertTrue(top.containsAll(List.of("Contents", "Mentor Training Day", "Listening well", "The words we use")), top.toString());
            assertTrue(count(outline) >= 5 + top.size(), "outline items: " + count(outline));
            PDOutlineItem listening = null;
            for (PDOutlineItem item : outline.children()) {
                if (item.getTitle().equals("Listening well")) {
                    listening = item;
                }
            }
            List<String> headings = new ArrayList<>();
            listening.children().forEach(i -> headings.add(i.getTitle()));
            assertTrue(headings.contains("Three ways of listening"), headings.toString());
            assertNotNull(listening.getDestination());
        }
    }

    private static int count(PDOutlineNode node) {
        int n = 0;
        for (PDOutlineItem item : node.children()) {
            n += 1 + count(item);
        }
        return n;
    }

    @Test
    void linksInsideThePackGoToPagesOfThePdf() throws IOException {
        try (PDDocument pdf = workbook()) {
            int internal = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    PDDestination dest = link.getDestination();
                    if (dest == null && link.getAction() instanceof PDActionGoTo goTo) {
                        dest = goTo.getDestination();
                    }
                    if (dest instanceof PDPageDestination pageDest) {
                        assertTrue(pageDest.retrievePageNumber() >= 0, "an internal link leads to no page");
                        internal++;
                    } else if (link.getAction() instanceof PDActionURI uri) {
                        assertTrue(uri.getURI().matches("^[a-z]+:.*"), "a relative link cannot work in a PDF: " + uri.getURI());
                    }
                }
            }
            // The contents alone links every part; the chapters link each other.
            assertTrue(internal >= 12, "internal links: " + internal);
        }
    }

    @Test
    void exercisesAreFillableFields() throws IOException {
        try (PDDocument pdf = workbook()) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null); // as written, without PDFBox's load-time fix-ups
            assertNotNull(form, "the workbook has forms: true");
            List<PDField> fields = new ArrayList<>();
            form.getFieldTree().forEach(fields::add);
            long text = fields.stream().filter(f -> f instanceof PDTextField t && t.isMultiline()).count();
            assertTrue(text >= 5, "multi-line fields: " + text);
            assertFalse(form.getNeedAppearances(), "PDF/A forbids NeedAppearances");
            for (var name : form.getDefaultResources().getFontNames()) {
                assertTrue(form.getDefaultResources().getFont(name).isEmbedded(), "form font " + name + " is not embedded");
            }
            for (PDField field : fields) {
                assertNotNull(field.getAlternateFieldName(), "a field needs a description for screen readers");
                assertNotNull(field.getWidgets().get(0).getAppearance(), "PDF/A needs an appearance for each field");
            }
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("Exercise") || all.contains("EXERCISE"));
        }
    }

    @Test
    void pagesLinkTheirOwnPdf() throws IOException {
        for (String page : List.of("toolkit/02-listening-well", "policies/safeguarding", "agreements/group-agreement", "glossary")) {
            Path html = site.resolve(page + ".html");
            Document doc = Jsoup.parse(html.toFile());
            Element link = doc.selectFirst("a[href$=.pdf]");
            assertNotNull(link, page + " links no PDF");
            Path pdf = html.getParent().resolve(link.attr("href")).normalize();
            assertEquals(site.resolve("downloads/" + page + ".pdf"), pdf);
            assertTrue(Files.size(pdf) > 1000);
            try (PDDocument doc2 = Loader.loadPDF(pdf.toFile())) {
                assertTrue(new PDFTextStripper().getText(doc2).contains(doc.selectFirst("h1").text()));
            }
        }
    }

    @Test
    void downloadsPageListsThePacksWithTheirSize() throws IOException {
        Document doc = Jsoup.parse(site.resolve("downloads.html").toFile());
        Element link = doc.selectFirst("a[href=downloads/mentor-training-workbook.pdf]");
        assertNotNull(link, doc.body().html());
        assertTrue(doc.text().matches("(?s).*\\d+ KB.*"), doc.text());
        assertTrue(Files.exists(site.resolve("downloads/policy-pack.pdf")));
    }

    @Test
    void veraPdfFindsPdfUaAndPdfA3uCompliance() throws Exception {
        for (String pdf : List.of("downloads/mentor-training-workbook.pdf", "downloads/toolkit/02-listening-well.pdf", "downloads/glossary.pdf")) {
            VeraPdf.assertPdfUaAndPdfA(site.resolve(pdf));
        }
    }

    @Test
    void twoBuildsGiveIdenticalPdfs() throws Exception {
        Path second = temp.resolve("second");
        Path content = Path.of(System.getProperty("handbook.repoRoot"), "content");
        new HandbookBuild(BuildOptions.of(content, second).withTimestamp(TIMESTAMP), BuildLog.SILENT).run();
        List<Path> pdfs;
        try (Stream<Path> walk = Files.walk(site.resolve("downloads"))) {
            pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(pdfs.size() >= 10, pdfs.toString());
        for (Path pdf : pdfs) {
            Path other = second.resolve(site.relativize(pdf));
            assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(other), "differs: " + site.relativize(pdf));
        }
    }
}
