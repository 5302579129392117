package org.handbookpress.markdown;

import org.handbookpress.labels.PageLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownConverterTest {

    private final MarkdownConverter converter = new MarkdownConverter();

    private PageHtml page(String markdown, int firstLine) {
        Page page = new Page("toolkit/x.md", "toolkit/x.html", Path.of("x.md"), FrontMatter.empty(), "X", markdown, firstLine);
        return new PageHtml(page, converter.toHtml(markdown, firstLine));
    }

    private PageHtml titled(String markdown, String title) {
        Page page = new Page("step_1.md", "step_1.html", Path.of("step_1.md"), FrontMatter.empty(), title, markdown, 1);
        return new PageHtml(page, converter.toHtml(markdown, 1));
    }

    @Test
    void onlyWebAddressesBecomeLinksByThemselves() {
        String html = new MarkdownConverter().toHtml("See https://example.org, www.example.org and a@example.org;"
                + " the socket is unix:///var/run/app.sock and file:///etc/hosts.\n", 1);
        Element p = org.jsoup.Jsoup.parseBodyFragment(html).selectFirst("p");
        assertEquals(List.of("https://example.org", "http://www.example.org", "mailto:a@example.org"), p.select("a").eachAttr("href"));
        assertTrue(p.text().contains("unix:///var/run/app.sock and file:///etc/hosts."), p.html());
    }

    @Test
    void aWikiLinksTargetIsItsCharactersAsWritten() {
        // A vault's note named with a character reference in it, as a note's name pasted from a web page can be.
        var links = org.jsoup.Jsoup.parseBodyFragment(converter.toHtml("See [[Rota&nbsp;]], [[Tea &amp; cake]] and [[Q&A]].\n", 1))
                .select("a[" + MarkdownConverter.WIKI + "]");
        assertEquals(List.of("Rota&nbsp;", "Tea &amp; cake", "Q&A"), links.eachAttr(MarkdownConverter.WIKI));
    }

    @Test
    void aTagAloneOnALineContinuesAListItemOrQuoteLazily() {
        // A line break or a picture between list items, at the left margin, as notes and workshop pages have them: it
        // continues the item's paragraph (a lone tag cannot interrupt a paragraph, lazily continued or not); the items
        // and the heading after it were raw HTML to the next blank line.
        String html = converter.toHtml("""
                - pack the crates
                <br/>
                - label the shelves
                #### After the shift
                - sweep the *floor*

                > a quoted rule
                <img src="rota.png" alt="The rota">
                > still **quoted**

                <span class="note">
                A tag alone after a blank line still opens raw HTML, as CommonMark has it.
                """, 1);
        var body = org.jsoup.Jsoup.parseBodyFragment(html).body();
        assertEquals(List.of("pack the crates", "label the shelves", "sweep the floor"), body.select("li").eachText());
        assertEquals("After the shift", body.selectFirst("h4").text());
        assertEquals("floor", body.selectFirst("li em").text());
        assertEquals("The rota", body.selectFirst("blockquote img").attr("alt"));
        assertEquals("quoted", body.selectFirst("blockquote strong").text());
        assertTrue(!body.select("body > span.note").isEmpty(), body.html());
    }

    @Test
    void everySyntaxTheFormatPromises() {
        PageHtml html = page("""
                ## Who to contact

                | Role | Name |
                |------|------|
                | Lead | Sam  |

                ~~old~~ and https://example.org

                - [ ] to do
                - [x] done

                A claim.[^1]

                [^1]: The source.

                Peer
                : Someone with lived experience.
                """, 1);
        Element c = html.content();
        assertEquals("who-to-contact", c.selectFirst("h2").id());
        assertEquals(1, c.select("table td:contains(Sam)").size());
        assertEquals("old", c.selectFirst("del").text());
        assertEquals("https://example.org", c.selectFirst("a[href=https://example.org]").text());
        assertEquals(2, c.select("li input[type=checkbox]").size());
        assertTrue(c.select("sup a, a.footnote-ref").size() >= 1, c.html());
        assertEquals("Peer", c.selectFirst("dl dt").text());
    }

    @Test
    void linksAndBlocksCarryTheirSourceLine() {
        PageHtml html = page("Intro\n\nSee [the policy](../policies/a.md) and [[Safeguarding Policy#Who to contact|us]].\n", 5);
        Element link = html.content().selectFirst("a[href$=a.md]");
        assertEquals(7, SourceLines.of(link));
        Element wiki = html.content().selectFirst("a[" + MarkdownConverter.WIKI + "]");
        assertEquals("Safeguarding Policy#Who to contact", wiki.attr(MarkdownConverter.WIKI));
        assertEquals("us", wiki.text());
        SourceLines.strip(html.content());
        assertTrue(html.content().select("[" + MarkdownConverter.LINE + "]").isEmpty());
    }

    @Test
    void aTableRightAfterALineOfTextIsATableAsOnGitHub() {
        PageHtml html = page("""
                Intro

                Examples with *emphasis*
                and a second line
                Input | Output
                ------|-------
                `din` | `(((`

                > Quoted text
                > | a | b |
                > |---|---|
                > | 1 | 2 |

                Not a table: three cells
                a | b | c
                --|--
                """, 1);
        Element c = html.content();
        assertEquals(2, c.select("table").size(), c.html());
        Element first = c.selectFirst("table");
        assertEquals("Examples with emphasis\nand a second line", first.previousElementSibling().wholeText());
        assertEquals(1, first.previousElementSibling().select("em").size());
        assertEquals(3, SourceLines.of(first.previousElementSibling()));
        assertEquals("Input Output", first.select("th").text());
        assertEquals(5, SourceLines.of(first.selectFirst("tr")));
        assertEquals("Quoted text", c.selectFirst("blockquote p").text());
        assertEquals("a b", c.selectFirst("blockquote th").parent().text());
        assertTrue(c.select("p").last().text().startsWith("Not a table"), c.html());
    }

    /**
     * GitHub's tables take a delimiter cell of a single dash ({@code |-|---|}, {@code |--|--|}), as a README's table with
     * a narrow first column of logos writes it; Flexmark asked for three and left the whole table as text.
     */
    @Test
    void aDelimiterCellOfOneOrTwoDashesMakesATableAsOnGitHub() {
        PageHtml html = page("""
                | | Team | Rota |
                |-|------|:----:|
                | 1 | Kitchen | Monday |

                Day | Lead
                --|--
                Tuesday | Ana
                """, 1);
        Element c = html.content();
        assertEquals(2, c.select("table").size(), c.html());
        assertEquals("Kitchen", c.select("table").get(0).select("td").get(1).text());
        assertEquals("center", c.select("table").get(0).select("th").get(2).attr("align"), c.html());
        assertEquals("Tuesday Ana", c.select("table").get(1).selectFirst("tbody tr").text());
    }

    @Test
    void calloutsAndExercises() {
        PageHtml html = page("""
                > [!WARNING]
                > Never promise to keep a secret.

                > [!EXERCISE] 8 lines
                > What would you say?

                > [!EXERCISE]
                > And here?

                > An ordinary quote.
                """, 1);
        new Callouts(PageLabels.english()).apply(html);
        Element warning = html.content().selectFirst("div.callout-warning");
        assertEquals("Warning", warning.selectFirst(".callout-title").text());
        assertTrue(warning.text().contains("Never promise"));
        assertEquals(2, html.content().select("div.exercise").size());
        assertEquals("8", html.content().select("div.exercise").get(0).attr("data-lines"));
        assertEquals("5", html.content().select("div.exercise").get(1).attr("data-lines"));
        assertEquals("What would you say?", html.content().select("div.exercise").get(0).selectFirst("p:not(.callout-title)").text());
        assertEquals(1, html.content().select("blockquote").size());
    }

    @Test
    void obsidianCalloutsWithTitlesKindsAndFolding() {
        PageHtml html = page("""
                > [!info] Before you start
                > Bring water.

                > [!faq]- Why *do* we meet weekly?
                > So that trust can grow.

                > [!tip]+ Open by default
                > A tip.

                > [!danger]
                > Untitled.

                > [!NOTE] These words stay in the box.

                > [!warning] A GitHub kind in Obsidian's lower case
                > Takes its title too.

                > [!question] Nested?
                > > [!todo] Yes, they can.
                > > > [!example] Even deeper.

                > [!EXERCISE] What would you say?
                """, 1);
        new Callouts(PageLabels.english()).apply(html);
        Element c = html.content();
        Element info = c.selectFirst("div.callout-info");
        assertTrue(info.hasClass("callout-note"), info.outerHtml());
        assertEquals("Before you start", info.selectFirst(".callout-title").text());
        assertEquals("Bring water.", info.selectFirst("p:not(.callout-title)").text());
        Element faq = c.selectFirst("details.callout-faq");
        assertTrue(faq.hasClass("callout-important") && !faq.hasAttr("open"), faq.outerHtml());
        assertEquals("summary", faq.child(0).tagName());
        assertEquals("Why do we meet weekly?", faq.child(0).text());
        assertEquals(1, faq.child(0).select("em").size(), "the title keeps its markup");
        assertEquals("So that trust can grow.", faq.selectFirst("p").text());
        assertTrue(c.selectFirst("details.callout-tip").hasAttr("open"));
        assertEquals("Danger", c.selectFirst("div.callout-danger .callout-title").text());
        assertTrue(c.selectFirst("div.callout-danger").hasClass("callout-caution"));
        assertEquals("These words stay in the box.", c.selectFirst("div.callout-note:not(.callout-info) p:not(.callout-title)").text());
        Element warning = c.selectFirst("div.callout-warning");
        assertEquals("A GitHub kind in Obsidian's lower case", warning.selectFirst(".callout-title").text());
        assertEquals("Takes its title too.", warning.selectFirst("p:not(.callout-title)").text());
        Element nested = c.selectFirst("div.callout-question div.callout-todo div.callout-example");
        assertEquals("Even deeper.", nested == null ? c.html() : nested.selectFirst(".callout-title").text(), "callouts nest");
        assertEquals("What would you say?", c.selectFirst("div.exercise p:not(.callout-title)").text());
        assertEquals("Exercise", c.selectFirst("div.exercise .callout-title").text());
    }

    @Test
    void leadingTitleIsRemovedBecauseTheLayoutPrintsIt() {
        PageHtml html = page("# X\n\nText\n", 1);
        new LeadingTitle().apply(html);
        assertTrue(html.content().select("h1").isEmpty());
        Map<String, Object> unused = html.model();
        assertTrue(unused.isEmpty());
    }

    @Test
    void theTitleAfterAReadmesLineOfBadgesIsRemovedToo() {
        PageHtml html = page("[Read on our website](https://example.org/)\n\n# X\n\nText\n", 1);
        new LeadingTitle().apply(html);
        assertTrue(html.content().select("h1").isEmpty(), html.content().html());
        assertEquals(1, html.content().select("a").size());
        PageHtml later = page("Intro\n\n## Part\n\n# X\n", 1);
        new LeadingTitle().apply(later);
        assertEquals(1, later.content().select("h1").size(), "an h1 after the page's first heading is not its title line");
    }

    /**
     * A Raspberry Pi Foundation project's step opens at a '##' heading of its title, which meta.yml gives
     * (raspberrypilearning/boat-race: "## What you will make" titled "What you will make"): shown twice, the layout's h1
     * over the same words in an h2, its sections h3s under no h2.
     */
    @Test
    void anOpeningSecondLevelHeadingOfTheTitlesWordsIsTheTitleAndItsSectionsMoveUp() {
        PageHtml step = titled("## That’s almost it\n\nText.\n\n### Next steps\n\nMore.\n\n#### Detail\n", "That’s almost it!");
        new LeadingTitle().apply(step);
        assertTrue(step.content().select("h1, h2:containsOwn(almost)").isEmpty(), step.content().html());
        assertEquals(List.of("h2", "h3"), step.content().select("h2, h3, h4").stream().map(Element::normalName).toList(), step.content().html());
        assertNotNull(step.content().getElementById("thats-almost-it"), "its id stays, for links to it: " + step.content().html());
        // Another '##' on the page: the opening one goes, the others keep their level.
        PageHtml two = titled("## Rota\n\nText.\n\n## Who to call\n\n### Out of hours\n", "Rota");
        new LeadingTitle().apply(two);
        assertEquals(List.of("Who to call"), two.content().select("h2").eachText(), two.content().html());
        assertEquals(List.of("Out of hours"), two.content().select("h3").eachText());
        // A '##' of other words is a section of the page.
        PageHtml other = titled("## Cutting the sail\n\n### Tools\n", "Before you fly");
        new LeadingTitle().apply(other);
        assertEquals(List.of("Cutting the sail"), other.content().select("h2").eachText());
    }

    @Test
    void aColonAloneInCodeIsCode() {
        String html = converter.toHtml("```sh\nwhile true\n:\n\ndone\n```\n", 1);
        assertTrue(html.contains("while true\n:\n\ndone"), html);
    }
}
