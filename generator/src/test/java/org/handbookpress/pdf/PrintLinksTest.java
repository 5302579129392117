package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PrintLinksTest {

    private static Page page(String path, Kind kind) {
        FrontMatter meta = FrontMatter.builder().kind(kind).build();
        return new Page(path, path.replace(".md", ".html"), Path.of(path), meta, path, "", 1);
    }

    private final Page chapter = page("toolkit/01-a.md", Kind.CHAPTER);
    private final Page other = page("toolkit/02-b.md", Kind.CHAPTER);
    private final Page policy = page("policies/care.md", Kind.POLICY);
    private final Page glossary = page("glossary.md", Kind.GLOSSARY);

    private Element rewrite(String html, String baseUrl) {
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Page p : new Page[] {chapter, other, policy, glossary}) {
            pages.put(p.url(), p);
        }
        Map<String, String> inPack = Map.of(chapter.url(), "part-toolkit-01-a", other.url(), "part-toolkit-02-b",
                glossary.url(), "part-glossary");
        Element body = Jsoup.parseBodyFragment(html).body();
        new PrintLinks(inPack, pages, baseUrl).rewrite(chapter, "part-toolkit-01-a", body);
        return body;
    }

    @Test
    void linksToPrintedPagesBecomeInternal() {
        Element body = rewrite("<a href=\"02-b.html#practice\">b</a> <a href=\"02-b.html\">b</a> <a href=\"#here\">here</a>"
                + " <a href=\"../glossary.html#peer\">peer</a>", null);
        assertEquals("#part-toolkit-02-b--practice", body.child(0).attr("href"));
        assertEquals("#part-toolkit-02-b", body.child(1).attr("href"));
        assertEquals("#part-toolkit-01-a--here", body.child(2).attr("href"));
        assertEquals("#part-glossary--peer", body.child(3).attr("href"));
        assertTrue(body.child(3).hasClass("glossary-term"));
    }

    @Test
    void linksOutOfThePdfGoToTheWebsiteOrBecomeText() {
        Element withBase = rewrite("<a href=\"../policies/care.html#who\">policy</a> <a href=\"https://x.org/\">x</a>", "https://hb.example.org");
        assertEquals("https://hb.example.org/policies/care.html#who", withBase.child(0).attr("href"));
        assertEquals("https://x.org/", withBase.child(1).attr("href"));
        Element without = rewrite("See <a href=\"../policies/care.html\">our policy</a>.", null);
        assertEquals("See our policy.", without.html());
    }

    @Test
    void imagesResolveFromTheSiteRoot() {
        Element body = rewrite("<img src=\"../images/chairs.svg\" alt=\"Chairs\">", null);
        assertEquals("images/chairs.svg", body.child(0).attr("src"));
    }
}
