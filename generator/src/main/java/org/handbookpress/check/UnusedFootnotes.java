package org.handbookpress.check;

import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;

/**
 * Reports a footnote's note that no reference in its page names: the Markdown leaves it out of the page without a word,
 * so a note whose name was misspelt ({@code [^volunter]: …} under {@code text[^volunteer]}) was lost, and only its
 * reference, left as text, was reported ({@link UnrenderedMarkdown}). The reference of a near name it may be meant for is
 * named with it.
 */
public final class UnusedFootnotes implements HtmlPass {

    public static final String CODE = "footnote.unused";

    /** The notes the Markdown wrote at the page's foot, each one a reference named. */
    private static final org.jsoup.select.Evaluator SHOWN = org.jsoup.select.QueryParser.parse("div.footnotes > ol > li");

    private final Findings findings;

    public UnusedFootnotes(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml html) {
        PageFootnotes footnotes = PageFootnotes.of(html.page());
        List<PageFootnotes.Named> unused = footnotes.unusedNotes();
        if (unused.isEmpty() || html.content().select(SHOWN).size() >= footnotes.distinctNotes()) {
            // As many notes shown as written: the reference is in text the page's source does not hold (an mdBook
            // book's {{#include}}, filled in before the Markdown is read).
            return;
        }
        SourcePosition source = new SourcePosition(html.page());
        for (PageFootnotes.Named note : unused) {
            String name = "[^" + note.name() + "]";
            String what = "the footnote " + name + " is not shown: no reference in the page names it";
            String fix = "refer to it where it belongs, text" + name + ", or remove the note";
            java.util.Optional<PageFootnotes.Named> near = footnotes.referenceNear(note.name());
            if (near.isPresent()) {
                String reference = "[^" + near.get().name() + "]";
                what += " — did you mean it for " + reference + " on line " + near.get().line() + ", which names no note?";
                fix = "rename one so they match, " + name + ": here or " + reference + " on line " + near.get().line()
                        + " (a note's name and its reference's must be the same, capitals too)";
            }
            findings.add(new Finding(html.page().path(), note.line(), source.column(note.line(), name), Severity.WARNING, CODE, what, fix));
        }
    }
}
