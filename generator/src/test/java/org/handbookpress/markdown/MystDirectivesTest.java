package org.handbookpress.markdown;

import org.handbookpress.labels.PageLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** MyST's directives beyond the boxes, as Jupyter Book's and Sphinx's pages write them. */
class MystDirectivesTest {

    private static Element content(String markdown, Findings findings) {
        PageHtml html = PageFixture.html("book/a.md", markdown);
        new DivBoxes(PageLabels.english()).apply(html);
        new ForeignSyntax(findings).check(html.page());
        return html.content();
    }

    @Test
    void aDirectiveInAListItemOrAQuoteIsReadNotAFailure() {
        Findings findings = new Findings();
        Element c = content("""
                1. **Use a div.** For example:

                   ````{div} full-width
                   ```{note}
                   Here is a *wide* note.
                   ```
                   ````

                > ```{tip}
                > Quoted **tip**.
                > ```
                """, findings);
        Element note = c.selectFirst("ol li div.full-width div.note");
        assertNotNull(note, c.outerHtml());
        assertEquals("Here is a wide note.", note.selectFirst("p:not(.fenced-div-title)").text());
        assertEquals(1, note.select("em").size());
        Element tip = c.selectFirst("blockquote div.tip");
        assertNotNull(tip, c.outerHtml());
        assertEquals(1, tip.select("strong").size());
        assertTrue(c.select("pre").isEmpty(), c.outerHtml());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void asidesPanelsAndContainersHoldTheirMarkdown() {
        Findings findings = new Findings();
        Element c = content("""
                ````{sidebar} On the day
                Bring a *flask*.
                ````

                ```{margin}
                A note in the margin.
                ```

                `````{tab-set}
                ````{tab-item} On a phone
                Tap the menu.
                ````
                ````{tab-item} On a computer
                Use the sidebar.
                ````
                `````

                ```{only} html
                Shown on the web.
                ```

                ```{only} latex
                Only in LaTeX.
                ```

                ```{index} single: safeguarding
                ```
                """, findings);
        Element sidebar = c.selectFirst("div.sidebar");
        assertEquals("On the day", sidebar.selectFirst(".fenced-div-title").text());
        assertEquals("group", sidebar.attr("role"));
        assertTrue(sidebar.hasClass("box-note"), "an aside looks as a note does: " + sidebar.outerHtml());
        assertEquals(1, sidebar.select("em").size());
        assertEquals("A note in the margin.", c.selectFirst("div.margin p").text());
        assertEquals(List.of("On a phone", "On a computer"), c.select("div.tab-set > div.tab-item > .fenced-div-title").eachText());
        assertTrue(c.text().contains("Shown on the web."), c.text());
        assertFalse(c.text().contains("Only in LaTeX") || c.text().contains("safeguarding"), c.text());
        assertTrue(c.select("pre").isEmpty(), c.outerHtml());
        assertTrue(findings.sorted().isEmpty(), "read, so not reported: " + findings.sorted());
    }

    @Test
    void codeCellsAreCodeInTheirKernelsLanguageWithoutOptionsAndRemovedCellsGo() {
        Findings findings = new Findings();
        Element c = content("""
                ```{code-cell} ipython3
                :tags: [hide-input]

                print("shown")
                ```

                ```{code-cell} ipython3
                ---
                tags: [remove-cell]
                ---
                import secrets
                ```

                ```{code-block} python
                :caption: setup.py
                :linenos:
                import os
                ```

                ```{code-cell} r
                summary(x)
                ```
                """, findings);
        List<Element> code = c.select("pre code");
        assertEquals(3, code.size(), c.outerHtml());
        assertEquals("language-python", code.get(0).className());
        assertEquals("print(\"shown\")\n", code.get(0).wholeText(), "without the blank line after the options");
        assertFalse(c.text().contains("secrets") || c.text().contains(":tags:") || c.text().contains(":linenos:"), c.text());
        assertEquals("import os", code.get(1).text().strip());
        assertEquals("setup.py", c.selectFirst(".fenced-div-title").text(), "the caption titles the code");
        assertEquals("language-r", code.get(2).className());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void sphinxTabsAreTabsAndTheirCodeTabsCodeTitledByTheirLabel() {
        // sphinx-tabs, as a Jupyter Book that lists sphinx_tabs.tabs in its extensions writes the same code in two
        // languages: the container, code tabs (language, then an optional label), and tabs of Markdown.
        Findings findings = new Findings();
        Element c = content("""
                ````{tabs}

                ```{code-tab} py
                rota = load("rota.csv")
                ```

                ```{code-tab} r R
                rota <- load("rota.csv")
                ```

                ````

                `````{tabs}
                ````{tab} Volunteers
                Sign in at the *front desk*.
                ````
                ````{group-tab} Staff
                Use the side door.
                ````
                `````
                """, findings);
        List<Element> code = c.select("div.tabs pre code");
        assertEquals(2, code.size(), c.outerHtml());
        assertEquals("language-py", code.get(0).className());
        assertEquals("rota = load(\"rota.csv\")\n", code.get(0).wholeText());
        assertEquals("language-r", code.get(1).className());
        assertEquals(List.of("Python", "R", "Volunteers", "Staff"), c.select("div.tabs .fenced-div-title").eachText(),
                "a code tab without a label is named by its language, as sphinx-tabs names it");
        assertEquals(1, c.select("div.tabs em").size());
        assertFalse(c.text().contains("code-tab") || c.text().contains("{tabs}") || c.text().contains("```"), c.text());
        assertTrue(findings.sorted().isEmpty(), "read, so not reported: " + findings.sorted());
    }

    @Test
    void figuresAreCaptionedByTheirFirstParagraphAndPicturesTakeTheirAltText() {
        Findings findings = new Findings();
        Element c = content("""
                ```{figure} images/circle.png
                :alt: Chairs in a circle
                :width: 60%
                :name: fig-circle

                How we set out the room, *before* people arrive.

                Leave a gap by the door.
                ```

                ```{image} images/logo.png
                :alt: The charity's logo
                ```

                ```{figure} images/door.png
                ---
                height: 150px
                name: fig-door
                alt: The door
                ---
                Where to come in.
                ```

                ```{tableofcontents}
                ```
                """, findings);
        Element figure = c.selectFirst("figure#fig-circle");
        assertNotNull(figure, c.outerHtml());
        assertEquals("images/circle.png", figure.selectFirst("img").attr("src"));
        assertEquals("Chairs in a circle", figure.selectFirst("img").attr("alt"));
        assertEquals("How we set out the room, before people arrive.", figure.selectFirst("figcaption").text());
        assertEquals(1, figure.select("figcaption em").size());
        assertEquals("Leave a gap by the door.", figure.nextElementSibling().text(), "the legend follows the figure");
        Element door = c.selectFirst("figure#fig-door");
        assertNotNull(door, "options written as YAML: " + c.outerHtml());
        assertEquals("The door", door.selectFirst("img").attr("alt"));
        assertEquals("Where to come in.", door.selectFirst("figcaption").text());
        Element logo = c.selectFirst("p > img[src=images/logo.png]");
        assertEquals("The charity's logo", logo.attr("alt"));
        assertNull(logo.closest("figure"));
        assertNotNull(c.selectFirst("div." + MarkdownConverter.SECTION_PAGES + ":empty"), c.outerHtml());
        assertTrue(c.select("pre").isEmpty(), c.outerHtml());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void aListTableIsATableWithItsHeaderRowsAndCaption() {
        Findings findings = new Findings();
        Element c = content("""
                ```{list-table} Shifts *this* week
                :header-rows: 1
                :widths: 20 80

                * - Day
                  - Who
                * - Monday
                  - Sam, with `keys`
                * - Tuesday
                  - - Ana
                    - Kim
                ```

                ```{list-table}
                Not a list of rows.
                ```
                """, findings);
        Element table = c.selectFirst("table");
        assertNotNull(table, c.outerHtml());
        assertEquals("Shifts this week", table.selectFirst("caption").text());
        assertEquals(List.of("Day", "Who"), table.select("thead th[scope=col]").eachText());
        assertEquals(List.of("Monday", "Sam, with keys", "Tuesday", "Ana Kim"), table.select("tbody td").eachText());
        assertEquals(1, table.select("td code").size());
        assertEquals(2, table.select("td ul li").size(), "a cell holds a list");
        assertEquals(1, c.select("table").size());
        assertTrue(c.text().contains("Not a list of rows."), "content of another shape is kept: " + c.text());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void colonFencesReadContainersAsTheCodeFenceFormDoes() {
        Findings findings = new Findings();
        Element c = content("""
                ::::{grid} 2
                :gutter: 1
                :::{grid-item-card} Before the session
                Set out the chairs.
                :::
                ::::

                :::{only} latex
                For print only.
                :::

                :::{div} wide
                A wide paragraph.
                :::

                ```{toggle}
                Folded away.
                ```

                ```{contents}
                :local:
                ```
                """, findings);
        assertEquals("Before the session", c.selectFirst("div.grid div.grid-item-card .fenced-div-title").text());
        assertFalse(c.text().contains(":gutter:") || c.text().contains("For print only") || c.text().contains(":local:"), c.text());
        assertNull(c.selectFirst("div.grid > .fenced-div-title"), "a grid's argument is no title: " + c.outerHtml());
        assertEquals("A wide paragraph.", c.selectFirst("div.div.wide > p").text());
        assertEquals("Folded away.", c.selectFirst("details.toggle > p").text());
        assertTrue(c.select("pre").isEmpty(), c.outerHtml());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void aLinkReferenceDefinedInsideADirectiveResolves() {
        Findings findings = new Findings();
        Element c = content("""
                ```{note}
                See [the book][home].

                [home]: https://example.org/book
                ```

                ``````{list-table}
                * - [Our site][site]

                    [site]: https://example.org/
                ``````
                """, findings);
        assertEquals("https://example.org/book", c.selectFirst("div.note a").attr("href"));
        assertEquals("https://example.org/", c.selectFirst("td a").attr("href"));
    }

    @Test
    void aFigureOfMarkdownIsAFigureCaptionedByWhatFollowsItsPicture() {
        Findings findings = new Findings();
        Element c = content("""
                :::{figure-md} fig-fish
                ![A fish](images/fish.png)

                This is a *fish*.
                :::

                ```{figure-md} fig-boat
                <img src="images/boat.png" alt="A boat">

                A boat.
                ```
                """, findings);
        Element fish = c.selectFirst("figure#fig-fish");
        assertNotNull(fish, c.outerHtml());
        assertEquals("A fish", fish.selectFirst("img").attr("alt"));
        assertEquals("This is a fish.", fish.selectFirst("figcaption").text());
        assertEquals(1, fish.select("figcaption em").size());
        Element boat = c.selectFirst("figure#fig-boat");
        assertNotNull(boat, c.outerHtml());
        assertEquals("A boat.", boat.selectFirst("figcaption").text());
        assertTrue(c.select("div.figure-md, pre").isEmpty(), c.outerHtml());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void aSphinxGlossaryIsADefinitionList() {
        Findings findings = new Findings();
        Element c = content("""
                ```{glossary}
                Mentor
                  A volunteer who meets a young person
                  every week.

                  Mentors are trained first.

                Coordinator
                  The person who *matches* mentors.
                ```
                """, findings);
        assertEquals(List.of("Mentor", "Coordinator"), c.select("dl > dt").eachText());
        assertEquals(2, c.select("dl > dd").size(), c.outerHtml());
        assertTrue(c.selectFirst("dd").text().startsWith("A volunteer who meets a young person every week."), c.outerHtml());
        assertTrue(c.selectFirst("dd").text().contains("Mentors are trained first."), "a definition's second paragraph: " + c.outerHtml());
        assertEquals(1, c.select("dd em").size());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void directivesNestedThousandsDeepAreReadWithoutExhaustingTheStack() {
        // Each level's fence one backtick longer, as nesting asks: 2,000 levels is a 4 MB page.
        int levels = 2_000;
        StringBuilder page = new StringBuilder();
        for (int i = levels; i > 0; i--) {
            page.append("`".repeat(3 + i)).append("{note}\n");
        }
        page.append("Deep.\n");
        for (int i = 1; i <= levels; i++) {
            page.append("`".repeat(3 + i)).append("\n");
        }
        Element c = content(page.toString(), new Findings());
        assertTrue(c.text().contains("Deep."), "read: boxes as deep as they go, the rest as written");
        assertEquals(MystDirectives.MAX_DEPTH, c.select("div.note").size());
        assertEquals(1, c.select("div.note pre").size(), "what is deeper shows as code");
    }
}
