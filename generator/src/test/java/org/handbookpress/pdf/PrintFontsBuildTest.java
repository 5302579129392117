package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text whose style names a generic family (the layout engine's own style sheet gives samp and pre monospace, an
 * author's print style may end its list with serif): the engine drew those with PDF's standard fonts, which a PDF/A
 * may not use, and stopped the print; they are now drawn with the embedded fonts ({@link PdfFonts#GENERIC_FAMILIES}).
 */
class PrintFontsBuildTest {

    private static final String CHAPTER = """
            ---
            title: Fonts chapter
            kind: chapter
            ---
            # Fonts chapter

            Run the script and compare with <samp>sample output</samp>, pressing <kbd>Enter</kbd>.

            ## Second heading

            The very last words of the chapter.
            """;

    @Test
    void sampleOutputPrintsInTheMonospacedFont(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, null);
        String text = text(result.output().resolve("downloads/chapter.pdf"));
        assertTrue(text.contains("sample output") && text.contains("The very last words"), text);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("pdf.")), result.findings().toString());
        try (PDDocument pdf = Loader.loadPDF(result.output().resolve("downloads/chapter.pdf").toFile())) {
            assertTrue(fontNames(pdf).contains("LiberationMono"), "samp is set in Liberation Mono: " + fontNames(pdf));
        }
    }

    @Test
    void aPrintStyleNamingGenericFamiliesPrintsInTheEmbeddedFonts(@TempDir Path dir) throws Exception {
        // The engine drew serif, sans-serif and monospace with PDF's own standard fonts, which a PDF/A may not use:
        // the print stopped ("No font for the following specification has been found").
        BuildResult result = build(dir, "h2 { font-family: Georgia, serif !important; }"
                + " h1 { font-family: Consolas, monospace !important; }\n");
        String text = text(result.output().resolve("downloads/chapter.pdf"));
        assertTrue(text.contains("Fonts chapter") && text.contains("Second heading") && text.contains("The very last words"), text);
        try (PDDocument pdf = Loader.loadPDF(result.output().resolve("downloads/chapter.pdf").toFile())) {
            String fonts = fontNames(pdf);
            assertTrue(fonts.contains("LiberationSerif-Bold") && fonts.contains("LiberationMono-Bold"), "the headings in serif and monospace: " + fonts);
        }
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("pdf.")), result.findings().toString());
    }

    @Test
    void textInFontsThePdfsLackFallsBackToTheBodyFontAsInABrowser(@TempDir Path dir) throws Exception {
        // Before, the headings were left out of the PDF, without a finding; the font shorthand as font-family.
        for (String style : List.of("h2 { font-family: Arial, 'Comic Sans MS'; }", "h2 { font: bold 14pt Arial; }")) {
            BuildResult result = build(dir.resolve(String.valueOf(style.length())), style + "\n");
            String text = text(result.output().resolve("downloads/chapter.pdf"));
            assertTrue(text.contains("Second heading") && text.contains("The very last words"), style + ": " + text);
            assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("pdf.")), result.findings().toString());
        }
    }

    @Test
    void onlyListsWithNoFontThePdfsHaveGetTheFallback() {
        assertEquals("h2 { font-family: Arial, 'Comic Sans MS', sans-serif; }", FontFallback.inCss("h2 { font-family: Arial, 'Comic Sans MS'; }"));
        assertEquals("p{font-family:Brand, sans-serif !important}", FontFallback.inCss("p{font-family:Brand !important}"));
        String kept = "code { font-family: 'Liberation Mono', 'DejaVu Sans'; } h1 { font-family: Georgia, serif; } em { font-family: inherit }";
        assertEquals(kept, FontFallback.inCss(kept));
        assertEquals("font-family: Verdana, sans-serif", FontFallback.inCss("font-family: Verdana"), "a style attribute");
        assertEquals("h2 { font: bold 14pt/1.2 Arial, sans-serif; }", FontFallback.inCss("h2 { font: bold 14pt/1.2 Arial; }"));
        String shorthandKept = "p { font: italic 12px 'Liberation Serif'; } q { font: caption; } s { font-size: 12pt; } t { icon-font: x }";
        assertEquals(shorthandKept, FontFallback.inCss(shorthandKept));
        // A family the style sheet brings with @font-face is one the PDF has; the rule itself names one family.
        String brand = "@font-face { font-family: 'Our Brand'; src: url(brand.ttf); } h1 { font-family: 'Our Brand'; }";
        assertEquals(brand, FontFallback.inCss(brand));
    }

    private static BuildResult build(Path dir, String extraPrintStyle) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Fonts\n",
                "index.md", "# Home\n\nWelcome.\n",
                "chapter.md", CHAPTER));
        BuildOptions options = BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP);
        if (extraPrintStyle != null) {
            String theme = new String(PrintFontsBuildTest.class.getResourceAsStream("/org/handbookpress/theme/layouts/print/print.css")
                    .readAllBytes(), StandardCharsets.UTF_8);
            Path css = dir.resolve("templates/print/print.css");
            Files.createDirectories(css.getParent());
            Files.writeString(css, theme + "\n" + extraPrintStyle);
            options = options.withTemplates(dir.resolve("templates"));
        }
        return new HandbookBuild(options, BuildLog.SILENT).run();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String fontNames(PDDocument pdf) throws Exception {
        StringBuilder names = new StringBuilder();
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                names.append(page.getResources().getFont(name).getName()).append(' ');
            }
        }
        return names.toString();
    }
}
