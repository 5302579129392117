package org.handbookpress.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The example handbook's workbook as an EPUB 3: valid by epubcheck, chapters in its contents, glossary links inside the book. */
class EpubEditionTest {

    static Map<String, byte[]> unzip(byte[] epub) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static Document xml(Map<String, byte[]> entries, String name) {
        return Jsoup.parse(new String(entries.get(name), StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    /** Every href in every content document leads to a file in the book and, with a fragment, to an id in it; returns how many internal links. */
    static int assertLinksResolve(Map<String, byte[]> entries) {
        int internal = 0;
        for (String name : entries.keySet()) {
            if (!name.endsWith(".xhtml")) {
                continue;
            }
            for (Element a : xml(entries, name).select("a[href]")) {
                String href = a.attr("href");
                if (href.matches("^[a-z]+:.*")) {
                    assertTrue(href.startsWith("http"), name + ": " + href);
                    continue;
                }
                int hash = href.indexOf('#');
                String file = hash < 0 ? href : href.substring(0, hash);
                String target = file.isEmpty() ? name : "OEBPS/" + file;
                assertTrue(entries.containsKey(target), name + ": " + href + " leads to no file");
                if (hash >= 0) {
                    String id = href.substring(hash + 1);
                    assertTrue(!xml(entries, target).select("[id=" + id + "]").isEmpty(), name + ": " + href + " has no target id");
                }
                internal++;
            }
        }
        return internal;
    }

    static void assertValid(Path epub) {
        Epubcheck report = Epubcheck.check(epub.toFile());
        System.out.println("epubcheck " + epub.getFileName() + ": " + report.errors.size() + " errors, " + report.warnings.size()
                + " warnings, " + report.usage.size() + " usage/info");
        report.usage.forEach(u -> System.out.println("  usage: " + u));
        assertEquals(List.of(), report.errors);
        assertEquals(List.of(), report.warnings);
    }

    @Test
    void workbookEpubPassesEpubcheckListsChaptersAndLinksGlossaryInsideTheBook() throws Exception {
        BuildResult site = TestHandbooks.example();
        Path epub = site.output().resolve("downloads/mentor-training-workbook.epub");
        assertTrue(Files.isRegularFile(epub), "the workbook's EPUB is written");
        assertValid(epub);

        Map<String, byte[]> entries = unzip(Files.readAllBytes(epub));
        assertEquals("mimetype", entries.keySet().iterator().next());
        Document nav = xml(entries, "OEBPS/nav.xhtml");
        List<String> chapters = nav.select("nav[epub:type=toc] > ol > li > a").eachText();
        assertTrue(chapters.containsAll(List.of("Mentor Training Day", "Introduction to Peer Mentoring", "Group Agreement",
                "The words we use")), "contents: " + chapters);
        assertEquals(1, nav.select("nav[epub:type=landmarks] a[epub:type=glossary]").size());
        assertTrue(assertLinksResolve(entries) > 0);
        long glossaryLinks = entries.keySet().stream().filter(n -> n.endsWith(".xhtml"))
                .flatMap(n -> xml(entries, n).select("a.glossary-term").stream()).count();
        assertTrue(glossaryLinks > 0, "terms link to the glossary");
        long backLinks = entries.keySet().stream().filter(n -> n.endsWith(".xhtml"))
                .flatMap(n -> xml(entries, n).select("a.glossary-back").stream()).count();
        assertTrue(backLinks > 0, "glossary entries link back");

        String downloads = Files.readString(site.output().resolve("downloads.html"));
        assertTrue(downloads.contains("mentor-training-workbook.epub"), "the Downloads page lists the e-book");
    }

    private static final Map<String, String> SMALL = Map.of(
            "handbook.yml", """
                    title: Small Handbook
                    organisation: Small Group
                    language: en-GB
                    baseUrl: https://small.example.org/
                    packs:
                      - id: starter
                        title: Starter Pack
                        subtitle: For new volunteers
                        include: [guide/welcome.md, guide/deck.md]
                        editions: [standard, epub]
                    """,
            "index.md", "---\ntitle: Home\n---\n\nSee the [guide](guide/welcome.md).\n",
            "about.md", "---\ntitle: About us\n---\n\nWho we are.\n",
            "guide/welcome.md", """
                    ---
                    title: Welcome
                    kind: chapter
                    ---

                    ## Before you start

                    A volunteer meets a peer every week. Read [about us](../about.md) and the [slides](deck.md).
                    [Back to top](#top) or [to the content](#main-content), as a web page's layout has them.

                    ![Two chairs facing each other](../images/chairs.svg)

                    ## On the day

                    Ask the peer how the week went.
                    """,
            "guide/deck.md", """
                    ---
                    title: First meeting
                    kind: slides
                    handout: notes
                    ---

                    ## Hello

                    Names and tea.

                    Note: keep it short.

                    ---

                    ## Listening

                    One person speaks at a time.
                    """,
            "glossary.md", """
                    ---
                    title: Glossary
                    kind: glossary
                    ---

                    Peer
                    : Someone who shares their own experience to support another person.
                      Also: peers

                    Volunteer
                    : Someone who gives their time without pay.
                    """,
            "images/chairs.svg", """
                    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10" width="200" height="100">\
                    <rect x="1" y="1" width="6" height="8" fill="#555"/><rect x="13" y="1" width="6" height="8" fill="#555"/></svg>
                    """);

    /** A deck's slides written with '#' headings are sections under the deck's title: one h1 in its chapter, as on its page. */
    @Test
    void aDecksSlideTitlesAreHeadingsUnderItsTitle(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.HashMap<>(SMALL);
        files.put("guide/deck.md", "---\ntitle: First meeting\nkind: slides\n---\n\n# First meeting\n\nWelcome.\n\n---\n\n"
                + "# Listening\n\nOne person speaks at a time.\n");
        Path epub = TestHandbooks.build(TestHandbooks.write(dir, files), dir.resolve("site")).output().resolve("downloads/starter.epub");
        assertValid(epub);
        Document deck = xml(unzip(Files.readAllBytes(epub)), "OEBPS/page-002.xhtml");
        assertEquals(List.of("First meeting"), deck.select("h1").eachText());
        assertEquals(List.of("First meeting", "Listening"), deck.select("section.slide h2").eachText());
    }

    @Test
    void aWelshBooksOwnWordsAreWelsh(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Map<String, String> welsh = new java.util.HashMap<>(SMALL);
        welsh.put("handbook.yml", SMALL.get("handbook.yml").replace("language: en-GB", "language: cy"));
        Path content = TestHandbooks.write(dir, welsh);
        Path epub = TestHandbooks.build(content, dir.resolve("site")).output().resolve("downloads/starter.epub");
        assertValid(epub);
        Map<String, byte[]> entries = unzip(Files.readAllBytes(epub));
        org.handbookpress.labels.Labels cy = new org.handbookpress.labels.LabelCatalogues(null).forLanguage("cy");
        Document nav = xml(entries, "OEBPS/nav.xhtml");
        assertEquals("Cynnwys", nav.selectFirst("nav[epub:type=toc] > h1").text());
        assertEquals("Cynnwys", nav.selectFirst("title").text());
        assertEquals(cy.text("epub.landmarks"), nav.selectFirst("nav[epub:type=landmarks] > h2").text());
        assertEquals(List.of(cy.text("epub.cover"), cy.text("epub.contents"), "Welcome", cy.text("epub.glossary")),
                nav.select("nav[epub:type=landmarks] a").eachText());
        Document deck = xml(entries, "OEBPS/page-002.xhtml");
        assertEquals(List.of("Sleid 1", "Sleid 2"), deck.select("section.slide").eachAttr("aria-label"));
        assertEquals(List.of("Sleid 1", "Sleid 2"), deck.select("p.slide-number").eachText());
        assertEquals(cy.text("slides.notes"), deck.selectFirst("aside.speaker-notes").attr("aria-label"));
        String all = String.join("\n", entries.keySet().stream().filter(n -> n.endsWith(".xhtml") || n.endsWith(".opf"))
                .map(n -> new String(entries.get(n), StandardCharsets.UTF_8)).toList());
        assertTrue(all.contains(">" + cy.text("epub.back-to-first-use") + "<"), "a glossary entry's link back is Welsh");
        assertTrue(all.contains(cy.text("epub.summary") + " " + cy.text("epub.summary.described")), "the accessibility summary too");
        for (String english : List.of(">Contents<", ">Landmarks<", ">Cover<", "Slide 1", "Speaker notes", "Back to where", "A reflowable")) {
            assertFalse(all.contains(english), "no English '" + english + "' is left");
        }
    }

    @Test
    void smallHandbookWithPictureSlidesGlossaryAndOutsideLinkIsValidAndTheSameTwice(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path content = TestHandbooks.write(dir, SMALL);
        Path epub = TestHandbooks.build(content, dir.resolve("one")).output().resolve("downloads/starter.epub");
        assertValid(epub);
        byte[] first = Files.readAllBytes(epub);
        byte[] second = Files.readAllBytes(TestHandbooks.build(content, dir.resolve("two")).output().resolve("downloads/starter.epub"));
        assertArrayEquals(first, second, "two builds make the same bytes");

        Map<String, byte[]> entries = unzip(first);
        assertTrue(entries.containsKey("OEBPS/images/image-001.svg"), "the picture is in the book: " + entries.keySet());
        String opf = new String(entries.get("OEBPS/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("image/svg+xml") && opf.contains("<dc:language>en-GB</dc:language>"), opf);
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2026-11-01T00:00:00Z</meta>"), opf);
        assertTrue(opf.contains("schema:accessMode\">visual") && opf.contains(">alternativeText<"), opf);
        List<String> contents = xml(entries, "OEBPS/nav.xhtml").select("nav[epub:type=toc] a").eachText();
        assertTrue(contents.containsAll(List.of("Welcome", "Before you start", "On the day", "First meeting", "Glossary")),
                "contents: " + contents);
        assertLinksResolve(entries);
        String all = String.join("\n", entries.keySet().stream().filter(n -> n.endsWith(".xhtml"))
                .map(n -> new String(entries.get(n), StandardCharsets.UTF_8)).toList());
        assertTrue(all.contains("href=\"https://small.example.org/about.html\""), "a page outside the pack goes to the website");
        assertEquals(2, xml(entries, "OEBPS/page-002.xhtml").select("section.slide").size(), "each slide a section");
        assertTrue(all.contains("keep it short"), "speaker notes with handout: notes");
        assertTrue(all.contains("class=\"glossary-term\"") && all.contains("class=\"glossary-back\""), "terms and entries linked both ways");
        assertTrue(all.contains("xml:lang=\"en-GB\""));
    }

    /**
     * The book's chapters carry none of the build's own attributes (each element's source line, a heading's words),
     * which the site's pages are written without: an independent refugee-befriending handbook's e-book had
     * {@code data-hb-line} on nearly every element and {@code data-hb-heading} on its anchors.
     */
    @Test
    void noChapterCarriesTheBuildsOwnAttributes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path epub = TestHandbooks.build(TestHandbooks.write(dir, SMALL), dir.resolve("site")).output().resolve("downloads/starter.epub");
        Map<String, byte[]> entries = unzip(Files.readAllBytes(epub));
        for (String name : entries.keySet()) {
            if (name.endsWith(".xhtml")) {
                String chapter = new String(entries.get(name), StandardCharsets.UTF_8);
                assertFalse(chapter.contains("data-hb-"), name + " carries the build's own attributes: " + chapter);
            }
        }
    }

    /**
     * A title with a character XML cannot carry (a YAML escape gives a control character as easily as a word) still
     * makes a valid book: the character is left out of the package document, the contents and the pages, as it is
     * from the PDF's metadata.
     */
    @Test
    void aControlCharacterInATitleStillMakesAValidBook(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", """
                        title: "Bell\\a Handbook"
                        packs:
                          - id: reader
                            title: "Ring the\\x07 bell"
                            subtitle: "Twice\\x01 over"
                            include: [a.md]
                            editions: [epub]
                        """,
                "index.md", "# Home\n\nWelcome.\n",
                "a.md", "---\ntitle: \"Alpha\\x0B page\"\n---\n\nThe first\u0002 page, [with\u0003 a link](https://example.org/\u0004).\n"));
        Path epub = TestHandbooks.build(content, dir.resolve("site")).output().resolve("downloads/reader.epub");
        assertValid(epub);
        String opf = new String(unzip(Files.readAllBytes(epub)).get("OEBPS/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<dc:title>Ring the bell</dc:title>"), opf);
        String page = new String(unzip(Files.readAllBytes(epub)).get("OEBPS/page-001.xhtml"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<h1 id=\"top\">Alpha page</h1>") && page.contains("The first page"), page);
    }

    /** A pack made only as an e-book is listed on the Downloads page (and the home page) by its e-book, in its place. */
    @Test
    void packWithOnlyTheEpubEditionIsListedOnTheDownloadsPage(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", """
                        title: Phone Handbook
                        packs:
                          - id: first
                            title: First Pack
                            include: [a.md]
                          - id: reader
                            title: Reader Pack
                            subtitle: For phones
                            include: [a.md, b.md]
                            editions: [epub]
                          - id: last
                            title: Last Pack
                            include: [b.md]
                        """,
                "index.md", "# Home\n\nWelcome.\n",
                "a.md", "# Alpha\n\nThe first page.\n",
                "b.md", "# Beta\n\nThe second page.\n"));
        Path out = TestHandbooks.build(content, dir.resolve("site")).output();
        assertTrue(Files.isRegularFile(out.resolve("downloads/reader.epub")));
        assertTrue(!Files.exists(out.resolve("downloads/reader.pdf")), "no PDF edition asked for");
        Document page = Jsoup.parse(Files.readString(out.resolve("downloads.html"), StandardCharsets.UTF_8));
        List<Element> items = page.select("ul.downloads-list > li.download:has(a[href$=.pdf], a[href$=.epub])");
        assertEquals(List.of("First Pack", "Reader Pack", "Last Pack"), items.stream().map(li -> li.select(".download-title").text()).toList(),
                "listed in handbook.yml's order");
        Element reader = items.get(1);
        assertEquals("downloads/reader.epub", reader.selectFirst("a.download-link").attr("href"));
        assertEquals("EPUB", reader.selectFirst("a.download-link .pdf-icon").text());
        assertEquals("For phones", reader.select(".download-subtitle").text());
        long bytes = Files.size(out.resolve("downloads/reader.epub"));
        assertEquals(org.handbookpress.render.PackDownload.humanSize(bytes), reader.selectFirst(".download-meta").text(), "its size, no page count");
        assertEquals("PDF", items.get(0).selectFirst("a.download-link .pdf-icon").text());
        assertEquals(1, Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8))
                .select(".home-downloads a.download-link[href=downloads/reader.epub]").size(), "the home page lists it too");
    }
}
