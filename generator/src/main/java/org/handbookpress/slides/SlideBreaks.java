package org.handbookpress.slides;

import java.util.List;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.CodeFences;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;

/**
 * Finds the commonest slip in a deck: a {@code ---} written straight under a line of text. Markdown
 * reads that as the underline of a heading (the text above becomes an {@code h2}) rather than as a
 * slide break, so two slides silently merge.
 */
public final class SlideBreaks {

    private static final Pattern BREAK = Pattern.compile("^ {0,3}-{3,}\\s*$");
    // Lines after which --- is a break, not an underline: blocks that are not paragraph text.
    private static final Pattern NOT_TEXT = Pattern.compile("^\\s*([-*+]\\s|\\d+[.)]\\s|#|>|\\||<).*");

    private SlideBreaks() {
    }

    /** Checks every slide deck among the pages; runs with the content checks, so {@code handbook:check} reports it too. */
    public static void checkAll(List<Page> pages, Findings findings) {
        for (Page page : pages) {
            if (page.kind() == Kind.SLIDES) {
                check(page, findings);
            }
        }
    }

    static void check(Page page, Findings findings) {
        String[] lines = page.markdown().split("\n", -1);
        CodeFences fences = new CodeFences();
        int lastBreak = -1; // the line of the last break seen, while only blank lines follow it
        boolean textSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fences.inCode(line)) {
                lastBreak = -1;
                textSeen = true;
                continue;
            }
            if (BREAK.matcher(line).matches() && (i == 0 || lines[i - 1].isBlank())) {
                // A slide between two breaks with nothing on it is left out of the deck; one before the first slide or
                // after the last (decks often open or close with ---) is no slip.
                if (lastBreak >= 0 && textSeen) {
                    findings.notice(page.path(), page.bodyLine() + lastBreak, "slides.empty",
                            "the slide between this --- and the next (line " + (page.bodyLine() + i) + ") has nothing on it, so the deck leaves it out",
                            "write what the slide should show, or remove one of the two --- lines");
                }
                lastBreak = i;
                continue;
            }
            if (!line.isBlank()) {
                lastBreak = -1;
                textSeen = true;
            }
            if (i == 0) {
                continue;
            }
            String above = lines[i - 1];
            if (BREAK.matcher(line).matches() && !above.isBlank() && !NOT_TEXT.matcher(above).matches()
                    && !BREAK.matcher(above).matches()) {
                findings.warning(page.path(), page.bodyLine() + i, "slides.break-under-text",
                        "this --- comes straight after a line of text, so it makes that line a heading instead of starting a new slide",
                        "leave an empty line above the --- to start a new slide");
            }
        }
    }
}
