package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HiddenCodeLinesTest {

    /** A page of an mdBook book with its code blocks, as mdBook's own books write them, and an included example. */
    private static Map<String, String> book() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SUMMARY.md", "# Summary\n\n- [Rota](rota.md)\n");
        files.put("rota.md", """
                # Rota

                ```rust
                # use std::collections::HashMap;
                #
                # fn main() {
                #[derive(Debug)]
                struct Shift;
                    # let hidden = 1;
                let tag = "
                ## not a heading";
                #![allow(unused)]
                # }
                ```

                ```rust,ignore
                # fn setup() {}
                let cover = 2;
                ```

                ```rust editable
                #hash_without_space();
                # fn main() {}
                ```

                ```
                # shown: no language
                ```

                ```python
                # a comment, shown
                ~hidden_by_book_toml()
                    ~also_hidden()
                shown()
                ```

                ```bash
                # a comment, shown
                ~shown_too
                ```

                ```python,hidelines=!!!
                !!!hidden()
                ~shown_here()
                ```

                ```rust
                {{#include rota.rs}}
                ```
                """);
        files.put("rota.rs", "# fn main() {\nlet shifts = 3;\n# }\n");
        return files;
    }

    private static final List<String> SHOWN = List.of(
            "#[derive(Debug)]\nstruct Shift;\nlet tag = \"\n# not a heading\";\n#![allow(unused)]",
            "let cover = 2;",
            "#hash_without_space();",
            "# shown: no language",
            "# a comment, shown\nshown()",
            "# a comment, shown\n~shown_too",
            "~shown_here()",
            "let shifts = 3;");

    /**
     * mdBook hides a Rust block's lines that are '#' alone or start '# ' (after any indentation) and shows '##' as '#';
     * other languages hide the lines that start with book.toml's prefix for them, or the block's hidelines=. They were
     * shown: the Rust book's examples began with their '# fn main() {' scaffolding.
     */
    @Test
    void anMdBooksCodeLeavesOutTheLinesMdBookHides(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), book());
        Files.writeString(content.getParent().resolve("book.toml"), """
                [book]
                title = "Drop-in rota"

                [output.html.code.hidelines]
                python = "~"
                """);
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        assertEquals(SHOWN, code(out));
    }

    /**
     * book.toml's prefixes written as mdBook's guide writes them in its configuration page, an inline table in
     * {@code [output.html.code]} ({@code hidelines = { python = "~" }}), or as a dotted key, hide the same lines as the
     * {@code [output.html.code.hidelines]} table: TOML says the same in the three. Only the table was read; the others'
     * lines were shown.
     */
    @Test
    void bookTomlsPrefixesAreReadInEachWayTomlWritesThem(@TempDir Path dir) throws Exception {
        List<String> tables = List.of("""
                [output.html.code]
                # A prefix string per language
                hidelines = { python = "~", "c++" = '//~' }
                """, """
                [output.html]
                code.hidelines.python = "~"
                """, """
                output.html.code = { hidelines = { python = "~" } }
                """);
        for (int i = 0; i < tables.size(); i++) {
            Path content = TestHandbooks.write(dir.resolve("c" + i), book());
            Files.writeString(content.getParent().resolve("book.toml"), "[book]\ntitle = \"Drop-in rota\"\n\n".replace("[book]\n", i == 2 ? "" : "[book]\n") + tables.get(i));
            Path out = dir.resolve("out" + i);
            TestHandbooks.buildWithoutPdfs(content, out);
            assertEquals(SHOWN, code(out), tables.get(i));
        }
    }

    /** Without a book.toml the handbook is no mdBook book, and its code is shown as written, '#' lines and all. */
    @Test
    void codeOutsideAnMdBookIsShownAsWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        TestHandbooks.build(TestHandbooks.write(dir.resolve("c"), book()), out);
        assertEquals("# fn main() {\nlet shifts = 3;\n# }", code(out).get(7));
        assertEquals("# a comment, shown\n~hidden_by_book_toml()\n    ~also_hidden()\nshown()", code(out).get(4));
    }

    private static List<String> code(Path out) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve("rota.html"))).select("main pre code").stream()
                .map(Element::wholeText).map(String::strip).toList();
    }
}
