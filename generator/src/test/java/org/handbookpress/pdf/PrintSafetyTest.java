package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF engine reads nothing outside the handbook, wraps long words, and reports what it refused or could not fit. */
class PrintSafetyTest {

    private static final PdfMetadata META = new PdfMetadata("Test", "Example Charity", "A test", "en-GB",
            Instant.parse("2026-11-01T00:00:00Z"));

    private static String page(String body) throws Exception {
        String css = new String(PrintSafetyTest.class.getResourceAsStream("/org/handbookpress/theme/layouts/print/print.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        return "<html lang=\"en-GB\"><head><title>Test</title><style>" + css + "\n@page { size: A4; }</style></head><body>"
                + body + "</body></html>";
    }

    /** A small PNG of one colour, whose pixels can be recognised in the PDF. */
    private static byte[] png(int width, int height, int rgb) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static int imageCount(PDDocument pdf) throws Exception {
        int count = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void picturesFromOutsideTheHandbookAreRefusedAndNamed(@TempDir Path temp) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.write(site.resolve("inside.png"), png(40, 30, 0x2266aa));
        Path outside = temp.resolve("outside.png");
        Files.write(outside, png(41, 31, 0xaa2222));
        Path deeper = Files.createDirectories(site.resolve("a/b"));
        String html = page("""
                <p><img src="inside.png" alt="inside"/></p>
                <div style="width:50px;height:50px;background-image:url('%s')">file URL</div>
                <div style="width:50px;height:50px;background-image:url('../../outside.png')">climbs out</div>
                <p><img src="%s" alt="absolute file"/></p>
                <p><img src="https://tracker.example/pixel.png" alt="remote"/></p>
                <p><img src="jar:%s!/x.png" alt="other jar"/></p>
                """.formatted(outside.toUri(), outside.toUri(), temp.resolve("other.jar").toUri()));
        // From site/a/b, "../../outside.png" is site/outside.png (absent) and inside.png is absent too: nothing prints.
        HtmlToPdf.Printed printed = new HtmlToPdf().print(Jsoup.parse(html), deeper, META, doc -> { });
        try (PDDocument pdf = Loader.loadPDF(printed.bytes())) {
            assertEquals(0, imageCount(pdf), "no picture from outside the base folder is in the PDF");
        }
        Set<String> refused = printed.notes().stream().filter(n -> n.kind() == PrintNote.Kind.REFUSED).map(PrintNote::subject)
                .collect(Collectors.toSet());
        assertTrue(refused.contains(outside.toUri().toString()) || refused.stream().anyMatch(u -> u.endsWith("/outside.png")), refused.toString());
        assertTrue(refused.stream().anyMatch(u -> u.startsWith("https://tracker.example/")), refused.toString());
        assertTrue(refused.stream().anyMatch(u -> u.startsWith("jar:")), refused.toString());

        HtmlToPdf.Printed fromSite = new HtmlToPdf().print(Jsoup.parse(html), site, META, doc -> { });
        try (PDDocument pdf = Loader.loadPDF(fromSite.bytes())) {
            assertEquals(1, imageCount(pdf), "only the picture inside the site is printed");
        }
        List<String> outsideNotes = fromSite.notes().stream().filter(n -> n.kind() == PrintNote.Kind.REFUSED)
                .map(PrintNote::subject).filter(u -> u.endsWith("/outside.png")).toList();
        assertFalse(outsideNotes.isEmpty(), "url(file:…) and url(../../outside.png) are refused: " + fromSite.notes());
    }

    @Test
    void aLinkedFolderInsideThatPointsOutsideIsRefused(@TempDir Path temp) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.write(elsewhere.resolve("secret.png"), png(20, 20, 0x00ff00));
        Files.createSymbolicLink(site.resolve("linked"), elsewhere);
        HtmlToPdf.Printed printed = new HtmlToPdf().print(Jsoup.parse(page("<p><img src=\"linked/secret.png\" alt=\"x\"/></p>")),
                site, META, doc -> { });
        try (PDDocument pdf = Loader.loadPDF(printed.bytes())) {
            assertEquals(0, imageCount(pdf));
        }
        assertTrue(printed.notes().stream().anyMatch(n -> n.kind() == PrintNote.Kind.REFUSED && n.subject().endsWith("secret.png")),
                printed.notes().toString());
    }

    @Test
    void aFiveThousandCharacterWordPrintsWholeAndInsideThePage(@TempDir Path dir) throws Exception {
        StringBuilder word = new StringBuilder();
        for (int i = 0; word.length() < 5000; i++) {
            word.append((char) ('a' + i % 26));
        }
        String url = "https://example.org/" + "very-long-path-segment-".repeat(12) + "end";
        String html = page("<p>Before " + word + " after.</p><p><a href=\"" + url + "\">" + url + "</a></p>"
                + "<table><tr><th>Name</th><th>Value</th></tr><tr><td>key</td><td>" + word.substring(0, 800) + "</td></tr></table>");
        HtmlToPdf.Printed printed = new HtmlToPdf().print(Jsoup.parse(html), dir, META, doc -> { });
        try (PDDocument pdf = Loader.loadPDF(printed.bytes())) {
            // Without the page footers ("Page 1 of 2") that fall between the lines of a word split across pages.
            String text = new PDFTextStripper().getText(pdf).replaceAll("Page \\d+ of \\d+", "").replaceAll("\\s+", "");
            assertTrue(text.contains(word.toString()), "every character of the word is in the PDF");
            assertTrue(text.contains(url.replaceAll("\\s+", "")), "the URL is whole");
            assertEquals(List.of(), PageOverflow.find(pdf), "nothing runs off the page");
        }
        assertEquals(List.of(), printed.notes());
    }

    @Test
    void textThatCannotWrapIsReportedAsTooWide(@TempDir Path dir) throws Exception {
        String word = "x".repeat(300);
        String html = "<html><head><style>@page { size: A4; margin: 20mm; } body { font-family: 'Liberation Sans'; }"
                + " p { white-space: nowrap; }</style></head><body><p>Start " + word + "</p></body></html>";
        HtmlToPdf.Printed printed = new HtmlToPdf().print(Jsoup.parse(html), dir, META, doc -> { });
        assertTrue(printed.notes().stream().anyMatch(n -> n.kind() == PrintNote.Kind.TOO_WIDE && n.subject().contains("xxxx")),
                printed.notes().toString());
    }

    @Test
    void aTableTooWideForThePageIsReported(@TempDir Path dir) throws Exception {
        StringBuilder table = new StringBuilder("<table><tr>");
        for (int i = 1; i <= 22; i++) {
            table.append("<th>Week").append(i).append("</th>");
        }
        table.append("</tr><tr>");
        for (int i = 1; i <= 22; i++) {
            table.append("<td>Planning</td>");
        }
        table.append("</tr></table>");
        HtmlToPdf.Printed printed = new HtmlToPdf().print(Jsoup.parse(page(table.toString())), dir, META, doc -> { });
        // The columns past the edge are not in the PDF at all, so the layout, not the PDF, must say so.
        assertTrue(printed.notes().stream().anyMatch(n -> n.kind() == PrintNote.Kind.TOO_WIDE && n.subject().startsWith("Week")),
                printed.notes().toString());
    }

    /** A box wider than the page whose text is inside it cuts nothing off: the text decides, not the box. */
    @Test
    void aBlockWiderThanThePageWithItsTextInsideIsNotReported(@TempDir Path dir) throws Exception {
        String html = page("<p style=\"width: 400mm; border-bottom: 0.6pt solid black\">Name:</p>"
                + "<p style=\"width: 400mm\">Start " + "x".repeat(300) + "</p>");
        HtmlToPdf.Printed printed = new HtmlToPdf().print(Jsoup.parse(html), dir, META, doc -> { });
        List<String> tooWide = printed.notes().stream().filter(n -> n.kind() == PrintNote.Kind.TOO_WIDE).map(PrintNote::subject).toList();
        assertTrue(tooWide.stream().noneMatch(t -> t.contains("Name")), tooWide.toString());
        assertTrue(tooWide.stream().anyMatch(t -> t.startsWith("Start")), "the text that does run past the edge: " + tooWide);
    }

    /** The cover of an A5 pack, whose name line the theme draws 110 mm wide, is no finding. */
    @Test
    void anA5PacksCoverIsNotTooWide(@TempDir Path dir) throws Exception {
        Path content = org.handbookpress.TestHandbooks.write(dir, java.util.Map.of(
                "handbook.yml", "title: Rules\npacks:\n  - id: pocketbook\n    title: Pocketbook\n    include: [rules.md]\n    paper: A5\n",
                "index.md", "# Home\n\nWelcome.\n",
                "rules.md", "# Rules\n\nBe kind.\n"));
        org.handbookpress.BuildResult result = org.handbookpress.TestHandbooks.build(content, dir.resolve("site"));
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("site/downloads/pocketbook.pdf")));
        assertEquals(List.of(), result.findings().stream().filter(f -> f.code().startsWith("pdf.")).toList());
    }
}
