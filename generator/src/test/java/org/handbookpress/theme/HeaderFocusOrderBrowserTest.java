package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tab goes through the top of the page in the order a reader sees it (WCAG 2.4.3, 1.3.2). On a phone or a tablet the
 * Menu button was drawn in the header's top corner, beside the title, but came after the search box and its button in
 * the page, so focus went from the title down to the search, then back up to the corner, then down to the page.
 */
class HeaderFocusOrderBrowserTest {

    /**
     * Where focus is after a Tab: what it is, where it is drawn, and whether it has left the header and the Menu button
     * (for the menu's first link, or the page's when the menu is closed).
     */
    private static final String FOCUSED = "(function () { var e = document.activeElement;"
            + " if (!e || e === document.body) { return null; }"
            + " var r = e.getBoundingClientRect();"
            + " return { name: e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + (e.hreflang ? '[hreflang=' + e.hreflang + ']' : '') + ' \"' + (e.textContent || e.placeholder || '').trim() + '\"',"
            + " top: r.top, bottom: r.bottom, left: r.left, right: r.right, shown: r.width > 0 && r.height > 0,"
            + " past: !!e.closest('.site-nav, .site-main, .site-footer') }; })()";

    @Test
    void tabFollowsTheHeadersControlsInTheOrderTheyAreDrawnAtEveryWidthBothDirectionsWithAndWithoutScripts(@TempDir Path dir)
            throws Exception {
        HeadlessChromium.assumeAvailable();
        // English with its Arabic translation: both pages have the language switch in the header, the Arabic one right to left.
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Riverside Peer Support Handbook\norganisation: Riverside Peer Support\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/first.md", "# First steps\n\nA page.\n",
                "ar/index.md", "# الرئيسية\n\nمرحبا.\n",
                "toolkit/listening.md", "# Listening well\n\nA page.\n",
                "ar/toolkit/first.md", "# الخطوات الأولى\n\nصفحة.\n",
                "ar/toolkit/listening.md", "# الإصغاء الجيد\n\nصفحة.\n"));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        List<String> wrong = new ArrayList<>();
        try (DevToolsBrowser browser = DevToolsBrowser.start(dir, 1280, 800, List.of())) {
            for (boolean scripts : new boolean[] {true, false}) {
                browser.send("Emulation.setScriptExecutionDisabled", Map.of("value", !scripts));
                for (int width : new int[] {360, 800, 1280}) {
                    browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800, "deviceScaleFactor", 1,
                            "mobile", width < 500));
                    for (String page : List.of("toolkit/first.html", "ar/toolkit/first.html")) {
                        browser.navigate(site.resolve(page).toUri().toString());
                        boolean rightToLeft = "rtl".equals(browser.evaluate("document.documentElement.dir").asText());
                        String at = page + " at " + width + " px " + (scripts ? "with" : "without") + " scripts: ";
                        List<JsonNode> stops = tabThroughHeader(browser);
                        String names = String.join(" → ", stops.stream().map(s -> s.path("name").asText()).toList());
                        for (String control : List.of("site-title", "hreflang", "input", "button")) {
                            assertTrue(names.contains(control), at + "focus never reached " + control + ": " + names);
                        }
                        if (width <= 960) {
                            assertTrue(names.contains("menu-button"), at + "focus never reached the Menu button: " + names);
                        }
                        List<String> here = new ArrayList<>();
                        for (int i = 0; i < stops.size(); i++) {
                            if (!stops.get(i).path("shown").asBoolean()) {
                                here.add(stops.get(i).path("name").asText() + " has focus but is not drawn");
                            }
                            for (int j = i + 1; j < stops.size(); j++) {
                                if (drawnBefore(stops.get(j), stops.get(i), rightToLeft)) {
                                    here.add(stops.get(j).path("name").asText() + " is drawn before " + stops.get(i).path("name").asText());
                                }
                            }
                        }
                        if (!here.isEmpty()) {
                            wrong.add(at + String.join("; ", here) + ", but Tab goes " + names);
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * Tab from the top of the page through the header and the Menu button, and once more to the first control past
     * them, which must be drawn after them too; each stop as {@link #FOCUSED}.
     */
    private static List<JsonNode> tabThroughHeader(DevToolsBrowser browser) throws Exception {
        List<JsonNode> stops = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            browser.press("Tab", "Tab", 9, 0);
            JsonNode stop = browser.evaluate(FOCUSED);
            if (stop.isNull() || stop.isMissingNode()) {
                return stops;
            }
            stops.add(stop);
            if (stop.path("past").asBoolean()) {
                return stops;
            }
        }
        return stops;
    }

    /**
     * Whether {@code later} is drawn before {@code earlier} in reading order: on a line above it, or on the same line
     * (their boxes side by side) and on the side a line starts from: the left, or the right in a right-to-left page.
     */
    private static boolean drawnBefore(JsonNode later, JsonNode earlier, boolean rightToLeft) {
        if (later.path("bottom").asDouble() <= earlier.path("top").asDouble()) {
            return true;
        }
        boolean sameLine = later.path("top").asDouble() < earlier.path("bottom").asDouble()
                && earlier.path("top").asDouble() < later.path("bottom").asDouble();
        return sameLine && (rightToLeft
                ? later.path("left").asDouble() >= earlier.path("right").asDouble()
                : later.path("right").asDouble() <= earlier.path("left").asDouble());
    }
}
