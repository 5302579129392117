package org.handbookpress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.handbookpress.SiteLinks;
import org.handbookpress.files.FileNames;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A handbook whose pages are named as no URL would name them — {@code hash#tag.md}, {@code colon: x.md}
 * (a slide deck), {@code café-gŵyl.md}, and in a folder without index {@code q?mark.md}, {@code pct%20x.md},
 * {@code café gŵyl.md} —
 * linking each other in every form an author may write, from the navigation, a glossary and a pack;
 * and the checks that every link of the built site, search index, sitemap and PDF reaches its file.
 */
public final class OddNamesHandbook {

    public static final String BASE_URL = "https://example.org/hb/";
    /** The pages' output files, by their real names. */
    public static final List<String> PAGES = List.of("index.html", "hash#tag.html", "colon: x.html", "odd/q?mark.html",
            "odd/pct%20x.html", "odd/café gŵyl.html", "café-gŵyl.html", "glossary.html");

    private OddNamesHandbook() {
    }

    public static Path write(Path project) throws IOException {
        new ProjectFixture(project)
                .file("handbook.yml", """
                        title: Odd names
                        language: en-GB
                        baseUrl: https://example.org/hb/
                        nav:
                          - index.md
                          - hash#tag.md
                          - "colon: x.md"
                          - Odd names: odd/
                          - café-gŵyl.md
                          - glossary.md
                        packs:
                          - id: odd
                            title: Odd names pack
                            include: ["odd/*.md", "colon: x.md", glossary.md]
                        """)
                .file("index.md", """
                        # Odd names

                        Every form: [a](hash%23tag.md), [b](<colon: x.md>), [c](colon:%20x.md), [d](odd/q%3Fmark.md),
                        [e](<odd/pct%20x.md>), [f](odd/caf%C3%A9%20g%C5%B5yl.md), [g](<odd/café gŵyl.md#croeso>),
                        [[Café Gŵyl]], [[odd/pct%20x]], [h](odd/), [[café-gŵyl]].

                        ![A circle](<images/pic #1.svg>)
                        """)
                .file("hash#tag.md", """
                        # Hash tag

                        A peer reads [the deck](<colon: x.md>) and [[Question mark]].
                        """)
                .file("colon: x.md", """
                        ---
                        kind: slides
                        ---
                        # Colon slides

                        See [the café](<odd/café gŵyl.md>).

                        ---

                        ## Second

                        Back [home](index.md), to [[Hash tag]] and [the top](#second).
                        """)
                .file("odd/q?mark.md", """
                        ---
                        kind: chapter
                        order: 1
                        ---
                        # Question mark

                        A peer listens. [Next](pct%2520x.md)
                        """)
                .file("odd/pct%20x.md", """
                        ---
                        kind: chapter
                        order: 2
                        ---
                        # Percent

                        [Back](<q?mark.md>) and [on](<café gŵyl.md>); a peer waits.
                        """)
                .file("odd/café gŵyl.md", """
                        ---
                        kind: chapter
                        order: 3
                        ---
                        # Café Gŵyl

                        ## Croeso

                        A peer is welcome. [Hash](../hash%23tag.md) and [the deck](../colon:%20x.md).
                        """)
                .file("café-gŵyl.md", """
                        # Gŵyl y caffi

                        Croeso, peer. [Home](index.md)
                        """)
                .file("glossary.md", """
                        ---
                        kind: glossary
                        ---
                        # The words we use

                        Peer
                        : Someone who shares their own lived experience.
                        """)
                .file("images/pic #1.svg", """
                        <svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="teal"/></svg>
                        """);
        return project.resolve("content");
    }

    /** Every check on a built site: files, links, search index, sitemap, PDFs. */
    public static void assertEveryLinkWorks(Path site) throws IOException {
        for (String page : PAGES) {
            assertTrue(Files.isRegularFile(FileNames.resolve(site, page)), "written under its real name: " + page);
        }
        assertTrue(Files.isRegularFile(FileNames.resolve(site, "colon: x.slides.html")), "the deck beside its page");
        assertTrue(Files.isRegularFile(FileNames.resolve(site, "images/pic #1.svg")));
        assertEquals(List.of(), SiteLinks.broken(site), "every href and src, decoded by RFC 3986, names a file");
        for (Path file : SiteLinks.htmlFiles(site)) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertFalse(url.matches("(?i)^(?!https?:|mailto:|tel:|data:)[a-z][a-z0-9+.-]*:.*"),
                        site.relativize(file) + ": a URL scheme the site never means: " + url);
            }
            assertTrue(doc.select(".broken-link, .missing-image").isEmpty(), site.relativize(file) + ": " + doc.select(".broken-link"));
        }
        Document home = Jsoup.parse(FileNames.resolve(site, "index.html").toFile(), "UTF-8");
        List<String> content = home.select("main a[href]").eachAttr("href");
        for (String href : List.of("hash%23tag.html", "colon%3A%20x.html", "odd/q%3Fmark.html", "odd/pct%2520x.html",
                "odd/caf%C3%A9%20g%C5%B5yl.html", "odd/caf%C3%A9%20g%C5%B5yl.html#croeso", "odd/index.html",
                "caf%C3%A9-g%C5%B5yl.html")) {
            assertTrue(content.contains(href), "the home page links " + href + ": " + content);
        }
        Document cafe = Jsoup.parse(FileNames.resolve(site, "odd/café gŵyl.html").toFile(), "UTF-8");
        assertTrue(cafe.title().startsWith("Café Gŵyl"), "text written as UTF-8 whatever the default charset: " + cafe.title());
        Document glossary = Jsoup.parse(FileNames.resolve(site, "glossary.html").toFile(), "UTF-8");
        assertTrue(glossary.select("a[href=odd/caf%C3%A9%20g%C5%B5yl.html]").size() > 0, "'Used in' lists the café page");
        Document percent = Jsoup.parse(FileNames.resolve(site, "odd/pct%20x.html").toFile(), "UTF-8");
        assertTrue(percent.select("a[href=q%3Fmark.html]").size() > 1, "previous page and the author's link");
        assertTrue(percent.select("a[href=caf%C3%A9%20g%C5%B5yl.html]").size() > 1, "next page and the author's link");
        assertSearchIndex(site);
        assertSitemap(site);
        for (String pdf : List.of("downloads/odd.pdf", "downloads/colon: x-slides.pdf", "downloads/colon: x-handout.pdf")) {
            assertPdfLinks(site, pdf);
        }
    }

    /** Every page's address in the search index (its per-page part files, "u") names a file of the site. */
    private static void assertSearchIndex(Path site) throws IOException {
        java.util.Set<String> urls = new java.util.TreeSet<>();
        Pattern address = Pattern.compile("\"u\":\"([^\"]*)\"");
        try (var files = Files.walk(site.resolve("assets/search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = address.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    urls.add(m.group(1).replaceFirst("#.*$", ""));
                }
            }
        }
        assertEquals(PAGES.size(), urls.size(), urls.toString());
        for (String url : urls) {
            assertFileAt(site, url, "search index");
        }
    }

    private static void assertSitemap(Path site) throws IOException {
        String xml = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        Matcher loc = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
        int count = 0;
        while (loc.find()) {
            String url = loc.group(1).replace("&amp;", "&");
            assertTrue(url.startsWith(BASE_URL), url);
            assertFileAt(site, url.substring(BASE_URL.length()), "sitemap");
            count++;
        }
        assertTrue(count >= PAGES.size(), "every page in the sitemap: " + xml);
    }

    private static void assertPdfLinks(Path site, String pdf) throws IOException {
        Path file = FileNames.resolve(site, pdf);
        assertTrue(Files.isRegularFile(file), pdf);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    PDDestination dest = link.getDestination();
                    if (dest == null && link.getAction() instanceof PDActionGoTo goTo) {
                        dest = goTo.getDestination();
                    }
                    if (dest instanceof PDPageDestination pageDest) {
                        assertTrue(pageDest.retrievePageNumber() >= 0, pdf + ": an internal link leads to no page");
                    } else if (link.getAction() instanceof PDActionURI uri) {
                        assertTrue(uri.getURI().startsWith(BASE_URL), pdf + ": " + uri.getURI());
                        assertFileAt(site, uri.getURI().substring(BASE_URL.length()), pdf);
                    }
                }
            }
        }
    }

    /** A site-relative URL, decoded as RFC 3986 says, names a file of the site. */
    private static void assertFileAt(Path site, String url, String where) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new AssertionError(where + ": not a valid URL: " + url, e);
        }
        assertNull(uri.getScheme(), where + ": " + url);
        assertNull(uri.getRawQuery(), where + ": " + url);
        assertTrue(Files.isRegularFile(FileNames.resolve(site, uri.getPath())), where + ": " + url + " names no file");
    }
}
