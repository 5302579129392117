package org.handbookpress.sanitise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StyleSheetFilesTest {

    /**
     * A style sheet of the site's own, which an SVG opened on its own imports (<?xml-stylesheet type="text/css"?>), was
     * served as written: in Chromium its @import and pictures loaded from another website, with no policy to stop them.
     */
    @Test
    void aStyleSheetIsServedWithoutWhatLoadsFromElsewhere(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("images"));
        Files.writeString(dir.resolve("images/drawing.css"), """
                @import url("https://evil.example/more.css");
                rect { fill: navy }
                svg { background-image: url(https://evil.example/t.png) }
                circle { fill: url(#gradient) }
                """);
        Files.writeString(dir.resolve("images/plain.css"), "rect { fill: url(shapes.svg#p) }\n");
        Files.write(dir.resolve("images/wide.css"), "svg{background:url(//evil.example/w.png)}".getBytes(StandardCharsets.UTF_16));
        Findings findings = new Findings();
        Map<String, byte[]> cleaned = StyleSheetFiles.cleanAll(dir::resolve,
                List.of("images/drawing.css", "images/plain.css", "images/wide.css", "images/logo.svg"), findings);
        assertEquals(List.of("images/drawing.css", "images/wide.css"), List.copyOf(cleaned.keySet()), "a clean file is served as it is");
        String css = new String(cleaned.get("images/drawing.css"), StandardCharsets.UTF_8);
        assertFalse(css.contains("evil.example"), css);
        assertTrue(css.contains("rect { fill: navy }") && css.contains("fill: url(#gradient)"), css);
        assertFalse(new String(cleaned.get("images/wide.css"), StandardCharsets.UTF_8).contains("evil.example"));
        assertEquals(List.of("images/drawing.css:1 html.css", "images/drawing.css:3 html.css", "images/wide.css:1 html.css"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }
    @Test
    void theSiteServesTheCleanedCopy(@TempDir Path dir) throws Exception {
        Path content = org.handbookpress.TestHandbooks.write(dir, Map.of(
                "index.md", "# Welcome\n\nA [drawing](images/drawing.svg).\n",
                "images/drawing.svg", "<?xml-stylesheet type=\"text/css\" href=\"drawing.css\"?>\n"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>\n",
                "images/drawing.css", "@import url(\"https://evil.example/more.css\");\nrect { fill: navy }\n"));
        Path out = dir.resolve("out");
        org.handbookpress.BuildResult result = org.handbookpress.TestHandbooks.build(content, out);
        String served = Files.readString(out.resolve("images/drawing.css"));
        assertFalse(served.contains("evil.example"), served);
        assertTrue(served.contains("rect { fill: navy }"), served);
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("html.css") && f.file().equals("images/drawing.css")));
    }
}
