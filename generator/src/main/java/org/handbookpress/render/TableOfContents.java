package org.handbookpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.Kind;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page's contents for its layout, its h2 and h3 headings that have ids (and no class {@code no_toc}), taken as the last pass while the page
 * is a tree and kept in its model: the layouts then write a frozen page's HTML without making it a tree again.
 */
public final class TableOfContents implements HtmlPass {

    /** The page model's name for it; the layouts read {@code page.toc}. */
    public static final String KEY = "toc";
    /** kramdown's {@code {: .no_toc}} keeps a heading out of the contents ("Table of contents" itself, as a rule). */
    private static final Evaluator HEADINGS = QueryParser.parse("h2[id]:not(.no_toc), h3[id]:not(.no_toc)");
    /**
     * A slide deck's page shows each slide's {@code #} heading as a slide card's {@code h2} (SlideHtml), under the page's own
     * title: a title slide's heading ("Welcome to Llanfair Harriers") is one of the page's sections, and was missing
     * from its contents, which began at the second slide.
     */
    private static final Evaluator SLIDE_HEADINGS = QueryParser.parse("h1[id]:not(.no_toc), h2[id]:not(.no_toc), h3[id]:not(.no_toc)");

    @Override
    public void apply(PageHtml page) {
        page.model().put(KEY, of(page.content(), page.page().kind() == Kind.SLIDES));
    }

    static List<Map<String, Object>> of(Element content) {
        return of(content, false);
    }

    /** @param slides whether the content is a slide deck's, whose {@code h1} headings the page shows as {@code h2} */
    static List<Map<String, Object>> of(Element content, boolean slides) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Element h : content.select(slides ? SLIDE_HEADINGS : HEADINGS)) {
            if (hidden(h)) {
                continue; // a heading of a part for print only (Quarto's when-format="pdf"): not on the web page
            }
            entries.add(Map.of("id", h.id(), "text", h.text(), "level", h.tagName().equals("h3") ? 3 : 2));
        }
        return entries;
    }

    private static boolean hidden(Element heading) {
        for (Element e = heading; e != null; e = e.parent()) {
            if (e.hasAttr("hidden")) {
                return true;
            }
        }
        return false;
    }
}
