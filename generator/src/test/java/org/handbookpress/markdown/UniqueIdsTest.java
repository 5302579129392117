package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

class UniqueIdsTest {

    @Test
    void anIdGivenTwiceIsNumberedAfterItsFirstAndReportedOnce() {
        PageHtml html = PageFixture.html("conventions.md", """
                # Conventions

                ## Default {#default}

                ## Default {#default}

                <p id="default-1">Already taken.</p>

                ## Default {#default}
                """);
        new AttributeLists(new Findings()).apply(html);
        Findings findings = new Findings();
        new UniqueIds(findings).apply(html);
        assertEquals(List.of("default", "default-2", "default-1", "default-3"), html.content().select("[id]:not(h1)").eachAttr("id"));
        assertEquals(List.of("conventions.md:5 page.duplicate-id"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    @Test
    void anAnchorInTheTextKeepsItsIdOverAHeadingsOwn() {
        // The Odin Project's knowledge checks link answers marked so, below a heading that has the same words.
        PageHtml html = PageFixture.html("mocking.md", """
                # Mocking

                #### Testing callback handlers

                <span id="testing-callback-handlers">Notice how we mock the function</span>:

                - [How can you mock a callback handler?](#testing-callback-handlers)
                """);
        Findings findings = new Findings();
        new UniqueIds(findings).apply(html);
        assertEquals("span", html.content().selectFirst("#testing-callback-handlers").tagName());
        assertEquals("testing-callback-handlers-1", html.content().selectFirst("h4").id());
        assertEquals(1, findings.sorted().size());
    }

    @Test
    void anAnchorInsideTheElementOfTheSameIdIsThatPlace() {
        PageHtml html = PageFixture.html("terms.md", "# Terms\n\n### <a id=\"introduction\"></a>Introduction\n\nText.\n");
        Findings findings = new Findings();
        new UniqueIds(findings).apply(html);
        assertEquals(1, html.content().select("#introduction").size(), html.content().html());
        assertEquals(List.of(), findings.sorted());
    }
}
