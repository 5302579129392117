package org.handbookpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.handbookpress.links.UrlPath;
import org.handbookpress.work.Parallel;
import org.handbookpress.work.Sha256;

/**
 * The search index, built once by the build and split so that the browser loads only what a query
 * needs (the design of Pagefind, but as scripts, since a page opened from disk may load a script and
 * may not fetch a file):
 * <ul>
 * <li>{@code assets/search/manifest.js}: the first letters of every term chunk and its file name;</li>
 * <li>{@code assets/search/t-<hash>.js}: a chunk of the sorted terms, each with its postings (page
 *     numbers and a score that already ranks a title hit above a heading hit above body text), and the
 *     glossary's terms and {@code Also:} forms that start with those letters, as definition cards;</li>
 * <li>{@code assets/search/p/<page>-<part>.js}: one part of a page's text (a section, or a piece of a long
 *     one) with the page's title, address and section and the heading above it, loaded only for the
 *     results shown; each posting names the part to show, where the heading or first use of the term is.</li>
 * <li>or, from {@link #PAGE_FILES_FROM} pages, {@code assets/search/p/<page>.js}: all of a page's parts in
 *     one file (the manifest says {@code "f":1}). A big handbook's parts are most of its files (90,000 of
 *     100,000 at 10,000 pages), and making a file costs more than writing its text; a query then loads ten
 *     pages' text instead of ten parts, some 60 KB more, which the 300 KB budget of a big handbook has room
 *     for and the 100 KB of a 1,000-page one has not.</li>
 * </ul>
 * Every file calls {@code HandbookSearch.manifest/shard/part/page(…)}, defined by {@code assets/search.js}.
 */
public final class SearchIndex {

    public static final String DIR = "assets/search/";
    public static final String MANIFEST = DIR + "manifest.js";
    /** A chunk is closed once its terms pass this many bytes; a single very common term may pass it alone. */
    static final int CHUNK_BYTES = 12 * 1024;
    /** 64 characters that need no escaping in a JavaScript string. */
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    static final int TITLE = 24;
    static final int HEADING = 12;
    static final int MAX_BODY = 9;
    private static final int PAGES_PER_BATCH = 256;
    /** From this many pages, a page's parts share one file. */
    static final int PAGE_FILES_FROM = 2000;

    /** A glossary entry as search shows it: a card above the page results. */
    public record Card(String term, String definition, String href, List<String> forms) {
    }

    private SearchIndex() {
    }

    /** A page's text by its number, which may wait for it (a page the build has not finished) or fail. */
    @FunctionalInterface
    interface PageSource {
        SearchDocument apply(int id) throws IOException;
    }

    /** Where the index's files go, one by one: a site path and the file's text as UTF-8. Called from one thread at a time. */
    @FunctionalInterface
    public interface Sink {
        void write(String path, byte[] bytes) throws IOException;
    }

    /** @return site path to the file's text, in a stable order */
    public static Map<String, String> files(List<SearchDocument> docs, List<Card> cards) {
        Map<String, String> files = new TreeMap<>(); // one thread: no other writes to it at once
        try {
            write(docs, cards, 1, (path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a map does not fail
        }
        return files;
    }

    /**
     * Writes the index's files to {@code sink}: the pages' texts ({@link #writePageTexts}), then the terms, counted on
     * {@code threads} threads ({@link #writeTerms}); the files are the same whatever the number.
     */
    public static void write(List<SearchDocument> docs, List<Card> cards, int threads, Sink sink) throws IOException {
        write(docs, cards, threads, pageFiles(docs.size()), sink);
    }

    /** As above, with a file per page ({@code pageFiles}) or per part whatever the number of pages. */
    static void write(List<SearchDocument> docs, List<Card> cards, int threads, boolean pageFiles, Sink sink) throws IOException {
        writeTerms(docs, cards, threads, pageFiles, writePageTexts(docs, pageFiles, sink), sink);
    }

    /**
     * Writes the pages' texts, the files a query loads for the results it shows (a file per part, or per page
     * from {@link #PAGE_FILES_FROM} pages), in page order on the calling thread. They need nothing but each
     * page's text, and so the build writes them while the layouts run ({@link SearchStage#startPageTexts}).
     *
     * @return the digest of their texts in order, which {@link #writeTerms} takes into the index's version
     */
    public static byte[] writePageTexts(List<SearchDocument> docs, boolean pageFiles, Sink sink) throws IOException {
        return writePageTexts(docs.size(), docs::get, pageFiles, sink);
    }

    /** In which the pages' texts are {@code page.apply(0)} to {@code page.apply(count - 1)}, taken in that order. */
    static byte[] writePageTexts(int count, PageSource page, boolean pageFiles, Sink sink) throws IOException {
        MessageDigest texts = Sha256.digest();
        for (int id = 0; id < count; id++) {
            SearchDocument doc = page.apply(id);
            for (Map.Entry<String, String> file : (pageFiles ? pageFile(id, doc) : partFiles(id, doc)).entrySet()) {
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8); // once, for the file and the digest
                sink.write(file.getKey(), bytes);
                texts.update(bytes);
            }
        }
        return texts.digest();
    }

    /** Whether an index of this many pages gives each page one file of text, rather than a file per part. */
    public static boolean pageFiles(int pages) {
        return pages >= PAGE_FILES_FROM;
    }

    /**
     * Writes the term chunks and the manifest: the pages' terms counted on {@code threads} threads, the same files
     * whatever the number, since postings are joined in page order.
     *
     * @param pageTexts the digest {@link #writePageTexts} gave for the same pages
     */
    public static void writeTerms(List<SearchDocument> docs, List<Card> cards, int threads, boolean pageFiles, byte[] pageTexts,
            Sink sink) throws IOException {
        Map<String, StringBuilder> postings = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        for (int from = 0; from < docs.size(); from += PAGES_PER_BATCH) {
            List<Map<String, int[]>> counted = Parallel.map(docs.subList(from, Math.min(docs.size(), from + PAGES_PER_BATCH)), threads,
                    SearchIndex::counts);
            for (int at = 0; at < counted.size(); at++) {
                int id = from + at;
                for (Map.Entry<String, int[]> e : counted.get(at).entrySet()) {
                    int[] c = e.getValue();
                    int body = c[2] == 0 ? 0 : Math.min(MAX_BODY, 1 + (int) Math.floor(2.2 * Math.log1p(c[2])));
                    int score = Math.min(63, (c[0] > 0 ? TITLE : 0) + (c[1] > 0 ? HEADING : 0) + body);
                    StringBuilder list = postings.computeIfAbsent(e.getKey(), k -> new StringBuilder());
                    Integer previous = last.put(e.getKey(), id);
                    varint(id - (previous == null ? -1 : previous), list);
                    list.append(DIGITS.charAt(score));
                    varint(Math.max(0, c[3]), list);
                }
            }
        }
        write(docs, cards, new TreeMap<>(postings), pageFiles, pageTexts, sink);
    }

    /** Per term of one page: title, heading and body counts, then the part a result should show. */
    private static Map<String, int[]> counts(SearchDocument doc) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        count(doc.title(), 0, 0, counts);
        List<SearchDocument.Part> parts = doc.parts();
        String lastHeading = null;
        for (int n = 0; n < parts.size(); n++) {
            SearchDocument.Part part = parts.get(n);
            if (part.heading() != null && !part.heading().equals(lastHeading)) {
                count(part.heading(), 1, n, counts);
            }
            lastHeading = part.heading();
            count(part.text(), 2, n, counts);
        }
        return counts;
    }

    private static void write(List<SearchDocument> docs, List<Card> cards, TreeMap<String, StringBuilder> postings,
            boolean pageFiles, byte[] pageTexts, Sink sink) throws IOException {
        // Cut the sorted terms into chunks of about CHUNK_BYTES.
        List<TreeMap<String, String>> chunks = new ArrayList<>();
        TreeMap<String, String> chunk = new TreeMap<>();
        int size = 0;
        for (Map.Entry<String, StringBuilder> e : postings.entrySet()) {
            if (size > CHUNK_BYTES) {
                chunks.add(chunk);
                chunk = new TreeMap<>();
                size = 0;
            }
            chunk.put(e.getKey(), e.getValue().toString());
            size += e.getKey().length() + e.getValue().length() + 6;
        }
        chunks.add(chunk);
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            starts.add(i == 0 || chunks.get(i).isEmpty() ? "" : shortestAbove(chunks.get(i).firstKey(), chunks.get(i - 1).lastKey()));
        }
        // Glossary cards go with the chunk of their first word, under every form's folded words.
        List<TreeMap<String, List<Object>>> glossary = new ArrayList<>();
        chunks.forEach(c -> glossary.add(new TreeMap<>()));
        for (Card card : cards) {
            Set<String> keys = new HashSet<>();
            List<String> forms = new ArrayList<>();
            forms.add(card.term());
            forms.addAll(card.forms());
            for (String form : forms) {
                String key = String.join(" ", TermFolding.terms(form));
                if (key.isEmpty() || !keys.add(key)) {
                    continue;
                }
                glossary.get(chunkOf(starts, key)).putIfAbsent(key, List.of(card.term(), card.definition(), card.href()));
            }
        }

        List<String> names = new ArrayList<>();
        MessageDigest all = Sha256.digest(); // of every shard's name in order, then the pages' texts: the index's version
        for (int i = 0; i < chunks.size(); i++) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("t", chunks.get(i));
            if (!glossary.get(i).isEmpty()) {
                data.put("g", glossary.get(i));
            }
            String json = org.handbookpress.output.Json.write(data);
            String name = hash(json).substring(0, 10);
            names.add(name);
            all.update(name.getBytes(StandardCharsets.UTF_8));
            sink.write(DIR + "t-" + name + ".js", ("HandbookSearch.shard(\"" + name + "\"," + json + ");\n").getBytes(StandardCharsets.UTF_8));
        }
        all.update(pageTexts); // and the pages' texts, written before (writePageTexts)
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("v", HexFormat.of().formatHex(all.digest()).substring(0, 12));
        manifest.put("n", docs.size());
        manifest.put("c", starts);
        manifest.put("h", names);
        if (pageFiles) {
            manifest.put("f", 1);
        }
        sink.write(MANIFEST, ("/* Search index of this handbook, written by Handbook Press: see assets/search.js. */\n"
                + "HandbookSearch.manifest(" + org.handbookpress.output.Json.write(manifest) + ");\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The files of one page's parts, in part order. */
    private static Map<String, String> partFiles(int id, SearchDocument doc) {
        Map<String, String> files = new LinkedHashMap<>();
        List<Map<String, Object>> parts = parts(doc);
        for (int n = 0; n < parts.size(); n++) {
            String key = id + "-" + n;
            files.put(DIR + "p/" + key + ".js", "HandbookSearch.part(\"" + key + "\"," + org.handbookpress.output.Json.write(parts.get(n)) + ");\n");
        }
        return files;
    }

    /**
     * The one file of all a page's parts: the page's title ({@code t}), section ({@code s}) and address ({@code u})
     * once, then each part in order as [fragment, heading, text] ({@code p}); search.js gives each part the
     * fields a part's own file has.
     */
    private static Map<String, String> pageFile(int id, SearchDocument doc) {
        List<List<Object>> shown = new ArrayList<>();
        for (SearchDocument.Part part : shownParts(doc)) {
            shown.add(java.util.Arrays.asList(fragment(part), part.heading(), part.text()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("t", doc.title());
        data.put("s", doc.section());
        data.put("u", UrlPath.encode(doc.url()));
        data.put("p", shown);
        return Map.of(DIR + "p/" + id + ".js", "HandbookSearch.page(" + id + "," + org.handbookpress.output.Json.write(data) + ");\n");
    }

    /** What the browser shows of each part of a page, as a part's own file gives it. */
    private static List<Map<String, Object>> parts(SearchDocument doc) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (SearchDocument.Part part : shownParts(doc)) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("t", doc.title());
            data.put("u", UrlPath.encode(doc.url()) + fragment(part));
            data.put("s", doc.section());
            data.put("h", part.heading());
            data.put("x", part.text());
            all.add(data);
        }
        return all;
    }

    /** A page's parts as search shows them: a page without text still has one, its title. */
    private static List<SearchDocument.Part> shownParts(SearchDocument doc) {
        return doc.parts().isEmpty() ? List.of(new SearchDocument.Part("", null, "")) : doc.parts();
    }

    /** The part's place in its page's address: its heading's {@code #id}, or nothing for the top of the page. */
    private static String fragment(SearchDocument.Part part) {
        return part.anchor().isEmpty() ? "" : "#" + UrlPath.encodeFragment(part.anchor());
    }

    /** Counts a field's terms; the part shown is the first heading with the term, else its first use. */
    private static void count(String text, int field, int part, Map<String, int[]> counts) {
        for (String term : TermFolding.terms(text)) {
            int[] c = counts.computeIfAbsent(term, k -> new int[] {0, 0, 0, -1});
            c[field]++;
            if (field == 1 && c[1] == 1 || field == 2 && c[1] == 0 && c[3] < 0) {
                c[3] = part;
            }
        }
    }

    /** Little-endian groups of 5 bits; the sixth bit says another group follows. */
    static void varint(int value, StringBuilder out) {
        do {
            int group = value & 31;
            value >>>= 5;
            out.append(DIGITS.charAt(value == 0 ? group : group | 32));
        } while (value != 0);
    }

    /** The shortest prefix of {@code first} that sorts after {@code previous}. */
    static String shortestAbove(String first, String previous) {
        for (int k = 1; k < first.length(); k++) {
            String prefix = first.substring(0, k);
            if (prefix.compareTo(previous) > 0) {
                return prefix;
            }
        }
        return first;
    }

    static int chunkOf(List<String> starts, String term) {
        int at = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i).compareTo(term) <= 0) {
                at = i;
            }
        }
        return at;
    }

    static String hash(String text) {
        return HexFormat.of().formatHex(Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
    }
}
