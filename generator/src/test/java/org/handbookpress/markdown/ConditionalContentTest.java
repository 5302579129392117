package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.render.TableOfContents;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ConditionalContentTest {

    @Test
    void quartosFormatConditionsKeepEachPartForItsOutput() {
        Findings findings = new Findings();
        PageHtml html = FencedDivsTest.passes("""
                # Review

                ::: {.content-hidden when-format="pdf"}
                For the web: the form is below.
                :::

                ::: {.content-visible when-format="pdf"}
                ## The form, printed

                For print: fill in the form overleaf.
                :::

                ::: {.content-visible unless-format="html"}
                Not on the web either.
                :::

                ::: {.content-visible when-format="docx"}
                For a Word document only.
                :::

                ::: {.content-visible when-format="html, pdf"}
                For both.
                :::

                ::: {.content-hidden unless-format="latex"}
                Print again.
                :::

                Ask [your mentor]{.content-visible when-format="html"} for help.

                ::: {.content-visible when-profile="advanced"}
                A profile's part, kept.
                :::

                ::: {.note when-format="pdf"}
                A box with a condition but no conditional class.
                :::
                """, findings);
        Element c = html.content();
        assertTrue(c.selectFirst("div:contains(For the web)").hasClass(ConditionalContent.SCREEN_ONLY), c.html());
        Element printed = c.selectFirst("div:contains(For print)");
        assertTrue(printed.hasClass(ConditionalContent.PRINT_ONLY) && printed.hasAttr("hidden"), c.html());
        assertTrue(c.selectFirst("div:contains(Not on the web)").hasAttr("hidden"), "unless html: print only");
        assertFalse(c.text().contains("Word document"), "for none of the handbook's outputs: removed");
        Element both = c.selectFirst("div:contains(For both)");
        assertFalse(both.hasClass(ConditionalContent.SCREEN_ONLY) || both.hasAttr("hidden"), c.html());
        assertTrue(c.selectFirst("div:contains(Print again)").hasAttr("hidden"), "hidden unless LaTeX: the PDF's");
        assertTrue(c.selectFirst("span:contains(your mentor)").hasClass(ConditionalContent.SCREEN_ONLY), "a bracketed span too");
        assertTrue(c.text().contains("A profile's part, kept."));
        List<String> reported = findings.sorted().stream().map(f -> f.line() + " " + f.message()).toList();
        assertEquals(2, reported.size(), reported.toString());
        assertTrue(reported.get(0).contains("when-profile=\"advanced\""), reported.toString());
        assertTrue(reported.get(1).contains("when-format=\"pdf\""), "only content-visible and content-hidden take a format: " + reported);
        new TableOfContents().apply(html);
        assertEquals(List.of(), html.model().get(TableOfContents.KEY), "a heading of a part for print is not in the web page's contents");
    }

    /**
     * A part marked {@code .content-hidden} with no condition is hidden in every format, as Quarto hides it: an author's
     * draft note or a part kept for later. It was shown on the web page and in print, as an ordinary div.
     */
    @Test
    void aPartHiddenWithoutAConditionIsNeverShown() {
        Findings findings = new Findings();
        PageHtml html = FencedDivsTest.passes("""
                # Review

                ::: {.content-hidden}
                A draft note for the editors.
                :::

                ::: {#later .content-hidden}
                A section kept for next year.
                :::

                Ask your mentor[ (once they are trained)]{.content-hidden} for help.

                ::: {.content-hidden when-meta="internal"}
                A condition the handbook does not know here: kept, and said.
                :::
                """, findings);
        String text = html.content().text();
        assertFalse(text.contains("draft note") || text.contains("next year") || text.contains("once they are trained"), html.content().html());
        assertTrue(text.contains("Ask your mentor for help."), text);
        assertTrue(text.contains("A condition the handbook does not know here"), text);
        assertEquals(1, findings.sorted().size(), findings.sorted().toString());
    }

    /**
     * Quarto's conditions written on a code block it does not run, {@code ```{.python .content-visible when-format="html"}},
     * keep the block for the outputs they name, as on a div, and its first class is its language. The blocks were shown
     * in every output, their language read as "{.python".
     */
    @Test
    void conditionsOnACodeBlockKeepItForItsOutput() {
        Findings findings = new Findings();
        PageHtml html = FencedDivsTest.passes("""
                # Setup

                ```{.python .content-visible when-format="html"}
                print("on the web")
                ```

                ```{.r .content-hidden unless-format="pdf"}
                print("in print")
                ```

                ```{.bash .content-visible when-format="docx"}
                echo "for Word only"
                ```

                ```{.sql .content-hidden}
                SELECT 'never';
                ```

                ```{.yaml}
                key: value
                ```
                """, findings);
        Element c = html.content();
        Element web = c.selectFirst("div:has(code:contains(on the web))");
        assertTrue(web != null && web.hasClass(ConditionalContent.SCREEN_ONLY), c.html());
        assertEquals("language-python", c.selectFirst("code:contains(on the web)").className(), c.html());
        Element print = c.selectFirst("div:has(code:contains(in print))");
        assertTrue(print != null && print.hasClass(ConditionalContent.PRINT_ONLY) && print.hasAttr("hidden"), c.html());
        assertFalse(c.text().contains("for Word only") || c.text().contains("never"), c.html());
        assertEquals("language-yaml", c.selectFirst("code:contains(key: value)").className(), c.html());
        assertEquals(List.of(), findings.sorted(), "conditions applied, nothing to report");
    }
}
