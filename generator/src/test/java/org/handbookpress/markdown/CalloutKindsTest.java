package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

/**
 * A box whose kind is a slip away from one the handbook knows is told: a food pantry network's {@code > [!TIPS]}
 * showed as a plain note titled "Tips", never the tip its author meant, without a word. A kind of the author's own,
 * far from every known one, as Obsidian allows, stays a note with nothing said.
 */
class CalloutKindsTest {

    @Test
    void aKindASlipAwayFromAKnownOneIsToldWhatItMeant() {
        Findings findings = new Findings();
        PageHtml html = PageFixture.html("toolkit/stock.md", """
                # Stock

                > [!TIPS]
                > Rotate the tins, oldest at the front.

                > [!WARNINGS]
                > Check the dates before a delivery goes out.

                > [!recipe]
                > A soup from what is left on Friday.

                > [!danger]
                > Obsidian's own kind, known.

                > [!NOTE]
                > GitHub's own kind.
                """);
        new Callouts(PageLabels.english(), findings).apply(html);
        List<Finding> told = findings.sorted();
        assertEquals(List.of("toolkit/stock.md:3 callout.unknown-kind", "toolkit/stock.md:6 callout.unknown-kind"),
                told.stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertTrue(told.get(0).message().contains("'[!TIPS]'") && told.get(0).message().contains("titled 'Tips'"), told.get(0).message());
        assertTrue(told.get(0).fix().startsWith("did you mean [!TIP]?"), told.get(0).fix());
        assertTrue(told.get(1).fix().startsWith("did you mean [!WARNING]?"), told.get(1).fix());
        // Each is still shown, as the note it has always been.
        assertEquals(5, html.content().select(".callout").size(), html.content().html());
    }
}
