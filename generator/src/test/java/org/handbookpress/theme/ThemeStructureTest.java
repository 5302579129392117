package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.handbookpress.TestHandbooks;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the example handbook in content/ and checks the structure the default theme promises:
 * landmarks, navigation state, breadcrumbs, previous/next, contents, review boxes, the Documents
 * table, and assets that are all relative and present.
 */
class ThemeStructureTest {

    /** A date at which the example's policies and agreements are a mix of overdue, due soon and up to date. */
    static final Instant MIXED_REVIEWS = TestHandbooks.MIXED_REVIEWS;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = TestHandbooks.exampleWithMixedReviews(); // only read: shared with AccessibilityTest, which copies it
    }

    static Document page(String url) throws IOException {
        Path file = site.resolve(url);
        assertTrue(Files.isRegularFile(file), "missing page " + url);
        return Jsoup.parse(file.toFile(), "UTF-8", "");
    }

    static List<String> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(u -> !u.equals("404.html") && !u.startsWith("assets/") && !u.endsWith(".slides.html"))
                    .sorted().toList();
        }
    }

    /** The file a relative href points to from {@code fromUrl}, without its #fragment. */
    static Path target(String fromUrl, String href) {
        String path = href.replaceFirst("#.*$", "");
        Path from = site.resolve(fromUrl).getParent();
        return path.isEmpty() ? site.resolve(fromUrl) : from.resolve(path).normalize();
    }

    @Test
    void everyPageHasLangSkipLinkLandmarksAndOneHeading() throws IOException {
        List<String> pages = htmlPages();
        assertTrue(pages.size() > 15, "expected the whole example handbook, got " + pages);
        for (String url : pages) {
            Document doc = page(url);
            assertEquals("en-GB", doc.selectFirst("html").attr("lang"), url);
            Element skip = doc.selectFirst("body > a.skip-link");
            assertNotNull(skip, url + ": skip link");
            assertEquals(skip, doc.body().firstElementChild(), url + ": the skip link comes first");
            assertEquals("#main", skip.attr("href"), url);
            assertEquals("main", doc.getElementById("main").tagName(), url + ": skip link target is the main landmark");
            assertEquals(1, doc.select("main").size(), url);
            assertEquals(1, doc.select("h1").size(), url + ": one h1");
            assertNotNull(doc.selectFirst("main h1"), url + ": the h1 is in main");
            assertEquals(1, doc.select("body > header.site-header").size(), url + ": banner");
            assertEquals(1, doc.select("body > footer.site-footer").size(), url + ": contentinfo");
            assertNotNull(doc.selectFirst("nav[aria-label=Handbook]"), url + ": site navigation");
            assertTrue(doc.selectFirst(".site-title").text().contains("Peer Mentor Handbook"), url);
            assertEquals("Riverside Peer Support", doc.selectFirst(".site-org").text(), url);
            assertNotNull(doc.selectFirst("details.site-menu > summary.menu-button"), url + ": menu button");
            assertNotNull(doc.selectFirst("details.site-menu[open] nav.site-nav"), url + ": menu open without JavaScript");
        }
    }

    @Test
    void navigationMarksTheCurrentPageAndOpensItsSection() throws IOException {
        for (String url : htmlPages()) {
            Document doc = page(url);
            if (url.equals("search.html")) {
                // Reached from the search box in the header on every page, not from the navigation.
                assertTrue(doc.select("nav.site-nav a[aria-current=page]").isEmpty(), url);
                continue;
            }
            Elements current = doc.select("nav.site-nav a[aria-current=page]");
            assertEquals(1, current.size(), url + ": exactly one current page in the navigation");
            assertEquals(site.resolve(url).normalize(), target(url, current.attr("href")), url + ": aria-current points at itself");
        }
        Document chapter = page("toolkit/02-listening-well.html");
        Element current = chapter.selectFirst("nav.site-nav a[aria-current=page]");
        assertEquals("Listening well", current.text());
        Element section = current.parent().parent().parent();
        assertTrue(section.hasClass("is-open") && section.hasClass("nav-section"), "the Toolkit section is marked open");
        assertEquals("Toolkit", section.selectFirst("> a").text());
        assertFalse(chapter.selectFirst("nav.site-nav a:containsOwn(Policies)").parent().hasClass("is-open"));
    }

    @Test
    void breadcrumbsLeadFromHomeToThePage() throws IOException {
        Document doc = page("toolkit/02-listening-well.html");
        Element crumbs = doc.selectFirst("nav[aria-label=Breadcrumb] ol");
        assertNotNull(crumbs);
        List<String> texts = crumbs.select("li").eachText();
        assertEquals(List.of("Home", "Toolkit", "Listening well"), texts);
        assertEquals("../index.html", crumbs.select("a").get(0).attr("href"));
        assertEquals("index.html", crumbs.select("a").get(1).attr("href"));
        assertEquals("Listening well", crumbs.selectFirst("[aria-current=page]").text());
        assertTrue(page("index.html").select("nav[aria-label=Breadcrumb]").isEmpty(), "no breadcrumbs on the home page");
        assertEquals(List.of("Home", "Documents"), page("documents.html").select("nav[aria-label=Breadcrumb] li").eachText());
    }

    @Test
    void chaptersAreNumberedWithPreviousAndNext() throws IOException {
        Document second = page("toolkit/02-listening-well.html");
        assertTrue(second.selectFirst(".page-head .eyebrow").text().startsWith("Chapter 2"));
        Element pager = second.selectFirst("nav.pager[aria-label]");
        assertNotNull(pager);
        assertEquals("01-setting-up-a-group.html", pager.selectFirst("a[rel=prev]").attr("href"));
        assertTrue(pager.selectFirst("a[rel=prev]").text().contains("Setting up a group"));
        assertEquals("03-running-a-round.html", pager.selectFirst("a[rel=next]").attr("href"));

        Document first = page("toolkit/01-setting-up-a-group.html");
        assertTrue(first.selectFirst(".page-head .eyebrow").text().startsWith("Chapter 1"));
        assertTrue(first.select("nav.pager a[rel=prev]").isEmpty(), "the first chapter has no previous");
        assertNotNull(first.selectFirst("nav.pager a[rel=next]"));
    }

    @Test
    void longPagesGetOnThisPageContents() throws IOException {
        Document doc = page("toolkit/02-listening-well.html");
        Element toc = doc.selectFirst("main details.page-toc nav[aria-label=On this page]");
        assertNotNull(toc, "contents on a long page");
        Elements links = toc.select("a");
        assertTrue(links.size() >= 3);
        for (Element a : links) {
            String id = a.attr("href").substring(1);
            assertNotNull(doc.getElementById(id), "contents link #" + id + " has a target");
        }
        assertTrue(doc.selectFirst("main").hasClass("has-toc"));
        for (String url : htmlPages()) {
            Document d = page(url);
            boolean isLong = d.select(".page-body h2[id], .page-body h3[id]").size() >= 3 && !url.equals("index.html");
            assertEquals(isLong, !d.select(".page-toc").isEmpty(), url + ": contents exactly when there are three or more headings");
        }
    }

    @Test
    void policiesAndAgreementsShowTheirReviewBox() throws IOException {
        for (String url : List.of("policies/safeguarding.html", "policies/confidentiality.html", "policies/lone-working.html",
                "agreements/group-agreement.html", "agreements/mentoring-agreement.html")) {
            Element box = page(url).selectFirst("main section.review-box");
            assertNotNull(box, url + ": review box");
            List<String> terms = box.select("dt").eachText();
            assertTrue(terms.containsAll(List.of("Last reviewed", "Next review", "Status")), url + ": " + terms);
            assertNotNull(box.selectFirst("dd time[datetime]"), url + ": dates as <time>");
            assertNotNull(box.selectFirst(".badge"), url + ": status badge");
        }
        // Safeguarding (reviewed 10 May 2026, every 12 months) is overdue on 1 June 2027: said in words.
        Element overdue = page("policies/safeguarding.html").selectFirst("section.review-box");
        assertTrue(overdue.hasClass("review-overdue"));
        assertEquals("Review overdue", overdue.selectFirst(".badge-overdue").text().replace("!", "").trim());
        assertTrue(overdue.selectFirst(".review-note").text().contains("overdue"));
        assertTrue(page("policies/lone-working.html").selectFirst("section.review-box .badge-current").text().contains("Up to date"));
    }

    @Test
    void documentsPageListsEveryDocumentWithItsStatusInWords() throws IOException {
        Document doc = page("documents.html");
        Elements rows = doc.select("table.documents-table tbody tr");
        assertEquals(5, rows.size());
        for (Element row : rows) {
            Element link = row.selectFirst("th[scope=row] a");
            assertTrue(Files.isRegularFile(target("documents.html", link.attr("href"))), link.attr("href"));
            assertFalse(row.selectFirst(".badge").text().isBlank(), "status in words, not colour alone");
        }
        Element safeguarding = doc.selectFirst("tr:has(a:containsOwn(Safeguarding Policy))");
        assertTrue(safeguarding.hasClass("status-overdue"));
        assertTrue(safeguarding.text().contains("Review overdue"));
        Element confidentiality = doc.selectFirst("tr:has(a:containsOwn(Confidentiality Policy))");
        assertTrue(confidentiality.text().contains("Review due soon"), confidentiality.text());
        assertEquals(List.of("2 overdue", "1 due soon", "2 up to date"), doc.select("ul.status-summary li").eachText());
        assertNotNull(doc.selectFirst(".table-scroll[tabindex=0][role=region][aria-labelledby=documents-caption]"));
    }

    @Test
    void sessionPlansShowTheirTimingsAndATableThatScrollsOnPhones() throws IOException {
        Document doc = page("training/weekly-group-session.html");
        List<String> facts = doc.select("dl.session-facts > div").eachText();
        assertTrue(facts.contains("Planned length 2h"), facts.toString());
        assertTrue(facts.contains("Times 18:30–20:30"), facts.toString());
        Element wrap = doc.selectFirst(".table-scroll[tabindex=0][role=region]:has(> table.agenda)");
        assertNotNull(wrap, "the agenda table scrolls inside a focusable region");
        assertFalse(wrap.attr("aria-label").isBlank());
        assertTrue(doc.select(".notice").isEmpty(), "no timing notice when the agenda matches the duration");
        for (String url : htmlPages()) {
            Document d = page(url);
            assertEquals(d.select("main table").size(), d.select("main .table-scroll > table").size(), url + ": every table wrapped");
        }
    }

    @Test
    void taskListCheckboxesAndFootnoteBackLinksHaveNames() throws IOException {
        Document doc = page("toolkit/01-setting-up-a-group.html");
        var boxes = doc.select("li.task-list-item > input[type=checkbox]");
        assertEquals(8, boxes.size());
        for (Element box : boxes) {
            assertEquals(box.parent().text().strip(), box.attr("aria-label"), "named by its task");
            assertFalse(box.attr("aria-label").isBlank());
        }
        assertEquals("Back to the text", page("toolkit/02-listening-well.html").selectFirst("a.footnote-backref").attr("aria-label"));
    }

    @Test
    void homePageHasHeroSectionCardsAndNoBreadcrumbs() throws IOException {
        Document doc = page("index.html");
        assertEquals("Welcome to the Peer Mentor Handbook", doc.selectFirst("main .hero h1").text());
        assertTrue(doc.selectFirst(".hero .lede").text().startsWith("How we run peer support groups"));
        List<String> cards = doc.select(".home-sections .card-title a").eachText();
        assertEquals(List.of("Agreements", "Toolkit", "Training", "Policies"), cards);
        for (Element a : doc.select(".home-sections .card-title a")) {
            assertTrue(Files.isRegularFile(target("index.html", a.attr("href"))), a.attr("href"));
        }
    }

    @Test
    void footerNamesTheOrganisationAndLinksToDocuments() throws IOException {
        Element footer = page("toolkit/03-running-a-round.html").selectFirst("footer.site-footer");
        assertTrue(footer.text().contains("Riverside Peer Support"));
        assertEquals("2027-06-01", footer.selectFirst("time").attr("datetime"));
        assertEquals("../documents.html", footer.selectFirst("a:containsOwn(Documents)").attr("href"));
    }

    @Test
    void stylesScriptsAndImagesAreRelativeAndPresent() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String url : htmlPages()) {
            Document doc = page(url);
            // The search page has no glossary term links, so it loads neither of the glossary's files.
            boolean search = url.equals("search.html");
            assertEquals(search ? List.of("theme.css") : List.of("theme.css", "glossary.css"), doc.select("link[rel=stylesheet]").stream()
                    .map(l -> Path.of(l.attr("href")).getFileName().toString()).toList(), url);
            // The Documents register also loads its sorting script.
            assertEquals(url.endsWith("documents.html") ? 4 : search ? 2 : 3, doc.select("script[src][defer]").size(),
                    url + ": theme.js, glossary.js and offline.js (and register.js), deferred");
            for (Element el : doc.select("link[href], script[src], img[src], source[src], iframe[src]")) {
                String ref = el.hasAttr("src") ? el.attr("src") : el.attr("href");
                if (ref.matches("(?i)^(https?:)?//.*") || ref.startsWith("/")) {
                    problems.add(url + ": " + el.tagName() + " loads " + ref + " from outside the site");
                } else if (!Files.isRegularFile(target(url, ref))) {
                    problems.add(url + ": " + el.tagName() + " " + ref + " does not resolve to a file");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(Files.size(site.resolve("assets/theme.css")) > 10_000, "the real stylesheet, not a placeholder");
        assertTrue(Files.readString(site.resolve("assets/theme.css")).contains("prefers-color-scheme:dark"));
        assertTrue(Files.readString(site.resolve("assets/theme.css")).contains("@media print"));
    }

    @Test
    void theThemesStylesAndScriptsShipMinifiedWithEveryRule() throws IOException {
        // templates/build/minify.mjs, at the plugin's build: the sources in templates/assets stay as written.
        Path sources = Path.of("..", "templates", "assets");
        Assumptions.assumeTrue(Files.isDirectory(sources), "the theme's sources are beside the generator in the repository");
        for (String name : List.of("theme.css", "slides.css", "glossary.css", "search.js", "theme.js", "glossary.js", "offline.js")) {
            String source = Files.readString(sources.resolve(name));
            String shipped = Files.readString(site.resolve("assets/" + name));
            assertFalse(shipped.contains("/*") || shipped.contains("\n  "), name + " has no comments or indentation");
            assertTrue(shipped.length() < source.length() * 0.85, name + ": " + shipped.length() + " of " + source.length() + " characters");
            if (name.endsWith(".css")) {
                // No rule merged or dropped: the cascade is the one written.
                assertEquals(source.replaceAll("(?s)/\\*.*?\\*/", "").chars().filter(c -> c == '{').count(),
                        shipped.chars().filter(c -> c == '{').count(), name + "'s rules");
            }
        }
    }

    @Test
    void notFoundPageNeedsNoRelativeLinks() throws IOException {
        Document doc = page("404.html");
        assertEquals("en-GB", doc.selectFirst("html").attr("lang"));
        assertTrue(doc.select("link[href], script[src], img[src]").isEmpty(), "404 loads nothing: it is served from any depth");
        for (Element a : doc.select("a[href]")) {
            assertTrue(a.attr("href").matches("^https?://.*"), "404 links only by absolute URL: " + a.attr("href"));
        }
        assertTrue(doc.text().contains("home page of this handbook"));
    }
}
