package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
 * A task list item too long for a line goes on under its own words, not under its tick box, as a bulleted item does
 * and as the PDF prints it: on a phone a policy's checklist ("Never use your own phone to photograph players in changing
 * rooms…") read as a new line starting under the box.
 */
class TaskListWrapBrowserTest {

    @RegisterExtension
    static final SharedBrowser CHROMIUM = new SharedBrowser();

    @Test
    void aLongItemsSecondLineStartsUnderItsFirstWord(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Coaches\nlanguage: en-GB\n",
                "index.md", "# Home\n\n- [ ] Never use your own phone to photograph players in changing rooms, whoever asks you to.\n"
                        + "- [x] Check the list.\n"));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        DevToolsBrowser browser = CHROMIUM.freshPage(360, 780);
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        browser.navigate(site.resolve("index.html").toUri().toString());
        // Each line's left edge, of the item's words (from the first letter, after the box and the space after it); and
        // the box's right edge.
        String lefts = browser.evaluate("(function () { var li = document.querySelector('li.task-list-item'),"
                + " text = [...li.childNodes].find(function (n) { return n.nodeType === 3 && n.data.trim(); }),"
                + " r = document.createRange(); r.setStart(text, text.data.search(/\\S/)); r.setEndAfter(li.lastChild);"
                + " return [...r.getClientRects()].filter(function (b) { return b.width > 0; })"
                + ".map(function (b) { return Math.round(b.left); }).join(',')"
                + " + ';' + Math.round(li.querySelector('input').getBoundingClientRect().right); })()").asText();
        String[] edges = lefts.split(";")[0].split(",");
        int box = Integer.parseInt(lefts.split(";")[1]);
        assertTrue(edges.length >= 2, "the item wraps at 360 px: " + lefts);
        int first = Integer.parseInt(edges[0]);
        assertTrue(first > box, "the words start after the box: " + lefts);
        for (int i = 1; i < edges.length; i++) {
            assertTrue(Math.abs(Integer.parseInt(edges[i]) - first) <= 1, "line " + (i + 1) + " starts at " + edges[i]
                    + " px, the first line's words at " + first + " px: " + lefts);
        }
    }
}
