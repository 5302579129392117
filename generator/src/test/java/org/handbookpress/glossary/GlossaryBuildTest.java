package org.handbookpress.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.handbookpress.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the example handbook in content/ and checks the glossary in the HTML it writes. */
class GlossaryBuildTest {

    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        result = org.handbookpress.TestHandbooks.example();
        site = result.output();
    }

    private static Document page(String url) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(url)), "");
    }

    @Test
    void aPolicyPageLinksSixOrMoreDistinctTermsOutsideHeadings() throws IOException {
        Document policy = page("policies/safeguarding.html");
        List<Element> links = policy.select("main a.glossary-term");
        Set<String> targets = new LinkedHashSet<>(links.stream().map(a -> a.attr("href")).toList());
        assertTrue(targets.size() >= 6, targets.toString());
        assertEquals(links.size(), targets.size(), "each term is linked once: " + targets);
        assertTrue(policy.select("h1 a.glossary-term, h2 a.glossary-term, h3 a.glossary-term, h4 a.glossary-term").isEmpty());
        for (Element link : links) {
            assertTrue(link.attr("href").startsWith("../glossary.html#term-"), link.outerHtml());
            assertFalse(link.attr("data-definition").isBlank(), link.outerHtml());
            assertNotNull(page("glossary.html").getElementById(link.attr("href").substring(link.attr("href").indexOf('#') + 1)),
                    link.attr("href"));
        }
        assertTrue(targets.contains("../glossary.html#term-designated-safeguarding-lead"), targets.toString());
        // The policy's own subject is not sent to the glossary, nor the organisation's name.
        assertFalse(targets.contains("../glossary.html#term-safeguarding"), targets.toString());
        assertTrue(policy.select("a.glossary-term").stream().noneMatch(a -> a.text().equals("Peer")
                && a.parent().text().contains("Riverside Peer Support")));
    }

    @Test
    void nonAsciiTermsKeepTheirSpelling() throws IOException {
        Element gwyl = page("policies/safeguarding.html").selectFirst("a.glossary-term[data-term=Gŵyl]");
        assertNotNull(gwyl);
        assertEquals("Gŵyl", gwyl.text());
        assertEquals("../glossary.html#term-gŵyl", gwyl.attr("href"));
        Document glossary = page("glossary.html");
        assertEquals("Gŵyl", glossary.getElementById("term-gŵyl").text());
    }

    @Test
    void theGlossaryListsThePagesUsingEachTerm() throws IOException {
        Document glossary = page("glossary.html");
        Element takingTime = glossary.getElementById("term-taking-time");
        assertNotNull(takingTime);
        List<String> usedIn = takingTime.nextElementSibling().select(".glossary-used-in a").eachAttr("href");
        assertTrue(usedIn.contains("toolkit/03-running-a-round.html"), usedIn.toString());
        assertTrue(usedIn.contains("training/weekly-group-session.html"), usedIn.toString());
        for (String href : usedIn) {
            assertTrue(Files.isRegularFile(site.resolve(href)), href);
        }
        Element dsl = glossary.getElementById("term-designated-safeguarding-lead").nextElementSibling();
        assertTrue(dsl.select(".glossary-used-in a").eachText().contains("Safeguarding Policy"));
        // Alphabetical order and an A–Z list.
        List<String> terms = glossary.select("dl.glossary-entries > dt").eachText();
        assertEquals("Active listening", terms.get(0));
        assertTrue(terms.indexOf("Round") < terms.indexOf("Round of Good News"));
        assertTrue(terms.indexOf("Group agreement") < terms.indexOf("Gŵyl"), terms.toString());
        assertFalse(glossary.select("nav.glossary-az a[href=#letter-a]").isEmpty());
        // The glossary page does not link itself, except between definitions.
        assertTrue(glossary.select("main a.glossary-term").stream().allMatch(a -> a.attr("href").startsWith("#term-")));
    }

    @Test
    void theGlossaryIsNotLinkedInsideLinksCodeOrHeadingsAnywhere() throws IOException {
        try (var files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(file), "");
                String where = site.relativize(file).toString();
                assertTrue(doc.select("h1 a.glossary-term, h2 a.glossary-term, h3 a.glossary-term, a a.glossary-term, code a.glossary-term, "
                        + "pre a.glossary-term, nav a.glossary-term, header a.glossary-term").isEmpty(), where);
            }
        }
    }

    @Test
    void editorsAreNotWarnedAboutTheExampleGlossary() {
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("glossary.")), result.findings().toString());
    }
}
