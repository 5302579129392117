package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handout with the speaker notes prints each slide's notes in a column of fixed height beside it: notes longer than
 * it holds were cut off in the PDF without a word (a 400-word note printed its first 111 words). Said, by a check as by
 * a build; short notes, and long notes in a deck whose handout has writing lines instead, are not.
 */
class HandoutNotesTest {

    @Test
    void notesTooLongForTheHandoutAreSaid(@TempDir Path dir) throws Exception {
        String longNotes = String.join(" ", java.util.Collections.nCopies(80, "Remind them where the fire exits are."));
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Home\n\nWelcome.\n",
                "induction.md", "---\ntitle: Induction\nkind: slides\nhandout: notes\n---\n\n# Welcome\n\nHello.\n\nNote:\n" + longNotes
                        + "\n\n---\n\n# The building\n\nWhere things are.\n\nNote:\nShow the map.\n",
                "other.md", "---\ntitle: Other\nkind: slides\n---\n\n# One\n\nText.\n\nNote:\n" + longNotes + "\n"));
        BuildOptions options = BuildOptions.of(content, dir.resolve("out")).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs();
        BuildResult checked = new HandbookBuild(options.checkingOnly(), BuildLog.SILENT).run();
        List<Finding> cut = checked.findings().stream().filter(f -> f.code().equals("slides.notes-cut")).toList();
        assertEquals(List.of("induction.md:7"), cut.stream().map(f -> f.file() + ":" + f.line()).toList(), checked.findings().toString());
        assertTrue(cut.get(0).message().contains("slide 1 ('Welcome')"), cut.get(0).message());
        assertEquals(checked.findings(), new HandbookBuild(options, BuildLog.SILENT).run().findings(), "a build says the same");
    }
}
