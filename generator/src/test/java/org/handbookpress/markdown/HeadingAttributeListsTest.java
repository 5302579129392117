package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pandoc's attribute lists at the end of headings, as Quarto and bookdown books write them, in a whole build. */
class HeadingAttributeListsTest {

    @Test
    void aHeadingsListIsNoneOfItsWordsNorOfItsId(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Helpline handbook\n");
        files.put("safeguarding.md", """
                ---
                title: Safeguarding
                ---
                # Safeguarding {#top}

                Read [the notes](#notes), [the exercises](#exercises) and [the first steps](#start).

                ## Notes {-}

                ## Exercises {.unnumbered}

                Try them.

                ## First steps {#start .unnumbered}

                Call the lead.
                """);
        BuildResult result = TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), dir.resolve("out"));
        Document page = TestHandbooks.page(dir.resolve("out"), "safeguarding.html");
        assertEquals(List.of("Safeguarding"), page.select("main h1").eachText(), "the page's own '#' heading is its title, shown once");
        assertEquals(List.of("notes", "exercises", "start"), page.select("main h2").eachAttr("id"));
        assertEquals(List.of("Notes", "Exercises", "First steps"), page.select("main h2").eachText());
        assertTrue(page.select("main h2").stream().allMatch(h -> h.hasClass("unnumbered")), page.select("main h2").outerHtml());
        assertEquals(List.of("safeguarding.md:8 placeholder.empty-section the section 'Notes' is empty: the next heading, 'Exercises', follows directly"),
                result.findings().stream().map(HeadingAttributeListsTest::shown).toList(), "no two '#' headings, no missing places");
    }

    private static String shown(Finding f) {
        return f.file() + ":" + f.line() + " " + f.code() + " " + f.message();
    }
}
