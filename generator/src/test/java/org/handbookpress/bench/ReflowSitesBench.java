package org.handbookpress.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbookpress.DevToolsBrowser;

/**
 * Every page of sites already built, such as real-world folders, on a phone of WCAG's reflow width (320 CSS px, or
 * {@code -Dwidth=}), run by hand ({@code bench/reflow.sh}): prints each page that scrolls sideways, with the elements that
 * reach past the screen outside any box of their own that scrolls, and each box that scrolls (a wide table, code) but
 * cannot take the keyboard's focus or has no name. Pages that only redirect (moved pages) are passed over.
 */
public final class ReflowSitesBench {
    private static final String PROBE = "(function () { var out = [], w = document.documentElement.clientWidth;"
            + " var sw = document.documentElement.scrollWidth;"
            + " if (sw > w) { var past = [...document.querySelectorAll('body *')].filter(e => {"
            + "  if (e.getBoundingClientRect().right <= w + 0.5) { return false; }"
            + "  for (var p = e.parentElement; p; p = p.parentElement) { if (/auto|scroll|hidden/.test(getComputedStyle(p).overflowX)"
            + "   && p.getBoundingClientRect().right <= w + 0.5) { return false; } } return true; })"
            + "  .slice(0, 6).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')"
            + "   + ' to ' + Math.round(e.getBoundingClientRect().right)).join(', ');"
            + "  out.push('page ' + sw + ' px wide: ' + (past || 'no element listed (text in a flex or grid box?)')); }"
            + " document.querySelectorAll('body *').forEach(e => { if (/auto|scroll/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1) {"
            + "  var named = e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby') || e.tagName === 'PRE';"
            + "  var focusable = e.tabIndex >= 0 || !!e.querySelector('a[href], button, input, select, textarea, [tabindex]');"
            + "  if (!focusable || !named) { out.push('a box that scrolls, ' + e.tagName.toLowerCase() + '.' + e.className"
            + "   + (focusable ? '' : ', takes no focus') + (named ? '' : ', has no name')); } } });"
            + " return out.join('\\n'); })()";

    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(System.getProperty("width", "320"));
        try (DevToolsBrowser browser = DevToolsBrowser.start(Files.createTempDirectory("reflow-sites"), width, 700, List.of())) {
            browser.freshPage(width, 700); // a started browser's window is at least 500 px wide; a new one is as asked
            browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 700, "deviceScaleFactor", 1, "mobile", true));
            for (String arg : args) {
                Path site = Path.of(arg);
                List<Path> pages;
                try (Stream<Path> files = Files.walk(site)) {
                    pages = files.filter(p -> p.toString().endsWith(".html") && !site.relativize(p).startsWith("assets")).sorted().toList();
                }
                int bad = 0;
                int checked = 0;
                for (Path page : pages) {
                    if (Files.readString(page, StandardCharsets.UTF_8).contains("http-equiv=\"refresh\"")) {
                        continue;
                    }
                    checked++;
                    browser.navigate(page.toUri().toString());
                    String problems = browser.evaluate(PROBE).asText();
                    if (!problems.isEmpty()) {
                        bad++;
                        System.out.println(site.relativize(page) + "\n  " + problems.replace("\n", "\n  "));
                    }
                }
                System.out.println(arg + ": " + checked + " pages at " + width + " px, " + bad + " with problems");
            }
        }
    }
}
