package org.handbookpress.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
