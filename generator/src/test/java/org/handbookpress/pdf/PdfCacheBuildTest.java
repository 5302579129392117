package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build of unchanged content reuses every PDF from the cache: nothing printed, the same bytes. */
class PdfCacheBuildTest {

    @Test
    void aSecondBuildPrintsNoPdfAndGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("handbook-cache");
        BuildOptions options = BuildOptions.of(TestHandbooks.exampleContent(), dir.resolve("first"))
                .withTimestamp(TestHandbooks.TIMESTAMP).withCache(cache);
        long t0 = System.nanoTime();
        BuildResult first = new HandbookBuild(options, BuildLog.SILENT).run();
        long t1 = System.nanoTime();
        assertTrue(first.summary().pdfs() > 5, first.summary().toString());
        assertEquals(0, first.summary().pdfsReused(), "a fresh cache has nothing to reuse");

        Path stale = Files.writeString(cache.resolve("pdf/0000-stale.pdf"), "left by an older build");
        BuildOptions again = BuildOptions.of(TestHandbooks.exampleContent(), dir.resolve("second"))
                .withTimestamp(TestHandbooks.TIMESTAMP).withCache(cache);
        long t2 = System.nanoTime();
        BuildResult second = new HandbookBuild(again, BuildLog.SILENT).run();
        long t3 = System.nanoTime();
        System.out.printf("PdfCacheBuildTest: example handbook, first build %d ms, second build %d ms (%d PDFs reused)%n",
                (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000, second.summary().pdfsReused());
        assertEquals(first.summary().pdfs(), second.summary().pdfs());
        assertEquals(second.summary().pdfs(), second.summary().pdfsReused(), "every PDF reused, none printed");

        List<Path> pdfs = pdfs(first.output());
        assertEquals(first.summary().pdfs(), pdfs.size());
        for (Path pdf : pdfs) {
            assertArrayEquals(Files.readAllBytes(first.output().resolve(pdf)), Files.readAllBytes(second.output().resolve(pdf)), pdf.toString());
        }
        assertFalse(Files.exists(stale), "entries the last build did not use are removed");
        try (Stream<Path> entries = Files.list(cache.resolve("pdf"))) {
            assertEquals(pdfs.size(), entries.count(), "one entry per PDF the last build used");
        }
    }

    @Test
    void aChangedPictureIsANewKey(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.png"), new byte[] {1, 2, 3});
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<html><body><img src='a.png' alt=''></body></html>");
        PdfMetadata meta = new PdfMetadata("T", "O", "S", "en", TestHandbooks.TIMESTAMP);
        String before = PdfCache.key(doc, dir, meta, "plain");
        assertEquals(before, PdfCache.key(doc, dir, meta, "plain"));
        Files.write(dir.resolve("a.png"), new byte[] {1, 2, 4});
        assertFalse(before.equals(PdfCache.key(doc, dir, meta, "plain")), "the picture's bytes are part of the key");
        assertFalse(before.equals(PdfCache.key(doc, dir, meta, "forms")), "so is what is done to the PDF");
    }

    private static List<Path> pdfs(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".pdf")).map(root::relativize).sorted().toList();
        }
    }
}
