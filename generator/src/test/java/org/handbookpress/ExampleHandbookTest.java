package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the example handbook in content/ and checks the site a reader gets. */
class ExampleHandbookTest {

    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        result = TestHandbooks.example();
        site = result.output();
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() != org.handbookpress.findings.Severity.NOTICE),
                result.findings().toString());
        assertTrue(result.pages() >= 15);
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws Exception {
        assertEquals(List.of(), SiteLinks.broken(site));
    }

    @Test
    void nothingIsLoadedFromOutsideTheSite() throws Exception {
        assertEquals(List.of(), SiteLinks.externalResources(site));
    }

    @Test
    void everyPageDeclaresTheHandbookLanguage() throws Exception {
        for (Path file : SiteLinks.htmlFiles(site)) {
            assertEquals("en-GB", Jsoup.parse(file.toFile(), "UTF-8").selectFirst("html").attr("lang"), file.toString());
        }
    }

    @Test
    void theGlossarysNamesAreLinkedWhereWrittenAsNamesOnly() throws Exception {
        // "The Room" is the group's own space; "check the room" and "the room booking" are any room.
        assertEquals(List.of("The Room"), page("agreements/group-agreement.html").select("main a.glossary-term[data-term=The Room]").eachText());
        for (String path : List.of("training/mentor-training-day.html", "toolkit/05-looking-after-yourself.html")) {
            assertEquals(List.of(), page(path).select("main a.glossary-term[data-term=The Room]").eachText(), path);
        }
    }

    @Test
    void wikiLinksResolveByTitlePathAndHeading() throws Exception {
        Document home = page("index.html");
        List<String> hrefs = home.select("main a.wiki-link").eachAttr("href");
        assertTrue(hrefs.contains("policies/safeguarding.html#who-to-contact"), hrefs.toString());
        assertTrue(hrefs.contains("toolkit/04-when-someone-is-in-crisis.html"), hrefs.toString());
        assertTrue(hrefs.contains("toolkit/02-listening-well.html"), hrefs.toString());
    }

    @Test
    void documentsPageListsPoliciesAndAgreementsWithReviewStatus() throws Exception {
        Document docs = page("documents.html");
        List<Element> rows = docs.select("main table tbody tr");
        assertEquals(5, rows.size(), "three policies and two agreements");
        List<String> links = docs.select("main table tbody tr a[href$=.html]").eachAttr("href");
        assertTrue(links.containsAll(List.of("policies/safeguarding.html", "policies/confidentiality.html",
                "policies/lone-working.html", "agreements/group-agreement.html")), links.toString());
        assertTrue(rows.stream().allMatch(tr -> tr.text().contains("2027")), docs.select("tbody").text());
    }

    @Test
    void sessionPlanShowsComputedStartTimes() throws Exception {
        Document day = page("training/mentor-training-day.html");
        List<Element> rows = day.select("table.agenda tbody tr");
        assertTrue(rows.size() >= 8);
        assertEquals("09:30", rows.get(0).select(".agenda-time time").first().text());
        assertEquals("15:30", rows.get(rows.size() - 1).select(".agenda-time time").last().text());
    }

    @Test
    void calloutsAndExercisesAreBoxes() throws Exception {
        Document chapter = page("toolkit/02-listening-well.html");
        assertFalse(chapter.select("div.callout.exercise[data-lines=8]").isEmpty());
        assertTrue(chapter.select("blockquote p:matches(^\\[!)").isEmpty());
    }

    @Test
    void draftsAreLeftOutAndSaidSo() {
        assertFalse(Files.exists(site.resolve("toolkit/06-future-chapter.html")));
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("page.draft")));
    }

    @Test
    void themeAssetsAndImagesAreCopied() {
        assertTrue(Files.isRegularFile(site.resolve("assets/theme.css")));
        assertTrue(Files.isRegularFile(site.resolve("images/circle-of-chairs.svg")));
        assertTrue(Files.isRegularFile(site.resolve("404.html")));
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "no baseUrl, no sitemap");
    }

    @Test
    void noBuildAttributesLeakIntoThePages() throws Exception {
        for (Path file : SiteLinks.htmlFiles(site)) {
            String html = Files.readString(file);
            assertFalse(html.contains("data-hb-"), file.toString());
        }
    }
}
