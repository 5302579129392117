package org.handbookpress.glossary;

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
        new GlossaryPage(glossary, findings).write(pages, linker);
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

    @Test
    void definitionsLinkOtherTermsButNotThemselves() {
        Element content = written();
        Element goodNews = entry(content, "term-round-of-good-news");
        assertEquals(List.of("#term-round"), goodNews.select("a.glossary-term").eachAttr("href"));
        Element cafe = entry(content, "term-café");
        assertTrue(cafe.select("a.glossary-term").isEmpty(), cafe.html());
        assertEquals("Also: cafe", cafe.selectFirst(".glossary-forms").text());
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
}
