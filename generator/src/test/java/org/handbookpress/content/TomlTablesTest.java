package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TomlTablesTest {

    /**
     * A setting's table is its header's and its key's dotted path, and an inline table's keys are in a table of their
     * own: mdBook's guide writes hidelines both as a table and as an inline table.
     */
    @Test
    void aSettingIsInTheTableItsHeaderAndItsKeysSay() {
        TomlTables.Read read = TomlTables.read("""
                title = "Before any table" # a comment
                [book]
                title = 'Drop-in rota'
                description = "The \\"rota\\" and its\\tshifts"
                authors = ["Ann", "Bea"]
                src = 42

                [output.html.code]
                hidelines = { python = "~", "c++" = '//~', nested = { a = "b" } }
                site.url = "/rota/"

                [ output . "html" . redirect ]
                "old.html" = "new.html"

                [preprocessor.trpl-listing]

                [[output.html.print]]
                title = "An array of tables' own"
                """);
        Map<String, Map<String, String>> tables = read.tables();
        assertEquals(Optional.empty(), read.mistake());
        assertEquals(Map.of("title", "Before any table"), tables.get(""));
        assertEquals(Map.of("title", "Drop-in rota", "description", "The \"rota\" and its\tshifts"), tables.get("book"),
                "strings only: an array and a number are passed by");
        assertEquals(Map.of("python", "~", "c++", "//~"), tables.get("output.html.code.hidelines"));
        assertEquals(Map.of("a", "b"), tables.get("output.html.code.hidelines.nested"));
        assertEquals(Map.of("url", "/rota/"), tables.get("output.html.code.site"));
        assertEquals(Map.of("old.html", "new.html"), tables.get("output.html.redirect"));
        assertEquals(Map.of(), tables.get("preprocessor.trpl-listing"), "a header without settings still names its table");
        assertEquals(null, tables.get("output.html.print"));
    }

    /**
     * A string over several lines is read, and what its lines say is none of the file's settings. Read a line at a time,
     * a description written so gave the title its line inside it, and the book's own title was passed by as the second.
     */
    @Test
    void aStringOverSeveralLinesIsReadAndItsLinesAreNoSettings() {
        Map<String, Map<String, String>> tables = TomlTables.read("""
                [book]
                description = \"""
                How we run the drop-in.
                title = "Not the title"
                \"""
                title = "Drop-in rota"
                authors = [
                    "language = 'xx'",
                ]
                language = '''en-GB'''
                """).tables();
        assertEquals(Map.of("title", "Drop-in rota", "description", "How we run the drop-in.\ntitle = \"Not the title\"\n",
                "language", "en-GB"), tables.get("book"));
    }

    /**
     * A file that is not TOML gives no setting but where it goes wrong: mdBook refuses it whole too. A key given twice
     * is found once the reader is past its value, at the next thing in the file: the line is still the key's own.
     */
    @Test
    void aFileThatIsNotTomlSaysWhereItGoesWrong() {
        TomlTables.Read unquoted = TomlTables.read("[book]\ntitle = Drop-in rota\n");
        assertEquals(Map.of(), unquoted.tables());
        assertEquals(Optional.of(new TomlTables.Mistake(2, "Unknown token", "title = Drop-in rota")), unquoted.mistake());
        assertEquals(2, TomlTables.read("[book]\ntitle = \"Drop-in rota\nlanguage = \"en\"\n").mistake().orElseThrow().line(),
                "a string left open");
        TomlTables.Mistake twice = TomlTables.read("""
                [book]
                title = "Drop-in rota"
                    title = "Not the first"   # a second title

                # the output
                [output.html]
                """).mistake().orElseThrow();
        assertEquals(new TomlTables.Mistake(3, "Duplicate key", "title = \"Not the first\"   # a second title"), twice);
        assertEquals(3, TomlTables.read("[book]\ntitle = 'a'\n[book]\n").mistake().orElseThrow().line(), "a table given twice: its second header");
    }

    /** Windows' Notepad starts a file with a byte-order mark: the table after it is read as any other. */
    @Test
    void aByteOrderMarkIsPassedBy() {
        TomlTables.Read read = TomlTables.read("\uFEFF[book]\r\ntitle = \"Drop-in rota\"\r\n");
        assertEquals(Optional.empty(), read.mistake());
        assertEquals(Map.of("title", "Drop-in rota"), read.tables().get("book"));
    }

    /** A dotted key thousands of parts long is TOML: it gives no table past the depth any setting has, and no overflow. */
    @Test
    void aKeyTooDeepIsPassedBy() {
        TomlTables.Read read = TomlTables.read("a" + ".a".repeat(20_000) + " = \"deep\"\n[book]\ntitle = \"Drop-in rota\"\n");
        assertEquals(Optional.empty(), read.mistake());
        assertEquals(Map.of("title", "Drop-in rota"), read.tables().get("book"));
        assertEquals(64, read.tables().keySet().stream().filter(t -> t.startsWith("a")).count());
    }
}
