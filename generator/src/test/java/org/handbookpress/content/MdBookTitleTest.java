package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MdBookTitleTest {

    /**
     * mdBook's {{#title …}} is the whole title of the page's tab; the page's heading and its name in the menu stay, and the
     * tag is no text of the page. It was shown as typed, with a syntax.liquid warning, and the tab had the heading's title.
     */
    @Test
    void anMdBookTitleTagTitlesThePagesTab(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Drop-in guide\n");
        files.put("SUMMARY.md", "# Summary\n\n- [Rota](rota.md)\n- [Keys](keys.md)\n");
        files.put("rota.md", """
                {{#title Rota for December, with cover}}

                # Rota

                Shifts start at nine.

                ```hbs
                {{#title Written in code}}
                \\{{#title Escaped, as mdBook's guide writes it}}
                ```
                """);
        files.put("keys.md", "# Keys\n\nThe office keys.\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(TestHandbooks.write(dir.resolve("c"), files), out);
        assertEquals(List.of(), result.findings().stream().filter(f -> f.file().equals("rota.md")).map(f -> f.line() + " " + f.code()).toList());
        Document rota = Jsoup.parse(Files.readString(out.resolve("rota.html")));
        assertEquals("Rota for December, with cover", rota.title());
        assertEquals("Rota", rota.selectFirst("main h1").text());
        assertTrue(rota.select("nav a").stream().anyMatch(a -> a.text().equals("Rota")), "the menu's name is the SUMMARY's");
        assertEquals("Shifts start at nine.", rota.selectFirst("main p").text());
        assertEquals("{{#title Written in code}}\n\\{{#title Escaped, as mdBook's guide writes it}}", rota.selectFirst("main pre code").wholeText().strip());
        assertEquals("Keys · Drop-in guide", Jsoup.parse(Files.readString(out.resolve("keys.html"))).title());
    }

    /**
     * mdBook reads {{#title …}} in the text its includes paste in as in the page itself (its links preprocessor fills the
     * included text before it looks for the tag, the last one counting), also in a file that file includes: the page's tab
     * has that title, and the tag is no text of the page. Only the page's own tag was read: the tab had the heading's
     * title, and the included tag was pasted in as text.
     */
    @Test
    void aTitleTagInAnIncludedFileTitlesThePagesTab(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SUMMARY.md", "# Summary\n\n- [Rota](rota.md)\n- [Keys](keys.md)\n");
        files.put("rota.md", "{{#include ../parts/rota-head.md}}\n\n# Rota\n\nShifts start at nine.\n");
        files.put("keys.md", "# Keys\n\n{{#include ../parts/keys-head.md}}\n\nThe office keys.\n");
        Path content = TestHandbooks.write(dir.resolve("c"), files);
        // Beside the content folder, in the book's, as the Rust book keeps its listings/ beside its src/.
        Path parts = Files.createDirectories(content.getParent().resolve("parts"));
        Files.writeString(parts.resolve("rota-head.md"), "{{#title Rota for December}}\n");
        Files.writeString(parts.resolve("keys-head.md"), "Ask at the desk.\n\n{{#include keys-title.md}}\n");
        Files.writeString(parts.resolve("keys-title.md"), "{{#title Keys, and who holds them}}\n");
        Files.writeString(content.getParent().resolve("book.toml"), "[book]\ntitle = \"Drop-in guide\"\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertEquals(List.of("handbook.yml:0 config.site-file"), TestHandbooks.codes(result));
        Document rota = Jsoup.parse(Files.readString(out.resolve("rota.html")));
        assertEquals("Rota for December", rota.title());
        assertEquals("Rota", rota.selectFirst("main h1").text());
        assertEquals(List.of("Shifts start at nine."), rota.select("main p").eachText());
        Document keys = Jsoup.parse(Files.readString(out.resolve("keys.html")));
        assertEquals("Keys, and who holds them", keys.title(), "from a file the included file includes");
        assertEquals(List.of("Ask at the desk.", "The office keys."), keys.select("main p").eachText());
    }
}
