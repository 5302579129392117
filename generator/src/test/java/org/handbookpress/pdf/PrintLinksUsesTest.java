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
