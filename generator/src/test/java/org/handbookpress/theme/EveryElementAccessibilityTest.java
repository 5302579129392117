package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.handbookpress.testing.EveryElementPage;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page holding every element a page may keep passes axe-core in both colour schemes, on a desktop and on a phone. */
class EveryElementAccessibilityTest {

    @TempDir
    Path temp;

    @Test
    void everyAllowedElementPassesAxeInEveryMode() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(temp.resolve("content"), Map.of(
                "handbook.yml", "title: Elements\n", "index.md", "# Home\n\nWelcome.\n",
                "elements.md", EveryElementPage.make().markdown));
        new HandbookBuild(BuildOptions.of(content, temp.resolve("site")).withoutPdfs().withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        AxeAudit audit = AxeAudit.instrument(temp, List.of("site/elements.html"));
        List<String> problems = new ArrayList<>();
        for (AxeAudit.Mode mode : List.of(AxeAudit.DESKTOP_LIGHT, AxeAudit.DESKTOP_DARK, AxeAudit.PHONE_LIGHT, AxeAudit.PHONE_DARK)) {
            Map<String, Element> results = audit.run(mode);
            audit.problems(mode, results).forEach(p -> problems.add(mode.name() + ": " + p));
        }
        if (!problems.isEmpty()) {
            fail("axe-core found " + problems.size() + " problem(s):\n" + String.join("\n", problems));
        }
    }
}
