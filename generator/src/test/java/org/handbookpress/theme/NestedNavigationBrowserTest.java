package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A section's pages sit further in than the section at every depth, as only a browser's layout shows. */
class NestedNavigationBrowserTest {

    @TempDir
    Path temp;

    @Test
    void eachLevelOfTheNavigationIsIndentedFurtherThanTheOneAbove() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(temp.resolve("c"), Map.of(
                "handbook.yml", "title: Departments\n",
                "index.md", "# Home\n\nWelcome.\n",
                "departments/index.md", "# Departments\n\nAll of them.\n",
                "departments/data/index.md", "# Data\n\nThe data team.\n",
                "departments/data/metrics/definitions.md", "# Metric definitions\n\nWhat we count.\n",
                "departments/data/metrics/index.md", "# Metrics\n\nOur metrics.\n"));
        Path site = temp.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withoutPdfs(), BuildLog.SILENT).run();
        String page = "site/departments/data/metrics/definitions.html";
        AxeAudit audit = AxeAudit.instrument(temp, List.of(page));
        for (AxeAudit.Mode mode : List.of(AxeAudit.DESKTOP_LIGHT, AxeAudit.PHONE_LIGHT)) {
            Map<String, Element> results = audit.run(mode);
            assertEquals(List.of(), audit.problems(mode, results), mode.name());
            List<Integer> lefts = new ArrayList<>();
            for (String depth : results.get(page).attr("data-nav-indents").split(";")) {
                lefts.add(Integer.parseInt(depth.substring(depth.indexOf('=') + 1)));
            }
            assertTrue(lefts.size() >= 4, mode.name() + ": home, departments, data and metrics are open: " + lefts);
            for (int i = 1; i < lefts.size(); i++) {
                assertTrue(lefts.get(i) > lefts.get(i - 1), mode.name() + ": level " + (i + 1) + " starts at " + lefts.get(i)
                        + " px, not further in than level " + i + " at " + lefts.get(i - 1) + " px: " + lefts);
            }
        }
    }
}
