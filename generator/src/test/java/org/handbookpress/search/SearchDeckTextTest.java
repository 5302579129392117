package org.handbookpress.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deck's search text is what its page shows: the slides and their speaker notes, without the {@code Note:} markers
 * that start the notes (results' snippets read "Note: Ask who has…" where the page shows "Ask who has…").
 */
class SearchDeckTextTest {

    @Test
    void aDecksNotesAreSearchedWithoutTheirMarkers(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Carers together\n",
                "index.md", "# Home\n\nWelcome.\n",
                "training/first-session.md", """
                        ---
                        kind: slides
                        title: The first session
                        ---

                        # Welcome everyone

                        Tea, names, the room.

                        Note: Ask who has cared for someone longest, and thank them.

                        ---

                        # Our agreement

                        **Notes:** Read it aloud slowly.

                        ---

                        # The hidden load

                        ::: notes
                        Invite members to add to each list.
                        :::
                        """));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        String index = SearchIndexText.of(site);
        assertTrue(index.contains("Ask who has cared for someone longest"), "the notes are searched");
        assertTrue(index.contains("Read it aloud slowly"), "the notes are searched");
        assertFalse(index.contains("Note:"), "without their markers");
        assertFalse(index.contains("Notes:"), "without their markers");
        assertTrue(index.contains("Invite members to add to each list"), "a ::: notes box's notes are searched");
        assertFalse(index.contains("Notes"), "without the box's title");
    }
}
