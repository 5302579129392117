package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A glossary printed in a pack lists a term's uses the reader can find from the paper, and no others. */
class PrintLinksUsesTest {

    private static final Page GLOSSARY = new Page("glossary.md", "glossary.html", Path.of("glossary.md"), FrontMatter.empty(),
            "Glossary", "", 1);

    private static Element usedIn() {
        return Jsoup.parseBodyFragment("""
                <dl><dt id="term-round">Round</dt><dd><div class="glossary-definition">A turn each.</div>
                <div class="glossary-used-in"><span class="glossary-used-in-label">Used in:</span><ul>
                <li><a href="toolkit/rounds.html">Rounds</a></li><li><a href="policies/lone-working.html">Lone working</a></li>
                </ul></div></dd></dl>""").body();
    }

    @Test
    void usesOnPagesNotInThePdfAreLeftOutWithoutAWebsiteToLink() {
        Element content = usedIn();
        new PrintLinks(Map.of("toolkit/rounds.html", "part-2"), Map.of(), null).dropUnreachableUses(GLOSSARY, content);
        assertEquals("Used in: Rounds", content.selectFirst(".glossary-used-in").text());

        Element none = usedIn();
        new PrintLinks(Map.of(), Map.of(), null).dropUnreachableUses(GLOSSARY, none);
        assertNull(none.selectFirst(".glossary-used-in"), "a list left empty goes with its label");

        Element published = usedIn();
        new PrintLinks(Map.of(), Map.of(), "https://handbook.example.org/").dropUnreachableUses(GLOSSARY, published);
        assertEquals("Used in: Rounds Lone working", published.selectFirst(".glossary-used-in").text(), "links to the website stay");
    }

    /**
     * The website lists a term's first pages in reading order, which may hold none of the pack's: QA's starter pack listed
     * 2 of its 6 parts using "Coordinator", and the trainer workbook no uses at all. Every part of the PDF using it is
     * listed, in the PDF's order, named by its title; with a website, the website's other pages after them.
     */
    @Test
    void everyPartOfThePdfUsingTheTermIsListedNotOnlyThoseTheWebsiteListed() {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("toolkit/01-listening.html", "part-1");
        parts.put("toolkit/02-visits.html", "part-2");
        parts.put("toolkit/rounds.html", "part-3");
        parts.put("glossary.html", "part-4");
        Map<String, Page> pages = Map.of(
                "toolkit/01-listening.html", new Page("toolkit/01-listening.md", "toolkit/01-listening.html",
                        Path.of("toolkit/01-listening.md"), FrontMatter.empty(), "Listening well", "", 1),
                "toolkit/02-visits.html", new Page("toolkit/02-visits.md", "toolkit/02-visits.html",
                        Path.of("toolkit/02-visits.md"), FrontMatter.empty(), "Visits", "", 1));
        java.util.function.Function<String, java.util.List<String>> users = id -> id.equals("term-round")
                ? java.util.List.of("policies/lone-working.html", "toolkit/02-visits.html", "toolkit/rounds.html", "toolkit/01-listening.html")
                : java.util.List.of();
        Element content = usedIn();
        new PrintLinks(parts, pages, null, users).dropUnreachableUses(GLOSSARY, content);
        assertEquals("Used in: Listening well Visits Rounds", content.selectFirst(".glossary-used-in").text());
        assertEquals(java.util.List.of("toolkit/01-listening.html", "toolkit/02-visits.html", "toolkit/rounds.html"),
                content.select(".glossary-used-in a").eachAttr("href"), "linked as the website links them, for rewrite to make internal");

        Element published = usedIn();
        new PrintLinks(parts, pages, "https://handbook.example.org/", users).dropUnreachableUses(GLOSSARY, published);
        assertEquals("Used in: Listening well Visits Rounds Lone working", published.selectFirst(".glossary-used-in").text());
    }

    @Test
    void theSearchForMorePagesIsNotPrinted() {
        Element content = Jsoup.parseBodyFragment("<div class=\"glossary-used-in\"><span>Used in:</span><ul>"
                + "<li><a href=\"toolkit/rounds.html\">Rounds</a></li></ul> <a class=\"glossary-used-in-more\" href=\"search.html?q=Round\">"
                + "and 48 more pages: search for “Round”</a></div>").body();
        new PrintLinks(Map.of("toolkit/rounds.html", "part-2"), Map.of(), null).dropUnreachableUses(GLOSSARY, content);
        assertEquals("Used in: Rounds", content.selectFirst(".glossary-used-in").text());
        Element elsewhere = Jsoup.parseBodyFragment("<div class=\"glossary-used-in\"><span>Used in:</span><ul>"
                + "<li><a href=\"policies/a.html\">A</a></li></ul> <a class=\"glossary-used-in-more\" href=\"search.html?q=Round\">"
                + "and 48 more pages</a></div>").body();
        new PrintLinks(Map.of(), Map.of(), null).dropUnreachableUses(GLOSSARY, elsewhere);
        assertNull(elsewhere.selectFirst(".glossary-used-in"), "no line of uses the paper cannot show");
    }
}
