package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deck in no pack still prints (its slides PDF, its handout): a character the PDF fonts lack is reported, where printed. */
class DeckGlyphsTest {

    @Test
    void aMissingCharacterOnASlideIsReportedAndOneInUnprintedNotesIsNot(@TempDir Path dir) throws Exception {
        String slides = """
                # Closing 🎉

                ---

                ## Thank you

                谢谢

                Note: Wave 🧭 at the door.
                """;
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Decks\n", "index.md", "# Home\n\nWelcome.\n",
                "closing.md", "---\nkind: slides\n---\n" + slides,
                "noted.md", "---\nkind: slides\nhandout: notes\n---\n" + slides));
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        List<String> found = result.findings().stream().filter(f -> f.code().equals("pdf.glyph-missing"))
                .map(f -> f.file() + ":" + f.line() + " " + f.message().substring(0, f.message().indexOf(" is in"))).toList();
        assertEquals(List.of(
                "closing.md:1 the character U+1F389 '🎉' (party popper)", // in the title, reported at line 1 as for any page
                "closing.md:10 the character U+8C22 '谢' (cjk unified ideographs 8c22)",
                "noted.md:1 the character U+1F389 '🎉' (party popper)",
                "noted.md:11 the character U+8C22 '谢' (cjk unified ideographs 8c22)",
                "noted.md:13 the character U+1F9ED '🧭' (compass)"), found, "the notes of closing.md are not printed");
    }
}
