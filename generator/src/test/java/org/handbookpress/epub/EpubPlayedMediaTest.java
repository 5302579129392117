package org.handbookpress.epub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A video and a sound given as pictures, played on the site (links/PlayedMedia), or a player written in HTML, are their
 * links in the e-book: epubcheck rejected a book whose page named a video not in it (RSC-007).
 */
class EpubPlayedMediaTest {

    @Test
    void aBookWithAPlayedVideoAndSoundPassesEpubcheck(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Probe\nlanguage: en-GB\npacks:\n  - id: book\n    title: Book\n    include: [sorting.md]\n    editions: [epub]\n",
                "index.md", "# Home\n\nWelcome.\n",
                "sorting.md", "# Sorting\n\n![Bubble sort, step by step](sort.mp4)\n\n![The bell](bell.mp3)\n\n"
                        + "<video controls src=\"sort.mp4\"></video>\n"));
        Files.write(content.resolve("sort.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'});
        Files.write(content.resolve("bell.mp3"), new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0});
        Path out = TestHandbooks.build(content, dir.resolve("site")).output();
        EpubEditionTest.assertValid(out.resolve("downloads/book.epub"));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.resolve("downloads/book.epub").toFile())) {
            String page = new String(zip.getInputStream(zip.getEntry("OEBPS/page-001.xhtml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(page.contains("Bubble sort, step by step") && page.contains("The bell")
                    && page.contains("sort.mp4") && !page.contains("<video") && !page.contains("<audio"), page);
        }
    }
}
