package org.handbookpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.SiteLinks;
import org.handbookpress.TestHandbooks;
import org.handbookpress.output.Json;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    static SearchDocument doc(String title, String html) {
        return SearchDocument.of(title, "p.html", "Policies", "", Jsoup.parseBodyFragment(html).body());
    }

    @Test
    void foldsDiacriticsAndLettersThatDoNotDecompose() {
        assertEquals(List.of("gwyl", "cafe", "strasse", "oresund", "naive"), TermFolding.terms("Gŵyl café Straße Øresund naïve"));
        assertEquals(List.of("dont", "12", "ok"), TermFolding.terms("dont a 12 – OK"));
        // Words of ASCII are cut on a quicker path: one joined to letters beyond ASCII is still one word, folded whole;
        // a single digit stays, a single letter and a word past 32 characters do not.
        assertEquals(List.of("abce", "cafe", "it", "7", "x2", "ab", "cd"), TermFolding.terms("abcé CAFÉ x IT’s 7 X2 " + "y".repeat(33)
                + " ab_cd"));
    }

    @Test
    void cutsAPageAtItsHeadings() {
        SearchDocument d = doc("Safeguarding", "<p>Intro words.</p><h2 id=\"who\">Who to contact</h2><p>Call the lead.</p>"
                + "<h3 id=\"out\">Out of hours</h3><p>Ring <span class=\"visually-hidden\">hidden</span>us.</p>");
        assertEquals(List.of(new SearchDocument.Part("", null, "Intro words."),
                new SearchDocument.Part("who", "Who to contact", "Call the lead."),
                new SearchDocument.Part("out", "Out of hours", "Ring us.")), d.sections());
    }

    @Test
    void theGlossarysListsOfPagesUsingATermAreNotItsText() {
        // As GlossaryPage writes an entry: the definition, then the titles of the pages that use the term.
        SearchDocument d = doc("The words we use", "<h2 id=\"letter-p\">P</h2><dl><dt id=\"term-parcel\">Parcel</dt>"
                + "<dd><p>Three days of balanced food.</p><div class=\"glossary-used-in\"><span class=\"glossary-used-in-label\">"
                + "Used in:</span><ul><li><a href=\"groups/bala/policies/lone-working.html\">Lone Working Policy</a></li></ul></div></dd></dl>");
        assertEquals(List.of(new SearchDocument.Part("letter-p", "P", "Parcel Three days of balanced food.")), d.sections());
    }

    @Test
    void aTablesCellsAndRowsStayApartInItsText() {
        // As the Markdown renderer writes a table, a line a row and a cell; empty cells leave no separator behind.
        SearchDocument d = doc("Contacts", "<p>Who to ask:</p>\n<table>\n<thead>\n<tr>\n<th>Name</th>\n<th>Role</th>\n"
                + "<th>Contact</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Jo</td>\n<td>Lead</td>\n<td><a href=\"mailto:jo@example.org\">"
                + "jo@example.org</a></td>\n</tr>\n<tr>\n<td>Sam</td>\n<td></td>\n<td>Ask at the desk!</td>\n</tr>\n<tr>\n"
                + "<td>Ali</td>\n<td><p>Treasurer</p></td>\n<td> </td>\n</tr>\n</tbody>\n</table>\n<p>Then write it down.</p>");
        String text = d.sections().get(0).text();
        assertEquals("Who to ask: Name · Role · Contact. Jo · Lead · jo@example.org. Sam · Ask at the desk! Ali · Treasurer. "
                + "Then write it down.", text);
        // The same words to search, in the same order: the separators are no terms.
        assertEquals(TermFolding.terms("Who to ask Name Role Contact Jo Lead jo@example.org Sam Ask at the desk Ali Treasurer Then write it down"),
                TermFolding.terms(text));
    }

    @Test
    void aListsItemsStayApartInItsText() {
        // A checklist's items, each a line of its own on the page, were one run of words in a snippet; an item ending
        // in its own punctuation keeps it, and a list inside an item ends that item's sentence first.
        SearchDocument d = doc("Checklist", "<p>Before the first session:</p>\n<ul>\n<li>Room booked for the term</li>\n"
                + "<li>Group added to the calendar\n<ul>\n<li>the office's</li>\n<li>the café's</li>\n</ul>\n</li>\n"
                + "<li><p>Keys collected?</p></li>\n</ul>\n<p>Then tell the office.</p>");
        assertEquals("Before the first session: Room booked for the term. Group added to the calendar. the office's. the café's. "
                + "Keys collected? Then tell the office.", d.sections().get(0).text());
    }

    @Test
    void ranksTitleAboveHeadingAboveBody() {
        List<SearchDocument> docs = List.of(doc("Other", "<p>listening listening listening listening</p>"),
                doc("Other", "<h2 id=\"l\">Listening</h2><p>x</p>"), doc("Listening", "<p>x</p>"));
        // Three postings: page 0 body, page 1 heading, page 2 title, each a delta of 1, a score, the first file (the
        // text's and the heading's, in file 0; the title's in none).
        List<int[]> postings = postings(SearchIndex.files(docs, List.of())).get("listening");
        assertEquals(List.of("1 0 1", "1 0 1", "1 0 0"), postings.stream().map(p -> p[0] + " " + p[2] + " " + p[3]).toList());
        int body = postings.get(0)[1];
        int heading = postings.get(1)[1];
        int title = postings.get(2)[1];
        assertTrue(body < heading && heading < title, body + " " + heading + " " + title);
    }

    @Test
    void cutsTermsIntoChunksTheManifestFindsByTheirFirstLetters() {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            docs.add(doc("Page " + i, "<p>word" + i + " alpha" + (i * 7) + " zulu" + (i * 13) + " common</p>"));
        }
        Map<String, String> files = SearchIndex.files(docs, List.of(new SearchIndex.Card("Gŵyl", "A festival.", "glossary.html#term-gwyl", List.of("Gwyliau"))));
        String manifest = files.get(SearchIndex.MANIFEST);
        List<String> starts = List.of(manifest.replaceAll("(?s).*\"c\":\\[([^\\]]*)\\].*", "$1").replace("\"", "").split(",", -1));
        List<String> shards = new ArrayList<>();
        for (String name : manifest.replaceAll("(?s).*\"h\":\\[([^\\]]*)\\].*", "$1").replace("\"", "").split(",")) {
            shards.add(files.get(SearchIndex.DIR + "t-" + name + ".js"));
        }
        assertTrue(shards.size() > 2, "several chunks: " + shards.size());
        assertEquals(shards.size(), starts.size());
        for (String term : List.of("word17", "alpha2793", "zulu5187", "common", "page")) {
            int at = SearchIndex.chunkOf(starts, term);
            assertTrue(shards.get(at).contains("\"" + term + "\":"), term + " in chunk " + at);
        }
        assertEquals(1, shards.stream().filter(s -> s.contains("\"gwyl\":[\"Gŵyl\",\"A festival.\",\"glossary.html#term-gwyl\"]")).count());
        assertEquals(1, shards.stream().filter(s -> s.contains("\"gwyliau\":[\"Gŵyl\"")).count());
        assertTrue(files.get(SearchIndex.DIR + "p/17-0.js").startsWith("HandbookSearch.text(\"17-0\",{\"t\":\"Page 17\",\"s\":\"Policies\",\"u\":\"p.html\""));
        assertEquals(files, SearchIndex.files(docs, List.of(new SearchIndex.Card("Gŵyl", "A festival.", "glossary.html#term-gwyl", List.of("Gwyliau")))),
                "the same pages give the same files");
    }

    @Test
    void cutsALongSectionIntoPartsAndPointsEachPostingAtTheFileOfTheRightOne() {
        String longText = "word ".repeat(500) + "needle " + "word ".repeat(100);
        SearchDocument d = doc("Long", "<p>" + longText + "</p><h2 id=\"h\">Heading</h2><p>end</p>");
        assertTrue(d.parts().size() >= 3, "the long intro is cut: " + d.parts().size());
        assertTrue(d.parts().stream().allMatch(p -> p.text().length() <= SearchDocument.PART_CHARS * 3 / 2));
        int needlePart = -1;
        for (int n = 0; n < d.parts().size(); n++) {
            if (d.parts().get(n).text().contains("needle")) {
                needlePart = n;
            }
        }
        int[] group = SearchIndex.groups(d.parts(), false);
        Map<String, String> files = SearchIndex.files(List.of(d), List.of());
        int[] needle = postings(files).get("needle").get(0);
        assertEquals(group[needlePart], needle[2], "the file of the part with the word");
        assertEquals(1 << group[needlePart], needle[3], "the only file with the word");
        assertTrue(files.get(SearchIndex.DIR + "p/0-" + group[needlePart] + ".js").contains("needle"));
        assertTrue(files.get(SearchIndex.DIR + "p/0-" + group[d.parts().size() - 1] + ".js").contains("[\"#h\",\"Heading\",\"end\"]"));
    }

    /**
     * A query of several words shows the file with the most of them, so each posting says which of the page's files
     * have its word: with only the file to show for each word alone (the first heading with it, else its first use),
     * "room booking" showed the part about rooms or the part about booking, never the one with both.
     */
    @Test
    void aPostingNamesEveryFileOfThePageWithItsWord() {
        SearchDocument d = doc("Hall", "<p>The room is upstairs. " + plain(0) + "</p>"
                + "<h2 id=\"booking\">Booking</h2><p>" + plain(1) + " Ask before booking.</p>"
                + "<h2 id=\"keys\">Room keys</h2><p>" + plain(2) + "</p>"
                + "<h2 id=\"both\">Both</h2><p>Room booking is done online. " + plain(3) + "</p>");
        assertEquals(List.of(0, 1, 2, 3), java.util.Arrays.stream(SearchIndex.groups(d.parts(), false)).boxed().toList(), "a file a part");
        Map<String, List<int[]>> postings = postings(SearchIndex.files(List.of(d), List.of()));
        int[] room = postings.get("room").get(0);
        int[] booking = postings.get("booking").get(0);
        assertEquals(0b1101, room[3], "room: in the first, third and fourth files");
        assertEquals(2, room[2], "shown for \"room\" alone: the file with it in a heading");
        assertEquals(0b1010, booking[3], "booking: in the second and fourth files");
        assertEquals(1, booking[2]);
        assertEquals(0b1010 & 0b1101, 1 << 3, "the fourth file, which has both, is in both postings");

        // One character where the file to show is the first with the word, for pages of up to four files; two more at most
        // where a later file has it in a heading.
        for (int files = 1; files < 16; files++) {
            StringBuilder first = new StringBuilder();
            SearchIndex.whereOnPage(files, Integer.numberOfTrailingZeros(files), first);
            assertEquals(1, first.length(), "files " + files);
            StringBuilder later = new StringBuilder();
            SearchIndex.whereOnPage(files | 8, 3, later);
            assertEquals(files == 8 ? 1 : 2, later.length(), "files " + files);
        }
    }

    /** About 1,600 characters of words no test looks for: a part that fills a file of its own. */
    private static String plain(int part) {
        return ("plain" + (char) ('a' + part) + " ").repeat(230).strip() + ".";
    }

    @Test
    void groupsAPagesPartsIntoFilesOfAFewInPageOrder() {
        StringBuilder html = new StringBuilder("<p>intro " + "lead ".repeat(150) + "</p>");
        for (int i = 1; i <= 12; i++) {
            html.append("<h2 id=\"s").append(i).append("\">Section ").append(i).append("</h2><p>")
                    .append(("w" + i + " ").repeat(50 + 50 * (i % 4))).append("</p>");
        }
        SearchDocument d = doc("Grouped", html.toString());
        List<SearchDocument.Part> parts = d.parts();
        int[] group = SearchIndex.groups(parts, false);
        assertEquals(0, group[0]);
        int chars = 0;
        for (int n = 1; n < parts.size(); n++) {
            chars += parts.get(n - 1).text().length();
            // A file takes parts until their texts reach GROUP_CHARS, then the next part opens the next file.
            assertEquals(chars >= SearchIndex.GROUP_CHARS ? group[n - 1] + 1 : group[n - 1], group[n], "part " + n);
            if (group[n] != group[n - 1]) {
                chars = 0;
            }
        }
        assertTrue(group[parts.size() - 1] >= 3 && group[parts.size() - 1] < parts.size() - 3, "several files of several parts: "
                + java.util.Arrays.toString(group));
        Map<String, String> files = SearchIndex.files(List.of(d), List.of());
        List<String> texts = files.keySet().stream().filter(f -> f.startsWith(SearchIndex.DIR + "p/")).toList();
        assertEquals(group[parts.size() - 1] + 1, texts.size(), texts.toString());
        // Each file: the page once, then its parts in order as [fragment, heading, text]; every part in exactly one.
        int seen = 0;
        for (int g = 0; g < texts.size(); g++) {
            String file = files.get(SearchIndex.DIR + "p/0-" + g + ".js");
            assertTrue(file.startsWith("HandbookSearch.text(\"0-" + g + "\",{\"t\":\"Grouped\",\"s\":\"Policies\",\"u\":\"p.html\",\"p\":[["), file);
            for (int n = 0; n < parts.size(); n++) {
                String entry = Json.write(java.util.Arrays.asList(parts.get(n).anchor().isEmpty() ? "" : "#" + parts.get(n).anchor(),
                        parts.get(n).heading(), parts.get(n).text()));
                assertEquals(group[n] == g, file.contains(entry), "part " + n + " in file " + g);
                seen += file.contains(entry) ? 1 : 0;
            }
        }
        assertEquals(parts.size(), seen);
        assertTrue(java.util.Arrays.stream(SearchIndex.groups(parts, true)).allMatch(g -> g == 0), "a page file holds them all");
    }

    @Test
    void aBigHandbookWritesAFilePerPage() throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(doc("Page " + i, "<p>word" + i + " common</p><h2 id=\"a\">Alpha " + (i % 7) + "</h2><p>zulu" + (i * 13) + "</p>"));
        }
        Map<String, String> groups = SearchIndex.files(docs, List.of());
        Map<String, String> pages = new java.util.TreeMap<>();
        SearchIndex.write(docs, List.of(), 2, true, (path, bytes) -> {
            synchronized (pages) {
                pages.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        // Pages this short fit one file either way: the same postings, but with a file a page they name no file.
        Map<String, List<int[]>> small = postings(groups);
        Map<String, List<int[]>> big = postings(pages);
        assertEquals(small.keySet(), big.keySet());
        assertTrue(small.size() > 600, "every term: " + small.size());
        for (Map.Entry<String, List<int[]>> term : small.entrySet()) {
            List<int[]> withFiles = term.getValue();
            assertTrue(withFiles.stream().allMatch(p -> p.length == 4 && p[2] == 0 && p[3] <= 1), term.getKey());
            assertEquals(withFiles.stream().map(p -> p[0] + "/" + p[1]).toList(),
                    big.get(term.getKey()).stream().map(p -> p[0] + "/" + p[1]).toList(),
                    term.getKey());
            assertTrue(big.get(term.getKey()).stream().allMatch(p -> p.length == 2), term.getKey());
        }
        assertTrue(pages.get(SearchIndex.MANIFEST).contains("\"f\":1"), pages.get(SearchIndex.MANIFEST));
        assertTrue(!groups.get(SearchIndex.MANIFEST).contains("\"f\":"), "a small handbook names files by page and group");
        assertEquals(300, pages.keySet().stream().filter(p -> p.startsWith(SearchIndex.DIR + "p/")).count(), "one file per page");
        String page17 = pages.get(SearchIndex.DIR + "p/17.js");
        // The page's title, section and address once, then its parts in order as [fragment, heading, text].
        assertEquals("HandbookSearch.text(\"17\",{\"t\":\"Page 17\",\"s\":\"Policies\",\"u\":\"p.html\",\"p\":"
                + "[[\"\",null,\"word17 common\"],[\"#a\",\"Alpha 3\",\"zulu221\"]]});\n", page17);
        assertEquals(page17.replace("\"17\"", "\"17-0\""), groups.get(SearchIndex.DIR + "p/17-0.js"), "the same text in the small handbook's file");
        assertTrue(SearchIndex.PAGE_FILES_FROM <= 2000, "SearchBudgetTest's 2,000 pages try this layout in a browser");
    }

    @Test
    void manyThreadsWriteTheSameFilesAsOne() throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 700; i++) { // more than one batch of pages
            docs.add(doc("Page " + i, "<p>word" + i + " common</p><h2 id=\"a\">Alpha " + (i % 7) + "</h2><p>zulu" + (i * 13) + "</p>"));
        }
        Map<String, String> threaded = new java.util.concurrent.ConcurrentHashMap<>();
        SearchIndex.write(docs, List.of(), 4, (path, bytes) -> {
            if (threaded.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)) != null) {
                throw new AssertionError("written twice: " + path);
            }
        });
        assertEquals(SearchIndex.files(docs, List.of()), new java.util.TreeMap<>(threaded));
    }

    @Test
    void collapsesWhiteSpaceAsTheRegularExpressionDid() {
        String alphabet = " \t\n\u000B\f\r\u00A0\u2003\u2028\u001Cab\u00E9";
        java.util.Random random = new java.util.Random(9);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(text.toString().replaceAll("\\s+", " "), SearchDocument.collapseSpaces(text), "'" + text + "'");
        }
    }

    @Test
    void chineseJapaneseAndKoreanAreCutIntoPairsOfCharacters() {
        // Written without spaces, a run of their characters is a phrase: each pair side by side is a term, a character
        // alone itself; kana keep their marks (で is not て); words of other scripts in the same run are words as before.
        assertEquals(List.of("研修", "修生"), TermFolding.terms("研修生"));
        assertEquals(List.of("gitlab", "で"), TermFolding.terms("GitLabで"));
        assertEquals(List.of("ボラ", "ラン", "ンテ", "ティ", "ィア", "アー", "ーズ", "当", "ok"), TermFolding.terms("ボランティアーズ、当 OK"));
        assertEquals(List.of("안녕", "녕하", "하세", "세요"), TermFolding.terms("안녕하세요"));
        String sentence = "新しいボランティアは最初の一週間に安全についての研修を受けて、その後で担当者と面談をします";
        List<String> terms = TermFolding.terms(sentence);
        assertTrue(terms.contains("担当") && terms.contains("当者") && terms.contains("後で"), terms.toString());
        assertEquals(sentence.length() - 3, terms.size(), "a pair for each character but the last of its two runs (the comma parts them)");
    }

    @Test
    void aWordKeepsItsVowelSignsAndOnlyLatinGreekAndCyrillicLoseTheirMarks() {
        // Devanagari's vowel signs are marks: a Hindi word was cut at each into letters too short to index.
        assertEquals(List.of("हिन्दी", "भाषा", "cafe", "ελλαδα"), TermFolding.terms("हिन्दी भाषा, café, Ελλάδα"));
        assertEquals(List.of("ਪੰਜਾਬੀ", "বাংলা", "தமிழ்"), TermFolding.terms("ਪੰਜਾਬੀ বাংলা தமிழ்"));
        // Arabic's and Hebrew's vowel points, written only sometimes, are left out as accents are.
        assertEquals(List.of("كتاب", "שלום"), TermFolding.terms("كِتَاب שָׁלוֹם"));
        // Thai is written without spaces between words, as Japanese is: pairs of characters, its vowel marks among them.
        assertEquals(List.of("ภา", "าษ", "ษา", "าไ", "ไท", "ทย"), TermFolding.terms("ภาษาไทย"));
    }

    @Test
    void aUkrainianWordIsOneTermWhicheverApostropheItIsWrittenWith() {
        // ʼ (U+02BC), ' and ’ between Cyrillic letters are the apostrophe of сімʼя and пʼять: not the end of a word.
        assertEquals(List.of("сімя", "сімя", "сімя", "пять", "обєкти"), TermFolding.terms("Сімʼя сім'я сім’я, пʼять «об'єкти»"));
        // Elsewhere an apostrophe still ends a word, and one at a Cyrillic word's edge is no part of it.
        assertEquals(List.of("connor", "слово", "ще"), TermFolding.terms("O'Connor 'слово' ще'"));
        // Ґ is typed as Г where a keyboard lacks it; Ї and Й lose their marks as accented letters do.
        assertEquals(List.of("гаранта", "гаранта", "іжа", "иод"), TermFolding.terms("Ґаранта гаранта Їжа йод"));
    }

    @Test
    void aWordWrittenWithHyphensOrApostrophesIsIndexedWholeAsWellAsInParts() {
        // "check-in" was searched as "check" and any word starting "in": results with "in" or "introduce" marked, and
        // none with the word. The index holds the joined word too, and a query looks for that alone.
        String text = "Check-in e‑mail don’t O'Connor après-midi будь-який сім'я 2024-25 データ-ベース -dash- a--b";
        List<String> indexed = new ArrayList<>();
        TermFolding.eachIndexTerm(text, indexed::add);
        assertEquals(List.of("check", "in", "mail", "don", "connor", "apres", "midi", "будь", "якии", "сімя", "2024", "25",
                "デー", "ータ", "ベー", "ース", "dash", "checkin", "email", "dont'", "oconnor'", "apresmidi", "будьякии", "202425"), indexed,
                "the words' own terms, then each joined word's; a Ukrainian apostrophe is in its word, a Japanese word's pairs "
                        + "are its terms, and a hyphen at a word's edge or two together join nothing");
        List<String> elided = new ArrayList<>();
        TermFolding.eachIndexTerm("l’après-midi", elided::add);
        assertEquals(List.of("apres", "midi", "lapresmidi'", "apresmidi"), elided, "from each word on but the last, so \"après-midi\" finds it");
        assertEquals(List.of("checkin", "email", "dont'", "oconnor'", "apresmidi", "будьякии", "сімя", "202425", "デー", "ータ", "ベー",
                "ース", "dash"), TermFolding.queryTerms(text.replace(" a--b", "")));
        assertEquals(List.of("x" + "y".repeat(31), "ab"), TermFolding.queryTerms("x-" + "y".repeat(31) + " a-b"), "a joined word of 32");
        assertEquals(List.of("step", "wise", "y".repeat(30)), TermFolding.queryTerms("step-wise-" + "y".repeat(30)),
                "past 32 characters a joined word is not indexed: its parts are looked for");
    }

    /**
     * "we're" was indexed and searched as "were", a word of its own: a search for "were" found every "we're" as typed, and
     * the reverse; so "it's" and "its", "we'll" and "well", "she'll" and "shell", "can't" and "cant". A word joined by an
     * apostrophe keeps a mark of it, after its letters; one joined by a hyphen is the same word written together.
     */
    @Test
    void aWordJoinedByAnApostropheIsNotTheWordWithoutIt() {
        for (String pair : List.of("we're were", "we’re were", "it's its", "we'll well", "she'll shell", "can't cant", "We’ll well")) {
            String[] words = pair.split(" ");
            String joined = TermFolding.queryTerms(words[0]).get(0);
            assertEquals(words[1] + TermFolding.APOSTROPHE, joined, pair);
            assertEquals(List.of(words[1]), TermFolding.queryTerms(words[1]), pair);
            List<String> indexed = new ArrayList<>();
            TermFolding.eachIndexTerm(words[0], indexed::add);
            assertFalse(indexed.contains(words[1]), pair + ": " + indexed);
            assertTrue(indexed.contains(joined), pair + ": " + indexed);
        }
        // It sorts just after the word's letters, before any longer word: in the chunk a search for the letters loads.
        assertTrue("were".compareTo("were'") < 0 && "were'".compareTo("werea") < 0 && "were'".compareTo("were0") < 0);
        assertEquals(List.of("checkin", "setup"), TermFolding.queryTerms("check-in set‑up"), "a hyphen leaves no mark");
        // A Ukrainian apostrophe is a letter of its word, not a joiner: no mark.
        assertEquals(List.of("пятирічнии"), TermFolding.queryTerms("п'яти-річний"));
    }

    /**
     * Text pasted from a word processor has ‘ for an apostrophe typed after a space ("we‘re"), and some keyboards type
     * ´ for one ("don´t"): each was the end of a word, so "we‘re" was "we" and "re", found by "we're" only as a near miss.
     * Between two words each is the apostrophe; ‘ before a word is still the quote it looks like.
     */
    @Test
    void anOpeningQuoteOrAnAcuteAccentBetweenTwoLettersIsAnApostrophe() {
        for (String written : List.of("we‘re", "We´re")) {
            assertEquals(List.of("were" + TermFolding.APOSTROPHE), TermFolding.queryTerms(written), written);
            List<String> indexed = new ArrayList<>();
            TermFolding.eachIndexTerm(written, indexed::add);
            assertEquals(List.of("we", "re", "were" + TermFolding.APOSTROPHE), indexed, written);
        }
        assertEquals(List.of("dont" + TermFolding.APOSTROPHE), TermFolding.queryTerms("don´t"));
        List<String> quoted = new ArrayList<>();
        TermFolding.eachIndexTerm("It is a ‘Safe space’, and ‘we’ are ‘all’‘welcome’.", quoted::add);
        assertEquals(List.of("it", "is", "safe", "space", "and", "we", "are", "all", "welcome"), quoted, "quotes join nothing");
        // Between Cyrillic letters each is a Ukrainian word's apostrophe, as ' and ’ are.
        assertEquals(List.of("сімя", "сімя"), TermFolding.terms("сім‘я сім´я"));
    }

    /**
     * The ʻokina (U+02BB) and ʼ (U+02BC) are letters in Unicode, of Hawaiian and of Ukrainian's Latin spelling; a reader
     * has neither on the keyboard and types Hawaii for Hawaiʻi: the two were different terms (ʻ was kept), so "Hawaii"
     * found Hawaiʻi only as a near miss. Set aside as an apostrophe in a word is, they are one term.
     */
    @Test
    void theOkinaAndTheModifierApostropheAreSetAsideAsApostrophesAre() {
        assertEquals(List.of("hawaii", "hawaii", "hawaii", "oahu"), TermFolding.terms("Hawaiʻi Hawaiʼi Hawaii ʻOahu"));
        assertEquals(List.of("hawaii", "oahu"), TermFolding.queryTerms("Hawaiʻi ʻOahu"));
    }

    @Test
    void searchJsMarksTheSameApostrophes() throws Exception {
        Path js = Path.of("..", "templates", "assets", "search.js");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(js), "templates/ is not beside the generator module");
        java.util.regex.Matcher marks = java.util.regex.Pattern.compile("var APOSTROPHES = /\\[(.*?)]/, APOSTROPHE = \"(.*?)\";")
                .matcher(Files.readString(js));
        assertTrue(marks.find(), "search.js names its apostrophes and their mark");
        assertEquals(TermFolding.APOSTROPHE, marks.group(2));
        StringBuilder apostrophes = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (TermFolding.isApostrophe(c)) {
                apostrophes.append(c);
            }
        }
        assertEquals(listed(marks.group(1)), apostrophes.toString());
    }

    @Test
    void searchJsJoinsWordsAtTheSameHyphensAndApostrophes() throws Exception {
        Path js = Path.of("..", "templates", "assets", "search.js");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(js), "templates/ is not beside the generator module");
        java.util.regex.Matcher joiner = java.util.regex.Pattern.compile("var JOINER = \"\\[(.*?)]\";").matcher(Files.readString(js));
        assertTrue(joiner.find(), "search.js names its joiners");
        StringBuilder joiners = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (TermFolding.isJoiner(c)) {
                joiners.append(c);
            }
        }
        assertEquals(joiners.toString(), listed(joiner.group(1)));
    }

    /** The characters of a class of search.js's regular expressions, as written there or as escapes, sorted. */
    private static String listed(String written) {
        String chars = written.replace("\\\\u", "\\u");
        StringBuilder listed = new StringBuilder();
        for (java.util.regex.Matcher u = java.util.regex.Pattern.compile("\\\\u([0-9a-f]{4})|(.)").matcher(chars); u.find(); ) {
            listed.append(u.group(1) != null ? (char) Integer.parseInt(u.group(1), 16) : u.group(2).charAt(0));
        }
        return listed.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void aGlossaryCardIsFoundByItsHyphenatedTermTypedEitherWay() throws Exception {
        SearchDocument page = doc("Rounds", "<p>Start with a Check-in.</p>");
        Map<String, String> files = SearchIndex.files(List.of(page),
                List.of(new SearchIndex.Card("Check-in", "The first round.", "glossary.html#term-check-in", List.of())));
        String shards = files.entrySet().stream().filter(e -> e.getKey().contains("/t-")).map(Map.Entry::getValue)
                .collect(java.util.stream.Collectors.joining());
        assertTrue(shards.contains("\"checkin\":[\"Check-in\"") && shards.contains("\"check in\":[\"Check-in\""), shards);
    }

    @Test
    void anArabicWordIsFoundWhateverItsArticleAndTheCliticsBeforeIt() {
        // The article, and a conjunction or preposition written with it (ل with the article is لل), or a lone و: one term.
        assertEquals(List.of("متطوع", "متطوع", "متطوع", "متطوع", "متطوع", "متطوع", "متطوع"),
                TermFolding.terms("المتطوع والمتطوع للمتطوع بالمتطوع فالمتطوع ومتطوع متطوع"));
        // Marks, tatweel and hamza set aside; teh marbuta and alef maksura written for heh and yeh.
        assertEquals(List.of("سريه", "سريه", "سريه", "احاله", "احاله", "متطوع", "مستشفي"),
                TermFolding.terms("السرية سرية السِّرّيّة بالإحالة الاحالة المـتـطوع مستشفى"));
        // A word that merely starts with a clitic's letter keeps it, as does one too short to be one.
        assertEquals(List.of("وقت", "بيت", "كتاب", "فريق", "لجنه", "والد", "الم"), TermFolding.terms("وقت بيت كتاب فريق لجنة والد الم"));
    }

    @Test
    void searchJsTakesTheSameCliticsOffAnArabicWord() throws Exception {
        Path js = Path.of("..", "templates", "assets", "search.js");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(js), "templates/ is not beside the generator module");
        String source = Files.readString(js);
        assertTrue(source.contains("ARABIC_CLITICS = /" + TermFolding.ARABIC_CLITICS.pattern() + "/;"),
                "search.js and TermFolding take the same clitics off: " + TermFolding.ARABIC_CLITICS.pattern());
    }

    @Test
    void searchJsRanksByClassOfMatchAboveEveryScoreTheIndexWrites() throws Exception {
        Path js = Path.of("..", "templates", "assets", "search.js");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(js), "templates/ is not beside the generator module");
        java.util.regex.Matcher step = java.util.regex.Pattern.compile("var SCORE_STEP = (\\d+);").matcher(Files.readString(js));
        assertTrue(step.find(), "search.js names its step between classes of match");
        // A class of match (as typed, a longer word, a near miss) outranks any score: a score stays below the step.
        assertEquals(SearchIndex.MAX_SCORE + 1, Integer.parseInt(step.group(1)), "search.js's SCORE_STEP and SearchIndex.MAX_SCORE");
        assertTrue(SearchIndex.TITLE + SearchIndex.HEADING + SearchIndex.MAX_BODY <= SearchIndex.MAX_SCORE, "a score is one digit");
    }

    @Test
    void findsTheWordsTheRegularExpressionFinds() {
        // Letters and digits of several scripts and categories, marks, an emoji and a lone surrogate among the separators.
        String alphabet = "aZ9 -'\u00E9\u00DF\u0130\u01C5\u02B0\u05D0\u0663\u2167\u00BD\u0301\u00A0\u3000.\uD83D\uDE00\uD835\uDC00\uD800";
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
        java.util.Random random = new java.util.Random(4);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher m = word.matcher(text);
            while (m.find()) {
                String term = TermFolding.fold(m.group());
                if (!term.isEmpty() && term.length() <= TermFolding.MAX_LENGTH && (term.length() > 1 || Character.isDigit(term.charAt(0)))) {
                    expected.add(term);
                }
            }
            assertEquals(expected, TermFolding.terms(text.toString()), "'" + text + "'");
        }
    }

    @Test
    void jsonQuotesEveryCharacterAsOneAtATimeWould() {
        String alphabet = "a\u00E9\"\\<>&\n\r\t\u0000\u001F\u007F\u2028\u2029\uD83D\uDE00 ";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder expected = new StringBuilder("\"");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    expected.append(c).append(text.charAt(++i)); // a pair as it is; half of one is escaped below
                    continue;
                }
                expected.append(switch (c) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> c < 0x20 || "<>&\u2028\u2029".indexOf(c) >= 0 || Character.isSurrogate(c) ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
                });
            }
            assertEquals(expected.append('"').toString(), Json.write(text.toString()), "'" + text + "'");
        }
    }

    @Test
    void varintRoundTrips() {
        StringBuilder b = new StringBuilder();
        SearchIndex.varint(1, b);
        SearchIndex.varint(31, b);
        SearchIndex.varint(32, b);
        SearchIndex.varint(10_000, b);
        assertEquals("1" + "V" + "W1" + "mu9", b.toString());
    }

    @Test
    void pageFilesCannotCloseTheirScript() {
        Map<String, String> files = SearchIndex.files(List.of(doc("S", "<p>Call. &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>")), List.of());
        assertFalse(files.get(SearchIndex.DIR + "p/0-0.js").contains("</script>"));
    }

    @Test
    void jsonEscapesWhatJavaScriptNeeds() {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("a", "line\nbreak \"q\" \u2028 <b>");
        data.put("n", java.util.Arrays.asList(1, true, null));
        assertEquals("{\"a\":\"line\\nbreak \\\"q\\\" \\u2028 \\u003cb\\u003e\",\"n\":[1,true,null]}", Json.write(data));
    }

    @Test
    void siteHasASearchPageLoadingOnlyLocalScripts() throws Exception {
        Path out = TestHandbooks.example().output();
        assertTrue(Files.isRegularFile(out.resolve("search.html")));
        assertTrue(Files.isRegularFile(out.resolve(SearchIndex.MANIFEST)));
        assertTrue(Files.readString(out.resolve(SearchIndex.DIR + "p/0-0.js")).startsWith("HandbookSearch.text(\"0-0\","));
        assertFalse(Files.exists(out.resolve("assets/vendor/minisearch")), "MiniSearch is no longer shipped");
        assertEquals(List.of(), SiteLinks.externalResources(out));
    }

    @Test
    void handbookWithoutIndexPageGetsAGeneratedFrontDoor(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("toolkit/a.md", "# A\n\n[home](../)\n", "about.md", "# About\n"));
        Path out = dir.resolve("site");
        TestHandbooks.build(content, out);
        assertTrue(Files.readString(out.resolve("index.html")).contains("toolkit/index.html"));
        assertEquals(List.of(), SiteLinks.broken(out));
    }

    /**
     * Every term's postings in the index's files, read as search.js reads them: a page delta and a score, then unless the
     * manifest says a page has one file (two numbers) the file to show for the term alone and the files with it as bits
     * (four).
     */
    static Map<String, List<int[]>> postings(Map<String, String> files) {
        boolean pageFiles = files.get(SearchIndex.MANIFEST).contains("\"f\":1");
        Map<String, List<int[]>> all = new java.util.TreeMap<>();
        java.util.regex.Matcher term = java.util.regex.Pattern.compile("\"([^\"]+)\":\"([0-9A-Za-z_-]*)\"").matcher(String.join("\n", shards(files)));
        while (term.find()) {
            String p = term.group(2);
            List<int[]> list = new ArrayList<>();
            int[] at = {0};
            while (at[0] < p.length()) {
                int delta = varint(p, at);
                int score = SearchIndex.DIGITS.indexOf(p.charAt(at[0]++));
                if (pageFiles) {
                    list.add(new int[] {delta, score});
                    continue;
                }
                int where = varint(p, at);
                int bits = where >>> 1;
                list.add(new int[] {delta, score, (where & 1) != 0 ? varint(p, at) : bits == 0 ? 0 : Integer.numberOfTrailingZeros(bits), bits});
            }
            all.put(term.group(1), list);
        }
        return all;
    }

    private static int varint(String p, int[] at) {
        int value = 0;
        int shift = 0;
        int digit;
        do {
            digit = SearchIndex.DIGITS.indexOf(p.charAt(at[0]++));
            value |= (digit & 31) << shift;
            shift += 5;
        } while ((digit & 32) != 0);
        return value;
    }

    static List<String> shards(Map<String, String> files) {
        return files.entrySet().stream().filter(e -> e.getKey().startsWith(SearchIndex.DIR + "t-")).map(Map.Entry::getValue).toList();
    }
}
