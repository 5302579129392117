package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

/**
 * A footnote whose reference and note are named apart: the independent food-bank handbook's {@code text[^volunteer]},
 * its note written {@code [^volunter]: …}, lost the note without a word; only the reference, left as its brackets, was
 * reported, as if the page had no note.
 */
class UnusedFootnotesTest {

    private static List<Finding> found(String markdown) {
        PageHtml html = PageFixture.html("toolkit/a.md", markdown);
        Findings findings = new Findings();
        new UnrenderedMarkdown(findings).apply(html);
        new UnusedFootnotes(findings).apply(html);
        return findings.sorted();
    }

    @Test
    void aMisspeltNotesReferenceNamesTheNoteAndTheNoteIsReportedToo() {
        List<Finding> found = found("""
                Ask a volunteer[^volunteer] before you open the store.

                [^volunter]: Anyone on the rota who has done the induction.
                """);
        assertEquals(List.of("1:16 markdown.unrendered", "3:1 footnote.unused"), found.stream().map(f -> f.line() + ":" + f.column() + " " + f.code()).toList());
        Finding reference = found.get(0);
        assertTrue(reference.message().contains("did you mean [^volunter], the note on line 3?"), reference.format());
        assertTrue(reference.fix().startsWith("rename one so they match, [^volunteer] here or [^volunter]: on line 3"), reference.format());
        Finding note = found.get(1);
        assertTrue(note.message().startsWith("the footnote [^volunter] is not shown: no reference in the page names it"), note.format());
        assertTrue(note.message().contains("did you mean it for [^volunteer] on line 1"), note.format());
        assertTrue(note.fix().startsWith("rename one so they match"), note.format());
    }

    /** The Markdown tells capitals apart: [^Volunteer] names no note [^volunteer]. */
    /**
     * A reference inside raw HTML, whose note is written: Markdown is not read there, so it is text; it was told to write
     * the note it refers to, which the page has.
     */
    @Test
    void aReferenceInRawHtmlWhoseNoteIsWrittenIsToldWhereItStands() {
        List<Finding> found = found("<div class=\"box\">\nKeys are in the safe.[^keys]\n</div>\n\n[^keys]: Ask the duty lead.\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().endsWith("its note is written, on line 5, but this reference stands where Markdown is not"
                + " read, such as inside raw HTML"), found.get(0).message());
        assertEquals("move the reference into the Markdown text, or leave a blank line between the HTML and the text it is in",
                found.get(0).fix());
    }

    @Test
    void aNameInOtherCapitalsIsANearMiss() {
        List<Finding> found = found("See the rota.[^Rota]\n\n[^rota]: On the office wall.\n");
        assertTrue(found.get(0).message().contains("did you mean [^rota]"), found.toString());
        assertEquals("footnote.unused", found.get(1).code());
    }

    /** A reference misspelt beside another that names its note: the note is shown, and the reference is told its name. */
    @Test
    void aMisspeltReferenceToANoteInUseIsToldTheNotesName() {
        List<Finding> found = found("""
                Wash your hands.[^hygiene] Wear gloves.[^hygeine]

                [^hygiene]: See the food safety policy.
                """);
        assertEquals(List.of("markdown.unrendered"), found.stream().map(Finding::code).toList());
        assertTrue(found.get(0).message().contains("did you mean [^hygiene]"), found.get(0).format());
        assertTrue(found.get(0).fix().startsWith("write [^hygiene] for this reference"), found.get(0).format());
    }

    /** A note no reference names, with none of a name near it, is reported alone; a reference far from every note as it was. */
    @Test
    void anUnusedNoteAndAFarReferenceAreReportedAsBefore() {
        List<Finding> found = found("""
                Open at nine.[^opening]

                [^2]: Saturdays only.
                """);
        assertEquals(List.of("markdown.unrendered", "footnote.unused"), found.stream().map(Finding::code).toList());
        assertTrue(found.get(0).message().endsWith("did not render: '[^opening]'"), found.get(0).format());
        assertTrue(found.get(0).fix().startsWith("write the note it refers to"), found.get(0).format());
        assertEquals("the footnote [^2] is not shown: no reference in the page names it", found.get(1).message());
        assertEquals(3, found.get(1).line());
    }

    /** A note the page shows is in use, whatever its source says: an mdBook book fills in its {{#include}} before the Markdown is read. */
    @Test
    void aNoteShownIsNotReportedThoughItsReferenceIsInAnIncludedFile() {
        org.handbookpress.content.Page page = PageFixture.page("toolkit/a.md", "{{#include tips.md}}\n\n[^tip]: Ask first.\n");
        String rendered = new org.handbookpress.markdown.MarkdownConverter().toHtml("Wash up.[^tip]\n\n[^tip]: Ask first.\n", 1);
        Findings findings = new Findings();
        new UnusedFootnotes(findings).apply(new PageHtml(page, rendered));
        assertEquals(List.of(), findings.sorted());
    }

    /** Notes in use, a note's syntax shown in code and a reference in inline code are none of these. */
    @Test
    void notesInUseAndCodeAreNotReported() {
        assertEquals(List.of(), found("""
                Open at nine.[^1] Close at five.[^late]

                [^1]: Saturdays at ten.
                [^late]: Six on Thursdays.

                Write a note so:

                ```markdown
                Text[^note]

                [^note]: The note.
                ```
                """));
        List<Finding> inCode = found("Write `text[^tip]` for a note.\n\n[^tip]: A tip.\n");
        assertEquals(List.of("footnote.unused"), inCode.stream().map(Finding::code).toList(), "a reference in code names no note");
    }
}
