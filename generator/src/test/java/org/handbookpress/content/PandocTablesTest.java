package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.markdown.MarkdownConverter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PandocTablesTest {

    /** The Markdown as the loader passes it on, and the tables the Markdown stage then makes of it. */
    private static Element converted(String markdown) {
        String passed = PandocTables.apply(markdown);
        assertEquals(markdown.split("\n", -1).length, passed.split("\n", -1).length, "the same lines, for findings' line numbers");
        return Jsoup.parseBodyFragment(new MarkdownConverter().toHtml(passed, 1)).body();
    }

    private static List<List<String>> cells(Element table) {
        return table.select("tr").stream().map(tr -> tr.select("th, td").eachText()).toList();
    }

    @Test
    void gridTablesWithCellsOfManyLinesAndMarkdown() {
        Element body = converted("""
                # Expenses

                +-----------+----------------------+---------+
                | Item      | Limit                | Receipt |
                +===========+:====================:+========:+
                | Travel    | **£50** a day, with  | Yes     |
                |           | [the form](form.md)  |         |
                +-----------+----------------------+---------+
                | Meals     | <b>£15</b>           | No      |
                +-----------+----------------------+---------+

                After.
                """);
        Element table = body.selectFirst("table");
        assertNotNull(table, body.html());
        assertEquals(List.of(List.of("Item", "Limit", "Receipt"), List.of("Travel", "£50 a day, with the form", "Yes"),
                List.of("Meals", "<b>£15</b>", "No")), cells(table), "HTML in a cell is shown as text");
        assertEquals(3, table.select("thead th").size());
        assertEquals("form.md", table.selectFirst("td a").attr("href"));
        assertEquals("£50", table.selectFirst("td strong").text());
        assertEquals("text-align: center", table.select("th").get(1).attr("style"));
        assertEquals("text-align: right", table.select("td").get(2).attr("style"));
        assertEquals("After.", body.select("p").last().text());
    }

    @Test
    void aCellsChineseBoldBesidePunctuationRenders() {
        Element body = converted("""
                Step     What to do
                -------- ---------------------
                Arrive   **先签到、**再领物资
                Leave    *请归还「胸牌」*。
                """);
        assertEquals("先签到、", body.selectFirst("td strong").text(), body.html());
    }

    @Test
    void simpleAndMultilineTablesTakeTheirColumnsFromTheRule() {
        Element body = converted("""
                Name     Role        Phone
                -------- ----------- -----------
                Sam      Treasurer   0123
                Priya    Chair       0456

                -------------------------------------------
                Session        What happens
                -------------- ----------------------------
                Morning        Arrival, tea, and the group
                               agreement.

                Afternoon      Practice in pairs.
                -------------------------------------------
                """);
        List<Element> tables = body.select("table");
        assertEquals(2, tables.size(), body.html());
        assertEquals(List.of(List.of("Name", "Role", "Phone"), List.of("Sam", "Treasurer", "0123"), List.of("Priya", "Chair", "0456")),
                cells(tables.get(0)));
        assertEquals(List.of(List.of("Session", "What happens"), List.of("Morning", "Arrival, tea, and the group agreement."),
                List.of("Afternoon", "Practice in pairs.")), cells(tables.get(1)));
    }

    @Test
    void whatIsNoSuchTableStaysAsWritten() {
        String text = """
                A heading
                ---------

                ---

                ```
                +---+---+
                | a | b |
                +---+---+
                ```

                +-------+-------+
                | spans both    |
                +-------+-------+
                """;
        assertEquals(text, PandocTables.apply(text), "a setext heading, a rule, code, and a cell spanning columns");
        assertFalse(converted(text).html().contains("<table"));
    }

    @Test
    void aRuleOfDashRunsIsFoundOnlyWhereALineBeginsOne() {
        assertTrue(PandocTables.anyColumnRule("-- --"));
        assertTrue(PandocTables.anyColumnRule("Name  Role\n   ------ ----\nAnn  Chair"), "up to three spaces in, mid-page");
        assertTrue(PandocTables.anyColumnRule("x\r\n--  --\r\n"), "Windows line ends");
        assertFalse(PandocTables.anyColumnRule("    -- --"), "four spaces in is code");
        assertFalse(PandocTables.anyColumnRule("a -- -- b\n| --- | --- |\n---\n-- x"), "mid-line, a pipe table's rule, a lone run");
        assertFalse(PandocTables.anyColumnRule(""));
    }
}
