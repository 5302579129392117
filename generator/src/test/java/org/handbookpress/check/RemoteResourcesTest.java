package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.junit.jupiter.api.Test;
import org.handbookpress.findings.Findings;

class RemoteResourcesTest {

    @Test
    void removesWhateverWouldBeFetchedFromElsewhere() {
        String md = """
                Intro

                <script async src="https://platform.example/widgets.js"></script>

                <iframe src="https://video.example/embed/1" title="Our welcome video"></iframe>

                <link rel="stylesheet" href="//fonts.example/css">

                <video src="media/local.mp4"></video>
                """;
        Page page = new Page("p.md", "p.html", Path.of("p.md"), FrontMatter.empty(), "P", md, 1);
        PageHtml html = new PageHtml(page, new MarkdownConverter().toHtml(md, 1));
        Findings findings = new Findings();
        new RemoteResources(findings).apply(html);
        assertTrue(html.content().select("script, iframe, link").isEmpty(), html.html());
        assertEquals("https://video.example/embed/1", html.content().selectFirst("a").attr("href"));
        assertEquals("Our welcome video (on its website)", html.content().selectFirst("a").text());
        assertEquals(1, html.content().select("video[src=media/local.mp4]").size(), "local media stays");
        assertEquals(3, findings.sorted().stream().filter(f -> f.code().equals("html.remote")).count(), findings.sorted().toString());
    }
}
