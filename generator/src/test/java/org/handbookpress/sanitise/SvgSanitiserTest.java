package org.handbookpress.sanitise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;

class SvgSanitiserTest {

    private static final String ACTIVE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-stylesheet href="https://fonts.example/a.css" type="text/css"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
              <script>alert(document.cookie)</script>
              <style>@import url(https://fonts.example/b.css); circle { fill: navy }</style>
              <image xlink:href="https://track.example/p.png" width="1" height="1"/>
              <foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/></foreignObject>
              <a xlink:href="javascript:alert(2)"><circle cx="5" cy="5" r="4" fill="url(#g)"/></a>
              <a href="https://example.org/"><rect x="0" y="0" width="2" height="2" style="fill: url(https://t.example/f)"/></a>
              <linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>
            </svg>
            """;

    @Test
    void activeSvgIsCleanedAndEveryRemovalIsAFinding() {
        Findings findings = new Findings();
        Optional<byte[]> cleaned = new SvgSanitiser(findings).clean("images/active.svg", ACTIVE.getBytes(StandardCharsets.UTF_8));
        String svg = new String(cleaned.orElseThrow(), StandardCharsets.UTF_8);
        for (String gone : List.of("<script", "onload", "fonts.example", "track.example", "foreignObject", "iframe", "javascript:", "t.example")) {
            assertFalse(svg.contains(gone), gone + " left in " + svg);
        }
        for (String kept : List.of("<circle", "fill=\"url(#g)\"", "circle { fill: navy }", "https://example.org/", "linearGradient", "viewBox")) {
            assertTrue(svg.contains(kept), kept + " lost from " + svg);
        }
        List<String> lines = findings.sorted().stream().map(f -> f.line() + " " + f.code()).toList();
        assertEquals(List.of("1 svg.unsafe", "3 svg.unsafe", "4 svg.unsafe", "5 svg.unsafe", "6 svg.unsafe", "7 svg.unsafe",
                "8 svg.unsafe", "9 svg.unsafe"), lines);
        assertTrue(findings.sorted().stream().map(Finding::file).allMatch("images/active.svg"::equals));
    }

    /**
     * A draw.io organisation chart (Lake Afton Public Observatory's volunteer handbook): each label is HTML in a
     * foreignObject, with its plain text after it in the same switch. Every foreignObject is removed as before, the plain
     * text kept, and the file has one finding saying so, not one for each label; a foreignObject outside such a switch is
     * still reported on its own line.
     */
    @Test
    void aDrawIoChartsHtmlLabelsAreOneFindingAndKeepTheirText() {
        String label = """
                  <g><switch>
                    <foreignObject width="100%" height="100%" requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility">
                      <div xmlns="http://www.w3.org/1999/xhtml"><div>Board of<div>Directors</div></div></div>
                    </foreignObject>
                    <text x="390" y="44">Board of...</text>
                  </switch></g>
                """;
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n" + label.repeat(3)
                + "  <foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">Alone</div></foreignObject>\n</svg>\n";
        Findings findings = new Findings();
        String cleaned = new String(new SvgSanitiser(findings).clean("Hierarchy/chart.drawio.svg", svg.getBytes(StandardCharsets.UTF_8))
                .orElseThrow(), StandardCharsets.UTF_8);
        assertFalse(cleaned.contains("foreignObject") || cleaned.contains("Directors"), cleaned);
        assertEquals(3, cleaned.split("Board of\\.\\.\\.", -1).length - 1, cleaned);
        assertEquals(List.of("3 svg.unsafe", "20 svg.unsafe"), findings.sorted().stream().map(f -> f.line() + " " + f.code()).toList());
        assertTrue(findings.sorted().get(0).message().startsWith("removed 3 labels written as HTML"), findings.sorted().get(0).message());
        assertTrue(findings.sorted().get(0).fix().contains("Formatted Text"), findings.sorted().get(0).fix());
    }

    @Test
    void anAttributeThatOnlyStartsWithOnIsNoEventHandler() {
        // Inkscape writes only_selected="false" on its path effects; taken for a script, it gave one warning per effect.
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 10 10">
                  <defs><inkscape:path-effect effect="bspline" id="e1" only_selected="false" onend="x()"/></defs>
                  <circle cx="5" cy="5" r="4" onClick="alert(1)" one-way="x"/>
                </svg>
                """;
        Findings findings = new Findings();
        String cleaned = new String(new SvgSanitiser(findings).clean("images/e.svg", svg.getBytes(StandardCharsets.UTF_8)).orElseThrow(),
                StandardCharsets.UTF_8);
        assertTrue(cleaned.contains("only_selected=\"false\"") && cleaned.contains("one-way=\"x\""), cleaned);
        assertFalse(cleaned.contains("onend") || cleaned.toLowerCase(java.util.Locale.ROOT).contains("onclick"), cleaned);
        assertEquals(List.of("2 svg.unsafe", "3 svg.unsafe"), findings.sorted().stream().map(f -> f.line() + " " + f.code()).toList());
    }

    @Test
    void aBitmapEmbeddedInTheDrawingStaysButAnEmbeddedDocumentGoes() {
        // Diagrams exported from drawing tools carry their bitmaps as data: pictures; they load and run nothing.
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
                  <image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="1" height="1"/>
                </svg>
                """;
        Findings findings = new Findings();
        String cleaned = new String(new SvgSanitiser(findings).clean("images/d.svg", svg.getBytes(StandardCharsets.UTF_8)).orElseThrow(),
                StandardCharsets.UTF_8);
        assertTrue(cleaned.contains("data:image/png;base64"), cleaned);
        assertFalse(cleaned.contains("image/svg+xml"), "an SVG inside an SVG could carry a script: " + cleaned);
        assertEquals(List.of("3 svg.unsafe"), findings.sorted().stream().map(f -> f.line() + " " + f.code()).toList());
    }

    @Test
    void aCleanSvgIsServedByteForByte(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path logo = Path.of("..", "content", "images", "logo.svg");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(logo), "the example content is not next to the generator");
        Findings findings = new Findings();
        assertTrue(new SvgSanitiser(findings).clean("images/logo.svg", Files.readAllBytes(logo)).isEmpty());
        assertTrue(findings.sorted().isEmpty());
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/bad.svg"), ACTIVE.getBytes(StandardCharsets.UTF_8));
        Files.copy(logo, dir.resolve("images/logo.svg"));
        assertEquals(List.of("images/bad.svg"), List.copyOf(new SvgSanitiser(new Findings())
                .cleanAll(dir::resolve, List.of("images/bad.svg", "images/logo.svg", "notes.txt")).keySet()));
    }
    @Test
    void xhtmlWrittenIntoTheDrawingLoadsNothingAndSendsNoOneAway() {
        // Opened on its own in Chromium, each of these reached the other website: XHTML in an SVG is live XHTML.
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml" viewBox="0 0 10 10">
                  <h:img srcset="https://evil.example/s.png 1x" alt="s"/>
                  <h:video poster="https://evil.example/p.png"/>
                  <h:table background="https://evil.example/b.png"><h:tr><h:td>x</h:td></h:tr></h:table>
                  <h:meta http-equiv="refresh" content="0;url=https://evil.example/"/>
                  <h:a href="https://example.org/" ping="https://evil.example/ping">a link stays</h:a>
                  <set attributeName="onclick" to="alert(1)"/>
                  <h:img srcset="pictures/own.png 2x" alt="the site's own"/>
                </svg>
                """;
        Findings findings = new Findings();
        String cleaned = new String(new SvgSanitiser(findings).clean("images/x.svg", svg.getBytes(StandardCharsets.UTF_8)).orElseThrow(),
                StandardCharsets.UTF_8);
        assertFalse(cleaned.contains("evil.example") || cleaned.contains("http-equiv") || cleaned.contains("onclick"), cleaned);
        assertTrue(cleaned.contains("href=\"https://example.org/\"") && cleaned.contains("srcset=\"pictures/own.png 2x\""), cleaned);
        assertEquals(List.of("2 svg.unsafe", "3 svg.unsafe", "4 svg.unsafe", "5 svg.unsafe", "6 svg.unsafe", "7 svg.unsafe"),
                findings.sorted().stream().map(f -> f.line() + " " + f.code()).toList());
    }

    @Test
    void anEntityOfTheDoctypeCannotHideMarkupFromTheCheck() {
        // A browser pastes each entity's text into the drawing as markup; the check's parser left "&s;" as text, found
        // nothing and served the file as it was, and its script ran once the reader opened it.
        String svg = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [
                  <!ENTITY s "<script>alert(1)</script>">
                  <!ENTITY i '<image href="https://evil.example/i.png"/>'>
                  <!ENTITY c "&#60;script&#62;alert(2)&#60;/script&#62;">
                  <!ENTITY t "&s;">
                  <!ENTITY x SYSTEM "file:///etc/passwd">
                  <!ATTLIST svg onload CDATA "alert(3)">
                ]>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">&s;&i;&c;&t;&x;<text>a &amp; b</text></svg>
                """;
        Findings findings = new Findings();
        String cleaned = new String(new SvgSanitiser(findings).clean("images/e.svg", svg.getBytes(StandardCharsets.UTF_8)).orElseThrow(),
                StandardCharsets.UTF_8);
        for (String gone : List.of("script", "alert", "evil.example", "DOCTYPE", "ENTITY", "ATTLIST", "passwd", "onload")) {
            assertFalse(cleaned.contains(gone), gone + " left in " + cleaned);
        }
        assertTrue(cleaned.contains("<text>a &amp; b</text>"), cleaned);
        List<String> said = findings.sorted().stream().map(f -> f.line() + " " + f.message()).toList();
        assertEquals(2, said.stream().filter(m -> m.startsWith("1 ")).count(), "the file entity and the attribute list: " + said);
        // The three scripts are one finding, said once: the same removal on the same line.
        assertEquals(2, said.stream().filter(m -> m.startsWith("10 ")).count(), "the scripts and the picture, on the drawing's line: " + said);
    }

    @Test
    void illustratorsNamespaceEntitiesAreWrittenOutAndSayNothing() {
        String svg = """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
                	<!ENTITY ns_svg "http://www.w3.org/2000/svg">
                	<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">
                ]>
                <svg xmlns="&ns_svg;" xmlns:i="&ns_ai;" viewBox="0 0 10 10" i:viewOrigin="0 0"><circle cx="5" cy="5" r="4"/></svg>
                """;
        Findings findings = new Findings();
        String cleaned = new String(new SvgSanitiser(findings).clean("images/ai.svg", svg.getBytes(StandardCharsets.UTF_8)).orElseThrow(),
                StandardCharsets.UTF_8);
        assertTrue(cleaned.contains("xmlns=\"http://www.w3.org/2000/svg\" xmlns:i=\"http://ns.adobe.com/AdobeIllustrator/10.0/\""), cleaned);
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void entitiesThatMultiplyAreLeftOutAndSaid() {
        StringBuilder declarations = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            declarations.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String svg = "<!DOCTYPE svg [" + declarations + "]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&a9;&lt;</text></svg>";
        Findings findings = new Findings();
        String cleaned = new String(new SvgSanitiser(findings).clean("images/lol.svg", svg.getBytes(StandardCharsets.UTF_8)).orElseThrow(),
                StandardCharsets.UTF_8);
        assertTrue(cleaned.contains("<text>&lt;</text>"), cleaned);
        assertEquals(List.of("1 svg.unsafe"), findings.sorted().stream().map(f -> f.line() + " " + f.code()).toList());
    }
    @Test
    void anSvgWrittenInUtf16IsCheckedAsItIsRead() {
        // Read as UTF-8 the check saw no markup, found nothing and served the file as it was: opened, its script ran.
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                + "<script>alert(1)</script><image href=\"https://evil.example/i.png\"/><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>\n";
        for (java.nio.charset.Charset encoding : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Findings findings = new Findings();
            String cleaned = new String(new SvgSanitiser(findings).clean("images/u.svg", svg.getBytes(encoding)).orElseThrow(),
                    StandardCharsets.UTF_8);
            assertFalse(cleaned.contains("script") || cleaned.contains("evil.example"), encoding + ": " + cleaned);
            assertTrue(cleaned.contains("<circle") && cleaned.contains("encoding=\"UTF-8\""), encoding + ": " + cleaned);
            assertEquals(List.of("2 svg.unsafe", "2 svg.unsafe"), findings.sorted().stream().map(f -> f.line() + " " + f.code()).toList());
        }
    }
    @Test
    void anXsltStylesheetGoesEvenFromWithinTheFile() {
        // Opened in Chromium, from disk as from a server, the stylesheet inside the file wrote a page that loaded from
        // another website; xsl:element writes elements and attributes no check of the file can see.
        String svg = """
                <?xml version="1.0"?>
                <?xml-stylesheet type="text/xsl" href="#s"?>
                <?xml-stylesheet type="text/css" href="drawing.css"?>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
                  <xsl:stylesheet id="s" version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                    <xsl:template match="/"><xsl:element name="script">alert(1)</xsl:element></xsl:template>
                  </xsl:stylesheet>
                </svg>
                """;
        Findings findings = new Findings();
        String cleaned = new String(new SvgSanitiser(findings).clean("images/x.svg", svg.getBytes(StandardCharsets.UTF_8)).orElseThrow(),
                StandardCharsets.UTF_8);
        assertFalse(cleaned.contains("text/xsl"), cleaned);
        assertTrue(cleaned.contains("<?xml-stylesheet type=\"text/css\" href=\"drawing.css\"?>"), "a style sheet of the site's own stays: " + cleaned);
        assertEquals(List.of("1 svg.unsafe"), findings.sorted().stream().map(f -> f.line() + " " + f.code()).toList());
    }
}
