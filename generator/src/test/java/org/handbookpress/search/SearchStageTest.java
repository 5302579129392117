package org.handbookpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
