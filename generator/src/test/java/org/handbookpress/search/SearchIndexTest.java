package org.handbookpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.SiteLinks;
import org.handbookpress.TestHandbooks;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @Test
    void indexesTitleHeadingsAndTextAsASafeScript() {
        String md = "## Who to contact\n\nCall the lead. </script><script>alert(1)</script>\n";
        Page page = new Page("policies/s.md", "policies/s.html", Path.of("s.md"), FrontMatter.empty(), "Safeguarding", md, 1);
        PageHtml html = new PageHtml(page, new MarkdownConverter().toHtml(md, 1));
        String script = SearchIndex.script(List.of(html), p -> "Policies");
        assertTrue(script.startsWith("/*"));
        assertTrue(script.contains("\"title\":\"Safeguarding\",\"url\":\"policies/s.html\",\"section\":\"Policies\""), script);
        assertTrue(script.contains("\"headings\":\"Who to contact\""), script);
        assertFalse(script.contains("</script>"), "cannot close the script element it is loaded in");
    }

    @Test
    void jsonEscapesWhatJavaScriptNeeds() {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("a", "line\nbreak \"q\" \u2028 <b>");
        data.put("n", java.util.Arrays.asList(1, true, null));
        assertEquals("{\"a\":\"line\\nbreak \\\"q\\\" \\u2028 \\u003cb\\u003e\",\"n\":[1,true,null]}", Json.write(data));
    }

    @Test
    void siteHasASearchPageLoadingOnlyLocalScripts() throws Exception {
        Path out = TestHandbooks.example().output();
        assertTrue(Files.isRegularFile(out.resolve("search.html")));
        assertTrue(Files.readString(out.resolve(SearchIndex.PATH)).contains("Listening well"));
        assertTrue(Files.isRegularFile(out.resolve("assets/vendor/minisearch/index.js")));
        assertEquals(List.of(), SiteLinks.externalResources(out));
    }

    @Test
    void handbookWithoutIndexPageGetsAGeneratedFrontDoor(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("toolkit/a.md", "# A\n\n[home](../)\n", "about.md", "# About\n"));
        Path out = dir.resolve("site");
        TestHandbooks.build(content, out);
        assertTrue(Files.readString(out.resolve("index.html")).contains("toolkit/index.html"));
        assertEquals(List.of(), SiteLinks.broken(out));
    }
}
