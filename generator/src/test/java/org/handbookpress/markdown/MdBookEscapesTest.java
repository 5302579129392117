package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MdBookEscapesTest {

    /**
     * mdBook takes away the backslash of an escaped helper, \{{#include file.rs}}, wherever it stands: in code too, where
     * CommonMark keeps it. mdBook's guide showed its 15 examples with a backslash no reader should type.
     */
    @Test
    void anMdBooksEscapedHelpersShowWithoutTheirBackslash(@TempDir Path dir) throws Exception {
        String page = """
                # Includes

                Write `\\{{#include file.rs}}` on a line of its own.

                ```hbs
                \\{{#include file.rs:2}}
                \\{{#playground example.rs editable}} and \\{{#title Two}}
                \\{{ not a helper }}
                ```

                Outside code: \\{{#title Not taken}}.
                """;
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of("SUMMARY.md", "# Summary\n\n- [Includes](index.md)\n", "index.md", page));
        Files.writeString(content.getParent().resolve("book.toml"), "[book]\ntitle = \"Guide\"\n");
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        Document html = Jsoup.parse(Files.readString(out.resolve("index.html")));
        List<String> code = html.select("main code").stream().map(Element::wholeText).map(String::strip).toList();
        assertEquals(List.of("{{#include file.rs}}",
                // to the line's last }}, as mdBook reads it: the second helper on the line keeps its backslash
                "{{#include file.rs:2}}\n{{#playground example.rs editable}} and \\{{#title Two}}\n\\{{ not a helper }}"), code);
        assertEquals("Outside code: {{#title Not taken}}.", html.select("main p").last().text());
        assertEquals("Includes · Guide", html.title());
    }
}
