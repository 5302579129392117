package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.DevToolsBrowser;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A federation's register holds every local group's documents (a few hundred rows): a coordinator looking for their
 * group's, or for what is overdue, types it into the register's filter. Without JavaScript the table stays whole.
 */
class RegisterFilterBrowserTest {

    @TempDir
    Path temp;

    @Test
    void theRegisterShowsOnlyTheRowsContainingTheWordsTyped() throws Exception {
        HeadlessChromium.assumeAvailable();
        Map<String, String> files = new HashMap<>(Map.of(
                "handbook.yml", "title: Food banks\n",
                "index.md", "# Home\n\nWelcome.\n"));
        for (String group : List.of("aberdar", "bala", "brecon", "carmarthen")) {
            files.put("groups/" + group + "/transport.md", "---\ntitle: Transport Policy\nkind: policy\nreviewed: "
                    + (group.equals("bala") ? "2024-01-10" : "2026-10-01") + "\nreview-every: 12 months\nowner: Coordinator\n---\n\nDrivers.\n");
            files.put("groups/" + group + "/keys.md", "---\ntitle: Keys Policy\nkind: policy\nreviewed: 2026-10-01\n"
                    + "review-every: 12 months\n---\n\nKeys.\n");
        }
        Path content = TestHandbooks.write(temp.resolve("c"), files);
        Path site = temp.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(Instant.parse("2026-12-01T00:00:00Z")).withoutPdfs(),
                BuildLog.SILENT).run();
        Document page = Jsoup.parse(site.resolve("documents.html").toFile());
        assertTrue(page.selectFirst(".register-filter").hasAttr("hidden"), "without JavaScript no filter that does nothing");
        assertEquals(8, page.select(".documents-table tbody tr").size());

        AxeAudit audit = AxeAudit.instrument(temp, List.of("site/documents.html"));
        var runs = audit.runEach(List.of(AxeAudit.DESKTOP_LIGHT, AxeAudit.PHONE_DARK));
        for (AxeAudit.Mode mode : runs.keySet()) {
            assertEquals(List.of(), audit.problems(mode, AxeAudit.results(runs.get(mode))), mode.name() + ", the filter shown");
        }

        try (DevToolsBrowser browser = DevToolsBrowser.start(temp, 1280, 900, List.of())) {
            browser.navigate(site.resolve("documents.html").toUri().toString());
            browser.waitUntil("!document.querySelector('.register-filter').hidden", 10_000);
            String shown = "Array.from(document.querySelectorAll('.documents-table tbody tr'))"
                    + ".filter(r => r.offsetParent !== null).map(r => r.querySelector('.doc-section').textContent + ' ' "
                    + "+ r.querySelector('th a').textContent).join('|')";
            browser.evaluate("document.getElementById('register-filter-input').focus()");
            browser.type("BALA");
            assertEquals("Groups › Bala Transport Policy|Groups › Bala Keys Policy", browser.evaluate(shown).asText(),
                    "only Bala's two documents, overdue first as before, whatever the case typed");
            assertEquals("Showing 2 of 8", browser.evaluate("document.getElementById('register-filter-status').textContent").asText());
            browser.evaluate("const i = document.getElementById('register-filter-input'); i.value = 'overdue transport';"
                    + " i.dispatchEvent(new Event('input'))");
            assertEquals("Groups › Bala Transport Policy", browser.evaluate(shown).asText(), "every word typed, in any column");
            browser.evaluate("const j = document.getElementById('register-filter-input'); j.value = '';"
                    + " j.dispatchEvent(new Event('input'))");
            assertEquals(8, browser.evaluate(shown + ".split('|').length").asInt(), "an empty filter shows every row again");
            assertFalse(browser.evaluate("document.getElementById('register-filter-status').textContent.length > 0").asBoolean());
        }
    }
}
