package org.handbookpress.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In this JVM's own locale; LocaleIndependenceTest runs a whole build under LANG=C. */
class FileNamesTest {

    @TempDir
    Path temp;

    @Test
    void namesGoToDiskAndComeBackAsTheyAre() throws Exception {
        for (String name : new String[] {"toolkit/01-a.md", "odd/café gŵyl.md", "colon: x.md", "hash#tag.md", "q?mark.md", "pct%20x.md"}) {
            Path file = FileNames.resolve(temp, name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
            assertEquals(name, FileNames.relative(temp, file));
            assertFalse(FileNames.isUnreadable(FileNames.relative(temp, file)));
        }
    }

    @Test
    void aNameThatIsNotUtf8IsSaidToBe() {
        assertTrue(FileNames.isUnreadable("caf\uFFFD.md"));
        assertFalse(FileNames.isUnreadable("café.md"));
    }
}
