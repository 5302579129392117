package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.DevToolsBrowser;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.SharedBrowser;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page fits a 360 px phone in every language the theme speaks: the header's search form was as wide as its box and
 * its button together, 379 px with Ukrainian's "Шукати", and every page scrolled sideways; and a long title ran under
 * the Menu button ("«Поруч»" hidden behind "Меню").
 */
class PhoneWidthBrowserTest {

    /** One Chromium for the class: each test opens its pages in a fresh window of its own. */
    @RegisterExtension
    static final SharedBrowser CHROMIUM = new SharedBrowser();
    @TempDir
    static Path shared;
    /** The handbook with two policies ({@link #policies}), built once for the tests that read it. */
    static Path policies;

    @Test
    void noPageIsWiderThanAPhoneInAnyOfTheThemesLanguages(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        List<String> languages = List.of("en-GB", "cy", "ga", "fr", "de", "nl", "pl", "it", "es", "pt", "ar", "uk");
        DevToolsBrowser browser = CHROMIUM.freshPage(360, 780);
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        for (String language : languages) {
            Path content = TestHandbooks.write(dir.resolve(language), Map.of(
                    "index.md", "# Home\n\nWelcome.\n",
                    "toolkit/first.md", "# First\n\nA page.\n"));
            // A title long enough to reach the Menu button's corner, whose label is as wide as the language makes it.
            Files.writeString(content.resolve("handbook.yml"), "title: Посібник волонтера «Поруч» Riverside\nlanguage: " + language + "\n",
                    StandardCharsets.UTF_8);
            Path site = dir.resolve(language).resolve("site");
            new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
            browser.navigate(site.resolve("toolkit/first.html").toUri().toString());
            assertEquals("", widerThan(browser, 360), language);
            // No line of the title runs under the Menu button, which sits in the header's corner.
            String under = linesUnder(browser, ".site-title", "summary.menu-button");
            assertTrue(under.isEmpty(), language + ": the title runs under the Menu button: " + under);
        }
    }

    /**
     * With "Exit this page" (quick-exit:), a page fits a 320 px phone, WCAG's reflow width: the corner kept for the
     * button left the title 124 px, "Peer Mentor Handbook" took 137, and every page scrolled sideways. In English and
     * in Welsh, whose label is the longest; the title never runs under the button.
     */
    @Test
    void withTheQuickExitButtonAPageFitsA320PxPhone(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        DevToolsBrowser browser = CHROMIUM.freshPage(320, 700);
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 700, "deviceScaleFactor", 1, "mobile", true));
        for (String language : List.of("en-GB", "cy")) {
            Path site = site(dir.resolve(language), Map.of(
                    "handbook.yml", "title: Peer Mentor Handbook\nlanguage: " + language + "\nquick-exit: https://www.bbc.co.uk/weather\n",
                    "index.md", "# Home\n\nWelcome.\n",
                    "toolkit/first.md", "# First\n\nA page.\n"));
            for (String page : List.of("toolkit/first.html", "search.html")) {
                browser.navigate(site.resolve(page).toUri().toString());
                assertEquals("", widerThan(browser, 320), language + ", " + page);
                String under = linesUnder(browser, ".site-brand", "#quick-exit");
                assertTrue(under.isEmpty(), language + ", " + page + ": the title runs under the button: " + under);
            }
        }
    }

    /**
     * On a phone the Documents register is a card per document and its column headings are hidden, but their sort buttons
     * still took focus: Tab went through eight buttons nobody could see (WCAG 2.4.7). The headings show while one of them
     * has focus, each button in sight, under its pointer and at least 24 px high (WCAG 2.5.8).
     */
    @Test
    void theRegistersSortButtonsAreInSightWhileTheyHaveFocusOnAPhone() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = policies();
        DevToolsBrowser browser = CHROMIUM.freshPage(360, 780);
        openTheRegisterOnAPhone(browser, site);
        int buttons = browser.evaluate("document.querySelectorAll('.documents-table .sort-button').length").asInt();
        assertTrue(buttons >= 6, "the register has its sort buttons: " + buttons);
        browser.evaluate("document.getElementById('register-filter-input').focus()");
        for (int i = 0; i < 3 && !browser.evaluate("document.activeElement.classList.contains('sort-button')").asBoolean(); i++) {
            browser.press("Tab", "Tab", 9, 0);
        }
        for (int i = 0; i < buttons; i++) {
            String seen = browser.evaluate("(function () { var e = document.activeElement, r = e.getBoundingClientRect();"
                    + " if (!e.classList.contains('sort-button')) { return 'focus is on ' + e.tagName + '.' + e.className; }"
                    + " var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + " var name = '\"' + e.textContent + '\" ';"
                    + " if (r.left < 0 || r.right > innerWidth || r.top < 0 || r.bottom > innerHeight) { return name + 'is out of the window: ' + [r.left, r.top, r.right, r.bottom].map(Math.round) + ' in ' + innerWidth + 'x' + innerHeight; }"
                    + " if (!hit || hit.closest('.sort-button') !== e) { return name + 'is not in sight: ' + (hit ? hit.tagName + '.' + hit.className : 'nothing') + ' is there'; }"
                    + " return r.height >= 24 ? '' : name + 'is ' + r.height + ' px high'; })()").asText();
            assertTrue(seen.isEmpty(), "sort button " + (i + 1) + ": " + seen);
            browser.press("Tab", "Tab", 9, 0);
        }
    }

    /**
     * On a phone a reader who taps rather than tabs can sort the register too: once its sort buttons are made, they show
     * above the cards, each in sight and tappable where it is drawn, without any of them having had focus first.
     */
    @Test
    void theRegistersSortButtonsShowForATouchReaderOnAPhone() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = policies();
        DevToolsBrowser browser = CHROMIUM.freshPage(360, 780);
        openTheRegisterOnAPhone(browser, site);
        String seen = browser.evaluate("(function () { var out = [];"
                + " document.querySelectorAll('.documents-table .sort-button').forEach(function (e) {"
                + "  e.scrollIntoView({block: 'center'}); var r = e.getBoundingClientRect();"
                + "  var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + "  if (!hit || hit.closest('.sort-button') !== e || r.height < 24 || r.right > innerWidth) {"
                + "   out.push('\"' + e.textContent + '\" ' + [r.left, r.top, r.width, r.height].map(Math.round) + ' under ' + (hit ? hit.tagName : 'nothing')); } });"
                + " return out.join('; '); })()").asText();
        assertTrue(seen.isEmpty(), "sort buttons a finger cannot reach: " + seen);
        browser.evaluate("document.querySelector('.documents-table .sort-button').click()");
        assertTrue(browser.evaluate("!!document.querySelector('.documents-table th[aria-sort]')").asBoolean(), "a tap sorts");
    }

    /**
     * The glossary's letters, A to Z, line up in their rows: every letter but A had the theme's space above a list item
     * after another, and on a phone, where the row is the top of the page, A stood 4 px above the rest of its row.
     */
    @Test
    void theGlossarysLettersLineUpInTheirRows(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = site(dir, Map.of(
                "handbook.yml", "title: Carers' Circle\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n",
                "glossary.md", "---\nkind: glossary\n---\n# Glossary\n\nAdvocate\n: Someone who speaks up for another.\n\n"
                        + "Befriender\n: A volunteer who visits.\n\nCarer\n: Someone who looks after a relative.\n\n"
                        + "Respite\n: A break from caring.\n"));
        DevToolsBrowser browser = CHROMIUM.freshPage(360, 780);
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        browser.navigate(site.resolve("glossary.html").toUri().toString());
        String ragged = browser.evaluate("(function () { var boxes = [...document.querySelectorAll('.glossary-az li > *')]"
                + ".map(e => ({ name: e.textContent.trim(), box: e.getBoundingClientRect() }));"
                + " var out = []; boxes.forEach(a => boxes.forEach(b => { if (a.name < b.name && a.box.top < b.box.bottom && b.box.top < a.box.bottom"
                + " && Math.abs(a.box.top - b.box.top) > 0.5) { out.push(a.name + ' at ' + a.box.top + ', ' + b.name + ' at ' + b.box.top); } }));"
                + " return boxes.length < 26 ? 'only ' + boxes.length + ' letters' : out.slice(0, 5).join('; '); })()").asText();
        assertTrue(ragged.isEmpty(), "letters side by side at different heights: " + ragged);
    }

    /**
     * A three-column table whose headings are longer than its cells fits a 360 px phone without scrolling sideways: its
     * headings kept to one line, "What people are invited to share" alone took 300 px, the table was 578 px in a box of
     * 326, the last column ("Typical length") was out of sight and the first squeezed to "Check-" over "in".
     */
    @Test
    void aTableWhoseHeadingsAreLongerThanItsCellsFitsAPhone(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = site(dir, Map.of(
                "handbook.yml", "title: Peer Mentor Handbook\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/round.md", """
                        # Running a Round

                        | Round | What people are invited to share | Typical length |
                        |---|---|---|
                        | Check-in | A few words on how they are arriving today | 15 minutes |
                        | Round of Good News | Something, however small, that has gone well since last time | 15 minutes |
                        | Check-out | One thing they are taking away from the session | 10 minutes |
                        """));
        DevToolsBrowser browser = CHROMIUM.freshPage(360, 780);
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        browser.navigate(site.resolve("toolkit/round.html").toUri().toString());
        String scrolls = browser.evaluate("(function () { var box = document.querySelector('main .table-scroll');"
                + " return box.scrollWidth <= box.clientWidth ? '' : 'the table is ' + box.scrollWidth + ' px wide in a box of '"
                + " + box.clientWidth + ' px'; })()").asText();
        assertTrue(scrolls.isEmpty(), scrolls);
        assertEquals("", widerThan(browser, 360));
    }

    /**
     * A glossary term broken over two lines, as a two-word term often is on a 320 px phone, keeps its definition's tip
     * off itself: the tip was placed under the term's first line, over the rest of the term, the link that had focus.
     * Below the term's last line it covers none of it, and stays on the screen.
     */
    @Test
    void aGlossaryTipLeavesATermBrokenOverTwoLinesInSight(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = site(dir, Map.of(
                "handbook.yml", "title: Carers' Circle\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n",
                "glossary.md", "---\nkind: glossary\n---\n# Glossary\n\nLived experience\n: Knowing something from having been through it.\n",
                "guide/listening.md", "# Listening\n\nA mentor brings their own lived experience to every conversation with a carer.\n"));
        DevToolsBrowser browser = phone(320, 640);
        browser.navigate(site.resolve("guide/listening.html").toUri().toString());
        // The paragraph made just narrow enough that the line breaks between the term's two words, whatever the font.
        String lines = browser.evaluate("(function () { var a = document.querySelector('main a.glossary-term'), p = a.closest('p');"
                + " var first = document.createRange(); first.setStart(a.firstChild, 0); first.setEnd(a.firstChild, a.textContent.indexOf(' '));"
                + " p.style.width = (first.getBoundingClientRect().right - p.getBoundingClientRect().left + 4) + 'px';"
                + " a.focus(); return a.getClientRects().length; })()").asText();
        assertEquals("2", lines, "the term is on two lines");
        String covered = browser.evaluate("new Promise(done => setTimeout(() => { var a = document.querySelector('main a.glossary-term'),"
                + " tip = document.getElementById(a.getAttribute('aria-describedby')), t = tip.getBoundingClientRect();"
                + " done(tip.hidden ? 'no tip' : [...a.getClientRects()].filter(r => r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom)"
                + "  .map(r => 'the line at ' + Math.round(r.top) + ' is under the tip at ' + Math.round(t.top) + '–' + Math.round(t.bottom))"
                + "  .concat(t.left < 0 || t.right > innerWidth || t.top < 0 || t.bottom > innerHeight ? ['the tip is off the screen'] : []).join('; ')); }, 100))")
                .asText();
        assertEquals("", covered);
    }

    /**
     * On a phone "Exit this page" never stands over part of a line. Fixed in the header's corner, it covered the ends of
     * the lines scrolled under it, and a heading a link went to (#…) stopped 16 px from the top, its end under the
     * button. As a bar across the screen, sticky at the top, a line is either clear of it or wholly behind it, as if
     * scrolled off the screen; and the heading a link goes to stops below it. At 320 and 360 px, in steps of 40 px down
     * a long page: every line of text and every link against the button's box.
     */
    @Test
    void onAPhoneTheExitButtonNeverStandsOverPartOfALine(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        StringBuilder page = new StringBuilder("# Looking after yourself\n\n");
        for (int i = 1; i <= 6; i++) {
            page.append("## Part ").append(i).append(": when a conversation stays with you afterwards\n\n")
                    .append("Talk it over with your [coordinator](../index.md) within a day or two, before it settles in, and write"
                            + " down what helped so that you can come back to it the next time something similar happens.\n\n");
        }
        Path site = site(dir, Map.of(
                "handbook.yml", "title: Peer Mentor Handbook\nlanguage: en-GB\nquick-exit: https://www.bbc.co.uk/weather\n",
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/yourself.md", page.toString()));
        List<String> problems = new ArrayList<>();
        for (int width : List.of(320, 360)) {
            DevToolsBrowser browser = phone(width, 640);
            browser.send("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            browser.navigate(site.resolve("toolkit/yourself.html").toUri().toString());
            // The skip link, shown at the top while it has focus, clear of the button.
            String skip = browser.evaluate("(function () { var s = document.querySelector('.skip-link'); s.focus();"
                    + " var r = s.getBoundingClientRect(), b = document.getElementById('quick-exit').getBoundingClientRect(), hit = document.elementFromPoint(r.left + 8, r.top + r.height / 2);"
                    + " var over = r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom;"
                    + " s.blur(); return over || hit !== s ? 'the skip link at ' + [r.left, r.top, r.right, r.bottom].map(Math.round) + ' and the button at '"
                    + " + [b.left, b.top, b.right, b.bottom].map(Math.round) + (hit !== s ? ', under ' + (hit ? hit.id || hit.className : 'nothing') : '') : ''; })()").asText();
            if (!skip.isEmpty()) {
                problems.add(width + " px: " + skip);
            }
            int end = browser.evaluate("document.documentElement.scrollHeight - innerHeight").asInt();
            assertTrue(end > 1000, width + " px: the page is long enough to scroll under the button: " + end);
            for (int y = 0; y <= end; y += 40) {
                String cut = browser.evaluate("(scrollTo({ top: " + y + ", behavior: 'instant' }), " + CUT_BY_THE_BUTTON + ")").asText();
                if (!cut.isEmpty() && problems.size() < 6) {
                    problems.add(width + " px, scrolled " + y + ": " + cut);
                }
            }
            // A link to a heading, as "On this page" has: the heading stops below the button, whole.
            browser.evaluate("scrollTo({ top: 0, behavior: 'instant' }), location.hash = '#part-4-when-a-conversation-stays-with-you-afterwards'");
            browser.waitUntil("scrollY > 0", 5_000);
            String heading = browser.evaluate("(function () { var b = document.getElementById('quick-exit').getBoundingClientRect(),"
                    + " h = document.getElementById('part-4-when-a-conversation-stays-with-you-afterwards').getBoundingClientRect();"
                    + " return h.top >= b.bottom ? '' : 'the heading at ' + Math.round(h.top) + '–' + Math.round(h.bottom) + ', the button at '"
                    + " + Math.round(b.top) + '–' + Math.round(b.bottom) + ' from ' + Math.round(b.left) + ' to ' + Math.round(b.right); })()").asText();
            if (!heading.isEmpty()) {
                problems.add(width + " px, #part-4: " + heading);
            }
        }
        // The page for an address that is not there (and for one not kept offline), with a stylesheet of its own.
        DevToolsBrowser browser = phone(320, 480);
        browser.navigate(site.resolve("404.html").toUri().toString());
        int end = browser.evaluate("document.documentElement.scrollHeight - innerHeight").asInt();
        assertTrue(end > 100, "the 404 page scrolls on a 320×480 phone: " + end);
        for (int y = 0; y <= end; y += 20) {
            String cut = browser.evaluate("(scrollTo({ top: " + y + ", behavior: 'instant' }), " + CUT_BY_THE_BUTTON + ")").asText();
            if (!cut.isEmpty() && problems.size() < 9) {
                problems.add("404.html, scrolled " + y + ": " + cut);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The lines of text and the links the button's box stands over in part: some of each drawn beside the button. */
    private static final String CUT_BY_THE_BUTTON = "(function () { var b = document.getElementById('quick-exit').getBoundingClientRect(), out = [];"
            + " var cut = r => r.width > 0 && r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom"
            + "  && (r.left < b.left - 0.5 || r.right > b.right + 0.5);"
            + " var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n;"
            + " while ((n = walk.nextNode())) { if (!n.textContent.trim() || n.parentElement.closest('#quick-exit, .skip-link')) { continue; }"
            + "  var range = document.createRange(); range.selectNodeContents(n);"
            + "  [...range.getClientRects()].filter(cut).forEach(r => out.push('\"' + n.textContent.trim().slice(0, 24) + '\" at '"
            + "   + [r.left, r.top, r.right, r.bottom].map(Math.round) + ' under the button at ' + [b.left, b.top, b.right, b.bottom].map(Math.round))); }"
            + " document.querySelectorAll('a:not(#quick-exit):not(.skip-link), input, button, summary').forEach(e => {"
            + "  if (cut(e.getBoundingClientRect())) { out.push(e.tagName + ' \"' + e.textContent.trim().slice(0, 24) + '\" under the button'); } });"
            + " return out.slice(0, 3).join('; '); })()";

    /**
     * A document control box on a 320 px phone breaks its values between words, never inside one, as written and with
     * the text spacing WCAG 1.4.12 asks a page to take (line height 1.5, paragraphs 2em apart, letters 0.12em, words
     * 0.16em): in two half-width columns of 113 px, "Safeguarding" broke after its n, and with the spacing "September"
     * and "facilitators" did too.
     */
    @Test
    void aDocumentControlBoxBreaksNoWordOnA320PxPhone(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = site(dir, Map.of(
                "handbook.yml", "title: Peer Mentor Handbook\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n",
                "policies/safeguarding.md", "---\ntitle: Safeguarding\nkind: policy\nreviewed: 2026-09-01\nreview-every: 12 months\n"
                        + "owner: Designated Safeguarding Lead\napproved-by: Group facilitators, on behalf of the members\n"
                        + "approved: 2026-09-01\nversion: \"3.1\"\n---\nEveryone keeps everyone safe.\n"));
        DevToolsBrowser browser = phone(320, 700);
        // The spacing goes in as a reader's bookmarklet or extension puts it, which the page's policy does not stop.
        browser.send("Page.setBypassCSP", Map.of("enabled", true));
        for (String spacing : List.of("", "* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; }"
                + " p { margin-bottom: 2em !important; }")) {
            browser.navigate(site.resolve("policies/safeguarding.html").toUri().toString());
            browser.evaluate("(function () { var s = document.createElement('style'); s.textContent = '" + spacing + "'; document.head.appendChild(s); })()");
            assertEquals(spacing.isEmpty(), browser.evaluate("getComputedStyle(document.querySelector('.review-facts dd')).letterSpacing === 'normal'").asBoolean(),
                    "the text spacing is in force when given");
            String broken = browser.evaluate("(function () { var out = [], n, walk = document.createTreeWalker(document.querySelector('.review-facts'), NodeFilter.SHOW_TEXT);"
                    + " while ((n = walk.nextNode())) { var re = /\\S+/g, m; while ((m = re.exec(n.textContent))) {"
                    + "  var r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);"
                    + "  var lines = new Set([...r.getClientRects()].map(x => Math.round(x.top))); if (lines.size > 1) { out.push(m[0]); } } }"
                    + " return document.querySelectorAll('.review-facts dd').length + ' values; ' + out.join(', '); })()").asText();
            assertTrue(broken.endsWith("values; "), (spacing.isEmpty() ? "as written" : "with the text spacing") + ", words broken over two lines: " + broken);
            assertTrue(browser.evaluate("document.documentElement.scrollWidth <= 320").asBoolean(), "the page fits the phone");
        }
    }

    /** A fresh page of that size, as a phone shows it. */
    /**
     * An Obsidian callout whose title has bold words or code in it ({@code > [!tip] Agree **one small goal** …}), as an
     * Obsidian vault of lecture notes had on 19 of its 205 pages, fits a 320 px phone: each piece of markup was an item of
     * the title's row of its own, the title stood in narrow columns side by side and ran 187 px past the screen's edge.
     * Its words now wrap as one paragraph beside the kind's symbol, open or folded.
     */
    @Test
    void aCalloutTitleWithBoldWordsAndCodeWrapsOnA320PxPhone(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = site(dir, Map.of(
                "handbook.yml", "title: Peer Mentor Handbook\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/first.md", """
                        # Meeting a new mentee

                        > [!tip] Agree **one small goal** at the first meeting, and write it in the `goals` sheet before you **both** leave
                        > Keep it within reach.

                        > [!warning]- If **they say** they are not safe at home
                        > Tell the duty worker the same day.
                        """));
        DevToolsBrowser browser = phone(320, 700);
        browser.navigate(site.resolve("toolkit/first.html").toUri().toString());
        assertEquals("", widerThan(browser, 320));
        // The words of each title flow as one paragraph: the bold words are not items of the title's row, and follow the
        // last of the words before them on its line (in columns, each stood on its own, centred beside the others).
        String columns = browser.evaluate("[...document.querySelectorAll('main .callout-title')].map(t => {"
                + " var bold = t.querySelector('strong'), before = document.createRange(); before.selectNodeContents(bold.previousSibling);"
                + " var a = [...before.getClientRects()].pop(), b = bold.getClientRects()[0];"
                + " if (/flex|grid/.test(getComputedStyle(bold.parentElement).display)) { return '\"' + bold.textContent + '\" is an item of the title\\'s row'; }"
                + " return b.top < a.bottom && a.top < b.bottom ? '' : '\"' + bold.textContent + '\" is not on the line of the words before it'; })"
                + ".filter(Boolean).join('; ')").asText();
        assertEquals("", columns);
    }

    /**
     * A sound to play ({@code <audio controls>}) fits a 320 px phone, in a figure too: Chromium draws the player 300 px
     * wide whatever room it has, and a coding club's workshop that asks its readers to test their headphones with one in
     * a {@code <figure>} scrolled sideways by 36 px (NuevoFoundation's workshops, 6 pages).
     */
    @Test
    void aSoundPlayerFitsA320PxPhone(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = site(dir, Map.of(
                "handbook.yml", "title: Peer Mentor Handbook\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/welcome-call.md", """
                        # The welcome call

                        Listen to how one mentor opens the call.

                        <figure>
                        <audio controls src="opening.mp3"></audio>
                        <figcaption>The first minute of a welcome call</figcaption>
                        </figure>

                        - A second recording, in a list:

                          <audio controls src="opening.mp3"></audio>
                        """,
                "toolkit/opening.mp3", "not really a sound"));
        DevToolsBrowser browser = phone(320, 700);
        browser.navigate(site.resolve("toolkit/welcome-call.html").toUri().toString());
        assertEquals(2, browser.evaluate("document.querySelectorAll('main audio').length").asInt(), "both players are on the page");
        assertEquals("", widerThan(browser, 320));
    }

    /**
     * A box sized in raw HTML fits a 320 px phone: an embed's code pasted into a page keeps its styles once its script is
     * gone, and NuevoFoundation's workshops showed an Instagram post's card, min-width:326px, that scrolled the page
     * sideways; a box written 600 px wide did the same. Both narrow to the page; one narrower than the page keeps its width.
     */
    @Test
    void aBoxSizedInRawHtmlFitsA320PxPhone(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = site(dir, Map.of(
                "handbook.yml", "title: Peer Mentor Handbook\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/news.md", """
                        # Our news

                        <blockquote class="post-card" style="background:#FFF; border:0; margin:1px; max-width:540px; min-width:326px; padding:0; width:calc(100% - 2px);"><p>Our summer picnic, in pictures.</p></blockquote>

                        <div style="width:600px; border:1px solid">A box written for a wide screen.</div>

                        <div id="small" style="width:120px">A narrow box.</div>
                        """));
        DevToolsBrowser browser = phone(320, 700);
        browser.navigate(site.resolve("toolkit/news.html").toUri().toString());
        assertEquals("", widerThan(browser, 320));
        assertEquals(120, browser.evaluate("document.getElementById('small').getBoundingClientRect().width").asInt(), "a narrow box keeps its width");
    }

    private static DevToolsBrowser phone(int width, int height) throws Exception {
        DevToolsBrowser browser = CHROMIUM.freshPage(width, height);
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        return browser;
    }

    /** Nothing when the page is no wider than {@code width}; else how wide it is, and what reaches past it. */
    private static String widerThan(DevToolsBrowser browser, int width) throws Exception {
        int page = browser.evaluate("document.documentElement.scrollWidth").asInt();
        return page <= width ? "" : "the page is " + page + " px wide at " + width + " px: "
                + browser.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > " + width + ".5)"
                        + ".map(e => e.tagName + '.' + e.className).join(', ')").asText();
    }

    /** The lines of the text of {@code text} that the element {@code cover} is drawn over, by where each ends. */
    private static String linesUnder(DevToolsBrowser browser, String text, String cover) throws Exception {
        return browser.evaluate("(function () { var b = document.querySelector('" + cover + "').getBoundingClientRect();"
                + " var r = document.createRange(); r.selectNodeContents(document.querySelector('" + text + "'));"
                + " return [...r.getClientRects()].filter(t => t.right > b.left && t.left < b.right && t.bottom > b.top && t.top < b.bottom)"
                + ".map(t => Math.round(t.right) + ' > ' + Math.round(b.left)).join(', '); })()").asText();
    }

    /** A handbook with two policies, built without PDFs once for the class (the tests only read it): its site folder. */
    private static synchronized Path policies() throws Exception {
        if (policies == null) {
            policies = site(shared.resolve("policies"), Map.of(
                    "handbook.yml", "title: Carers' Circle\nlanguage: en-GB\n",
                    "index.md", "# Home\n\nWelcome.\n",
                    "policies/complaints.md", "---\ntitle: Comments and complaints\nkind: policy\nreviewed: 2025-11-20\n"
                            + "review-every: 12 months\nowner: Chief officer\n---\nAnyone can raise a concern.\n",
                    "policies/expenses.md", "---\ntitle: Volunteer expenses\nkind: policy\nreviewed: 2025-07-01\n"
                            + "review-every: 12 months\nowner: Finance officer\n---\nNobody should be out of pocket.\n"));
        }
        return policies;
    }

    /** The site's Documents page on a 360 px phone, once register.js has made the sort buttons. */
    private static void openTheRegisterOnAPhone(DevToolsBrowser browser, Path site) throws Exception {
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        // Scrolling at once, not smoothly, so that where a button is drawn is where it stays.
        browser.send("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        browser.navigate(site.resolve("documents.html").toUri().toString());
        browser.waitUntil("!!document.querySelector('.documents-table .sort-button')", 5_000);
    }

    /** These files as a handbook's content, built without PDFs: its site folder. */
    private static Path site(Path dir, Map<String, String> files) throws Exception {
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(TestHandbooks.write(dir, files), site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(),
                BuildLog.SILENT).run();
        return site;
    }

    /**
     * A policy's document control box fits a 320 px phone (WCAG's reflow width): its status badge, which does not wrap,
     * stood in a half-width column narrower than "Review due soon" and ran out of the box, and the page scrolled sideways.
     */
    @Test
    void aPolicysReviewStatusFitsA320PxPhone() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = policies();
        DevToolsBrowser browser = CHROMIUM.freshPage(320, 700);
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 700, "deviceScaleFactor", 1, "mobile", true));
        for (String page : List.of("policies/complaints.html", "policies/expenses.html")) {
            browser.navigate(site.resolve(page).toUri().toString());
            assertTrue(browser.evaluate("!!document.querySelector('.review-box .badge')").asBoolean(), page + " shows its status");
            int width = browser.evaluate("document.documentElement.scrollWidth").asInt();
            String out = browser.evaluate("(function () { var box = document.querySelector('.review-box').getBoundingClientRect();"
                    + " var b = document.querySelector('.review-box .badge').getBoundingClientRect();"
                    + " return b.right > box.right ? Math.round(b.right) + ' > ' + Math.round(box.right) : ''; })()").asText();
            assertTrue(out.isEmpty(), page + ": the status badge runs out of its box: " + out);
            assertTrue(width <= 320, page + " is " + width + " px wide at 320 px");
        }
    }
}
