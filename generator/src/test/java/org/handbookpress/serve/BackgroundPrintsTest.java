package org.handbookpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's PDFs print after the pages, and a print overtaken by a newer edit is never copied in. */
class BackgroundPrintsTest {

    @TempDir
    Path temp;

    @Test
    void thePagesAreServedBeforeThePdfsArePrintedAndThenThePdfsAreCopiedIn() throws Exception {
        Path served = Files.createDirectories(temp.resolve("handbook"));
        Path printed = Files.createDirectories(temp.resolve("handbook-pdfs/downloads"));
        List<String> log = new CopyOnWriteArrayList<>();
        CountDownLatch printing = new CountDownLatch(1);
        try (BackgroundPrints prints = new BackgroundPrints(served, log::add)) {
            prints.buildPages(() -> Files.writeString(served.resolve("index.html"), "pages"));
            prints.print(() -> {
                printing.await(20, TimeUnit.SECONDS);
                Files.writeString(printed.resolve("pack.pdf"), "%PDF");
                return printed.getParent();
            });
            // The print is still waiting: print() returned at once and the page is there without it.
            assertTrue(Files.exists(served.resolve("index.html")));
            assertFalse(Files.exists(served.resolve("downloads/pack.pdf")));
            printing.countDown();
            prints.awaitIdle(20_000);
            assertEquals("%PDF", Files.readString(served.resolve("downloads/pack.pdf")));
            assertEquals(1, log.size(), log.toString());
        }
    }

    /** A print copies in only what differs from the site served: most pages and cached PDFs are the same. */
    @Test
    void onlyTheFilesThatDifferAreCopiedInAndCounted() throws Exception {
        Path served = Files.createDirectories(temp.resolve("handbook/downloads"));
        Path printed = Files.createDirectories(temp.resolve("handbook-pdfs/downloads"));
        Files.writeString(served.resolve("same.pdf"), "%PDF same");
        Files.writeString(printed.resolve("same.pdf"), "%PDF same");
        Files.writeString(served.resolve("changed.pdf"), "%PDF old!");
        Files.writeString(printed.resolve("changed.pdf"), "%PDF new!");
        Files.writeString(printed.resolve("new.pdf"), "%PDF new");
        Files.setLastModifiedTime(served.resolve("same.pdf"), java.nio.file.attribute.FileTime.fromMillis(0));

        assertEquals(2, BackgroundPrints.copyInto(printed.getParent(), served.getParent()));
        assertEquals("%PDF new!", Files.readString(served.resolve("changed.pdf")));
        assertEquals("%PDF new", Files.readString(served.resolve("new.pdf")));
        assertEquals(0, Files.getLastModifiedTime(served.resolve("same.pdf")).toMillis(), "the same file is left as it was");
        try (var left = Files.list(served)) {
            assertEquals(List.of("changed.pdf", "new.pdf", "same.pdf"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no part-written file left beside them");
        }
    }

    @Test
    void aPrintOvertakenByANewerEditIsNotCopiedIn() throws Exception {
        Path served = Files.createDirectories(temp.resolve("handbook"));
        Path printed = Files.createDirectories(temp.resolve("handbook-pdfs"));
        CountDownLatch printing = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (BackgroundPrints prints = new BackgroundPrints(served, line -> { })) {
            prints.buildPages(() -> null);
            prints.print(() -> {
                started.countDown();
                printing.await(20, TimeUnit.SECONDS);
                Files.writeString(printed.resolve("old.pdf"), "%PDF old");
                return printed;
            });
            assertTrue(started.await(20, TimeUnit.SECONDS));
            prints.buildPages(() -> null); // an edit saved while the old print runs
            printing.countDown();
            prints.awaitIdle(20_000);
            assertFalse(Files.exists(served.resolve("old.pdf")), "a print of an older version of the handbook");
        }
    }
}
