package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * A section's entry in the menu shows which way it goes: a chevron pointing on (the reading way) when closed, down when
 * open. Without one, a closed section in bold, followed by top-level pages, read as their heading (an independent
 * tenants' association handbook: "Casework" over its training pages and agreement).
 */
class SectionChevronBrowserTest {

    @RegisterExtension
    static final SharedBrowser CHROMIUM = new SharedBrowser();

    /** The content, border and transform of the chevron after the menu's entry of the section named {@code name}. */
    private static String chevron(DevToolsBrowser browser, String name) throws Exception {
        return browser.evaluate("(function () { var a = Array.from(document.querySelectorAll('.site-nav li.nav-section > a'))"
                + ".find(function (e) { return e.textContent.trim() === '" + name + "'; }); var c = getComputedStyle(a, '::after');"
                + " return c.content + ' ' + c.borderRightWidth + ' ' + c.borderBottomWidth + ' ' + c.transform; })()").asText();
    }

    @Test
    void aClosedSectionPointsOnAndTheOpenOneDownInEitherDirection(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        DevToolsBrowser browser = CHROMIUM.freshPage(1280, 900);
        String onLeftToRight = null;
        for (String language : new String[] {"en-GB", "ar"}) {
            Path content = TestHandbooks.write(dir.resolve(language), Map.of(
                    "index.md", "# Home\n\nWelcome.\n",
                    "meetings/index.md", "# Meetings\n\nHow we meet.\n",
                    "meetings/minutes.md", "# Minutes\n\nWhat to write down.\n",
                    "casework/index.md", "# Casework\n\nHelping a tenant.\n",
                    "casework/repairs.md", "# Repairs\n\nReporting a repair.\n",
                    "agreement.md", "# Our agreement\n\nHow we work together.\n"));
            Files.writeString(content.resolve("handbook.yml"), "title: Rep Handbook\nlanguage: " + language
                    + "\nnav:\n  - index.md\n  - meetings/\n  - casework/\n  - agreement.md\n", StandardCharsets.UTF_8);
            Path site = dir.resolve(language).resolve("site");
            new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
            browser.navigate(site.resolve("meetings/minutes.html").toUri().toString());
            String open = chevron(browser, "Meetings");
            String closed = chevron(browser, "Casework");
            // Drawn with two borders, turned: nothing added to the link's name ("" is no text).
            assertTrue(closed.startsWith("\"\" 2px 2px matrix("), language + ", a closed section: " + closed);
            assertTrue(open.startsWith("\"\" 2px 2px matrix("), language + ", the open section: " + open);
            assertNotEquals(open, closed, language + ": the open section's chevron turns another way than a closed one's");
            if (onLeftToRight == null) {
                onLeftToRight = closed;
            } else {
                assertNotEquals(onLeftToRight, closed, "right to left, a closed section's chevron points left, the reading way");
            }
        }
    }
}
