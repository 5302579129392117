package org.handbookpress.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.handbookpress.TestHandbooks;
import org.handbookpress.testing.EveryElementPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page holding the elements a page may use makes a valid EPUB: a page's own {@code <style>}, which XHTML allows in
 * the head only, made epubcheck reject the book.
 */
class EveryElementEpubTest {

    @Test
    void aPageWithEveryKindOfElementAndItsOwnStyleSheetMakesAValidBook(@TempDir Path dir) throws Exception {
        String page = EveryElementPage.make().markdown;
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Probe\nlanguage: en-GB\npacks:\n  - id: book\n    title: Book\n    include: [elements.md]\n    editions: [epub]\n",
                "index.md", "# Home\n\nWelcome.\n", "elements.md", page));
        Path out = TestHandbooks.build(content, dir.resolve("site")).output();
        EpubEditionTest.assertValid(out.resolve("downloads/book.epub"));
        try (ZipFile zip = new ZipFile(out.resolve("downloads/book.epub").toFile())) {
            String xhtml = new String(zip.getInputStream(zip.getEntry("OEBPS/page-001.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            Document book = Jsoup.parse(xhtml, "", Parser.xmlParser());
            assertEquals(1, book.select("head > style").size(), "the page's style sheet, in the head");
            assertEquals(0, book.select("body style").size() - book.select("body svg style").size());
        }
    }
}
