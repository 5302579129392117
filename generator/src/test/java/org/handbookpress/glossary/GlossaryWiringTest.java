package org.handbookpress.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.findings.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small handbook written for the test: how the glossary fits into the whole build. */
class GlossaryWiringTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws Exception {
        Path file = dir.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void authorsMayLinkToTermAnchorsAndPagesMayOptOut() throws Exception {
        write("handbook.yml", "title: Test Handbook\norganisation: Test Charity\nlanguage: en-GB\n");
        write("index.md", "# Home\n\nRead about [Taking Time](glossary.md#term-taking-time) and the Round.\n");
        write("quiet.md", "---\ntitle: Quiet\nglossary: false\n---\n\nA Round without links.\n");
        write("glossary.md", """
                ---
                title: Words
                kind: glossary
                ---

                Round
                : Everyone speaks in turn.

                Taking Time
                : Time to talk.

                Unused word
                : Nobody says it.
                """);
        BuildResult result = new HandbookBuild(BuildOptions.of(dir.resolve("content"), dir.resolve("out")), BuildLog.SILENT).run();

        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("link.")), result.findings().toString());
        Document home = Jsoup.parse(Files.readString(dir.resolve("out/index.html")));
        // The author's own link keeps its words and address, and shows the definition as the glossary's links do (it is
        // the term's link on the page); the glossary links the other term's first use.
        assertEquals(List.of("Taking Time", "Round"), home.select("a.glossary-term").eachText());
        assertEquals("glossary.html#term-taking-time", home.selectFirst("main a:contains(Taking Time)").attr("href"));
        assertEquals("Time to talk.", home.selectFirst("main a:contains(Taking Time)").attr("data-definition"));
        Document quiet = Jsoup.parse(Files.readString(dir.resolve("out/quiet.html")));
        assertTrue(quiet.select("a.glossary-term").isEmpty());

        Document glossary = Jsoup.parse(Files.readString(dir.resolve("out/glossary.html")));
        assertEquals(List.of("Home"), glossary.getElementById("term-round").nextElementSibling().select(".glossary-used-in a").eachText());

        assertEquals(List.of("Home"), glossary.getElementById("term-taking-time").nextElementSibling().select(".glossary-used-in a").eachText(),
                "a page linking the term's entry uses it");
        List<Finding> unused = result.findings().stream().filter(f -> f.code().equals("glossary.unused")).toList();
        assertEquals(List.of(12), unused.stream().map(Finding::line).toList(), unused.toString());
        assertTrue(unused.get(0).format().startsWith("glossary.md:12: "), unused.get(0).format());
    }
}
