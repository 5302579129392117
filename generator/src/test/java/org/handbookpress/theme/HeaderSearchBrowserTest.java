package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The header's search box shows the whole of its hint on a desktop screen, in every language the theme speaks: the
 * example handbook's read "Search the handbo" at 1280 px, the box a few pixels too narrow for its own words.
 */
class HeaderSearchBrowserTest {

    @RegisterExtension
    static final SharedBrowser CHROMIUM = new SharedBrowser();

    @Test
    void theSearchBoxHoldsItsWholeHintOnADesktopScreen(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        List<String> languages = List.of("en-GB", "cy", "ga", "fr", "de", "nl", "pl", "it", "es", "pt", "ar", "uk");
        DevToolsBrowser browser = CHROMIUM.freshPage(1280, 900);
        for (String language : languages) {
            Path content = TestHandbooks.write(dir.resolve(language), Map.of(
                    "index.md", "# Home\n\nWelcome.\n",
                    "toolkit/first.md", "# First\n\nA page.\n"));
            Files.writeString(content.resolve("handbook.yml"), "title: Peer Mentor Handbook\norganisation: Riverside Peer Support\nlanguage: "
                    + language + "\n", StandardCharsets.UTF_8);
            Path site = dir.resolve(language).resolve("site");
            new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
            browser.navigate(site.resolve("toolkit/first.html").toUri().toString());
            // The hint typed into the box: were it wider than the box, the box would scroll, as the hint is cut.
            String cut = browser.evaluate("(function () { var q = document.getElementById('site-search-q'); q.value = q.placeholder;"
                    + " return q.scrollWidth > q.clientWidth ? q.placeholder + ': ' + q.scrollWidth + ' px in a box of ' + q.clientWidth : ''; })()")
                    .asText();
            assertEquals("", cut, language);
        }
    }
}
