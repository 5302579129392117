package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link written in HTML whose words are a web address (raspberrypilearning/where-is-the-space-station's step 3,
 * {@code <a href="http://…/iss-now.json" target="_blank">http://…/iss-now.json</a>}): the words were made a link of their
 * own, a link in a link, which the browser split into an empty link (then warned of as a link with no words, and given
 * its address) and a second one: the address was shown twice, two links side by side.
 */
class HtmlLinkWordsTest {

    @Test
    void theAddressThatIsAnHtmlLinksWordsIsNoSecondLink(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", """
                # Feeds

                Open <a href="http://example.org/now.json">http://example.org/now.json</a> first.

                Then <a href="http://example.org/rota">www.example.org</a>, and after it http://example.org/later.
                """));
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, dir.resolve("out"));
        Document home = TestHandbooks.page(dir.resolve("out"), "index.html");
        assertEquals(List.of("http://example.org/now.json", "www.example.org", "http://example.org/later"),
                home.select("main .page-body a").eachText(), home.select("main").html());
        assertTrue(TestHandbooks.codes(result).stream().noneMatch(c -> c.contains("link.no-text")), TestHandbooks.codes(result).toString());
    }
}
