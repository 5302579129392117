package org.handbookpress.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An e-book is in its pages' language, as its PDF is: a pack of a Welsh folder's pages is a Welsh book (its package,
 * its contents, its own words), and a chapter in another language than the book's is marked so. Before, every e-book
 * said it was in the handbook's language, with its words, whatever its pages were written in.
 */
class EpubLanguageTest {

    @Test
    void aBookIsInItsPagesLanguageAndAChapterInItsOwn(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.ofEntries(
                Map.entry("handbook.yml", """
                        title: Small Handbook
                        language: en-GB
                        languages:
                          cy:
                            title: Llawlyfr Bach
                        packs:
                          - id: llyfr
                            title: Llyfr gwaith
                            include: [cy/]
                            editions: [epub]
                          - id: book
                            title: Workbook
                            include: [first.md, welsh-note.md]
                            editions: [epub]
                        """),
                Map.entry("index.md", "# Home\n\nWelcome.\n"),
                Map.entry("first.md", "# First steps\n\nHow we start.\n"),
                Map.entry("welsh-note.md", "---\ntitle: Nodyn\nlang: cy\n---\n\nNodyn byr yn Gymraeg.\n"),
                Map.entry("cy/index.md", "# Hafan\n\nCroeso.\n"),
                Map.entry("second.md", "# Next steps\n\nWhat follows.\n"),
                Map.entry("cy/first.md", "# Camau cyntaf\n\nSut rydym yn dechrau.\n"),
                Map.entry("cy/second.md", "# Camau nesaf\n\nBeth sy'n dilyn.\n")));
        Path out = TestHandbooks.build(content, dir.resolve("site")).output();

        Path welshBook = out.resolve("downloads/llyfr.epub");
        EpubEditionTest.assertValid(welshBook);
        Map<String, byte[]> welsh = EpubEditionTest.unzip(Files.readAllBytes(welshBook));
        Document opf = EpubEditionTest.xml(welsh, "OEBPS/package.opf");
        assertEquals("cy", opf.selectFirst("dc|language").text(), "a book of Welsh pages is a Welsh book");
        assertEquals("cy", opf.selectFirst("package").attr("xml:lang"));
        String contents = new String(welsh.get("OEBPS/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(contents.contains("lang=\"cy\""), contents);
        assertFalse(contents.contains(">Contents<"), "the book's own words in Welsh: " + contents);

        Map<String, byte[]> mixed = EpubEditionTest.unzip(Files.readAllBytes(out.resolve("downloads/book.epub")));
        assertEquals("en-GB", EpubEditionTest.xml(mixed, "OEBPS/package.opf").selectFirst("dc|language").text());
        String note = mixed.entrySet().stream().filter(e -> new String(e.getValue(), StandardCharsets.UTF_8).contains("Nodyn byr"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(note.contains("lang=\"cy\" xml:lang=\"cy\""), "a Welsh chapter in an English book is marked Welsh: " + note);
    }

    /**
     * A pack of a folder of translations' pages whose terms its own glossary defines ({@code uk/glossary.md}) has that
     * glossary at its end, its terms leading to it and its entries back, as a pack of the handbook's own pages has the
     * handbook's: an independent refugee-befriending handbook's Ukrainian pack left it out and sent each term to the
     * website, because only the handbook's first glossary was ever added.
     */
    @Test
    void aTranslationsPackHasItsFoldersGlossary(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.ofEntries(
                Map.entry("handbook.yml", """
                        title: Befriending
                        language: en-GB
                        languages:
                          uk:
                            title: Довідник
                        packs:
                          - id: dovidnyk
                            title: Довідник
                            include: [uk/first.md]
                            editions: [epub]
                        """),
                Map.entry("index.md", "# Home\n\nWelcome.\n"),
                Map.entry("first.md", "# First meeting\n\nYour coordinator comes too.\n"),
                Map.entry("glossary.md", "---\nkind: glossary\n---\n# Glossary\n\nCoordinator\n: The member of staff.\n"),
                Map.entry("uk/index.md", "# Головна\n\nЛаскаво просимо.\n"),
                Map.entry("uk/first.md", "# Перша зустріч\n\nЗ вами приходить координатор.\n"),
                Map.entry("uk/glossary.md", "---\nkind: glossary\n---\n# Слова\n\nКоординатор\n: Працівник, який створює пари.\n")));
        Path epub = TestHandbooks.build(content, dir.resolve("site")).output().resolve("downloads/dovidnyk.epub");
        EpubEditionTest.assertValid(epub);
        Map<String, byte[]> book = EpubEditionTest.unzip(Files.readAllBytes(epub));
        assertEquals(List.of("Перша зустріч", "Слова"), EpubEditionTest.xml(book, "OEBPS/nav.xhtml").select("nav[epub:type=toc] > ol > li > a")
                .eachText(), "the folder's glossary is the book's last chapter");
        org.jsoup.nodes.Element term = EpubEditionTest.xml(book, "OEBPS/page-001.xhtml").selectFirst("a.glossary-term");
        assertEquals("page-002.xhtml#term-координатор", term.attr("href"), "the term leads into the book, not to the website");
        org.jsoup.nodes.Element back = EpubEditionTest.xml(book, "OEBPS/page-002.xhtml").selectFirst("a.glossary-back");
        assertEquals("page-001.xhtml#" + term.id(), back.attr("href"), "and its entry back to its first use");
    }
}
