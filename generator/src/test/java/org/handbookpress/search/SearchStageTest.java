package org.handbookpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.handbookpress.glossary.Glossary;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The pages' search texts written ahead, on a thread of their own, give the index the build wrote at once. */
class SearchStageTest {

    private static List<SearchDocument> pages(int count) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            docs.add(SearchDocument.of("Page " + i, "area/p" + i + ".html", "Area", "",
                    Jsoup.parseBodyFragment("<p>Safeguarding note " + i + ".</p><h2 id=\"more\">More</h2><p>Volunteer " + i + " text.</p>").body()));
        }
        return docs;
    }

    @Test
    void textsWrittenAheadGiveTheSameIndex() throws Exception {
        List<SearchDocument> docs = pages(40);
        Map<String, String> ahead = new ConcurrentHashMap<>();
        SearchIndex.Sink toAhead = (path, bytes) -> ahead.put(path, new String(bytes, StandardCharsets.UTF_8));
        try (SearchStage.PageTexts texts = SearchStage.startPageTexts(docs, toAhead)) {
            SearchStage.write(docs, Glossary.none(), 2, texts, toAhead);
        }
        Map<String, String> atOnce = new ConcurrentHashMap<>();
        SearchStage.write(docs, Glossary.none(), 2, (path, bytes) -> atOnce.put(path, new String(bytes, StandardCharsets.UTF_8)));
        assertEquals(atOnce, ahead);
        assertTrue(ahead.keySet().stream().anyMatch(path -> path.startsWith(SearchIndex.DIR + "p/")), ahead.keySet().toString());
    }

    @Test
    void aBuildThatFailsStopsTheTextsBeforeItsFolderIsAbandoned() throws Exception {
        List<SearchDocument> docs = pages(200);
        CountDownLatch first = new CountDownLatch(1);
        Map<String, String> written = new ConcurrentHashMap<>();
        SearchStage.PageTexts texts = SearchStage.startPageTexts(docs, (path, bytes) -> {
            written.put(path, new String(bytes, StandardCharsets.UTF_8));
            first.countDown();
            try {
                Thread.sleep(2); // a slow disk
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(first.await(10, TimeUnit.SECONDS));
        texts.close(); // as the build does when it fails: returns once the thread has stopped writing
        int afterClose = written.size();
        Thread.sleep(50);
        assertEquals(afterClose, written.size(), "nothing written after close");
        assertTrue(afterClose < docs.size() * 2, "stopped early: " + afterClose);
    }

    @Test
    void textsOfferedOutOfOrderFromManyThreadsAreWrittenInPageOrder() throws Exception {
        List<SearchDocument> docs = pages(300);
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, String> written = new ConcurrentHashMap<>();
        SearchStage.PageTexts texts = SearchStage.startPageTexts(docs.size(), (path, bytes) -> {
            order.add(path);
            written.put(path, new String(bytes, StandardCharsets.UTF_8));
        });
        Thread[] threads = new Thread[3];
        for (int t = 0; t < threads.length; t++) {
            int first = t;
            threads[t] = new Thread(() -> {
                for (int id = docs.size() - 1 - first; id >= 0; id -= threads.length) { // from the last page back
                    texts.offer(id, docs.get(id));
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        SearchStage.write(docs, Glossary.none(), 2, texts, (path, bytes) -> written.put(path, new String(bytes, StandardCharsets.UTF_8)));
        texts.close();
        Map<String, String> atOnce = new ConcurrentHashMap<>();
        SearchStage.write(docs, Glossary.none(), 1, (path, bytes) -> atOnce.put(path, new String(bytes, StandardCharsets.UTF_8)));
        assertEquals(atOnce, written);
        List<String> expected = new ArrayList<>(SearchIndex.files(docs, List.of()).keySet().stream()
                .filter(path -> path.startsWith(SearchIndex.DIR + "p/")).toList());
        expected.sort(java.util.Comparator.comparingInt((String path) -> Integer.parseInt(path.replaceAll(".*/(\\d+)-.*", "$1")))
                .thenComparingInt(path -> Integer.parseInt(path.replaceAll(".*-(\\d+)\\.js", "$1"))));
        assertEquals(expected, order, "page by page, part by part");
    }

    @Test
    void closingStopsAThreadWaitingForAPageThatWillNotCome() throws Exception {
        List<SearchDocument> docs = pages(10);
        Map<String, String> written = new ConcurrentHashMap<>();
        SearchStage.PageTexts texts = SearchStage.startPageTexts(docs.size(), (path, bytes) -> written.put(path, "x"));
        texts.offer(0, docs.get(0));
        texts.offer(2, docs.get(2)); // page 1 never comes: the build failed on it
        Thread closing = new Thread(texts::close);
        closing.start();
        closing.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(closing.isAlive(), "close returns");
        assertTrue(written.keySet().stream().allMatch(path -> path.contains("/p/0-")), written.keySet().toString());
    }
}
