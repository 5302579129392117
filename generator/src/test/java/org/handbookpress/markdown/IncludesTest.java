package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbookpress.BuildResult;
import org.handbookpress.SiteLinks;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludesTest {

    @Test
    void anotherPagesTextIsShownWhereAPageAsksForIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer handbook\n");
        files.put("index.md", "# Volunteer handbook\n\nWelcome.\n");
        files.put("policies/leave.md", """
                # Leave

                Ask your coordinator first.[^1] Use [the form](../forms/leave.pdf).

                ## Who to call

                Call the office on 0100 000 000.

                ## Afterwards

                Tell the team.

                [^1]: Two weeks ahead.
                """);
        files.put("forms/leave.pdf", "%PDF-1.4 not really");
        files.put("_snippets/contacts.md", "Out of hours: [the duty phone](../policies/leave.md#who-to-call).\n");
        files.put("_snippets/c2.md", "Hugo's include, from the page's folder.\n");
        files.put("img/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" role=\"img\" aria-label=\"Map\">\n<g>\n\n"
                + "<rect width=\"10\" height=\"10\"/>\n</g>\n</svg>\n");
        files.put("toolkit/start.md", """
                # Start

                ![[Leave]]

                ![[Leave#Who to call]]

                --8<-- "_snippets/contacts.md"

                --8<-- "content/img/map.svg"

                ![[Nowhere]]

                ![[Start]]

                Or see ![[Leave]] inline.

                {{% include "../_snippets/c2.md" %}}

                --8<-- "policies/leave.md:7:7"

                ```
                ![[Leave]]
                ```
                """);
        Path out = dir.resolve("out");
        Path content = TestHandbooks.write(dir.resolve("c"), files);
        // A snippet linked to a file outside the content folder is not read: nothing outside the folder is published.
        Path secret = Files.writeString(dir.resolve("secret.md"), "The door code is 4321.\n");
        Files.createSymbolicLink(content.resolve("_snippets/outside.md"), secret);
        Files.writeString(content.resolve("toolkit/start.md"), Files.readString(content.resolve("toolkit/start.md"))
                + "\n--8<-- \"_snippets/outside.md\"\n");
        BuildResult result = TestHandbooks.build(content, out);
        // Every file of _snippets/ is asked for by a page: no page.hidden-folder telling the author to publish them.
        assertEquals(List.of("toolkit/start.md:11 include.missing", "toolkit/start.md:13 include.cycle",
                        "toolkit/start.md:15 link.embed", "toolkit/start.md:25 include.missing"),
                result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        Document start = Jsoup.parse(Files.readString(out.resolve("toolkit/start.html")));
        assertTrue(!start.text().contains("4321"), "a linked file outside the content folder is not shown");
        List<Element> included = start.select("main div.included");
        assertEquals(6, included.size(), start.select("main").html());
        assertEquals("Hugo's include, from the page's folder.", included.get(4).text());
        assertEquals("Call the office on 0100 000 000.", included.get(5).text(), "line 7 of the file: a snippet's range");
        assertEquals("10", included.get(3).selectFirst("svg rect").attr("width"),
                "an SVG snippet is its markup, blank lines and all (a path from the project, content/…, as MkDocs writes them)");
        Element whole = included.get(0);
        assertEquals("../forms/leave.pdf", whole.selectFirst("a[href$=.pdf]").attr("href"), "its links from its own folder");
        assertTrue(whole.text().contains("Tell the team."), whole.html());
        Element section = included.get(1);
        assertTrue(section.text().contains("0100 000 000") && !section.text().contains("Tell the team"), section.html());
        assertEquals("../policies/leave.html#who-to-call", included.get(2).selectFirst("a").attr("href"), "a snippet's link");
        assertEquals("![[Leave]]", start.selectFirst("main pre code").text(), "code shows it as written");
        assertEquals(1, start.select("main h1").size(), "the page shown keeps its title out: one '#' heading");
        Set<String> ids = new HashSet<>();
        for (Element e : start.select("[id]")) {
            assertTrue(ids.add(e.id()), "one id twice: " + e.id());
        }
        for (Element a : start.select("main a[href^=#]")) {
            assertTrue(start.getElementById(a.attr("href").substring(1)) != null, "a link inside the page to nothing: " + a);
        }
        assertEquals(List.of(), SiteLinks.broken(out));
    }

    /** What an included file writes in Pandoc's or kramdown's attribute syntax is read as on a page of its own. */
    @Test
    void anIncludedFilesBracketedSpansAndAttributeListsAreRead(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer handbook\n");
        files.put("index.md", "# Volunteer handbook\n\nWelcome.\n");
        files.put("_snippets/terms.md", "An [absolute path]{#absolute-path} starts at the top.\n\nKeep it short.\n{: .note}\n\n"
                + "A line to link to. ^linkable\n");
        files.put("guide.md", "# Guide\n\n--8<-- \"_snippets/terms.md\"\n");
        Path out = dir.resolve("out");
        TestHandbooks.build(TestHandbooks.write(dir.resolve("c"), files), out);
        Element included = Jsoup.parse(Files.readString(out.resolve("guide.html"))).selectFirst("main div.included");
        assertTrue(!included.text().contains("]{") && !included.text().contains("{:"), included.html());
        Element span = included.selectFirst("span[id$=absolute-path]");
        assertEquals("absolute path", span == null ? null : span.text(), included.html());
        assertTrue(included.selectFirst("p.note") != null, included.html());
        assertTrue(included.selectFirst("p[id$=linkable]") != null && !included.text().contains("^"), "Obsidian's block id: " + included.html());
    }

    @Test
    void aSnippetsLinkFromTheTopNamesTheFileItMeans() {
        assertEquals("developer-hub/sdks/install.md#go", Includes.normalised("_partials/../developer-hub/./sdks/install.md#go"));
        assertEquals("a/b.md?x=../y", Includes.normalised("a/c/../b.md?x=../y"));
        assertEquals("../../etc/passwd", Includes.normalised("../../etc/passwd"), "climbing out is left for the link check to report");
    }

    @Test
    void mkDocsBlocksOfSnippetsAndNamedSections(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer handbook\n");
        files.put("index.md", "# Volunteer handbook\n\nWelcome.\n");
        files.put("_snippets/contacts.md", """
                Before.
                <!-- --8<-- [start:office] -->
                Call the office on 0100 000 000.
                <!-- --8<-- [start:inner] -->
                Or write to us.
                <!-- --8<-- [end:inner] -->
                <!-- --8<-- [end:office] -->
                After.
                """);
        files.put("_snippets/rota.md", "The rota is on the wall.\n");
        files.put("toolkit/start.md", """
                # Start

                --8<--
                _snippets/rota.md
                ;_snippets/not-this.md

                _snippets/contacts.md:office
                --8<--

                --8<-- "_snippets/contacts.md:nowhere"

                --8<-- "_snippets/contacts.md"
                """);
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(TestHandbooks.write(dir.resolve("c"), files), out);
        assertEquals(List.of("toolkit/start.md:10 include.missing"),
                result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        List<Element> included = Jsoup.parse(Files.readString(out.resolve("toolkit/start.html"))).select("main div.included");
        assertEquals(List.of("The rota is on the wall.", "Call the office on 0100 000 000. Or write to us.",
                "Before. Call the office on 0100 000 000. Or write to us. After."), included.stream().map(Element::text).toList(),
                "a block's files in order, a ';' one left out; a section without the marks inside it; a whole file without any");
        assertTrue(included.stream().noneMatch(e -> e.html().contains("8&lt;")), "no mark shown");
    }

    /**
     * A folder of snippets the pages show is where they are meant to be: not told to rename it "to publish them". A page
     * in it that no page shows is still counted, and said.
     */
    @Test
    void aFolderOfSnippetsThePagesShowIsNotReportedAsLeftOut(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer handbook\n");
        files.put("index.md", "# Volunteer handbook\n\n--8<-- \"_shared/contacts.md\"\n");
        files.put("_shared/contacts.md", "Call the office.\n");
        files.put("toolkit/_snippets/rota.md", "The rota is on the wall.\n");
        files.put("toolkit/_snippets/old-rota.md", "Last year's rota.\n");
        files.put("toolkit/start.md", "# Start\n\n--8<-- \"_snippets/rota.md:1:1\"\n");
        BuildResult result = TestHandbooks.build(TestHandbooks.write(dir.resolve("c"), files), dir.resolve("out"));
        List<org.handbookpress.findings.Finding> left = result.findings().stream().filter(f -> f.code().equals("page.hidden-folder")).toList();
        assertEquals(List.of("toolkit/_snippets/"), left.stream().map(org.handbookpress.findings.Finding::file).toList(), left.toString());
        assertTrue(left.get(0).message().contains("1 page(s)"), left.get(0).message());
    }

    /** A volunteer's slip in a snippet's name was told to put the snippet in the content folder, where it already was. */
    @Test
    void aMisspeltSnippetNameIsToldTheFileBesideIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer handbook\n");
        files.put("index.md", "# Volunteer handbook\n\nWelcome.\n");
        files.put("toolkit/_snippets/office-contacts.md", "Call the office on 0100 000 000.\n");
        files.put("toolkit/start.md", "# Start\n\n--8<-- \"toolkit/_snippets/office-contact.md\"\n\n--8<-- \"toolkit/_snippets/rota.md\"\n");
        BuildResult result = TestHandbooks.build(TestHandbooks.write(dir.resolve("c"), files), dir.resolve("out"));
        List<org.handbookpress.findings.Finding> missing = result.findings().stream().filter(f -> f.code().equals("include.missing")).toList();
        assertEquals(List.of(3, 5), missing.stream().map(org.handbookpress.findings.Finding::line).toList(), missing.toString());
        assertTrue(missing.get(0).fix().startsWith("did you mean 'toolkit/_snippets/office-contacts.md'?"), missing.get(0).fix());
        assertEquals("put the snippet in the content folder and give its path from there", missing.get(1).fix(), "nothing near: as before");
    }

    @Test
    void mystsIncludeAndLiteralIncludeShowTheFileAsMarkdownOrCode(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Lab handbook\n");
        files.put("index.md", "# Lab handbook\n\nWelcome.\n");
        files.put("guides/_contacts.md", "Call the **office**.\n");
        files.put("guides/count.py", "shifts = 3\n");
        files.put("guides/start.md", """
                # Start

                ```{include} _contacts.md
                :relative-images:
                ```

                ````{literalinclude} count.py
                :language: python
                ````

                ```{include} nowhere.md
                ```

                ```md
                ```{include} _contacts.md
                ```
                """);
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(TestHandbooks.write(dir.resolve("c"), files), out);
        assertEquals(List.of("guides/start.md:11 include.missing"),
                result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        Element body = Jsoup.parse(Files.readString(out.resolve("guides/start.html"))).selectFirst("main");
        List<Element> included = body.select("div.included");
        assertEquals("Call the office.", included.get(0).text());
        assertEquals(1, included.get(0).select("strong").size());
        assertEquals("shifts = 3", body.select("pre code").get(0).text().strip(), "the file's text as code");
        assertTrue(body.text().contains("```{include} _contacts.md"), "in code, a directive is shown as written");
        assertTrue(!body.text().contains(":relative-images:") && !body.text().contains(":language:"), body.text());
    }

    /**
     * mdBook's {{#include}}: the file's text, a range of its lines or the part between its anchors, pasted where the line
     * stands, inside a code fence (as mdBook's books include their examples) or alone; nested includes from the included
     * file's folder. The lines were shown as typed, with no finding.
     */
    @Test
    void mdBooksIncludesPasteTheFilesLinesWhereTheyStand(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SUMMARY.md", "# Summary\n\n- [Rota](rota/index.md)\n");
        files.put("rota/index.md", """
                # Rota

                ```python
                {{#include shifts.py:counting}}
                ```

                1. In a list:

                   ```python
                   {{#include shifts.py:2:3}}
                   ```

                ~~~text
                {{#include notes/head.txt}}
                ~~~

                {{#include _contacts.md}}

                ```python
                {{#include shifts.py:nowhere}}
                {{#include missing.py}}
                ```

                ```md
                Written as typed: {{#include shifts.py}}
                ```

                After.
                """);
        files.put("rota/shifts.py", """
                # ANCHOR: counting
                shifts = 3
                cover = shifts * 2
                # ANCHOR_END: counting
                print(cover)
                """);
        files.put("rota/notes/head.txt", "Heading note\n{{#include tail.txt}}\n");
        files.put("rota/notes/tail.txt", "Tail note\n");
        files.put("rota/_contacts.md", "Call the **office**.\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(TestHandbooks.write(dir.resolve("c"), files), out);
        assertEquals(List.of("rota/index.md:20 include.missing", "rota/index.md:21 include.missing"),
                result.findings().stream().filter(f -> f.code().startsWith("include")).map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        Element body = Jsoup.parse(Files.readString(out.resolve("rota/index.html"))).selectFirst("main");
        List<Element> code = body.select("pre code");
        assertEquals("shifts = 3\ncover = shifts * 2", code.get(0).wholeText().strip(), "the anchor's lines, without its marks");
        assertTrue(code.get(0).hasClass("language-python"), code.get(0).outerHtml());
        assertEquals("shifts = 3\ncover = shifts * 2", code.get(1).wholeText().strip(), "lines 2 to 3, in the list item");
        assertEquals(1, body.select("li pre").size(), body.html());
        assertEquals("Heading note\nTail note", code.get(2).wholeText().strip(), "nested, from the included file's folder");
        assertEquals("Written as typed: {{#include shifts.py}}", code.get(4).wholeText().strip());
        assertEquals(1, body.select("p > strong").size(), "a Markdown file's text, read as Markdown");
        assertTrue(!body.text().contains("{{#include shifts.py:") && body.text().contains("After."), body.text());
    }

    /**
     * mdBook's {{#playground hello.rs editable}} shows the whole file as a Rust code block, the words after the path its
     * info (```rust,editable), whose hidden lines are hidden as a written block's; a missing file is include.missing, as
     * a missing include is. It was shown as typed, with a syntax.liquid warning (mdBook's guide, format/mdbook.md).
     */
    @Test
    void mdBooksPlaygroundShowsTheFileAsRustCode(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SUMMARY.md", "# Summary\n\n- [Rota](rota/index.md)\n");
        files.put("rota/index.md", """
                # Rota

                {{#playground shifts.rs}}

                {{#playground examples/cover.rs editable   ignore}}

                {{#playpen shifts.rs}}

                {{#playground missing.rs editable}}

                After.
                """);
        files.put("rota/shifts.rs", "# fn main() {\nlet shifts = 3;\n# }");
        files.put("rota/examples/cover.rs", "/// ```\n/// let cover = 2;\n/// ```\nfn cover() -> u32 { 2 }\n");
        Path content = TestHandbooks.write(dir.resolve("c"), files);
        Files.writeString(content.getParent().resolve("book.toml"), "[book]\ntitle = \"Rota\"\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of("rota/index.md:9 include.missing"), result.findings().stream()
                .filter(f -> f.code().startsWith("include") || f.code().startsWith("syntax"))
                .map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        Element body = Jsoup.parse(Files.readString(out.resolve("rota/index.html"))).selectFirst("main");
        List<Element> code = body.select("pre code");
        assertEquals(3, code.size(), body.html());
        assertEquals("let shifts = 3;", code.get(0).wholeText().strip(), "the whole file, its hidden lines hidden");
        assertEquals("language-rust", code.get(0).className());
        assertEquals("/// ```\n/// let cover = 2;\n/// ```\nfn cover() -> u32 { 2 }", code.get(1).wholeText().strip(),
                "a run of backticks in the file does not end the block");
        assertEquals("language-rust,editable,ignore", code.get(1).className());
        assertEquals("let shifts = 3;", code.get(2).wholeText().strip(), "{{#playpen}}, the older name");
        assertTrue(!body.text().contains("{{#play") && body.text().contains("After."), body.text());
    }

    /**
     * An mdBook book's includes read files from the book's folder, book.toml's, beside the content folder: the Rust book
     * keeps its examples in listings/ beside src/ ({{#rustdoc_include ../listings/ch02/listing-02-01/src/main.rs}}). They
     * were include.missing, 707 of them, and the book showed empty code blocks. A path above the book's folder, or to a
     * hidden file, is still not shown; and the record of inputs holds the book's files, so an edit to one builds again.
     */
    @Test
    void anMdBooksIncludesReadTheBooksFolder(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SUMMARY.md", "# Summary\n\n- [Rota](ch01/rota.md)\n");
        files.put("ch01/rota.md", """
                # Rota

                ```rust
                {{#rustdoc_include ../../listings/rota/src/main.rs:count}}
                ```

                ```text
                {{#include ../../listings/rota/output.txt}}
                ```

                ```text
                {{#include ../../../outside.txt}}
                {{#include ../../listings/.env}}
                ```
                """);
        Path content = TestHandbooks.write(dir.resolve("book"), files);
        Path book = content.getParent();
        Files.writeString(book.resolve("book.toml"), "[book]\ntitle = \"Rota\"\n");
        Files.createDirectories(book.resolve("listings/rota/src"));
        Files.writeString(book.resolve("listings/rota/src/main.rs"), "fn main() {\n    // ANCHOR: count\n    let shifts = 3;\n    // ANCHOR_END: count\n}\n");
        Files.writeString(book.resolve("listings/rota/output.txt"), "{{#include notes.txt}}\n");
        Files.writeString(book.resolve("listings/rota/notes.txt"), "3 shifts\n");
        Files.writeString(book.resolve("listings/.env"), "SECRET=1\n");
        Files.writeString(dir.resolve("outside.txt"), "not the book's\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of("ch01/rota.md:12 include.missing", "ch01/rota.md:13 include.missing"), result.findings().stream()
                .filter(f -> f.code().startsWith("include")).map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        List<Element> code = Jsoup.parse(Files.readString(out.resolve("ch01/rota.html"))).select("main pre code");
        assertEquals("let shifts = 3;", code.get(0).wholeText().strip());
        assertEquals("3 shifts", code.get(1).wholeText().strip(), "what the listing includes, from its own folder");
        assertEquals("", code.get(2).wholeText().strip());

        String record = org.handbookpress.content.MdBookSettings.describeBeside(content);
        assertTrue(record.contains("listings/rota/src/main.rs") && !record.contains(".env") && !record.contains("rota.md"), record);
        Files.writeString(book.resolve("listings/rota/notes.txt"), "4 shifts\n");
        assertTrue(!record.equals(org.handbookpress.content.MdBookSettings.describeBeside(content)), "an edit to a listing builds again");
    }

    @Test
    void anMdBookIncludesLineNumbersPastAnyFileAreItsLastLine(@TempDir Path dir) throws Exception {
        // Digits past an int's range ("{{#include rota.py:2:99999999999}}", a slip of the keyboard) were parsed as they
        // stood: the page failed with the build's internal error rather than showing the lines there are.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SUMMARY.md", "# Summary\n\n- [Rota](index.md)\n");
        files.put("index.md", "# Rota\n\n```python\n{{#include rota.py:2:99999999999}}\n```\n\n```python\n{{#include rota.py:99999999999}}\n```\n");
        files.put("rota.py", "shifts = 3\ncover = shifts * 2\nprint(cover)\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(TestHandbooks.write(dir.resolve("c"), files), out);
        assertEquals(List.of(), result.findings().stream().filter(f -> f.code().startsWith("include") || f.code().startsWith("internal"))
                .map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        List<Element> code = Jsoup.parse(Files.readString(out.resolve("index.html"))).select("main pre code");
        assertEquals("cover = shifts * 2\nprint(cover)", code.get(0).wholeText().strip(), "from line 2 to the file's end");
        assertEquals("", code.get(1).wholeText().strip(), "a line past the end: none");
    }

    @Test
    void aLongIncludeLineIsReadInTimeThatGrowsWithItsLength() {
        // Guards against a pattern that went back and forth over a line's spaces: minutes for this line, not milliseconds.
        String line = "```{include} a" + " ".repeat(200_000) + "b\n```\n";
        String read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> org.handbookpress.content.IncludeLines.apply(line, 1));
        assertTrue(read.startsWith(org.handbookpress.content.IncludeLines.MARKER), read.substring(0, 40));
    }

    @Test
    void aSnippetTheConverterCannotReadIsRefusedAtTheLineThatShowsIt(@TempDir Path dir) throws Exception {
        // A snippet is no page, so the page guards (NestingDepth, RuleRuns) never saw it: it overflowed the converter's stack.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer handbook\n");
        files.put("index.md", "# Volunteer handbook\n\nWelcome.\n\n--8<-- \"_deep.md\"\n\nThe end.\n");
        files.put("_deep.md", "Quoted:\n\n" + ">".repeat(3000) + " deep\n");
        org.handbookpress.BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(org.handbookpress.BuildFailure.class,
                () -> TestHandbooks.build(TestHandbooks.write(dir, files), dir.resolve("out")));
        List<String> found = failure.findings().stream().filter(f -> f.severity() == org.handbookpress.findings.Severity.ERROR)
                .map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
        assertEquals(List.of("index.md:5 content.too-deep"), found, failure.findings().toString());
    }
}
