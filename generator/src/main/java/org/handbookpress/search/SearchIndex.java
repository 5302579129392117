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
import org.handbookpress.work.Checksum;
import org.handbookpress.work.Parallel;
import org.handbookpress.work.Sha256;

/**
 * The search index, built once by the build and split so that the browser loads only what a query
 * needs (the design of Pagefind, but as scripts, since a page opened from disk may load a script and
 * may not fetch a file):
 * <ul>
 * <li>{@code assets/search/manifest.js}: the first letters of every term chunk and its file name (and, in a handbook with
 *     folders of translations, the runs of page numbers in each, {@code "l":{"cy":[3,14]}});</li>
 * <li>{@code assets/search/t-<hash>.js}: a chunk of the sorted terms, each with its postings (page
 *     numbers and a score that already ranks a title hit above a heading hit above body text), and the
 *     glossary's terms and {@code Also:} forms that start with those letters, as definition cards;</li>
 * <li>{@code assets/search/p/<page>-<group>.js}: a few of a page's parts in page order ({@link #groups}), each part
 *     a section or a piece of a long one with the heading above it, and the page's title, address and section
 *     once; loaded only for the results shown. Each posting names the files with the word, and the one to show
 *     for it alone ({@link #whereOnPage}); the browser loads the file with the most of the query's words and shows
 *     the part in it with the most of them, then with a word in its heading, else the first with one in its text.</li>
 * <li>or, from {@link #PAGE_FILES_FROM} pages, {@code assets/search/p/<page>.js}: all of a page's parts in
 *     one file (the manifest says {@code "f":1}), a query then loading ten pages' text, some 50 KB more,
 *     which the 300 KB budget of a big handbook has room for and the 100 KB of a 1,000-page one has not. Its
 *     postings name no file, there being one: a character less each, a quarter of the chunks.</li>
 * </ul>
 * Texts are most of the index's files, and making a file costs more than writing its text: a file per part
 * was 9,000 of a 1,000-page site's 10,000 files, and 1.2-2 s of its 5-6 s build on 2 cores (file systems
 * serialise making files, and ext4 makes each much slower for a while after a folder of them was deleted,
 * as {@code mvn clean} does). Hence a few parts to a file, and a page to a file for a big handbook.
 * Every file calls {@code HandbookSearch.manifest/shard/text(…)}, defined by {@code assets/search.js}.
 */
public final class SearchIndex {

    public static final String DIR = "assets/search/";
    public static final String MANIFEST = DIR + "manifest.js";
    /** A chunk is closed once its terms pass this many bytes; a single very common term may pass it alone. */
    static final int CHUNK_BYTES = 9 * 1024;
    /** 64 characters that need no escaping in a JavaScript string. */
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    static final int TITLE = 24;
    static final int HEADING = 12;
    static final int MAX_BODY = 9;
    /**
     * A score is one of the {@link #DIGITS}. search.js ranks by the class of a query word's match (as typed, the start of
     * a longer word, one typo away) times its SCORE_STEP, 64, plus the score: a score past 63 would carry into the class.
     */
    static final int MAX_SCORE = DIGITS.length() - 1;
    private static final int PAGES_PER_BATCH = 256;
    /** From this many pages, a page's parts share one file. */
    static final int PAGE_FILES_FROM = 2000;
    /**
     * Below that, a page's parts share files of about this many characters of text: a file is closed once its parts
     * reach it. The benchmark's pages (sections of about 100 words) get three parts to a file, a third of the files a
     * part each made, and a query ten files of about 2 KB rather than 0.7 (README, Search: the 100 KB budget holds).
     */
    static final int GROUP_CHARS = 1_500;

    /** The glossary page a card's link leads to: its glossary's. */
    private static String glossaryPage(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }

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
     * @return the {@link Checksum} of their texts in order (6 MB at 1,000 pages, read once more), which
     *         {@link #writeTerms} takes into the index's version
     */
    public static byte[] writePageTexts(List<SearchDocument> docs, boolean pageFiles, Sink sink) throws IOException {
        return writePageTexts(docs.size(), docs::get, pageFiles, sink);
    }

    /** In which the pages' texts are {@code page.apply(0)} to {@code page.apply(count - 1)}, taken in that order. */
    static byte[] writePageTexts(int count, PageSource page, boolean pageFiles, Sink sink) throws IOException {
        Checksum texts = new Checksum();
        for (int id = 0; id < count; id++) {
            SearchDocument doc = page.apply(id);
            for (Map.Entry<String, String> file : textFiles(id, doc, pageFiles).entrySet()) {
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8); // once, for the file and the digest
                sink.write(file.getKey(), bytes);
                texts.update(bytes);
            }
        }
        return texts.hex().getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether an index of this many pages gives each page one file of text, rather than a file per part. */
    public static boolean pageFiles(int pages) {
        return pages >= PAGE_FILES_FROM;
    }

    /**
     * Writes the term chunks and the manifest: the pages' terms counted on {@code threads} threads, the same files
     * whatever the number, since postings are joined in page order.
     *
     * @param pageTexts the checksum {@link #writePageTexts} gave for the same pages
     */
    public static void writeTerms(List<SearchDocument> docs, List<Card> cards, int threads, boolean pageFiles, byte[] pageTexts,
            Sink sink) throws IOException {
        writeTerms(docs, cards, threads, pageFiles, pageTexts, List.of(), sink);
    }

    /**
     * As above, the manifest saying which pages are in each of {@code folders}, the folders of translations
     * ({@code cy}): each one's search page ({@code cy/search.html}) shows its language's pages first.
     */
    public static void writeTerms(List<SearchDocument> docs, List<Card> cards, int threads, boolean pageFiles, byte[] pageTexts,
            List<String> folders, Sink sink) throws IOException {
        Map<String, StringBuilder> postings = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        for (int from = 0; from < docs.size(); from += PAGES_PER_BATCH) {
            List<Map<String, int[]>> counted = Parallel.map(docs.subList(from, Math.min(docs.size(), from + PAGES_PER_BATCH)), threads,
                    doc -> counts(doc, pageFiles));
            for (int at = 0; at < counted.size(); at++) {
                int id = from + at;
                for (Map.Entry<String, int[]> e : counted.get(at).entrySet()) {
                    int[] c = e.getValue();
                    int body = c[2] == 0 ? 0 : Math.min(MAX_BODY, 1 + (int) Math.floor(2.2 * Math.log1p(c[2])));
                    int score = Math.min(MAX_SCORE, (c[0] > 0 ? TITLE : 0) + (c[1] > 0 ? HEADING : 0) + body);
                    StringBuilder list = postings.computeIfAbsent(e.getKey(), k -> new StringBuilder());
                    Integer previous = last.put(e.getKey(), id);
                    varint(id - (previous == null ? -1 : previous), list);
                    list.append(DIGITS.charAt(score));
                    if (!pageFiles) { // with a file a page, there is only one
                        whereOnPage(c[4], Math.max(0, c[3]), list);
                    }
                }
            }
        }
        write(docs, cards, new TreeMap<>(postings), pageFiles, pageTexts, folders, sink);
    }

    /**
     * Per term of one page: title, heading and body counts, then (with files of a few parts) the file a result shows
     * when only this word is searched for, the first part's with the term in its heading, else the first with it in
     * its text (the browser finds the part in the file), and the files that have the term in a heading or text, as
     * bits ({@link #whereOnPage}).
     */
    private static Map<String, int[]> counts(SearchDocument doc, boolean pageFiles) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<SearchDocument.Part> parts = doc.parts();
        int[] group = groups(shownParts(doc), pageFiles);
        count(doc.title(), 0, 0, -1, counts);
        String lastHeading = null;
        for (int n = 0; n < parts.size(); n++) {
            SearchDocument.Part part = parts.get(n);
            if (part.heading() != null && !part.heading().equals(lastHeading)) {
                count(part.heading(), 1, n, group[n], counts);
            }
            lastHeading = part.heading();
            count(part.text(), 2, n, group[n], counts);
        }
        if (!pageFiles) { // with a file a page the postings name no file (writeTerms)
            for (int[] c : counts.values()) {
                c[3] = group[Math.max(0, c[3])];
            }
        }
        return counts;
    }

    /**
     * The highest bit of a posting's files: a file past it is counted in it. A page's text is at most
     * {@link SearchDocument#MAX_TEXT} characters, about 14 files of {@link #GROUP_CHARS}, so none is, and the bits
     * shifted once stay a positive int.
     */
    static final int LAST_FILE_BIT = 29;

    /**
     * Where a term is on a page of a few files: the files with it, as bits ({@code files}), shifted once; the lowest bit
     * says that the file to show for the word alone ({@code shown}) follows, when it is not the first of those files
     * (a later file has the term in its heading). A query of several words shows the file with the most of them
     * (search.js, fileToShow): with only each word's own file, "room booking" showed the part about rooms, the word
     * with the better score, not the part with both. One character a posting for most pages (up to four files), as
     * the file's number was.
     */
    static void whereOnPage(int files, int shown, StringBuilder out) {
        boolean named = shown != (files == 0 ? 0 : Integer.numberOfTrailingZeros(files));
        varint(files << 1 | (named ? 1 : 0), out);
        if (named) {
            varint(shown, out);
        }
    }

    /**
     * The file of each of the page's parts, numbered from 0 in page order: all in one for a page file, else a file
     * closed once its parts' texts reach {@link #GROUP_CHARS}.
     */
    static int[] groups(List<SearchDocument.Part> parts, boolean pageFiles) {
        int[] group = new int[parts.size()];
        int file = 0;
        int chars = 0;
        for (int n = 0; n < parts.size(); n++) {
            if (!pageFiles && chars >= GROUP_CHARS) {
                file++;
                chars = 0;
            }
            group[n] = file;
            chars += parts.get(n).text().length();
        }
        return group;
    }

    /**
     * The pages in each folder, by name, as runs of their numbers, first and last of each ({@code {"cy":[6,11]}}):
     * one run a folder when the pages are in path order, as a folder's are.
     */
    static Map<String, List<Integer>> folderRuns(List<SearchDocument> docs, List<String> folders) {
        Map<String, List<Integer>> runs = new java.util.TreeMap<>();
        for (String folder : folders) {
            List<Integer> run = new ArrayList<>();
            for (int id = 0; id < docs.size(); id++) {
                if (docs.get(id).url().startsWith(folder + "/")) {
                    if (!run.isEmpty() && run.get(run.size() - 1) == id - 1) {
                        run.set(run.size() - 1, id);
                    } else {
                        run.add(id);
                        run.add(id);
                    }
                }
            }
            if (!run.isEmpty()) {
                runs.put(folder, List.copyOf(run));
            }
        }
        return runs;
    }

    private static void write(List<SearchDocument> docs, List<Card> cards, TreeMap<String, StringBuilder> postings,
            boolean pageFiles, byte[] pageTexts, List<String> folders, Sink sink) throws IOException {
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
        // Glossary cards go with the chunk of their first word, under every form's folded words. A word that two
        // glossaries define (a handbook's and its Welsh folder's: "DBS" in both) keeps a card of each, listed together
        // (search.js shows the search page's own language's first); within one glossary the first entry keeps it.
        List<TreeMap<String, List<List<String>>>> glossary = new ArrayList<>();
        chunks.forEach(c -> glossary.add(new TreeMap<>()));
        for (Card card : cards) {
            Set<String> keys = new HashSet<>();
            List<String> forms = new ArrayList<>();
            forms.add(card.term());
            forms.addAll(card.forms());
            for (String form : forms) {
                // As a query reads the form ("check-in" is checkin) and as its words apart ("check in" finds it too).
                for (String key : List.of(String.join(" ", TermFolding.queryTerms(form)), String.join(" ", TermFolding.terms(form)))) {
                    if (key.isEmpty() || !keys.add(key)) {
                        continue;
                    }
                    List<List<String>> defined = glossary.get(chunkOf(starts, key)).computeIfAbsent(key, k -> new ArrayList<>());
                    if (defined.stream().noneMatch(other -> glossaryPage(other.get(2)).equals(glossaryPage(card.href())))) {
                        defined.add(List.of(card.term(), card.definition(), card.href()));
                    }
                }
            }
        }

        List<String> names = new ArrayList<>();
        MessageDigest all = Sha256.digest(); // of every shard's name in order, then the pages' texts: the index's version
        for (int i = 0; i < chunks.size(); i++) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("t", chunks.get(i));
            if (!glossary.get(i).isEmpty()) {
                Map<String, Object> cardsOf = new TreeMap<>(); // one card as before, [card, card] for a word of two glossaries
                glossary.get(i).forEach((key, defined) -> cardsOf.put(key, defined.size() == 1 ? defined.get(0) : defined));
                data.put("g", cardsOf);
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
        Map<String, List<Integer>> runs = folderRuns(docs, folders);
        if (!runs.isEmpty()) {
            manifest.put("l", runs); // only in a handbook with folders of translations
        }
        sink.write(MANIFEST, ("/* Search index of this handbook, written by Handbook Press: see assets/search.js. */\n"
                + "HandbookSearch.manifest(" + org.handbookpress.output.Json.write(manifest) + ");\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The files of one page's text, in page order ({@link #groups}): the page's title ({@code t}), section ({@code s})
     * and address ({@code u}) once, then each of the file's parts as [fragment, heading, text] ({@code p}).
     */
    private static Map<String, String> textFiles(int id, SearchDocument doc, boolean pageFiles) {
        List<SearchDocument.Part> parts = shownParts(doc);
        int[] group = groups(parts, pageFiles);
        Map<String, String> files = new LinkedHashMap<>();
        for (int from = 0; from < parts.size(); ) {
            int to = from;
            List<List<Object>> shown = new ArrayList<>();
            while (to < parts.size() && group[to] == group[from]) {
                SearchDocument.Part part = parts.get(to++);
                shown.add(java.util.Arrays.asList(fragment(part), part.heading(), part.text()));
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("t", doc.title());
            data.put("s", sectionLine(doc));
            data.put("u", UrlPath.encode(doc.url()));
            data.put("p", shown);
            String key = pageFiles ? String.valueOf(id) : id + "-" + group[from];
            files.put(DIR + "p/" + key + ".js", "HandbookSearch.text(\"" + key + "\"," + org.handbookpress.output.Json.write(data) + ");\n");
            from = to;
        }
        return files;
    }

    /**
     * The page's section line ({@code s}): its text, as in a handbook of one language; or, where a name in it is in
     * another language than the page's (a Welsh page's section not translated yet, named in English), its names, each
     * such name as [name, language], so that search.js marks it for a screen reader's voice (WCAG 3.1.2). Only the pages
     * of such sections grow, by the brackets and the language's tag.
     */
    static Object sectionLine(SearchDocument doc) {
        if (doc.sectionNames().stream().allMatch(name -> name.language() == null)) {
            return doc.section();
        }
        return doc.sectionNames().stream().map(name -> name.language() == null ? name.title() : List.of(name.title(), name.language())).toList();
    }

    /** A page's parts as search shows them: a page without text still has one, its title. */
    private static List<SearchDocument.Part> shownParts(SearchDocument doc) {
        return doc.parts().isEmpty() ? List.of(new SearchDocument.Part("", null, "")) : doc.parts();
    }

    /** The part's place in its page's address: its heading's {@code #id}, or nothing for the top of the page. */
    private static String fragment(SearchDocument.Part part) {
        return part.anchor().isEmpty() ? "" : "#" + UrlPath.encodeFragment(part.anchor());
    }

    /**
     * Counts a field's terms; the part shown is the first heading with the term, else its first use; {@code file} is
     * the part's file, -1 for the title, which is in none.
     */
    private static void count(String text, int field, int part, int file, Map<String, int[]> counts) {
        int bit = file < 0 ? 0 : 1 << Math.min(file, LAST_FILE_BIT);
        TermFolding.eachIndexTerm(text, term -> {
            int[] c = counts.computeIfAbsent(term, k -> new int[] {0, 0, 0, -1, 0});
            c[field]++;
            c[4] |= bit;
            if (field == 1 && c[1] == 1 || field == 2 && c[1] == 0 && c[3] < 0) {
                c[3] = part;
            }
        });
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
