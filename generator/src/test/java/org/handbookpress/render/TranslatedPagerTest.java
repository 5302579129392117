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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sports club's coaching toolkit of three chapters, the first and the last translated into Welsh so far. The Welsh
 * pages' menu is the English one, each entry leading to its translation where there is one; their pager counted the
 * Welsh folder alone: "Cyn y sesiwn" went on to "Gemau cynhesu", the English chapter between them skipped, and with one
 * chapter translated there was no "Nesaf" at all. It goes on as the menu does.
 */
class TranslatedPagerTest {

    @Test
    void aTranslatedChaptersPagerGoesOnAsItsMenuDoes(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Coaches' Handbook\nlanguage: en-GB\nlanguages:\n  cy: {title: Llawlyfr Hyfforddwyr}\n"
                        + "nav:\n  - index.md\n  - Toolkit: toolkit/\n",
                "index.md", "# Welcome\n\nStart here.\n",
                "toolkit/01-before.md", "---\nkind: chapter\n---\n# Before the session\n\nArrive early.\n",
                "toolkit/02-running.md", "---\nkind: chapter\n---\n# Running the session\n\nWarm up first.\n",
                "toolkit/03-games.md", "---\nkind: chapter\n---\n# Warm-up games\n\nTraffic lights.\n",
                "cy/index.md", "# Croeso\n\nDechreuwch yma.\n",
                "cy/toolkit/01-before.md", "---\nkind: chapter\n---\n# Cyn y sesiwn\n\nCyrhaeddwch yn gynnar.\n",
                "cy/toolkit/03-games.md", "---\nkind: chapter\n---\n# Gemau cynhesu\n\nGoleuadau traffig.\n"));
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP)
                .withoutPdfs(), BuildLog.SILENT).run();

        Document first = page(result, "cy/toolkit/01-before.html");
        assertEquals("", pager(first, "prev"));
        assertEquals("../../toolkit/02-running.html Running the session en-GB", pager(first, "next"),
                "on to the English chapter the menu lists next, marked as English");
        Document last = page(result, "cy/toolkit/03-games.html");
        assertEquals("../../toolkit/02-running.html Running the session en-GB", pager(last, "prev"));
        Document english = page(result, "toolkit/02-running.html");
        assertEquals("01-before.html Before the session ", pager(english, "prev"), "the English pages' pager as before");
        assertEquals("03-games.html Warm-up games ", pager(english, "next"));
    }

    /** The pager's link that way: its address, title and language when it has one; "" when there is none. */
    private static String pager(Document page, String way) {
        Element link = page.selectFirst("nav.pager a.pager-" + way);
        if (link == null) {
            return "";
        }
        Element title = link.selectFirst(".pager-title");
        return link.attr("href") + " " + title.text() + " " + title.attr("lang");
    }

    private static Document page(BuildResult result, String path) throws java.io.IOException {
        return Jsoup.parse(Files.readString(result.output().resolve(path), StandardCharsets.UTF_8));
    }
}
