package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
 * Quarto's two columns on a slide ({@code :::: {.columns}} around {@code ::: {.column}} divs) in the deck and on the
 * deck's readable page: side by side where there is room, one above the other on a phone held upright. They stood one
 * above the other everywhere, a sports club's two-column slide read as one list.
 */
class SlideColumnsBrowserTest {

    @TempDir
    static Path dir;
    static Path site;
    @RegisterExtension
    static final SharedBrowser CHROMIUM = new SharedBrowser();

    @BeforeAll
    static void build() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Coaches\nlanguage: en-GB\n",
                "index.md", "# Home\n\nHello.\n",
                "training/induction.md", "---\ntitle: Induction\nkind: slides\n---\n\n## Two kinds of session\n\n"
                        + ":::: {.columns}\n::: {.column}\n**Junior athletics**\n\nSaturday mornings.\n:::\n"
                        + "::: {.column}\n**Walking football**\n\nTuesday evenings.\n:::\n::::\n",
                "training/roles.md", "---\ntitle: Roles\nkind: slides\n---\n\n## Who does what\n\n"
                        + ":::: {.columns}\n::: {.column width=\"30%\"}\n**Coach**\n\nPlans the session.\n:::\n"
                        + "::: {.column width=\"70%\"}\n**Welfare officer**\n\nThe person a child or parent can go to.\n:::\n::::\n"));
        site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
    }

    @Test
    void theColumnsStandSideBySideInTheDeckAndOnThePage() throws Exception {
        assertEquals("beside", layout(open("training/induction.slides.html", 1280, 720, true)), "the deck at 1280×720");
        assertEquals("beside", layout(open("training/induction.html", 1280, 900, false)), "the readable page at 1280 px");
        assertEquals("above", layout(open("training/induction.slides.html", 320, 640, true)), "the deck upright on a phone");
        assertEquals("above", layout(open("training/induction.html", 320, 640, false)), "the page on a phone");
    }

    /**
     * Columns given their widths ({@code ::: {.column width="30%"}}) take those shares of the row in the deck and on the
     * page, and one above the other on a phone each takes the whole width. They shared the row equally.
     */
    @Test
    void columnsGivenTheirWidthsTakeThoseShares() throws Exception {
        assertEquals("beside 0.3", shares(open("training/roles.slides.html", 1280, 720, true)), "the deck at 1280×720");
        assertEquals("beside 0.3", shares(open("training/roles.html", 1280, 900, false)), "the readable page at 1280 px");
        assertEquals("above, each the whole width", shares(open("training/roles.slides.html", 320, 640, true)), "the deck upright on a phone");
        assertEquals("above, each the whole width", shares(open("training/roles.html", 320, 640, false)), "the page on a phone");
    }

    /**
     * "beside" and the first column's share of the two, to a tenth, for columns side by side (the space between them
     * shared in proportion, or set inside them); "above" and whether each is as wide as the row, for columns stacked.
     */
    private static String shares(DevToolsBrowser browser) throws Exception {
        return browser.evaluate("(function () { var row = document.querySelector('.columns').getBoundingClientRect();"
                + " var c = [...document.querySelectorAll('.columns > .column')].map(e => e.getBoundingClientRect());"
                + " if (c.length !== 2) { return c.length + ' columns'; }"
                + " if (Math.abs(c[0].top - c[1].top) < 1 && c[1].left >= c[0].right - 1) {"
                + "   return 'beside ' + (Math.round(10 * c[0].width / (c[0].width + c[1].width)) / 10); }"
                + " if (c[1].top < c[0].bottom) { return 'overlapping: ' + JSON.stringify(c); }"
                + " return c.every(r => r.width >= row.width - 30) ? 'above, each the whole width'"
                + "   : 'above, ' + c.map(r => Math.round(r.width)).join(' and ') + ' px wide in ' + Math.round(row.width); })()").asText();
    }

    /** "beside" when the second column starts level with the first and to its right, "above" when under it. */
    private static String layout(DevToolsBrowser browser) throws Exception {
        return browser.evaluate("(function () { var c = [...document.querySelectorAll('.columns > .column')].map(e => e.getBoundingClientRect());"
                + " if (c.length !== 2) { return c.length + ' columns'; }"
                + " if (Math.abs(c[0].top - c[1].top) < 1 && c[1].left >= c[0].right) { return 'beside'; }"
                + " return c[1].top >= c[0].bottom ? 'above' : 'overlapping: ' + JSON.stringify(c); })()").asText();
    }

    private static DevToolsBrowser open(String page, int width, int height, boolean deck) throws Exception {
        DevToolsBrowser browser = CHROMIUM.freshPage(width, height);
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
        browser.send("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        browser.navigate(site.resolve(page).toUri().toString());
        browser.waitUntil(deck ? "window.Reveal && Reveal.isReady()" : "document.readyState === 'complete'", 10_000);
        return browser;
    }
}
