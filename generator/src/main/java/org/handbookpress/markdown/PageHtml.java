package org.handbookpress.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import org.handbookpress.content.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page on its way through the HTML passes: the page, its content as a Jsoup tree, and what the
 * passes learned that the layout needs (an agenda, a chapter number…). One thread at a time owns it.
 */
public final class PageHtml {

    private final Page page;
    private final Document document;
    private final Map<String, Object> model = new LinkedHashMap<>();

    public PageHtml(Page page, String html) {
        this.page = page;
        this.document = Jsoup.parseBodyFragment(html);
        this.document.outputSettings().prettyPrint(false);
    }

    public Page page() {
        return page;
    }

    /** The content element (the fragment's body); passes change it in place. */
    public Element content() {
        return document.body();
    }

    /** Extra values for the page's layout, by name; a pass adds what it computed. */
    public Map<String, Object> model() {
        return model;
    }

    public String html() {
        return document.body().html();
    }
}
