package org.handbookpress.glossary;

import org.handbookpress.labels.PageLabels;
import static org.handbookpress.glossary.GlossaryFixtures.TERMS;
import static org.handbookpress.glossary.GlossaryFixtures.glossaryPage;
import static org.handbookpress.glossary.GlossaryFixtures.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class GlossaryPageTest {

    private final Findings findings = new Findings();
    private final PageHtml glossaryHtml = glossaryPage("Our words.\n\n" + TERMS);
    private final Glossary glossary = new GlossaryReader(findings, Locale.UK, List.of()).read(glossaryHtml);
    private final PageHtml policy = html("policies/safeguarding.md", "Safeguarding", "A peer joins the Round at the Gŵyl.");
    private final PageHtml chapter = html("toolkit/rounds.md", "Rounds", "Every peer mentor leads a Round of Good News and a Round.");

    private Element written() {
        GlossaryLinker linker = new GlossaryLinker(glossary);
        List<PageHtml> pages = List.of(glossaryHtml, policy, chapter);
        pages.forEach(linker::apply);
        new GlossaryPage(glossary, findings, PageLabels.english()).write(pages, linker);
        return glossaryHtml.content();
    }

    private static Element entry(Element content, String id) {
        Element dt = content.getElementById(id);
        assertNotNull(dt, id);
        return dt.nextElementSibling();
    }

    @Test
    void listsThePagesThatUseEachTerm() {
        Element content = written();
        assertEquals(List.of("Safeguarding", "Rounds"), entry(content, "term-round").select(".glossary-used-in a").eachText());
        assertEquals(List.of("policies/safeguarding.html", "toolkit/rounds.html"),
                entry(content, "term-round").select(".glossary-used-in a").eachAttr("href"));
        assertEquals(List.of("Rounds"), entry(content, "term-peer-mentor").select(".glossary-used-in a").eachText());
        assertEquals(List.of("Safeguarding"), entry(content, "term-gŵyl").select(".glossary-used-in a").eachText());
    }

    /** How the entry of "Round" lists its pages when {@code count} pages use it. */
    private Element roundUsedOn(int count) {
        PageHtml page = glossaryPage("Our words.\n\n" + TERMS);
        Glossary words = new GlossaryReader(findings, Locale.UK, List.of()).read(page);
        List<PageHtml> pages = new java.util.ArrayList<>(List.of(page));
        for (int i = 1; i <= count; i++) {
            pages.add(html("groups/g" + i + ".md", "Group " + i, "We meet in a Round."));
        }
        GlossaryLinker linker = new GlossaryLinker(words);
        pages.forEach(linker::apply);
        new GlossaryPage(words, findings, PageLabels.english()).write(pages, linker);
        return entry(page.content(), "term-round").selectFirst(".glossary-used-in");
    }

    @Test
    void aTermUsedOnManyPagesListsTheFirstAndSendsToTheSearchForTheRest() {
        Element twelve = roundUsedOn(GlossaryPage.USED_IN_LISTED_UP_TO);
        assertEquals(12, twelve.select("li a").size());
        assertTrue(twelve.select(".glossary-used-in-more").isEmpty());

        Element many = roundUsedOn(5_000);
        assertEquals(List.of("Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "Group 6", "Group 7", "Group 8", "Group 9", "Group 10"),
                many.select("li a").eachText(), "the first ten in reading order");
        Element more = many.selectFirst("a.glossary-used-in-more");
        assertNotNull(more, many.html());
        assertEquals("and 4,990 more pages: search for “Round”", more.text()); // the number as English writes one
        assertEquals("search.html?q=Round", more.attr("href"));
        assertTrue(many.outerHtml().length() < 2_000, "the list does not grow with the pages: " + many.outerHtml().length());
    }

    @Test
    void entriesAreAlphabeticalWithAnAToZList() {
        Element content = written();
        assertEquals(List.of("Café", "Gŵyl", "Naïve", "Peer", "Peer mentor", "Round", "Round of Good News", "Taking Time"),
                content.select("dl.glossary-entries > dt").eachText());
        assertEquals(List.of("C", "G", "N", "P", "R", "T"), content.select("nav.glossary-az a").eachText());
        assertEquals(26, content.select("nav.glossary-az li").size());
        assertNotNull(content.getElementById("letter-r"));
        assertEquals(List.of("#letter-c", "#letter-g", "#letter-n", "#letter-p", "#letter-r", "#letter-t"),
                content.select("nav.glossary-az a").eachAttr("href"));
        // The author's definition list is replaced, after the introduction.
        assertEquals("Our words.", content.child(0).text());
        assertTrue(content.select("dl:not(.glossary-entries)").isEmpty());
    }

    /**
     * Terms that start with a digit sort first (2FA, 10X in 18F's glossary), under "#": the A–Z list names "#" first too,
     * as the headings below it and the page's contents do. It named it after Z.
     */
    @Test
    void theAToZListPutsNumbersWhereTheirGroupIs() {
        PageHtml page = glossaryPage("2FA\n: Two-factor sign-in.\n\n10X\n: A fund for ideas.\n\nAgenda\n: The plan of a meeting.\n");
        Glossary numbers = new GlossaryReader(findings, Locale.UK, List.of()).read(page);
        GlossaryLinker linker = new GlossaryLinker(numbers);
        linker.apply(page);
        new GlossaryPage(numbers, findings, PageLabels.english()).write(List.of(page), linker);
        assertEquals(List.of("#", "A"), page.content().select("h2.glossary-letter").eachText());
        assertEquals(List.of("#", "A"), page.content().select("nav.glossary-az a").eachText());
        assertEquals("#", page.content().selectFirst("nav.glossary-az li").text());
    }

    /** The format's contract: terms are linked on every page but inside headings, links, code and the glossary itself. */
    @Test
    void definitionsLinkNoTerms() {
        Element content = written();
        Element goodNews = entry(content, "term-round-of-good-news");
        assertTrue(goodNews.text().contains("Round"), "the definition uses another term: " + goodNews.html());
        assertTrue(content.select(".glossary-definition a.glossary-term").isEmpty(), content.html());
        assertEquals("Also: cafe", entry(content, "term-café").selectFirst(".glossary-forms").text());
    }

    @Test
    void termsNoPageUsesAreReportedWithTheirLine() {
        written();
        List<Finding> unused = findings.sorted().stream().filter(f -> f.code().equals("glossary.unused")).toList();
        assertEquals(List.of("'Taking Time'", "'Café'", "'Naïve'"),
                unused.stream().map(f -> f.message().replaceAll(".*('[^']+').*", "$1")).toList());
        Finding takingTime = unused.get(0);
        assertEquals("glossary.md", takingTime.file());
        assertEquals(18, takingTime.line());
    }

    @Test
    void anchorsGivenBeforeTheLinkCheckSurviveTheRewrite() {
        String before = glossaryHtml.content().select("dt").eachAttr("id").toString();
        Element content = written();
        for (String id : before.replaceAll("[\\[\\] ]", "").split(",")) {
            assertNotNull(content.getElementById(id), id);
        }
    }

    @Test
    void aTermDefinedTwiceIsNotAlsoReportedUnused() {
        Findings own = new Findings();
        PageHtml page = glossaryPage("Round\n: One.\n\nround\n: Two.\n");
        Glossary words = new GlossaryReader(own, Locale.UK, List.of()).read(page);
        List<PageHtml> pages = List.of(page, html("groups/g.md", "Group", "We meet in a Round."));
        GlossaryLinker linker = new GlossaryLinker(words);
        pages.forEach(linker::apply);
        new GlossaryPage(words, own, PageLabels.english()).write(pages, linker);
        assertEquals(List.of("glossary.duplicate"), own.sorted().stream().map(Finding::code).toList());
    }

    /** Findings about an entry's words (a character no PDF font has) name its line, not the glossary as a whole. */
    @Test
    void eachEntryKeepsItsSourceLine() {
        Element content = written();
        assertEquals(glossary.entries().stream().filter(e -> e.term().equals("Taking Time")).findFirst().orElseThrow().line(),
                org.handbookpress.markdown.SourceLines.of(entry(content, "term-taking-time").selectFirst("dd")));
    }
}
