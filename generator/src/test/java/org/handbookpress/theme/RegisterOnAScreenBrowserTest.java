package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
 * The Documents register on a laptop's screen: its six columns fit the page's box, long owners and approvers wrapping;
 * on a screen narrower still (a tablet), where they do not, each document's name and its status stay in sight while the
 * columns between them scroll, left to right and right to left. Before, every cell kept to one line and the table was
 * 1,662 px wide in the example's 911 px box at 1,280 px, so Approved, the review dates and the Status were out of sight
 * to the side on every screen; then, with eight columns wrapping, 1,284 px, the review dates still scrolled out of sight.
 */
class RegisterOnAScreenBrowserTest {

    @TempDir
    Path temp;

    @Test
    void eachDocumentsNameAndStatusStayInSightWhileTheOtherColumnsScroll() throws Exception {
        HeadlessChromium.assumeAvailable();
        for (String language : List.of("en-GB", "ar")) {
            Path content = TestHandbooks.write(temp.resolve(language), Map.of(
                    "handbook.yml", "title: Carers' Circle\nlanguage: " + language + "\n",
                    "index.md", "# Home\n\nWelcome.\n",
                    "policies/complaints.md", "---\ntitle: Comments, compliments and complaints\nkind: policy\nversion: 2.1\n"
                            + "owner: Chief officer and the chair of trustees, on behalf of the members\napproved: 2025-11-20\n"
                            + "approved-by: Board of Trustees, finance sub-committee\nreviewed: 2025-11-20\nreview-every: 12 months\n"
                            + "description: How anyone can tell us what went well, what did not, and how we answer them.\n---\n"
                            + "Anyone can raise a concern.\n",
                    "policies/expenses.md", "---\ntitle: Volunteer expenses\nkind: policy\nversion: 1.4\nowner: Finance officer\n"
                            + "approved: 2025-07-01\napproved-by: Operations Committee\nreviewed: 2024-07-01\nreview-every: 6 months\n---\n"
                            + "Nobody should be out of pocket.\n"));
            Path site = temp.resolve(language + "-site");
            new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
            Path profile = java.nio.file.Files.createDirectories(temp.resolve(language + "-browser"));
            try (DevToolsBrowser browser = DevToolsBrowser.start(profile, 1280, 900, List.of())) {
                browser.navigate(site.resolve("documents.html").toUri().toString());
                browser.waitUntil("!!document.querySelector('.documents-table .sort-button')", 5_000);
                assertEquals("fits", fits(browser), language + ": at 1,280 px, the whole register in its box");
                browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 760, "height", 900, "deviceScaleFactor", 1, "mobile", false));
                String tablet = fits(browser);
                assertTrue(tablet.startsWith("wider"), language + ": the case this is about, a register wider than its box at 760 px: " + tablet);
                for (String end : List.of("start", "end")) {
                    // Scrolled to either end (scrollLeft is negative right to left), every row's name and status are in the box.
                    String hidden = browser.evaluate("(function () { var box = document.querySelector('.documents-table').parentElement;"
                            + " var rtl = getComputedStyle(box).direction === 'rtl'; var far = box.scrollWidth - box.clientWidth;"
                            + " box.scrollLeft = '" + end + "' === 'start' ? 0 : (rtl ? -far : far);"
                            + " var b = box.getBoundingClientRect(); var out = [];"
                            + " document.querySelectorAll('.documents-table tbody tr').forEach(function (tr) {"
                            + "   [tr.firstElementChild, tr.lastElementChild].forEach(function (cell) { var r = cell.getBoundingClientRect();"
                            + "     if (r.left < b.left - 1 || r.right > b.right + 1) { out.push(cell.textContent.trim().slice(0, 30) + ' at '"
                            + "       + Math.round(r.left) + '-' + Math.round(r.right) + ' of ' + Math.round(b.left) + '-' + Math.round(b.right)); } }); });"
                            + " return out.join('; '); })()").asText();
                    assertEquals("", hidden, language + ", scrolled to the " + end + ": out of sight");
                }
            }
        }
    }

    /** "fits" when the register is no wider than its box, else "wider" and the two widths. */
    private static String fits(DevToolsBrowser browser) throws Exception {
        String widths = browser.evaluate("(function () { var t = document.querySelector('.documents-table');"
                + " return Math.round(t.getBoundingClientRect().width) + ' in ' + t.parentElement.clientWidth + ' (columns ' + [...t.tHead.rows[0].cells].map(c => Math.round(c.getBoundingClientRect().width)).join(', ') + ')'; })()").asText();
        String[] w = widths.replaceAll(" \\(.*", "").split(" in ");
        return Integer.parseInt(w[0]) <= Integer.parseInt(w[1]) + 1 ? "fits" : "wider (" + widths + " px)";
    }
}
