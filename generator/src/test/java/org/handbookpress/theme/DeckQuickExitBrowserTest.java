package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.DevToolsBrowser;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Exit this page" on a slide deck shown on a phone. The button is fixed at the top right, over the slides: on a 320×480
 * phone it stood over the end of a slide's first heading, and on phones held sideways over the heading's first line.
 */
class DeckQuickExitBrowserTest {

    /** The least room between the button and anything on a slide, in CSS pixels. */
    static final int GAP = 4;

    @TempDir
    static Path dir;
    static Path deck;

    @BeforeAll
    static void build() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Allotment Friends\nlanguage: en-GB\nquick-exit: https://www.bbc.co.uk/weather\n",
                "index.md", "# Home\n\nWelcome to the plots.\n",
                "training/welcome.md", "---\ntitle: Welcome to the allotment\nkind: slides\n---\n"
                        + "## Welcome to the allotment\n\nA short talk for new members\n\n---\n\n"
                        + "## Who does what on the plots each week\n\n- Water the beds\n- Turn the compost\n\n---\n\n"
                        + "## Tools and keys\n\nThe shed is open on Saturdays.\n\n"
                        + "- Spades, forks and rakes hang on the left wall\n- Hoses are coiled under the bench\n"
                        + "- The key box code is on your welcome card\n- Put back what you borrow the same day\n"
                        + "- Report broken tools to the shed steward\n"));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        deck = site.resolve("training/welcome.slides.html");
    }

    /**
     * Each slide as a phone shows it, upright (reveal.js's scrolling view, the slide laid out upright) and held sideways:
     * everything on it at least {@link #GAP} px from the button, and on the screen.
     */
    @Test
    void aSlidesContentKeepsClearOfTheButtonOnAPhoneEitherWayRound() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] screen : List.of(new int[] {320, 480}, new int[] {480, 320}, new int[] {360, 640}, new int[] {640, 360},
                new int[] {375, 667}, new int[] {667, 375}, new int[] {412, 915}, new int[] {915, 412})) {
            try (DevToolsBrowser browser = open(screen[0], screen[1])) {
                boolean scrolling = browser.evaluate("Reveal.isScrollView()").asBoolean();
                for (int n = 1; n <= 3; n++) {
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
        }
        assertEquals(List.of(), problems);
    }

    /** The deck in a fresh browser of that size, as a phone shows it, once reveal.js has laid it out. */
    private static DevToolsBrowser open(int width, int height) throws Exception {
        DevToolsBrowser browser = DevToolsBrowser.start(dir, width, height, List.of());
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        browser.send("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        browser.navigate(deck.toUri().toString());
        browser.waitUntil("window.Reveal && Reveal.isReady()", 10_000);
        return browser;
    }
}
