package org.handbookpress.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import org.junit.jupiter.api.Test;

class GlobsTest {

    /**
     * A tenants' association's pack named organising/casework/**{@literal /}*.md for its casework chapters and lost the
     * section's own page, organising/casework/index.md, which sits in no sub-folder: ** followed by / matches no folder
     * too, as in .gitignore, Bash's globstar, Hugo and MkDocs.
     */
    @Test
    void doubleStarSlashAlsoMatchesNoFolder() {
        PathMatcher casework = Globs.matcher("organising/casework/**/*.md");
        assertTrue(casework.matches(Path.of("organising/casework/index.md")));
        assertTrue(casework.matches(Path.of("organising/casework/repairs/01-logging-a-repair.md")));
        assertFalse(casework.matches(Path.of("organising/meetings/minutes.md")));

        PathMatcher everything = Globs.matcher("**/*.md");
        assertTrue(everything.matches(Path.of("index.md")));
        assertTrue(everything.matches(Path.of("policies/safeguarding.md")));

        PathMatcher twice = Globs.matcher("**/repairs/**/*.md");
        assertTrue(twice.matches(Path.of("repairs/log.md")));
        assertTrue(twice.matches(Path.of("organising/repairs/log.md")));
        assertTrue(twice.matches(Path.of("organising/repairs/old/log.md")));
        assertFalse(twice.matches(Path.of("organising/disputes/log.md")));
    }

    /** A ** inside a name (notes**{@literal /}) is not a folder's start and is left as Java reads it. */
    @Test
    void otherPatternsAreJavasOwn() {
        assertTrue(Globs.matcher("policies/*.md").matches(Path.of("policies/complaints.md")));
        assertFalse(Globs.matcher("policies/*.md").matches(Path.of("policies/old/complaints.md")));
        assertTrue(Globs.matcher("training/{welcome,repairs}-deck.md").matches(Path.of("training/repairs-deck.md")));
        assertThrows(IllegalArgumentException.class, () -> Globs.matcher("training/[a-"));
        assertTrue(Globs.isPattern("training/*.md"));
        assertFalse(Globs.isPattern("training/"));
    }
}
