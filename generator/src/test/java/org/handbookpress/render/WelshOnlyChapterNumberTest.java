package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coaching toolkit of three English chapters, the first translated into Welsh, and two chapters written in Welsh
 * alone. The Welsh menu lists the three English chapters, numbered 1 to 3 in Welsh as in English; the Welsh-only
 * chapters were numbered among the Welsh folder's chapters, "Pennod 2" and "Pennod 3", the numbers of two English
 * chapters of that menu. They come after them, 4 and 5, and no English chapter's number changes.
 */
class WelshOnlyChapterNumberTest {

    private static Path handbook(Path dir) throws java.io.IOException {
        return TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Coaches' Handbook\nlanguage: en-GB\nlanguages:\n  cy: {title: Llawlyfr Hyfforddwyr}\n"
                        + "nav:\n  - index.md\n  - Toolkit: toolkit/\n"
                        + "packs:\n  - id: pecyn\n    title: Pecyn cymorth\n    include: [cy/toolkit/]\n",
                "index.md", "# Welcome\n\nStart here.\n",
                "toolkit/01-before.md", "---\nkind: chapter\n---\n# Before the session\n\nArrive early.\n",
                "toolkit/02-running.md", "---\nkind: chapter\n---\n# Running the session\n\nWarm up first.\n",
                "toolkit/03-games.md", "---\nkind: chapter\n---\n# Warm-up games\n\nTraffic lights.\n",
                "cy/index.md", "# Croeso\n\nDechreuwch yma.\n",
                "cy/toolkit/01-before.md", "---\nkind: chapter\n---\n# Cyn y sesiwn\n\nCyrhaeddwch yn gynnar.\n",
                "cy/toolkit/02-afon.md", "---\nkind: chapter\nignore: [page.unreachable]\n---\n# Diogelwch dŵr\n\nGer yr afon.\n",
                "cy/toolkit/03-eisteddfod.md", "---\nkind: chapter\nignore: [page.unreachable]\n---\n# Yr Eisteddfod\n\nRas y plant.\n"));
    }

    @Test
    void aChapterInWelshAloneIsNumberedAfterTheEnglishChapters(@TempDir Path dir) throws Exception {
        Path content = handbook(dir);
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP)
                .withoutPdfs(), BuildLog.SILENT).run();

        assertEquals("Pennod 1", number(result, "cy/toolkit/01-before.html"), "a translation keeps its original's number");
        assertEquals("Pennod 4", number(result, "cy/toolkit/02-afon.html"));
        assertEquals("Pennod 5", number(result, "cy/toolkit/03-eisteddfod.html"));
        assertEquals("Chapter 2", number(result, "toolkit/02-running.html"));
        assertEquals("Chapter 3", number(result, "toolkit/03-games.html"));
    }

    /** A printed pack's part labels say the numbers the website does. */
    @Test
    void aPackOfWelshChaptersNumbersThemAsTheWebsiteDoes(@TempDir Path dir) throws Exception {
        Path content = handbook(dir);
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                result.output().resolve("downloads/pecyn.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertEquals(java.util.List.of("PENNOD 1", "PENNOD 4", "PENNOD 5"), // the label is set in capitals
                    java.util.regex.Pattern.compile("PENNOD \\d").matcher(text).results().map(m -> m.group()).distinct().toList(), text);
        }
    }

    private static String number(BuildResult result, String path) throws java.io.IOException {
        return Jsoup.parse(Files.readString(result.output().resolve(path), StandardCharsets.UTF_8))
                .selectFirst(".chapter-number").text();
    }
}
