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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slide deck on a phone held upright. Laid out at 16:9, a slide was scaled to 0.31 of its size at 320 px, and the
 * glossary terms linked in a table's rows were 15 px apart, failing WCAG 2.2's target size (2.5.8); the slides are laid
 * out upright there instead (slides.js), and stay 16:9 wherever the screen is wider than it is tall or wider than a phone.
 */
class DeckOnAPhoneBrowserTest {

    @TempDir
    static Path dir;
    static Path deck;
    /** One Chromium for the class: each test opens the deck in a fresh window of its own. */
    @RegisterExtension
    static final SharedBrowser CHROMIUM = new SharedBrowser();

    @BeforeAll
    static void build() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Allotment Friends\nlanguage: en-GB\nquick-exit: https://www.bbc.co.uk/weather\n",
                "index.md", "# Home\n\nWelcome to the plots.\n",
                "glossary.md", "---\nkind: glossary\n---\n# Glossary\n\n"
                        + "Plot buddy\n: The neighbour who waters your beds while you are away.\n\n"
                        + "Seed swap\n: The spring morning when members trade the seeds they saved.\n\n"
                        + "Work party\n: A Saturday when everyone mends the shared paths and sheds.\n\n"
                        + "Compost rota\n: Who turns the shared heaps each week.\n",
                "training/welcome.md", "---\ntitle: Welcome to the allotment\nkind: slides\n---\n"
                        + "## Welcome to the allotment\n\nA short talk for new members\n\n---\n\n"
                        + "## Who does what\n\n"
                        + "| Role | What it means | When |\n|---|---|---|\n"
                        + "| Plot buddy | Waters your beds | Holidays |\n"
                        + "| Seed swap | Bring saved seeds | March |\n"
                        + "| Work party | Mend paths and sheds | Monthly |\n"
                        + "| Compost rota | Turn the heaps | Weekly |\n\n---\n\n"
                        + "## Who to write to\n\n| Question | Address |\n|---|---|\n"
                        + "| Plots | plotlettingsandwaitinglist@riversideallotments.example.org |\n\n---\n\n"
                        + "## Tools and keys for the shed each week\n\nThe shed is open on Saturdays.\n\n"
                        + "- Spades, forks and rakes hang on the left wall\n- Hoses are coiled under the bench\n"
                        + "- The key box code is on your welcome card\n- Put back what you borrow the same day\n"
                        + "- Report broken tools to the shed steward\n\n---\n\n"
                        + "## Who has the keys\n\n| Where | Who |\n|---|---|\n| Shed | [Ana](../index.md) |\n| Gate | [Bo](../index.md) |\n"
                        + "| Taps | [Cy](../index.md) |\n| Tank | [Di](../index.md) |\n"));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        deck = site.resolve("training/welcome.slides.html");
        String html = Files.readString(deck, StandardCharsets.UTF_8);
        assertEquals(4, html.split("class=\"glossary-term", -1).length - 1, "the table's four terms are linked: " + html);
    }

    @Test
    void aTablesGlossaryLinksAreFarEnoughApartToTapOnA320PxPhone() throws Exception {
        for (int[] screen : List.of(new int[] {320, 640}, new int[] {320, 480}, new int[] {360, 780})) {
            DevToolsBrowser browser = open(screen[0], screen[1]);
            String where = screen[0] + "×" + screen[1] + ": ";
            assertEquals("4 links; ", linksTooClose(browser, "slide-2"), where + "links too close to tap");
            // The same with axe-core's own rule, which also counts the space around each link.
            String axe = Files.readString(Path.of(System.getProperty("handbook.repoRoot"), "templates/node_modules/axe-core/axe.min.js"),
                    StandardCharsets.UTF_8);
            browser.evaluate(axe + ";0");
            String verdict = browser.evaluate("axe.run(document.getElementById('slide-2'), {runOnly: ['target-size']})"
                    + ".then(r => r.passes.concat(r.violations).map(v => v.id + ' ' + v.nodes.length).join(', ') + ' | '"
                    + " + r.violations.map(v => v.nodes.map(n => n.failureSummary).join(' ')).join(' '))").asText();
            assertTrue(verdict.startsWith("target-size 4 | ") && verdict.endsWith("| "), where + verdict);
            // Nothing runs off the slide or the screen: the table fits the slide's width, the page does not scroll sideways.
            String overflow = browser.evaluate("(function () { var s = document.getElementById('slide-2').getBoundingClientRect(),"
                    + " t = document.querySelector('#slide-2 table').getBoundingClientRect();"
                    + " return (t.right > s.right + 0.5 ? 'the table ends at ' + t.right + ', the slide at ' + s.right + '; ' : '')"
                    + " + (document.documentElement.scrollWidth > innerWidth ? 'the page is ' + document.documentElement.scrollWidth + ' px wide' : ''); })()")
                    .asText();
            assertEquals("", overflow, where);
        }
    }

    /**
     * A table whose rows are one line each, on a phone held upright with "Exit this page": the slides are fitted below
     * the button's band there, at 0.42 of their size on a 320×480 screen, where rows with the upright slides' padding
     * put the links 22.6 px apart (WCAG 2.5.8 asks for 24); their padding is larger there.
     */
    @Test
    void aTablesLinksInOneLineRowsAreFarEnoughApartBelowTheButtonsBand() throws Exception {
        for (int[] screen : List.of(new int[] {320, 480}, new int[] {320, 640}, new int[] {360, 640})) {
            DevToolsBrowser browser = open(screen[0], screen[1]);
            assertEquals("4 links; ", linksTooClose(browser, "slide-5"), screen[0] + "×" + screen[1] + ": links too close to tap");
        }
    }

    /**
     * How many links the slide's table has, then each pair that is too close: far enough apart means 24 px circles on
     * their centres do not overlap, or both at least 24 px each way (WCAG 2.5.8), as they are drawn, the slide's scale
     * included.
     */
    private static String linksTooClose(DevToolsBrowser browser, String slide) throws Exception {
        browser.evaluate("document.getElementById('" + slide + "').scrollIntoView()");
        return browser.evaluate("(function () { var boxes = [...document.querySelectorAll('#" + slide + " table a')]"
                + ".map(a => ({ name: a.textContent, r: a.getBoundingClientRect() })), out = [];"
                + " var big = b => b.r.width >= 24 && b.r.height >= 24;"
                + " boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {"
                + "  var d = Math.hypot(a.r.left + a.r.width / 2 - b.r.left - b.r.width / 2, a.r.top + a.r.height / 2 - b.r.top - b.r.height / 2);"
                + "  if (d < 24 && !(big(a) && big(b))) { out.push(a.name + ' and ' + b.name + ' ' + d.toFixed(1) + ' px apart'); } }));"
                + " return boxes.length + ' links; ' + out.join('; '); })()").asText();
    }

    /** The least room between "Exit this page" and anything on a slide, in CSS pixels. */
    static final int GAP = 4;

    /**
     * "Exit this page" (quick-exit:) is fixed at the top right, over the slides: on a 320×480 phone it stood over the end
     * of a slide's first heading, and on phones held sideways over the heading's first line. Each slide as a phone shows it, upright (reveal.js's scrolling view, the slide laid out upright) and held sideways:
     * everything on it at least {@link #GAP} px from the button, and on the screen.
     */
    @Test
    void aSlidesContentKeepsClearOfTheButtonOnAPhoneEitherWayRound() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] screen : List.of(new int[] {320, 480}, new int[] {480, 320}, new int[] {360, 640}, new int[] {640, 360},
                new int[] {375, 667}, new int[] {667, 375}, new int[] {412, 915}, new int[] {915, 412})) {
            DevToolsBrowser browser = open(screen[0], screen[1]);
            boolean scrolling = browser.evaluate("Reveal.isScrollView()").asBoolean();
            for (int n = 1; n <= 4; n++) {
                if (scrolling) {
                    browser.evaluate("document.getElementById('slide-" + n + "').closest('.scroll-page').scrollIntoView()");
                    Thread.sleep(300); // the scroll snaps the slide into place
                } else {
                    browser.evaluate("Reveal.slide(" + (n - 1) + ")");
                    browser.waitUntil("Reveal.getIndices().h === " + (n - 1), 5_000);
                }
                String found = browser.evaluate("(function () { var b = document.getElementById('quick-exit').getBoundingClientRect(), out = [];"
                        + " [...document.getElementById('slide-" + n + "').children].filter(e => e.tagName !== 'ASIDE').forEach(e => {"
                        + "  var r = e.getBoundingClientRect(), name = e.tagName.toLowerCase() + ' ' + Math.round(r.left) + ',' + Math.round(r.top)"
                        + "   + '–' + Math.round(r.right) + ',' + Math.round(r.bottom);"
                        + "  var gap = Math.max(r.left - b.right, b.left - r.right, r.top - b.bottom, b.top - r.bottom);"
                        + "  if (gap < " + GAP + ") { out.push(name + ' is ' + gap.toFixed(1) + ' px from the button at ' + Math.round(b.left) + ','"
                        + "   + Math.round(b.top) + '–' + Math.round(b.right) + ',' + Math.round(b.bottom)); }"
                        + "  if (r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) { out.push(name + ' is off the screen'); }"
                        + " });"
                        + " return out.join('; '); })()").asText();
                if (!found.isEmpty()) {
                    problems.add(screen[0] + "×" + screen[1] + (scrolling ? " scrolling" : "") + ", slide " + n + ": " + found);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The button never stands over a slide, its accent bar included, nor over reveal.js's controls and slide number, on a
     * phone either way round, at any point of the deck: in reveal.js's scrolling view (upright, below about 435 px wide)
     * every 72 px of the way through it, since a reader drags the slides up past the button with a finger (a slide, over
     * 100 px tall, is near the 44 px button for more than 144 px of scrolling, so no step passes one by; the controls and
     * the number stay put; steps of 24 px took 20 s of the suite), and in the
     * paged view at each slide. Before, the accent bar ran under the button on a 320×480 phone, and in the scrolling view
     * each slide passed under it on its way up the screen. What is drawn of each thing counts: its box cut to the screen
     * and to each box around it that clips (the scrolling body, a page of the scrolling view, the .reveal frame).
     */
    @Test
    void theButtonNeverCoversASlideOrTheControlsOnAPhoneWhileTheSlidesScrollPast() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] screen : List.of(new int[] {320, 480}, new int[] {480, 320}, new int[] {360, 640}, new int[] {640, 360},
                new int[] {412, 915}, new int[] {915, 412})) {
            DevToolsBrowser browser = open(screen[0], screen[1]);
            String where = screen[0] + "×" + screen[1];
            if (browser.evaluate("Reveal.isScrollView()").asBoolean()) {
                // Without snapping, so that the body stays where it is put, between two slides as much as on one.
                int end = browser.evaluate("(document.body.style.scrollSnapType = 'none', document.body.scrollHeight - document.body.clientHeight)").asInt();
                assertTrue(end > 2 * screen[1], where + ": the scrolling view scrolls through the four slides: " + end);
                int before = problems.size();
                for (int y = 0; y <= end; y += 72) {
                    browser.evaluate("document.body.scrollTop = " + y);
                    String found = browser.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(" + UNDER_THE_BUTTON + "))))").asText();
                    if (!found.isEmpty() && problems.size() - before < 3) { // the first few say enough
                        problems.add(where + " scrolled " + y + " px: " + found);
                    }
                }
            } else {
                for (int n = 1; n <= 4; n++) {
                    browser.evaluate("Reveal.slide(" + (n - 1) + ")");
                    browser.waitUntil("Reveal.getIndices().h === " + (n - 1), 5_000);
                    String found = browser.evaluate(UNDER_THE_BUTTON).asText();
                    if (!found.isEmpty()) {
                        problems.add(where + ", slide " + n + ": " + found);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * What of a slide, reveal.js's arrows and the slide number is drawn less than {@link #GAP} px from "Exit this page":
     * each one's box as the screen shows it, cut to every box around it that clips what it holds.
     */
    private static final String UNDER_THE_BUTTON = "(function () { var b = document.getElementById('quick-exit').getBoundingClientRect(), out = [];"
            + " var cut = (r, c) => ({ left: Math.max(r.left, c.left), top: Math.max(r.top, c.top), right: Math.min(r.right, c.right), bottom: Math.min(r.bottom, c.bottom) });"
            + " var shown = e => { var s = getComputedStyle(e); return s.visibility === 'visible' && +s.opacity > 0 && e.getClientRects().length > 0; };"
            + " [...document.querySelectorAll('.reveal .slides section, .reveal .controls button, .reveal .slide-number')].filter(shown).forEach(e => {"
            + "  var r = cut(e.getBoundingClientRect(), { left: 0, top: 0, right: innerWidth, bottom: innerHeight });"
            + "  for (var a = e.parentElement; a; a = a.parentElement) { var s = getComputedStyle(a);"
            + "   if (s.opacity === '0' || s.display === 'none') { return; }"
            + "   if (s.overflowX !== 'visible' || s.overflowY !== 'visible') { r = cut(r, a.getBoundingClientRect()); } }"
            + "  if (r.right - r.left < 0.5 || r.bottom - r.top < 0.5) { return; }"
            + "  var gap = Math.max(r.left - b.right, b.left - r.right, r.top - b.bottom, b.top - r.bottom);"
            + "  if (gap < " + GAP + ") { out.push((e.id || e.className) + ' drawn at ' + [r.left, r.top, r.right, r.bottom].map(Math.round) + ' is '"
            + "   + gap.toFixed(1) + ' px from the button at ' + [b.left, b.top, b.right, b.bottom].map(Math.round)); }"
            + " });"
            + " return out.join('; '); })()";

    /**
     * On a phone reveal.js wraps each slide in a page of its scrolling view, and the theme's rules for a slide, written
     * for a child of .slides, missed it: no side margins, no accent bar, and the title slide without its look. A table
     * too wide for the slide scrolls in its region (the focusable div.table-scroll) rather than running off the screen.
     */
    @Test
    void aPhoneShowsTheSlidesFrameAndScrollsATableTooWideForIt() throws Exception {
        DevToolsBrowser browser = open(320, 640);
        assertTrue(browser.evaluate("Reveal.isScrollView()").asBoolean(), "reveal.js's scrolling view");
        assertEquals("32px 12px", browser.evaluate("getComputedStyle(document.getElementById('slide-2')).paddingInlineStart + ' '"
                + " + getComputedStyle(document.querySelector('#slide-1 h2')).borderInlineStartWidth").asText(),
                "the slide's margin and the title slide's band");
        browser.evaluate("document.getElementById('slide-3').scrollIntoView()");
        // Scrolled to its end, the region shows the address whole on the slide; the page itself does not scroll sideways.
        String wide = browser.evaluate("(function () { var s = document.getElementById('slide-3').getBoundingClientRect(),"
                + " box = document.querySelector('#slide-3 .table-scroll'), r = box.getBoundingClientRect();"
                + " box.scrollLeft = box.scrollWidth; var cell = document.querySelector('#slide-3 td:last-child').getBoundingClientRect();"
                + " return [r.right <= s.right + 0.5, box.scrollLeft > 0, cell.right <= s.right + 0.5,"
                + " document.documentElement.scrollWidth <= innerWidth].join(' '); })()").asText();
        assertEquals("true true true true", wide, "the table's region on the slide, scrolled, its last cell on the slide, the page still");
    }

    @Test
    void theSlidesStaySixteenByNineExceptOnAPhoneHeldUpright() throws Exception {
        DevToolsBrowser browser = open(320, 640);
        assertEquals("540×960", size(browser), "a phone held upright");
        // Turned on its side, the same phone shows the slides as they are printed.
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 640, "height", 320, "deviceScaleFactor", 1, "mobile", true));
        browser.waitUntil("Reveal.getConfig().width === 960", 5_000);
        assertEquals("960×540", size(browser), "the phone turned");
        browser = open(1280, 720);
        assertEquals("960×540", size(browser), "a laptop");
        // The speaker view's previews of the slides, frames that are narrow and tall on a portrait monitor.
        browser = open(320, 640, "?receiver&progress=false");
        assertEquals("960×540 64px", size(browser) + " " + browser.evaluate(
                "getComputedStyle(document.getElementById('slide-2')).paddingInlineStart").asText(), "a preview in the speaker view");
    }

    /**
     * The deck's readable page on a phone: "On this page" sits above the slides, folded. It stayed sticky, as it is in
     * its own column on a wide screen, so a link to a slide (#slide-2) put the slide's label and heading under it.
     */
    @Test
    void aLinkToASlideOnItsPageShowsTheSlideOnAPhone() throws Exception {
        DevToolsBrowser browser = CHROMIUM.freshPage(320, 640);
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        // At once, not smoothly, so that where the slide is drawn is where it stays.
        browser.send("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        browser.navigate(deck.resolveSibling("welcome.html").toUri() + "#slide-2");
        assertTrue(browser.evaluate("!!document.querySelector('main.has-toc details.page-toc')").asBoolean(), "the page has its contents");
        browser.waitUntil("scrollY > 0", 5_000); // the browser goes to the slide after the page's load event
        String hidden = browser.evaluate("[...document.querySelectorAll('#slide-2 .slide-label, #slide-2 h2')].map(e => {"
                + " var r = e.getBoundingClientRect(), hit = document.elementFromPoint(r.left + 4, r.top + r.height / 2);"
                + " return hit && e.contains(hit) ? '' : e.textContent + ' is under ' + (hit ? hit.tagName + '.' + hit.className : 'nothing') + ' at ' + Math.round(r.top) + ' of ' + innerHeight + ', scrolled ' + scrollY; })"
                + ".filter(Boolean).join('; ')").asText();
        assertEquals("", hidden, "the slide a link went to");
    }

    /**
     * A link to a slide (deck.html#/3, reveal.js's address of the fourth slide) lands on that slide, on a phone and on a
     * desktop alike, opened from disk. On a phone reveal.js 6.0.2 shows its scrolling view, where the deck opened at such
     * an address showed the first slide, and a changed address (a link within the deck) scrolled short of the slide, for
     * each slide past the middle of the deck by over half a screen, so the scroll snapped back to the slide before: one
     * early (reveal.js issue 3815). Scrolling on, the address names each slide as it comes into view; it stayed put.
     */
    @Test
    void aLinkToASlideShowsThatSlideOnAPhoneAndADesktop() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] screen : List.of(new int[] {360, 780}, new int[] {320, 640}, new int[] {1280, 720})) {
            for (int n = 0; n < 5; n++) {
                check(open(screen[0], screen[1], "#/" + n), n, screen[0] + "×" + screen[1] + " opened at #/" + n, problems);
            }
        }
        DevToolsBrowser browser = open(360, 780, "#/0");
        assertTrue(browser.evaluate("Reveal.isScrollView()").asBoolean(), "reveal.js's scrolling view on a phone");
        for (int n : new int[] {3, 1, 4, 2}) {
            browser.evaluate("location.hash = '#/" + n + "'");
            check(browser, n, "360×780, the address changed to #/" + n, problems);
        }
        for (int n = 0; n < 5; n++) {
            browser.evaluate("document.getElementById('slide-" + (n + 1) + "').closest('.scroll-page').scrollIntoView()");
            check(browser, n, "360×780 scrolled to the slide at index " + n, problems);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Once any scrolling has settled: the slide in view (of the slides drawn, the one that covers most of the screen),
     * the one reveal.js takes to be the current one, and the address, each that of the slide at index {@code n}.
     */
    private static void check(DevToolsBrowser browser, int n, String where, List<String> problems) throws Exception {
        Thread.sleep(600);
        String shown = browser.evaluate("(function () { var best = null, most = 0;"
                + " document.querySelectorAll('section[id^=slide-]').forEach(e => {"
                + "  if (!e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) { return; }"
                + "  var r = e.getBoundingClientRect(), area = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0))"
                + "   * Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));"
                + "  if (area > most) { most = area; best = e; } });"
                + " return 'in view ' + (best ? best.id : 'none') + ', current ' + Reveal.getCurrentSlide().id + ', address ' + location.hash; })()")
                .asText();
        String slide = "slide-" + (n + 1);
        if (!shown.equals("in view " + slide + ", current " + slide + ", address #/" + slide)) {
            problems.add(where + ": " + shown);
        }
    }

    private static String size(DevToolsBrowser browser) throws Exception {
        return browser.evaluate("Reveal.getConfig().width + '×' + Reveal.getConfig().height").asText();
    }

    /** The deck in a fresh page of that size, as a phone shows it, once reveal.js has laid it out. */
    private static DevToolsBrowser open(int width, int height) throws Exception {
        return open(width, height, "");
    }

    /** The same, with that query after the deck's address. */
    private static DevToolsBrowser open(int width, int height, String query) throws Exception {
        DevToolsBrowser browser = CHROMIUM.freshPage(width, height);
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
        browser.send("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        browser.navigate(deck.toUri() + query);
        browser.waitUntil("window.Reveal && Reveal.isReady()", 10_000);
        return browser;
    }
}
