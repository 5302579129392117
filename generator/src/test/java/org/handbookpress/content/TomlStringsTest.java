package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlStringsTest {

    /**
     * A setting's table is its header's and its key's dotted path, and an inline table's keys are in a table of their
     * own: mdBook's guide writes hidelines both as a table and as an inline table. Only a header's own keys were read,
     * bare and on one line; a quoted key, a dotted one and an inline table's were passed by.
     */
    @Test
    void aSettingIsInTheTableItsHeaderAndItsKeysSay() {
        Map<String, Map<String, String>> tables = TomlStrings.read("""
                title = "Before any table" # a comment
                [book]
                title = 'Drop-in rota'
                description = "The \\"rota\\" and its\\tshifts"
                authors = ["Ann", "Bea"]
                title = "Not the first"

                [output.html.code]
                hidelines = { python = "~", "c++" = '//~', nested = { a = "b" } }
                site.url = "/rota/"

                [ output . "html" . redirect ]
                "old.html" = "new.html"

                [preprocessor.trpl-listing]

                [[output.html.print]]
                title = "An array of tables' own"
                """);
        assertEquals(Map.of("title", "Before any table"), tables.get(""));
        assertEquals(Map.of("title", "Drop-in rota", "description", "The \"rota\" and its\tshifts"), tables.get("book"));
        assertEquals(Map.of("python", "~", "c++", "//~"), tables.get("output.html.code.hidelines"));
        assertEquals(Map.of("a", "b"), tables.get("output.html.code.hidelines.nested"));
        assertEquals(Map.of("url", "/rota/"), tables.get("output.html.code.site"));
        assertEquals(Map.of("old.html", "new.html"), tables.get("output.html.redirect"));
        assertEquals(Map.of(), tables.get("preprocessor.trpl-listing"), "a header without settings still names its table");
        assertEquals(null, tables.get("output.html.print"));
    }
}
