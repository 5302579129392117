package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.junit.jupiter.api.Test;

class NamelessLinksTest {

    private static PageHtml page(String markdown) {
        Page page = new Page("guide/readme.md", "guide/readme.html", Path.of("guide/readme.md"), FrontMatter.empty(), "Readme", markdown, 1);
        return new PageHtml(page, new MarkdownConverter().toHtml(markdown, 1));
    }

    @Test
    void aLinkWithNothingToReadShowsItsAddressAndIsReported() {
        PageHtml html = page("""
                [A sample README.](https://example.org/readme)
                [](https://example.org/readme)

                [![The logo](logo.png)](https://example.org) [![](badge.svg)](https://ci.example.org) <a href="#top" aria-label="Back to the top"></a>

                [](){#install} Install it.

                ## Pairs <a href="#pairs" id="pairs"></a>
                """);
        Findings findings = new Findings();
        new NamelessLinks(findings).apply(html);
        assertEquals(List.of("A sample README.", "https://example.org/readme", "", "", "", "", ""),
                html.content().select("a").stream().map(a -> a.text()).toList(), html.content().html());
        assertEquals("https://ci.example.org", html.content().select("a").get(3).attr("aria-label"),
                "a picture without alt text names its link by the address (image.alt-missing reports the picture)");
        assertEquals(List.of("guide/readme.md:2 link.no-text"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertEquals(List.of(), html.content().select("a[href=''], a[href=#pairs]"),
                "mkdocs-autorefs' [](){#install} and GitBook's anchor in a heading are places to link to, not links: "
                        + html.content().html());
        assertEquals(1, html.content().select("h2 a#pairs").size());
    }

    @Test
    void aPermalinkDrawnAsASymbolIsTakenOut() {
        PageHtml html = page("""
                <table><tr><th id="m3" scope="row"><a class="anchor" href="#m3"></a>M3</th><td><a href="#m4"></a></td></tr></table>
                """);
        Findings findings = new Findings();
        new NamelessLinks(findings).apply(html);
        assertEquals(List.of("#m4"), html.content().select("a").eachText(), html.content().html());
        assertEquals("M3", html.content().selectFirst("th").text());
        assertEquals(List.of("guide/readme.md:1 link.no-text"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }
}
