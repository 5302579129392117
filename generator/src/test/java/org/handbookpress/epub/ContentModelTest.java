package org.handbookpress.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** HTML a browser shows and EPUB's XHTML refuses, made what the book may hold; and the old presentational attributes. */
class ContentModelTest {

    private static Element section(String html) {
        return Jsoup.parseBodyFragment("<section>" + html + "</section>").body().child(0);
    }

    @Test
    void mediaWithoutASourceListItemsOutsideAListAndBlocksInTextMarkupAreRepaired() {
        Element section = section("<video controls><source><track kind=captions></video>"
                + "<p>Before.</p><li>First</li> <li>Second</li><p>After.</p>"
                + "<strong>Security<p>Keep it safe.</p></strong><em>stays</em>");
        ContentModel.repair(section);
        assertEquals("<video controls></video>", section.child(0).outerHtml());
        assertEquals("ul", section.child(2).tagName());
        assertEquals(2, section.child(2).children().size());
        assertEquals("After.", section.child(3).text());
        assertEquals(0, section.select("strong").size(), section.html());
        assertEquals("Keep it safe.", section.selectFirst("p:contains(safe)").text());
        assertEquals(1, section.select("em").size());
    }

    @Test
    void aBlockInsideAParagraphOrPreformattedTextKeepsItsContentThere() {
        Element section = section("<div><pre>outer\n<pre><code>inner()</code></pre><p><code></code></p></pre></div>");
        ContentModel.repair(section);
        assertEquals(1, section.select("pre").size(), section.html());
        assertEquals(0, section.select("pre p, pre pre").size(), section.html());
        assertEquals("outer\ninner()\n\n", section.selectFirst("pre").wholeText());
    }

    @Test
    void commentsAreLeftOutAndAnIdGivenTwiceTakesANumber() {
        Element section = section("<!-- md:default <code>&lt;!-- more --&gt;</code> --><h3 id=default>A</h3><h3 id=default>B</h3>"
                + "<h3 id=default>C</h3><p id=default-2>D</p>");
        ContentModel.repair(section);
        assertEquals(java.util.List.of("default", "default-3", "default-4", "default-2"), section.select("[id]").eachAttr("id"));
        assertEquals(false, section.html().contains("<!--"), section.html());
    }

    @Test
    void aFoldsSummaryIsInTheBooksLanguage() {
        Element section = section("<details><p>Cofiwch y te.</p></details>");
        ContentModel.repair(section, "Manylion");
        assertEquals("Manylion", section.selectFirst("details > summary:first-child").text());
    }

    @Test
    void anOldStyleAnchorIsAnIdAndAFoldHasItsSummary() {
        Element section = section("<p><a href=#2>2</a></p><p><a name=2>2</a>: a note.</p><details><pre>gs://bucket</pre></details>");
        ContentModel.repair(section);
        assertEquals("2", section.select("a[name]").attr("id"));
        assertEquals("Details", section.selectFirst("details > summary:first-child").text());
        Element loose = section("<p>Last checked <time>via <a href=https://example.org>the page</a></time></p>"
                + "<figure><div></div><figcaption>1<figcaption></figcaption></figcaption></figure>");
        ContentModel.repair(loose);
        assertEquals(0, loose.select("time").size());
        assertEquals(1, loose.select("figcaption").size(), loose.html());
    }

    @Test
    void presentationalAttributesBecomeStyles() {
        Element section = section("<table border=1 width=80%><tr><th align=center abbr=x>H</th>"
                + "<td align=right valign=top bgcolor=#eee width=50 nowrap style='color: navy'>D</td></tr></table><img src=a.png align=left alt=A>");
        PresentationalAttributes.restyle(section);
        assertEquals("width: 80%;", section.selectFirst("table").attr("style"));
        assertEquals("", section.selectFirst("table").attr("border"));
        assertEquals("text-align: center;", section.selectFirst("th").attr("style"));
        assertEquals("text-align: right; vertical-align: top; width: 50px; background-color: #eee; color: navy",
                section.selectFirst("td").attr("style"));
        assertEquals(1, section.selectFirst("td").attributesSize());
        assertEquals(2, section.selectFirst("img").attributesSize(), "a picture's align has no text to align: dropped");
        Element sized = section("<img src=a.png width=60% height=50% alt=A><img src=b.png width=120 height=auto alt=B>");
        PresentationalAttributes.restyle(sized);
        assertEquals("width: 60%; height: 50%;", sized.child(0).attr("style"));
        assertEquals("120", sized.child(1).attr("width"));
        assertEquals(false, sized.child(1).hasAttr("height"));
    }
}
