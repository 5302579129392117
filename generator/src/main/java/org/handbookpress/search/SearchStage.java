package org.handbookpress.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.glossary.Glossary;
import org.handbookpress.glossary.GlossaryEntry;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.render.ShownName;
import org.handbookpress.render.SiteRenderer;
import org.handbookpress.slides.SlideDeck;
import org.jsoup.nodes.Element;

/** Turns the built pages and the glossary into the files of the search index ({@link SearchIndex}). */
public final class SearchStage {

    private SearchStage() {
    }

    /**
     * The text search indexes, of one finished page.
     *
     * @param sectionOf the names of the sections a page is in, the outermost first (none at the top level), each with its
     *                  language when that is not the page's
     */
    public static SearchDocument document(PageHtml html, Function<Page, List<ShownName>> sectionOf) {
        Page page = html.page();
        Element content = page.kind() == Kind.SLIDES ? SlideDeck.shownContent(html) : html.content();
        return SearchDocument.of(page.title(), page.url(), sectionOf.apply(page), page.meta().summary(), content);
    }

    /**
     * @param docs the pages' text, from {@link #document}, in page order
     * @param sink where each file goes: its site path and text
     */
    public static void write(List<SearchDocument> docs, Glossary glossary, int threads, SearchIndex.Sink sink) throws IOException {
        SearchIndex.write(docs, cards(glossary), threads, sink);
    }

    /**
     * The terms and the manifest, for pages whose texts {@code texts} wrote: first it is given every page not yet
     * offered to it, and its thread is waited for.
     *
     * @param docs the pages' text, in page order, as many as {@link #startPageTexts} was told
     */
    public static void write(List<SearchDocument> docs, Glossary glossary, int threads, PageTexts texts, SearchIndex.Sink sink)
            throws IOException {
        write(docs, List.of(glossary), threads, texts, List.of(), sink);
    }

    /**
     * As above, with the cards of every glossary (the handbook's and each folder of translations', {@code cy/glossary.md}),
     * saying which pages are in each folder of translations ({@code cy}), for its own search page.
     */
    public static void write(List<SearchDocument> docs, List<Glossary> glossaries, int threads, PageTexts texts, List<String> folders,
            SearchIndex.Sink sink) throws IOException {
        texts.offerAll(docs);
        List<SearchIndex.Card> cards = new ArrayList<>();
        glossaries.forEach(glossary -> cards.addAll(cards(glossary)));
        SearchIndex.writeTerms(docs, cards, threads, texts.pageFiles, texts.digest(), folders, sink);
    }

    private static List<SearchIndex.Card> cards(Glossary glossary) {
        List<SearchIndex.Card> cards = new ArrayList<>();
        for (GlossaryEntry entry : glossary.entries()) {
            // The search page shows the cards, so their links are relative to it.
            cards.add(new SearchIndex.Card(entry.term(), entry.tooltip(), glossary.href(SiteRenderer.SEARCH, entry), entry.forms()));
        }
        return cards;
    }

    /**
     * Starts writing the pages' search texts ({@link SearchIndex#writePageTexts}) on a thread of their own, each page
     * as soon as the build has finished it and every page before it ({@link PageTexts#offer}). They are most of the
     * index's files (9,000 of a 1,000-page handbook's), and making a file is the kernel's work more than the build's
     * (about 0.2 ms each on the build machine's ext4, 2-3 s in all): started as the HTML passes finish the pages, that
     * work overlaps theirs and the layouts' instead of holding up the search stage on one core.
     *
     * @param pages how many pages the index has
     */
    public static PageTexts startPageTexts(int pages, SearchIndex.Sink sink) {
        return new PageTexts(pages, sink);
    }

    /** As above, for pages all finished. */
    public static PageTexts startPageTexts(List<SearchDocument> docs, SearchIndex.Sink sink) {
        PageTexts texts = new PageTexts(docs.size(), sink);
        texts.offerAll(docs);
        return texts;
    }

    /** The pages' search texts being written; {@link #close} waits for the thread, stopping it if the build failed first. */
    public static final class PageTexts implements AutoCloseable {
        private final boolean pageFiles;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "handbook-search-texts");
            t.setDaemon(true);
            return t;
        });
        /** The pages offered and not yet taken by the thread, by number; guarded by this. */
        private final SearchDocument[] offered;
        /** The number of the next page the thread takes: those before it are written and let go. Guarded by this. */
        private int next;
        private final Future<byte[]> digest;
        private volatile boolean stopped;

        private PageTexts(int pages, SearchIndex.Sink sink) {
            this.pageFiles = SearchIndex.pageFiles(pages);
            this.offered = new SearchDocument[pages];
            this.digest = thread.submit(() -> SearchIndex.writePageTexts(pages, this::take, pageFiles, (path, bytes) -> {
                if (stopped) {
                    throw stoppedFailure();
                }
                sink.write(path, bytes);
            }));
            thread.shutdown();
        }

        /**
         * Gives the thread page {@code id}'s text, finished: it is written once every page before it has been. A page
         * offered again is left as first offered, or as written. Safe from any thread.
         */
        public synchronized void offer(int id, SearchDocument doc) {
            if (id >= next && offered[id] == null) {
                offered[id] = Objects.requireNonNull(doc, "a page's search text");
                notifyAll();
            }
        }

        /** Offers every page, in order: {@code docs.get(id)} as page {@code id}. */
        synchronized void offerAll(List<SearchDocument> docs) {
            for (int id = 0; id < docs.size(); id++) {
                offer(id, docs.get(id));
            }
        }

        /** Page {@code id}'s text, once offered; fails once the texts are stopped. */
        private synchronized SearchDocument take(int id) throws IOException {
            try {
                while (offered[id] == null && !stopped) {
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for page " + id + "'s search text", e);
            }
            if (stopped) {
                throw stoppedFailure();
            }
            SearchDocument doc = offered[id];
            offered[id] = null; // held no longer than it takes to write: the build lets go of its texts after the search stage
            next = id + 1;
            return doc;
        }

        /** What the thread fails with once {@link #close} has stopped it: before its next file, or while waiting for a page. */
        private static IOException stoppedFailure() {
            return new IOException("stopped: the build failed before the search texts were written");
        }

        /** Waits for every text to be written; the digest of their texts, for the index's version. */
        byte[] digest() throws IOException {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return digest.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // the texts must be written (or failed) before the stage may go on
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof IOException io) {
                            throw new IOException(io.getMessage(), io);
                        }
                        if (cause instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        throw new IllegalStateException(cause);
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() {
            if (!digest.isDone()) {
                synchronized (this) {
                    stopped = true;
                    notifyAll(); // a thread waiting for a page that will not come
                }
            }
            try {
                digest();
            } catch (IOException | RuntimeException e) {
                // the build already failed, or reads digest() itself and has thrown this failure
            }
        }
    }
}
