package org.handbookpress.uptodate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.ContentLoader;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest of a build's inputs: the same on any number of threads, and changed by any change of a file's bytes or name. */
class BuildInputsTest {

    private static String digest(Path content, int threads) throws Exception {
        return BuildInputs.digest(List.of(content), List.of("strict false"), List.of(), threads);
    }

    @Test
    void theSameOnAnyNumberOfThreadsAndChangedByEveryEdit(@TempDir Path content) throws Exception {
        for (int i = 0; i < 50; i++) {
            Files.createDirectories(content.resolve("s" + (i % 5)));
            Files.writeString(content.resolve("s" + (i % 5) + "/p" + i + ".md"), "# Page " + i + "\n\nText.\n", StandardCharsets.UTF_8);
        }
        String one = digest(content, 1);
        assertEquals(one, digest(content, 4));
        assertEquals(one, digest(content, 1), "the same files give the same digest");

        Files.writeString(content.resolve("s3/p13.md"), "# Page 13\n\nText!\n", StandardCharsets.UTF_8);
        String edited = digest(content, 4);
        assertNotEquals(one, edited, "one byte changed, same size");
        assertEquals(edited, digest(content, 1));

        Files.move(content.resolve("s3/p13.md"), content.resolve("s3/p13-renamed.md"));
        assertNotEquals(edited, digest(content, 2), "a file renamed");
    }

    /** Installed packages and version control are no input of the build: not hashed, so a change there changes nothing. */
    @Test
    void otherToolsFoldersAreNotHashed(@TempDir Path content) throws Exception {
        Files.writeString(content.resolve("index.md"), "# Home\n", StandardCharsets.UTF_8);
        Files.createDirectories(content.resolve("node_modules/left-pad"));
        Files.createDirectories(content.resolve(".git"));
        String before = digest(content, 2);
        Files.writeString(content.resolve("node_modules/left-pad/README.md"), "# left-pad\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve(".git/index"), "changed by git status", StandardCharsets.UTF_8);
        assertEquals(before, digest(content, 2));
        Files.writeString(content.resolve(".notes.md"), "a hidden file the build may read", StandardCharsets.UTF_8);
        assertNotEquals(before, digest(content, 2), "every other file counts, as before");
    }

    /** The digests the content loader took of the pages it read stand for reading them again, and only for those. */
    @Test
    void digestsOfFilesAlreadyReadStandForReadingThem(@TempDir Path content) throws Exception {
        Files.writeString(content.resolve("a.md"), "# A\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("b.png"), "not read by the loader", StandardCharsets.UTF_8);
        Findings findings = new Findings();
        ContentLoader loader = new ContentLoader(findings, 2);
        loader.load(content, new ConfigLoader(findings).load(content));
        assertEquals(java.util.Set.of("a.md"), loader.digests().keySet());
        String read = digest(content, 1);
        assertEquals(read, BuildInputs.digest(List.of(content), List.of("strict false"), List.of(), 1, Map.of(content, loader.digests())));
        // A digest handed in is what goes into the record: the bytes the build read, whatever the file holds now.
        assertNotEquals(read, BuildInputs.digest(List.of(content), List.of("strict false"), List.of(), 1,
                Map.of(content, Map.of("a.md", BuildInputs.fileDigest("# Other\n".getBytes(StandardCharsets.UTF_8))))));
    }
}
