package org.handbookpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.DevToolsBrowser;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.handbookpress.testing.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page, opened from disk in a real browser, finds pages by their words. */
class SearchInBrowserTest {

    @TempDir
    static Path browserDir;
    /** One browser for the class: each query is a page opened in it, not a Chromium started afresh. */
    static DevToolsBrowser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        HeadlessChromium.assumeAvailable();
        browser = DevToolsBrowser.start(browserDir, 1000, 800, List.of());
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void findsPagesOpenedFromDisk() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = TestHandbooks.example().output();
        URI page = URI.create(site.resolve("search.html").toUri() + "?q=listening");
        Document dom = Jsoup.parse(browser.searched(page));
        List<String> hits = dom.select("#search-results li h2 a").eachAttr("href");
        assertTrue(hits.size() >= 3, dom.select("#search-status").text());
        assertTrue(hits.get(0).startsWith("toolkit/02-listening-well.html"), "the page titled with the word ranks first: " + hits);
        assertTrue(dom.selectFirst("#search-status").text().matches("\\d+ results for “listening”\\."), dom.selectFirst("#search-status").text());
        assertTrue(!dom.select("#search-results mark").isEmpty(), "matches are highlighted");

        // A typo (one letter changed) still finds the page.
        Document typo = search(site, "lisdening");
        assertTrue(typo.select("#search-results li h2 a").eachAttr("href").stream().anyMatch(h -> h.startsWith("toolkit/02-listening-well.html")),
                typo.select("#search-status").text());
        // A glossary term, typed without its accent, shows its definition above the pages.
        Document cafe = search(site, "cafe");
        assertEquals("Café", cafe.select("#search-glossary .search-card h3").text());
        assertTrue(cafe.select("#search-glossary .search-card a").attr("href").startsWith("glossary.html#term-"));
        assertTrue(cafe.select("#search-results mark").eachText().stream().anyMatch(m -> m.equalsIgnoreCase("café")),
                "the accented word is marked: " + cafe.select("#search-results mark").eachText());
        // Each result shows the word it was found by, marked: "check-in" found pages by "in" and "introduce", their
        // snippets from the start of the page; "check-out" showed "Your set-up checklist" with no mark at all.
        for (String query : List.of("check-in", "check-out")) {
            Document found = search(site, query);
            assertTrue(found.select("#search-results li").size() >= 3, found.select("#search-status").text());
            assertEquals(List.of(), found.select("#search-results li").stream().filter(li -> li.select("mark").isEmpty())
                    .map(li -> li.select("h2 a").attr("href")).toList(), query + ": results without a mark");
            assertEquals(List.of(), found.select("#search-results mark").eachText().stream()
                    .filter(m -> !m.toLowerCase(java.util.Locale.ROOT).startsWith(query)).toList(), query + ": marks of other words");
        }
        Document none = search(site, "zzzqqq");
        assertTrue(none.select("#search-results li").isEmpty());
        assertTrue(none.selectFirst("#search-status").text().startsWith("No results"));
    }

    @Test
    void showsThePartWithTheWordFromAFileOfSeveral(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        // Nine sections of about 400 characters: files of three parts each. "kestrel" is in the text of the third part
        // of the second file; "osprey" in the text of the third part and in the heading of the eighth, which wins.
        StringBuilder page = new StringBuilder("# Birds of the reserve\n\n" + filler(0) + "\n");
        for (int i = 1; i <= 8; i++) {
            page.append("\n## ").append(i == 7 ? "Where the osprey nests" : "Part " + i).append("\n\n").append(filler(i))
                    .append(i == 5 ? " A kestrel hovers over the verge." : "").append(i == 2 ? " An osprey was seen once." : "").append('\n');
        }
        ProjectFixture p = new ProjectFixture(dir.resolve("project")).file("handbook.yml", "title: Reserve\n")
                .file("index.md", "# Home\n\nWelcome.\n").file("birds.md", page.toString());
        p.build(p.options().withoutPdfs());
        Path site = p.output();
        String kestrelFile = Files.readString(site.resolve(SearchIndex.DIR + "p/1-1.js"));
        assertTrue(kestrelFile.contains("kestrel") && kestrelFile.indexOf("kestrel") > kestrelFile.indexOf("#part-4"),
                "the word is in a later part of a file of several: " + kestrelFile);

        Document kestrel = search(site, "kestrel");
        assertEquals(List.of("birds.html#part-5"), kestrel.select("#search-results li h2 a").eachAttr("href"), kestrel.select("#search-status").text());
        assertEquals(List.of("kestrel"), kestrel.select("#search-results mark").eachText());
        Document osprey = search(site, "osprey");
        assertEquals(List.of("birds.html#where-the-osprey-nests"), osprey.select("#search-results li h2 a").eachAttr("href"),
                "the heading with the word, not its first use: " + osprey.select("#search-status").text());
    }

    /**
     * A query of several words lands on the part with the most of them: "room booking" showed the part under "Room keys"
     * (the file of the word with the better score, a heading's) rather than the part that says "room booking", each
     * word's file being the only one a posting named.
     */
    @Test
    void aQueryOfSeveralWordsShowsThePartWithTheMostOfThem(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        // Each section fills a file of its own (about 1,600 characters).
        String page = "# The hall\n\nThe room is upstairs. " + filler(0, 1600) + "\n\n## Room keys\n\n" + filler(1, 1600)
                + "\n\n## Booking\n\n" + filler(2, 1600) + " Ask before booking.\n\n## Online\n\n" + filler(3, 1600)
                + " Room booking is done online, by the week.\n\n## Parking\n\n" + filler(4, 1600) + "\n";
        Path site = club(dir, "hall.md", page, "rota.md", "# Rota\n\nThe booking of the room is on the rota.\n");
        try (java.util.stream.Stream<Path> texts = Files.list(site.resolve(SearchIndex.DIR + "p"))) {
            assertTrue(texts.anyMatch(f -> f.getFileName().toString().endsWith("-4.js")), "a file a section");
        }

        Document both = search(site, "room booking");
        assertEquals(List.of("hall.html#online", "rota.html"), hrefs(both), both.select("#search-status").text());
        assertEquals(List.of("Room", "booking"), both.select("#search-results li").get(0).select("mark").eachText());
        // One word alone still shows the part with it in its heading.
        Document room = search(site, "room");
        assertEquals("hall.html#room-keys", hrefs(room).get(0), room.select("#search-status").text());
        // Of two words, neither in the same part: the part with the one in its heading (that word alone would show it).
        Document parking = search(site, "parking upstairs");
        assertEquals(List.of("hall.html#parking"), hrefs(parking), parking.select("#search-status").text());
    }

    @Test
    void findsJapaneseWordsWithinSentencesWrittenWithoutSpaces(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        // A sentence of 40 characters was one term of the whole run, left out past 32: no word in it could be found.
        ProjectFixture p = new ProjectFixture(dir.resolve("project")).file("handbook.yml", "title: ハンドブック\nlanguage: ja\n")
                .file("index.md", "# ホーム\n\nようこそ。\n")
                .file("training.md", "# 研修について\n\n新しいボランティアは最初の一週間に安全についての研修を受けて、その後で担当者と面談をします。\n")
                .file("rota.md", "# 当番表\n\n週ごとの当番は掲示板に貼ってあります。\n")
                .file("hindi.md", "# स्वयंसेवक\n\nहर स्वयंसेवक को प्रशिक्षण मिलता है।\n");
        p.build(p.options().withoutPdfs());
        Path site = p.output();
        Document found = search(site, "担当者");
        assertEquals(List.of("training.html"), found.select("#search-results li h2 a").eachAttr("href"), found.select("#search-status").text());
        assertEquals(List.of("担当者"), found.select("#search-results mark").eachText(), "the word marked, not its sentence");
        // One character finds the pairs it starts; two words, each a pair, find the page with both.
        Document one = search(site, "当");
        assertEquals(List.of("rota.html", "training.html"), one.select("#search-results li h2 a").eachAttr("href").stream().sorted().toList(),
                one.select("#search-status").text());
        Document both = search(site, "掲示板 当番");
        assertEquals(List.of("rota.html"), both.select("#search-results li h2 a").eachAttr("href"), both.select("#search-status").text());
        // A Hindi word, its vowel signs part of it, as the build indexed it.
        Document hindi = search(site, "प्रशिक्षण");
        assertEquals(List.of("hindi.html"), hindi.select("#search-results li h2 a").eachAttr("href"), hindi.select("#search-status").text());
        assertEquals(List.of("प्रशिक्षण"), hindi.select("#search-results mark").eachText());
    }

    @Test
    void findsArabicWordsWhateverTheirArticleCliticsAndMarks(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        // "متطوع" found 6 pages and "المتطوع" 9 of an Arabic handbook; "سرية" none of those with "السرية".
        ProjectFixture p = new ProjectFixture(dir.resolve("project")).file("handbook.yml", "title: دليل\nlanguage: ar\n")
                .file("index.md", "# الرئيسية\n\nأهلاً.\n")
                .file("a.md", "# الصفحة الأولى\n\nيحضر المتطوع كل أسبوع.\n")
                .file("b.md", "# الصفحة الثانية\n\nنشكر كل متطوع جديد.\n")
                .file("c.md", "# الصفحة الثالثة\n\nنقول للمتطوع والمتطوعة إن السرّية مهمة.\n")
                .file("d.md", "# الصفحة الرابعة\n\nوقت الجلسة ساعة.\n");
        p.build(p.options().withoutPdfs());
        Path site = p.output();
        for (String query : List.of("متطوع", "المتطوع", "والمتطوع")) {
            Document found = search(site, query);
            assertEquals(List.of("a.html", "b.html", "c.html"), found.select("#search-results li h2 a").eachAttr("href").stream().sorted().toList(),
                    query + ": " + found.select("#search-status").text());
            // The words with their clitics are marked, and a longer word the query starts (متطوعة).
            assertEquals(List.of("المتطوع", "للمتطوع", "متطوع", "والمتطوعة"), found.select("#search-results mark").eachText().stream().sorted().toList(),
                    query);
        }
        Document secret = search(site, "سرية");
        assertEquals(List.of("c.html"), secret.select("#search-results li h2 a").eachAttr("href"), secret.select("#search-status").text());
        assertEquals(List.of("السرّية"), secret.select("#search-results mark").eachText());
        // A word that only starts with و is not the conjunction: قت finds nothing.
        Document time = search(site, "قت");
        assertTrue(time.select("#search-results li").isEmpty(), time.select("#search-status").text());
    }

    @Test
    void findsAUkrainianWordWhicheverApostropheItIsWrittenWith(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        // "обʼєкт" found only the page written with U+02BC, "об'єкт" searched for "об" and "єкт".
        ProjectFixture p = new ProjectFixture(dir.resolve("project")).file("handbook.yml", "title: Посібник\nlanguage: uk\n")
                .file("index.md", "# Головна\n\nВітаємо.\n")
                .file("a.md", "# Перша\n\nОгляньте обʼєкт разом.\n")
                .file("b.md", "# Друга\n\nЦей об'єкт без вікон.\n")
                .file("c.md", "# Третя\n\nНовий об’єкт біля школи.\n")
                .file("d.md", "# Четверта\n\nОб цю пору єкт нічого не значить.\n")
                .file("e.md", "# Пʼята\n\nПотрібен ґарант.\n");
        p.build(p.options().withoutPdfs());
        for (String query : List.of("обʼєкт", "об'єкт", "об’єкт", "Обєкт")) {
            Document found = search(p.output(), query);
            assertEquals(List.of("a.html", "b.html", "c.html"), found.select("#search-results li h2 a").eachAttr("href").stream().sorted().toList(),
                    query + ": " + found.select("#search-status").text());
            // Each page's word is marked as its author wrote it.
            assertEquals(List.of("об'єкт", "обʼєкт", "об’єкт"), found.select("#search-results mark").eachText().stream().sorted().toList(), query);
        }
        // Ґ typed as Г, where the keyboard has no ґ.
        Document guarantor = search(p.output(), "гарант");
        assertEquals(List.of("e.html"), guarantor.select("#search-results li h2 a").eachAttr("href"), guarantor.select("#search-status").text());
        assertEquals(List.of("ґарант"), guarantor.select("#search-results mark").eachText());
    }

    /**
     * A result shows where the query's words are, marked. "check-in" was searched as "check" and any word starting
     * "in": a page's snippet came from its start, around "check" or "introduce", and its Check-in was nowhere; a word
     * found only in a part's heading left the snippet without a mark; two words far apart showed only the first.
     */
    @Test
    void aResultMarksWhereTheQuerysWordsAreHyphenatedApostrophedAccentedOrNot(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        ProjectFixture p = new ProjectFixture(dir.resolve("project")).file("handbook.yml", "title: Club\n")
                .file("index.md", "# Home\n\nWelcome.\n")
                .file("glossary.md", "---\nkind: glossary\n---\n# Glossary\n\nCheck-in\n: The first round of an evening.\n")
                .file("evening.md", "# The evening\n\nWe check the hall is warm and put the heating on in good time. " + filler(1)
                        + "\n\n## Opening round\n\n" + filler(2) + " Start with a Check-in, a few words each.\n")
                .file("setup.md", "# Getting ready\n\nAbout the hall.\n\n## Your set-up list\n\nBook the hall and tell the members.\n")
                .file("gifts.md", "# Gifts\n\nWe welcome donations of tea and biscuits.\n")
                .file("food.md", "# Food\n\nPlease don’t bring hot food into the hall.\n")
                .file("french.md", "# Ateliers\n\nL’atelier de l’après-midi commence à deux heures.\n")
                .file("days.md", "# Дні\n\nПриходьте в будь-який день. Будь ласка, пишіть нам який час зручний.\n")
                .file("please.md", "# Прохання\n\nБудь ласка, пишіть нам.\n")
                .file("tea.md", "# Tea\n\nThe urn is in the kitchen. " + filler(3) + " The rota for the urn is on the door.\n");
        p.build(p.options().withoutPdfs());
        Path site = p.output();

        Document checkIn = search(site, "check-in");
        assertEquals(List.of("evening.html#opening-round", "glossary.html#letter-c"), hrefs(checkIn).stream().sorted().toList(),
                checkIn.select("#search-status").text());
        assertEquals(List.of("Check-in"), checkIn.select("#search-results li:has(a[href^=evening]) mark").eachText(), "the word, whole");
        assertEquals("Check-in", checkIn.select("#search-glossary .search-card h3").text());
        assertEquals("Check-in", search(site, "check in").select("#search-glossary .search-card h3").text(), "typed as two words");

        // Found in a part's heading only: the heading shown above the snippet marks it.
        Document setUp = search(site, "set-up");
        assertEquals(List.of("setup.html#your-set-up-list"), hrefs(setUp), setUp.select("#search-status").text());
        assertEquals(List.of("set-up"), setUp.select("#search-results .search-section mark").eachText());

        // An apostrophe, straight or typographic, typed or written: the word, not every word starting "don".
        for (String query : List.of("don't", "don’t", "dont")) {
            Document dont = search(site, query);
            assertEquals(List.of("food.html"), hrefs(dont), query + ": " + dont.select("#search-status").text());
            assertEquals(List.of("don’t"), dont.select("#search-results mark").eachText(), query);
        }
        for (String query : List.of("après-midi", "apres-midi", "l’après-midi")) {
            Document afternoon = search(site, query);
            assertEquals(List.of("french.html"), hrefs(afternoon), query + ": " + afternoon.select("#search-status").text());
            assertEquals(List.of(query.startsWith("l") ? "l’après-midi" : "après-midi"), afternoon.select("#search-results mark").eachText(), query);
        }
        // Ukrainian: "будь-який" (any) is one word, not будь and який, which the other sentence has apart.
        Document any = search(site, "будь-який");
        assertEquals(List.of("days.html"), hrefs(any), any.select("#search-status").text());
        assertEquals(List.of("будь-який"), any.select("#search-results mark").eachText());
        Document please = search(site, "будь");
        assertEquals(List.of("days.html", "please.html"), hrefs(please).stream().sorted().toList(), please.select("#search-status").text());

        // Two words: the snippet where both are, not around the first alone.
        Document rota = search(site, "urn rota");
        assertEquals(List.of("tea.html"), hrefs(rota), rota.select("#search-status").text());
        assertEquals(List.of("rota", "urn"), rota.select("#search-results mark").eachText());
    }

    /**
     * A word found as typed ranks above the longer words it starts, and those above near misses, however often or
     * wherever those are: "charity's" (searched as "charitys") found the page saying "charity’s" once below every page
     * with "charity" in its title or text, one letter off, its score halved but larger. Within a class the title and
     * then the number of uses still decide, and a query of two words still shows only the pages with both.
     */
    @Test
    void aWordAsTypedRanksAboveTheWordsItStartsAboveNearMisses(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        String often = " We fill the kettles and the kettles boil. Kettles are checked weekly.";
        ProjectFixture p = new ProjectFixture(dir.resolve("project")).file("handbook.yml", "title: Club\n")
                .file("index.md", "# Home\n\nWelcome.\n")
                .file("a-charity.md", "# Our charity\n\n## The charity today\n\nThe charity helps; the charity listens; ask the charity.\n")
                .file("b-charity.md", "# Charity work\n\nEvery charity needs a charity lead and charity funds.\n")
                .file("c-accounts.md", "# Accounts\n\nThe charity keeps accounts.\n\n## Records\n\nThe charity’s accounts are on the noticeboard.\n")
                .file("d-kettles.md", "# Kettles\n\n## Kettles and urns\n\n" + often.repeat(3) + " The urn is by the door.\n")
                .file("e-kettel.md", "# Kettel rota\n\n## The kettel\n\nThe kettel is old; the kettel leaks.\n")
                .file("f-kitchen.md", "# Kitchen\n\nUnplug the kettle before you go. The urn is cleaned on Fridays.\n")
                .file("g-kettle.md", "# The kettle\n\nIt is in the kitchen.\n");
        p.build(p.options().withoutPdfs());
        Path site = p.output();

        for (String query : List.of("charity's", "charity’s", "charitys")) {
            Document found = search(site, query);
            List<String> pages = hrefs(found).stream().map(h -> h.replaceAll("#.*", "")).toList();
            assertEquals("c-accounts.html", pages.get(0), query + ": the word as typed, once, first: " + pages);
            assertEquals(List.of("a-charity.html", "b-charity.html", "c-accounts.html"), pages.stream().sorted().toList(), query);
            // Of the parts in one file, the one with the word as typed is shown, not the first with a near miss.
            assertEquals("c-accounts.html#records", hrefs(found).get(0), query);
            assertEquals(List.of("charity’s"), found.select("#search-results li").get(0).select("mark").eachText(), query);
        }
        // One word: as typed (with it in the title first, then in the text), then the longer word, then the near miss.
        Document kettle = search(site, "kettle");
        assertEquals(List.of("g-kettle.html", "f-kitchen.html", "d-kettles.html", "e-kettel.html"),
                hrefs(kettle).stream().map(h -> h.replaceAll("#.*", "")).toList(), kettle.select("#search-status").text());
        // Two words: only the pages with both, each word as typed first.
        Document both = search(site, "kettle urn");
        assertEquals(List.of("f-kitchen.html", "d-kettles.html"), hrefs(both).stream().map(h -> h.replaceAll("#.*", "")).toList(),
                both.select("#search-status").text());
    }

    /**
     * "we're" was searched and indexed as "were", a word of its own: "we're" ranked the page titled with "were" first,
     * and "its" found every "it's" as typed. Each finds itself first now, the other below it.
     */
    @Test
    void aWordWithAnApostropheIsNotTheWordWithoutIt(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = club(dir, "a-evenings.md", "# Evenings\n\nWe’re in the hall on Mondays. It's warm there.\n",
                "b-history.md", "# What we were told\n\nThe hall is old, and its roof was mended.\n");
        for (String query : List.of("we're", "we’re", "it's")) {
            Document found = search(site, query);
            assertEquals(List.of("a-evenings.html", "b-history.html"), hrefs(found), query + ": as typed first, then without the apostrophe");
        }
        assertEquals(List.of("We’re"), search(site, "we're").select("#search-results li").get(0).select("mark").eachText());
        for (String query : List.of("were", "its")) {
            Document found = search(site, query);
            assertEquals(List.of("b-history.html", "a-evenings.html"), hrefs(found), query + ": as typed first, then with an apostrophe");
        }
        assertEquals(List.of("It's"), search(site, "its").select("#search-results li").get(1).select("mark").eachText());
    }

    /**
     * Pasted from a word processor, "we‘re" has an opening quote for its apostrophe; typed on some keyboards, "don´t" an
     * acute accent: each was two words, which "we're" and "don't" did not find. And Hawaiʻi, with its ʻokina, was not
     * found by "Hawaii", typed without one. The quote before a word is still a quote: "safe" marks Safe alone.
     */
    @Test
    void aWordIsFoundWhateverMarkItsApostropheIsWrittenWith(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = club(dir, "a-evenings.md", "# Evenings\n\nWe‘re in the hall on Mondays.\n",
                "b-food.md", "# Food\n\nPlease don´t bring hot food into the hall.\n",
                "c-history.md", "# History\n\nWe were told the hall is old.\n",
                "d-islands.md", "# Islands\n\nA ‘Safe space’ on Hawaiʻi.\n");
        for (String query : List.of("we're", "we’re", "we‘re")) {
            Document found = search(site, query);
            assertEquals(List.of("a-evenings.html", "c-history.html"), hrefs(found), query + ": " + found.select("#search-status").text());
            assertEquals(List.of("We‘re"), found.select("#search-results li").get(0).select("mark").eachText(), query);
        }
        for (String query : List.of("don't", "don´t", "dont")) {
            Document found = search(site, query);
            assertEquals(List.of("b-food.html"), hrefs(found), query + ": " + found.select("#search-status").text());
            assertEquals(List.of("don´t"), found.select("#search-results mark").eachText(), query);
        }
        for (String query : List.of("Hawaii", "Hawaiʻi", "hawaiʼi")) {
            Document found = search(site, query);
            assertEquals(List.of("d-islands.html"), hrefs(found), query + ": " + found.select("#search-status").text());
            assertEquals(List.of("Hawaiʻi"), found.select("#search-results mark").eachText(), query);
        }
        assertEquals(List.of("Safe"), search(site, "safe").select("#search-results mark").eachText());
    }

    /**
     * An English word's plural finds its singular and the reverse, below the word as typed: "policies" found no page
     * saying "policy", "boxes" none saying "box", "keys" none saying "key" (a longer word, or one letter away from five
     * letters on, was all a query found).
     */
    @Test
    void anEnglishWordsPluralFindsItsSingularAndTheReverse(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = club(dir, "a-policy.md", "# Our policy\n\nThe policy is short. Leave the key in the box.\n",
                "b-rules.md", "# Rules\n\nAll our policies are online. The keys hang by the boxes.\n");
        for (String[] pair : List.of(new String[] {"policies", "policy"}, new String[] {"boxes", "box"}, new String[] {"keys", "key"})) {
            Document plural = search(site, pair[0]);
            assertEquals(List.of("b-rules.html", "a-policy.html"), hrefs(plural), pair[0] + ": as typed first, then the singular");
            assertEquals(pair[1], plural.select("#search-results li").get(1).select("mark").text().toLowerCase(java.util.Locale.ROOT));
            Document single = search(site, pair[1]);
            assertEquals(List.of("a-policy.html", "b-rules.html"), hrefs(single), pair[1] + ": as typed first, then the plural");
        }
    }

    /** The site of a handbook titled Club, in English, with a home page and these pages (file name, text, …), built without PDFs. */
    private static Path club(Path dir, String... pages) throws Exception {
        ProjectFixture p = new ProjectFixture(dir.resolve("project")).file("handbook.yml", "title: Club\nlanguage: en-GB\n")
                .file("index.md", "# Home\n\nWelcome.\n");
        for (int i = 0; i + 1 < pages.length; i += 2) {
            p.file(pages[i], pages[i + 1]);
        }
        p.build(p.options().withoutPdfs());
        return p.output();
    }

    /** The site's search page, opened from disk with that query, once it shows its outcome. */
    private static Document search(Path site, String query) throws Exception {
        return Jsoup.parse(browser.searched(URI.create(site.resolve("search.html").toUri() + "?q="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))));
    }

    private static List<String> hrefs(Document results) {
        return results.select("#search-results li h2 a").eachAttr("href");
    }

    /** About 400 characters of words search finds nowhere else. */
    private static String filler(int section) {
        return filler(section, 400);
    }

    /** About {@code length} characters of words search finds nowhere else. */
    private static String filler(int section, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append(i == 0 ? "" : " ").append("plain").append((char) ('a' + section)).append(i % 10);
        }
        return text.append('.').toString();
    }
}
