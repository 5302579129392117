package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JekyllVariablesTest {

    private static final String CONFIG = """
            title: Open Leadership
            assignment: "<span class=\\"assignment\\">Assignment: </span>"
            email: hello@example.org
            subtitle:
            description: >
              Training for anyone
              running an open project.
            github:
              repo: example/training
            """;

    @Test
    void aSiteVariableIsItsValueInConfigAndAPageVariableItsFrontMatters(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("_config.yml", CONFIG));
        JekyllSite site = JekyllSite.of(content);
        FrontMatter page = FrontMatter.empty().withTitle("Personas");
        assertEquals("### <span class=\"assignment\">Assignment: </span> Make a persona for {{ page.url }}\n\n"
                        + "Write to hello@example.org about Personas (example/training). []\n\n"
                        + "Training for anyone running an open project.\n",
                site.withVariables("### {{ site.assignment }} Make a persona for {{ page.url }}\n\n"
                        + "Write to {{site.email}} about {{ page.title }} ({{- site.github.repo -}}). [{{ site.subtitle }}]\n\n"
                        + "{{ site.description }}\n", page));
    }

    @Test
    void whatTheSiteDoesNotGiveOrAFilterStaysAsWritten(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("_config.yml", CONFIG));
        String text = "{{ site.time }} {{ site.title | upcase }} {{ site.github }} {{ title }} {{ page.layout }}\n";
        assertEquals(text, JekyllSite.of(content).withVariables(text, FrontMatter.empty()));
    }

    @Test
    void fencedCodeAndRawBlocksAreShownAsWritten(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("_config.yml", CONFIG));
        String text = "```liquid\n{{ site.title }}\n```\n\n{% raw %}{{ site.title }}{% endraw %} is {{ site.title }}\n";
        assertEquals("```liquid\n{{ site.title }}\n```\n\n{% raw %}{{ site.title }}{% endraw %} is Open Leadership\n",
                JekyllSite.of(content).withVariables(text, FrontMatter.empty()));
    }

    @Test
    void aFolderWithoutASiteFileIsLeftAsItIs(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        String text = "Hello {{ site.title }} and {{ page.title }}\n";
        assertEquals(text, JekyllSite.of(content).withVariables(text, FrontMatter.empty().withTitle("Home")));
    }

    @Test
    void aPageOfAJekyllSiteShowsItsVariablesFilledIn(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("_config.yml", CONFIG, "_layouts/page.html", "{{ content }}",
                "index.md", "---\ntitle: Welcome\n---\n# {{ page.title }} to {{ site.title }}\n\nAsk {{ site.email }}.\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals("# Welcome to Open Leadership\n\nAsk hello@example.org.\n", handbook.page("index.md").orElseThrow().markdown());
    }

    @Test
    void aPageTitleGoesInAsTheTextItReadsAsNotAsTags(@TempDir Path dir) throws Exception {
        // The title is read as text ("Using the <details> element"): put back as it is, its tag would open a details
        // element holding the rest of the page.
        Path content = TestHandbooks.write(dir, Map.of("_config.yml", CONFIG, "_layouts/page.html", "{{ content }}",
                "index.md", "---\ntitle: Using the &lt;details&gt; element &amp; &lt;b&gt;\n---\n# {{ page.title }}\n\nText.\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        String html = new org.handbookpress.markdown.MarkdownConverter().toHtml(handbook.page("index.md").orElseThrow().markdown(), 1);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parseBodyFragment(html);
        assertEquals("Using the <details> element & <b>", page.selectFirst("h1").text());
        assertEquals(0, page.select("details, b").size(), html);
    }
}
