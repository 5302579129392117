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

/**
 * A page holding every element a page may keep, and a slide deck made of the same, pass axe-core in both colour schemes,
 * on a desktop and on a phone (the deck's reveal.js presentation included).
 */
class EveryElementAccessibilityTest {

    @TempDir
    Path temp;

    @Test
    void everyAllowedElementPassesAxeInEveryMode() throws Exception {
        HeadlessChromium.assumeAvailable();
        String page = EveryElementPage.make().markdown;
        String deck = page.replace("kind: chapter", "kind: slides").replace("\n<dl>", "\n---\n\n## More\n\n<dl>")
                .replace("\n<table>", "\n---\n\n## A table\n\n<table>").replace("\n<svg", "\n---\n\n## Drawings\n\n<svg");
        Path content = TestHandbooks.write(temp.resolve("content"), Map.of(
                "handbook.yml", "title: Elements\n", "index.md", "# Home\n\nWelcome.\n", "elements.md", page, "deck.md", deck));
        new HandbookBuild(BuildOptions.of(content, temp.resolve("site")).withoutPdfs().withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        AxeAudit audit = AxeAudit.instrument(temp, List.of("site/elements.html", "site/deck.html", "site/deck.slides.html"));
        List<String> problems = new ArrayList<>();
        var runs = audit.runEach(List.of(AxeAudit.DESKTOP_LIGHT, AxeAudit.DESKTOP_DARK, AxeAudit.PHONE_LIGHT, AxeAudit.PHONE_DARK));
        for (AxeAudit.Mode mode : runs.keySet()) {
            Map<String, Element> results = AxeAudit.results(runs.get(mode));
            audit.problems(mode, results).forEach(p -> problems.add(mode.name() + ": " + p));
        }
        if (!problems.isEmpty()) {
            fail("axe-core found " + problems.size() + " problem(s):\n" + String.join("\n", problems));
        }
    }
}
