package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebooksTest {

    /** A notebook of one Markdown cell and one code cell whose output is a picture of {@code pictureChars} characters. */
    private static String notebook(int pictureChars) {
        return "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\n"
                + "    \"# Plots\\n\",\n    \"\\n\",\n    \"Shifts by *week*.\"\n   ]\n  },\n"
                + "  {\n   \"cell_type\": \"code\",\n   \"metadata\": {},\n   \"outputs\": [\n    {\n     \"data\": {\"image/png\": \""
                + "A".repeat(pictureChars) + "\"},\n     \"metadata\": {},\n     \"output_type\": \"display_data\"\n    }\n   ],\n"
                + "   \"source\": [\"plot(shifts)\"]\n  }\n ],\n \"metadata\": {\"language_info\": {\"name\": \"R\"}},\n"
                + " \"nbformat\": 4\n}\n";
    }

    @Test
    void cellsStandOnTheirOwnLinesOfTheFile() {
        Findings findings = new Findings();
        String markdown = Notebooks.markdown(notebook(10), "plots.ipynb", findings).orElseThrow();
        String[] lines = markdown.split("\n", -1);
        assertEquals("# Plots", lines[6], "line 7 of the file");
        assertEquals("Shifts by *week*.", lines[8]);
        assertTrue(markdown.contains("```r\nplot(shifts)\n```"), markdown);
        assertEquals(List.of("plots.ipynb:1 page.notebook-outputs"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    @Test
    void aNotebookLargeWithItsSavedPicturesIsStillAPage(@TempDir Path dir) throws Exception {
        String large = notebook(12 * 1024 * 1024);
        Path file = dir.resolve("plots.ipynb");
        Files.writeString(file, large, StandardCharsets.UTF_8);
        Findings findings = new Findings();
        String text = SourceText.read(file, "plots.ipynb", findings).orElseThrow();
        assertTrue(Notebooks.markdown(text, "plots.ipynb", findings).orElseThrow().contains("Shifts by *week*."));
        Path page = Files.writeString(dir.resolve("plots.md"), large, StandardCharsets.UTF_8);
        assertTrue(SourceText.read(page, "plots.md", new Findings()).isEmpty(), "a Markdown page that large is still refused");
    }

    @Test
    void aPicturePastedIntoAMarkdownCellIsShownFromItsAttachment() {
        // Jupyter keeps a picture pasted into a Markdown cell in the cell's attachments and names it attachment:NAME.
        String json = "{\n \"cells\": [\n  {\n   \"attachments\": {\n    \"rota chart.png\": {\"image/png\": \"iVBORw0K\\nGgo=\"},\n"
                + "    \"dot.svg\": {\"image/svg+xml\": [\"<svg xmlns='http://www.w3.org/2000/svg'>\", \"</svg>\"]}\n   },\n"
                + "   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\n"
                + "    \"![Who is on when](attachment:rota%20chart.png)\\n\",\n    \"\\n\",\n"
                + "    \"<img src=\\\"attachment:dot.svg\\\" alt=\\\"A dot\\\">\"\n   ]\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4\n}\n";
        Findings findings = new Findings();
        String markdown = Notebooks.markdown(json, "rota.ipynb", findings).orElseThrow();
        assertTrue(markdown.contains("![Who is on when](data:image/png;base64,iVBORw0KGgo=)"), markdown);
        String svg = java.util.Base64.getEncoder().encodeToString(
                "<svg xmlns='http://www.w3.org/2000/svg'></svg>".getBytes(StandardCharsets.UTF_8));
        assertTrue(markdown.contains("<img src=\"data:image/svg+xml;base64," + svg + "\" alt=\"A dot\">"), markdown);
        assertEquals("![Who is on when](data:image/png;base64,iVBORw0KGgo=)", markdown.split("\n", -1)[10], "on the cell's line of the file");
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void jsonThatCannotBeReadIsReportedAtItsLine() {
        Findings findings = new Findings();
        assertTrue(Notebooks.markdown("{\n \"cells\": [\n  {\"cell_type\": \"markdown\",,}\n ]\n}\n", "broken.ipynb", findings).isEmpty());
        assertEquals(List.of("broken.ipynb:3 page.notebook"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        Findings deep = new Findings();
        assertTrue(Notebooks.markdown("[".repeat(100_000), "deep.ipynb", deep).isEmpty(), "nesting too deep is refused, not a crash");
        assertEquals(1, deep.sorted().size());
    }

    @Test
    void jsonWithoutCellsIsNoNotebook() {
        Findings findings = new Findings();
        assertTrue(Notebooks.markdown("{\"data\": [1, 2]}\n", "data.ipynb", findings).isEmpty());
        assertEquals(List.of("data.ipynb:1 page.notebook"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }
}
