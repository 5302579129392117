package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.junit.jupiter.api.Test;

/** What the engine noticed is reported against the page and line it came from, or the PDF's own source. */
class PrintFindingsTest {

    private static PageHtml page(String path, String markdown) {
        FrontMatter meta = FrontMatter.builder().title("T").kind(Kind.CHAPTER).build();
        Page page = new Page(path, path.replace(".md", ".html"), Path.of(path), meta, "T", markdown, 1);
        return new PageHtml(page, new MarkdownConverter().toHtml(markdown, 1));
    }

    @Test
    void aRefusedUrlIsPlacedAtTheElementThatAskedForIt() {
        PageHtml first = page("intro.md", "Hello.\n");
        PageHtml second = page("garden.md", "Our garden.\n\nThe <span style=\"background:url('../../outside.png')\">beds</span> in spring.\n");
        Findings findings = new Findings();
        PrintFindings.report("downloads/pack.pdf", List.of(new PrintNote(PrintNote.Kind.REFUSED, "file:/home/x/outside.png",
                "the PDF would have loaded a picture from file:/home/x/outside.png")), List.of(first, second), "handbook.yml", 4, findings);
        Finding finding = findings.sorted().get(0);
        assertEquals("pdf.resource-outside", finding.code());
        assertEquals("garden.md", finding.file());
        assertEquals(3, finding.line());
    }

    @Test
    void whatNoPageHoldsGoesToThePdfsSource() {
        Findings findings = new Findings();
        PrintFindings.report("downloads/pack.pdf", List.of(new PrintNote(PrintNote.Kind.REFUSED, "file:///etc/passwd", "refused")),
                List.of(page("intro.md", "Hello.\n")), "handbook.yml", 4, findings);
        assertEquals("handbook.yml", findings.sorted().get(0).file());
        assertEquals(4, findings.sorted().get(0).line());
    }

    @Test
    void tooWideTextIsPlacedByItsOpeningCharacters() {
        PageHtml page = page("rota.md", "Intro.\n\n| A | B |\n|---|---|\n| Planningmeeting | x |\n");
        Findings findings = new Findings();
        PrintFindings.report("downloads/rota.pdf", List.of(new PrintNote(PrintNote.Kind.TOO_WIDE, "Planningmeeting", "too wide")),
                List.of(page), "rota.md", 0, findings);
        assertEquals("pdf.text-too-wide", findings.sorted().get(0).code());
        assertEquals("rota.md", findings.sorted().get(0).file());
        assertEquals(5, findings.sorted().get(0).line());
    }
}
