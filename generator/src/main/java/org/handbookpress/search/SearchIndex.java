package org.handbookpress.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.Page;
import org.handbookpress.links.UrlPath;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.output.Json;
import org.jsoup.nodes.Element;

/**
 * The documents the site's search looks through: one per page, with its title, section, headings
 * and text. Written as a script ({@code assets/search-index.js}) rather than a JSON file, because a
 * page opened from disk may load a script but may not fetch a file; MiniSearch indexes it in the browser.
 */
public final class SearchIndex {

    /** Where the index is written in the site. */
    public static final String PATH = "assets/search-index.js";
    /** Long pages are cut here: enough to find a page by its words, small enough for a phone. */
    static final int MAX_TEXT = 20_000;

    private SearchIndex() {
    }

    public static String script(List<PageHtml> pages, java.util.function.Function<Page, String> sectionOf) {
        List<Map<String, Object>> docs = new ArrayList<>();
        int id = 0;
        for (PageHtml html : pages) {
            Page page = html.page();
            Element content = html.content().clone();
            // Headings are indexed as their own field, so a match in a heading ranks higher.
            List<String> headings = content.select("h2, h3, h4").eachText();
            content.select("script, style, .visually-hidden").remove();
            String text = content.text();
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", id++);
            doc.put("title", page.title());
            doc.put("url", UrlPath.encode(page.url()));
            doc.put("section", sectionOf.apply(page));
            doc.put("kind", page.kind().id());
            doc.put("summary", page.meta().summary() == null ? "" : page.meta().summary());
            doc.put("headings", String.join(" · ", headings));
            doc.put("text", text);
            docs.add(doc);
        }
        return "/* Search index of this handbook, written by Handbook Press. */\nwindow.HANDBOOK_SEARCH_DOCS = "
                + Json.write(docs) + ";\n";
    }
}
