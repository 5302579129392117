package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Markdown table's aligned columns (|---:|, |:---:|) are aligned so in the browser, as GitHub shows them. */
class TableAlignmentBrowserTest {

    @TempDir
    Path temp;

    @Test
    void rightAndCentredColumnsKeepTheirAlignmentUnderTheTheme() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(temp.resolve("c"), Map.of(
                "handbook.yml", "title: Stock\n",
                "index.md", "# Home\n\nWelcome.\n",
                "stock.md", """
                        # Stock

                        | Item | Shelf | Count |
                        |---|:---:|---:|
                        | Apples | B | 7 |
                        | Pears | A | 1234 |
                        """));
        Path site = temp.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withoutPdfs(), BuildLog.SILENT).run();
        // A file, not an inline script: the pages' Content-Security-Policy allows only the site's own scripts.
        Files.writeString(site.resolve("align-probe.js"), """
                document.body.setAttribute('data-aligns', Array.prototype.map.call(
                    document.querySelectorAll('main tr:first-child > *, main tbody tr:first-child > *'),
                    function (cell) { return getComputedStyle(cell).textAlign; }).join(' '));
                """, StandardCharsets.UTF_8);
        Path page = site.resolve("stock.html");
        Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8)
                .replace("</body>", "<script src=\"align-probe.js\"></script>\n</body>"), StandardCharsets.UTF_8);
        String dom = HeadlessChromium.dumpDom(page.toUri(), 1200, 900, 3000, List.of(), temp);
        // start: the theme's default, the left in a left-to-right page (the right in a right-to-left one).
        assertEquals("start center right start center right", Jsoup.parse(dom).body().attr("data-aligns"),
                "header row, then the first row: Item, Shelf, Count");
    }
}
