package org.handbookpress.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmOptionsTest {

    @Test
    void keepsOnlyTheSizesMavensJvmWasGiven() {
        assertEquals(List.of("-Xmx2g", "-Xss4m", "-XX:MaxRAMPercentage=50"),
                JvmOptions.inheritedSizes(List.of("-Dmaven.home=/usr/share/maven", "-Xmx2g", "-XX:+UseG1GC", "-Xss4m",
                        "-XX:MaxRAMPercentage=50", "-Dclassworlds.conf=x")));
    }

    @Test
    void aSmallHandbookGetsTheQuickCompilerAlone(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("index.md"), "# Home\n");
        List<String> options = JvmOptions.forBuild(content, 2);
        assertTrue(options.contains("-XX:TieredStopAtLevel=1"), options.toString());
        assertFalse(options.stream().anyMatch(o -> o.contains("Inline")), "no inlining options for C1 alone: " + options);
        assertTrue(options.contains("-XX:+UseParallelGC"), "a small handbook's collections on every core: " + options);
        assertTrue(options.contains("-XX:MaxHeapFreeRatio=40"), options.toString());
        assertTrue(options.contains("-XX:MetaspaceSize=96m"), "no whole-heap collection when the PDF engine loads: " + options);
    }

    @Test
    void theSerialCollectorOnOneThreadAndForAMiddleSizedHandbook(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("index.md"), "# Home\n");
        assertTrue(JvmOptions.forBuild(content, 1).contains("-XX:+UseSerialGC"), "one thread: nothing to share a collection with");
        for (int i = 0; i < JvmOptions.PARALLEL_GC_BELOW; i++) {
            Files.createFile(content.resolve("p" + i + ".md"));
        }
        List<String> options = JvmOptions.forBuild(content, 2);
        assertTrue(options.contains("-XX:+UseSerialGC"), "the smaller heap, where memory runs short: " + options);
        assertFalse(options.contains("-XX:+UseParallelGC"), options.toString());
        assertTrue(options.contains("-XX:TieredStopAtLevel=1"), options.toString());
    }

    @Test
    void aBigHandbookKeepsTheOptimisingCompiler(@TempDir Path content) throws IOException {
        for (int i = 0; i < JvmOptions.SMALL_HANDBOOK; i++) {
            Files.createFile(content.resolve("p" + i + ".md"));
        }
        List<String> options = JvmOptions.forBuild(content, 16);
        assertFalse(options.contains("-XX:TieredStopAtLevel=1"), options.toString());
        assertTrue(options.containsAll(List.of("-XX:FreqInlineSize=120", "-XX:InlineSmallCode=1000", "-XX:MaxInlineLevel=5")), "with less inlining: " + options);
        assertTrue(options.contains("-XX:+UseParallelGC"), options.toString());
    }

    @Test
    void asksForHugePagesOnlyWhereLinuxGivesThemOnRequest(@TempDir Path dir) throws IOException {
        Path setting = dir.resolve("enabled");
        Files.writeString(setting, "always [madvise] never\n");
        assertTrue(JvmOptions.hugePagesOnRequest(setting));
        Files.writeString(setting, "[always] madvise never\n");
        assertTrue(JvmOptions.hugePagesOnRequest(setting));
        Files.writeString(setting, "always madvise [never]\n");
        assertFalse(JvmOptions.hugePagesOnRequest(setting));
        assertFalse(JvmOptions.hugePagesOnRequest(dir.resolve("missing")), "not Linux, or no such setting");
        assertEquals(JvmOptions.hugePagesOnRequest(JvmOptions.TRANSPARENT_HUGE_PAGES),
                JvmOptions.forBuild(dir, 2).contains("-XX:+UseTransparentHugePages"));
    }

    @Test
    void countsMarkdownFilesInFoldersAndStopsAtTheLimit(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("a/b"));
        Files.createFile(content.resolve("a/b/one.md"));
        Files.createFile(content.resolve("a/two.md"));
        Files.createFile(content.resolve("a/picture.png"));
        assertEquals(2, JvmOptions.markdownFiles(content, 10));
        assertEquals(1, JvmOptions.markdownFiles(content, 1));
        assertEquals(0, JvmOptions.markdownFiles(content.resolve("missing"), 10));
    }
}
