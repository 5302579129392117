package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A video or a sound of the handbook given as a picture ({@code ![Bubble sort, step by step](assets/sort.mp4)}, as
 * GitLab and Obsidian show one; Suncoast's lessons have such) is a player with its link, and printed as the link. It was
 * a broken picture, reported as too large to load on phones ("resize it") and as no PNG or JPEG.
 */
class PlayedMediaTest {

    @Test
    void aVideoOrSoundGivenAsAPictureIsPlayed(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Coding club\n",
                "lessons/sorting.md", "---\ntitle: Sorting\nkind: chapter\n---\n\nWatch it first:\n\n"
                        + "![Bubble sort, step by step](assets/sort.mp4)\n\nThen listen:\n\n![](assets/bell.mp3)\n"));
        byte[] video = new byte[1_500_000]; // no picture, and over the pictures' 1 MB
        java.util.Arrays.fill(video, (byte) 7);
        Files.createDirectories(content.resolve("lessons/assets"));
        Files.write(content.resolve("lessons/assets/sort.mp4"), video);
        Files.write(content.resolve("lessons/assets/bell.mp3"), new byte[] {1, 2, 3});
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("image.")), result.findings().toString());

        Document page = Jsoup.parse(Files.readString(out.resolve("lessons/sorting.html"), StandardCharsets.UTF_8));
        Element player = page.selectFirst("main video[controls]");
        assertTrue(player != null, page.select("main").html());
        assertEquals("assets/sort.mp4", player.attr("src"));
        assertEquals("Bubble sort, step by step", player.selectFirst("a[href=assets/sort.mp4]").text(), "what a browser that plays nothing shows");
        assertEquals("bell.mp3", page.selectFirst("main audio[controls][src=assets/bell.mp3] a").text(), "no alt text: the file's name");
        assertTrue(page.select("main img").isEmpty());
        assertTrue(Files.size(out.resolve("lessons/assets/sort.mp4")) == video.length);

        List<Path> pdfs;
        try (var files = Files.walk(out)) {
            pdfs = files.filter(f -> f.getFileName().toString().equals("sorting.pdf")).toList();
        }
        assertEquals(1, pdfs.size());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(pdfs.get(0).toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Bubble sort, step by step"), "printed as its link: " + text);
        }
    }
}
