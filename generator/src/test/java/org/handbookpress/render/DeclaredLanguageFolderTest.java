package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A charity starting its translations: a Welsh and an Arabic folder, each with the home page and one chapter so far, and
 * handbook.yml naming both under {@code languages:}. Guessed from the pages alone, a folder needs two pages besides its
 * home page; an independent youth-mentoring handbook's {@code cy/} and {@code ar/} were built as English pages
 * ({@code <html lang="en-GB">}, left to right, English menus, the {@code languages:} titles unused, each page
 * "unreachable"), though handbook.yml said what they were.
 */
class DeclaredLanguageFolderTest {

    @Test
    void aFolderHandbookYmlNamesUnderLanguagesIsAFolderOfTranslationsFromItsFirstPage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", """
                        title: Club Mentor Handbook
                        language: en-GB
                        languages:
                          cy: {title: Llawlyfr Mentoriaid Clwb}
                          ar: {title: دليل مرشدي النادي}
                        nav:
                          - index.md
                          - Running a club: clubs/
                        """,
                "index.md", "# Welcome\n\nStart here. Read [the chapter](clubs/01-before.md).\n",
                "clubs/01-before.md", "# Before the club\n\nArrive early.\n",
                "clubs/02-during.md", "# During the club\n\nHelp with homework.\n",
                "cy/index.md", "# Croeso\n\nDechreuwch yma. Darllenwch [y bennod nesaf](clubs/02-during.md).\n",
                "cy/clubs/01-before.md", "# Cyn y clwb\n\nCyrhaeddwch yn gynnar.\n",
                "ar/index.md", "# مرحباً\n\nابدأ هنا.\n",
                "ar/clubs/01-before.md", "# قبل النادي\n\nاحضر مبكراً.\n"));
        BuildOptions options = BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs();
        BuildResult result = new HandbookBuild(options, BuildLog.SILENT).run();

        Document welsh = page(result, "cy/clubs/01-before.html");
        assertEquals("cy", welsh.selectFirst("html").attr("lang"), "a Welsh page is spoken in Welsh");
        assertEquals("Llawlyfr Mentoriaid Clwb", welsh.selectFirst("a.site-title").text(), "handbook.yml's Welsh title");
        assertNotNull(welsh.selectFirst("nav.language-switch a[hreflang=en-GB]"), "it links its English page");
        Document arabic = page(result, "ar/clubs/01-before.html");
        assertEquals("ar", arabic.selectFirst("html").attr("lang"));
        assertEquals("rtl", arabic.selectFirst("html").attr("dir"), "Arabic reads from the right");
        assertEquals("../clubs/02-during.html", page(result, "cy/index.html").selectFirst("main a:contains(y bennod nesaf)").attr("href"),
                "a link to a chapter not translated yet finds the English one");
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("page.unreachable") || f.code().startsWith("link.")),
                "reached through the language switch: " + result.findings());
    }

    private static Document page(BuildResult result, String path) throws java.io.IOException {
        return Jsoup.parse(Files.readString(result.output().resolve(path), StandardCharsets.UTF_8));
    }
}
