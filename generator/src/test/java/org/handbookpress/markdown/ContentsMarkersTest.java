package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

/** Other tools' markers for a contents list are taken out: the layout prints the page's contents itself. */
class ContentsMarkersTest {

    private static List<String> paragraphs(String markdown) {
        PageHtml html = PageFixture.html("a.md", markdown);
        new ContentsMarkers().apply(html);
        return html.content().select("p").eachText();
    }

    @Test
    void eachToolsMarkerAloneInItsParagraphIsTakenOut() {
        for (String marker : List.of("[TOC]", "[toc]", "[[TOC]]", "[[toc]]", "${toc}", "@[toc]")) {
            assertEquals(List.of("Before.", "After."), paragraphs("Before.\n\n" + marker + "\n\n## A heading\n\nAfter.\n"), marker);
        }
    }

    @Test
    void aMarkerInASentenceOrCodeStays() {
        assertEquals(List.of("Write [TOC] where the contents go."), paragraphs("Write [TOC] where the contents go.\n"));
        assertEquals(List.of("Team of carers"), paragraphs("[[Team of carers]]\n"), "a wiki link to another page");
        assertEquals(List.of(), paragraphs("```\n[TOC]\n```\n"));
    }
}
