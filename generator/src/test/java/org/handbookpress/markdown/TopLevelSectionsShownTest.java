package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TopLevelSectionsShownTest {

    private static List<String> headings(String path, String markdown) {
        PageHtml html = PageFixture.html(path, markdown);
        new TopLevelSectionsShown(new Findings()).apply(html);
        return html.content().select(PageHtml.HEADINGS).stream().map(h -> h.tagName() + " " + h.text()).toList();
    }

    @Test
    void sectionsAreALevelLowerFromTheFirstOnAndTheTitleStays() {
        // Notion: the page's title and its "Heading 1" blocks are alike '#'.
        assertEquals(List.of("h1 Expenses", "h2 Claims", "h3 Receipts", "h2 Travel"),
                headings("Expenses 0f1e2d3c4b5a69788796a5b4c3d2e1f0.md", "# Expenses\n\n# Claims\n\n## Receipts\n\n# Travel\n"));
        // A README's '##' before its second '#' is already a section of its title.
        assertEquals(List.of("h1 Project X", "h2 Meetings", "h2 Other", "h3 Sub"),
                headings("docs/README.md", "# Project X\n\n## Meetings\n\n# Other\n\n## Sub\n"));
        // A converted document titled by its file: every heading from its first '#' on.
        assertEquals(List.of("h2 Purpose", "h3 Scope", "h2 Contacts"),
                headings("Safeguarding policy.md", "# Purpose\n\n## Scope\n\n# Contacts\n"));
    }

    @Test
    void aPageWithOneTopHeadingIsUnchanged() {
        assertEquals(List.of("h1 Expenses", "h2 Claims"), headings("expenses.md", "# Expenses\n\n## Claims\n"));
        assertEquals(List.of("h1 One", "h1 Two"), headings("deck.md", "---\nkind: slides\n---\n# One\n\n# Two\n"));
    }

    @Test
    void theNoticeIsAtTheFirstSection() {
        Findings findings = new Findings();
        new TopLevelSectionsShown(findings).apply(PageFixture.html("travel.md", "# Travel\n\nIntro.\n\n# Meeting places\n\n# Costs\n"));
        assertEquals(List.of(5), findings.sorted().stream().map(org.handbookpress.findings.Finding::line).toList());
    }
}
