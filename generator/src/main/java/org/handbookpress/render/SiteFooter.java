package org.handbookpress.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.handbookpress.files.SitePath;
import org.handbookpress.files.WrittenAddress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Words shown at the foot of every page of the site, above the theme's own footer: a GitHub wiki's {@code _Footer.md}
 * (content/WikiFooter), made once as a page at the top is, its links checked once. Its relative links and pictures
 * lead from the top folder; {@link #at} gives them from the folder of the page it is shown on, so that a page in a
 * sub-folder leads to the same files.
 */
public final class SiteFooter {

    /** No footer: a handbook that is not a wiki, or a wiki without one. */
    public static final SiteFooter NONE = new SiteFooter("");

    /** The footer's HTML as from a page at the top of the site. */
    private final String html;
    /** The HTML from each depth of folder ({@code ../}), made once for each. */
    private final Map<String, String> byRoot = new ConcurrentHashMap<>();

    private SiteFooter(String html) {
        this.html = html;
    }

    /**
     * @param html the footer's finished HTML (sanitised, links rewritten), as shown on a page at the top; its headings'
     *             ids are taken off, since a page's own heading of the same words has that id already
     */
    public static SiteFooter of(String html) {
        if (html.isBlank()) {
            return NONE;
        }
        Document document = parse(html);
        document.body().select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]").removeAttr("id");
        return new SiteFooter(document.body().html());
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    /** The footer's HTML on the page at site address {@code url}: its relative addresses from that page's folder. */
    public String at(String url) {
        String root = SitePath.toTop(url);
        if (html.isEmpty() || root.isEmpty()) {
            return html;
        }
        return byRoot.computeIfAbsent(root, r -> from(html, r));
    }

    private static String from(String html, String root) {
        Document document = parse(html);
        for (Element e : document.body().select("[href], [src], [poster]")) {
            for (String attribute : new String[] {"href", "src", "poster"}) {
                if (e.hasAttr(attribute)) {
                    e.attr(attribute, under(root, e.attr(attribute)));
                }
            }
        }
        for (Element e : document.body().select("[srcset]")) {
            StringBuilder set = new StringBuilder();
            for (String candidate : e.attr("srcset").split(",")) {
                String each = candidate.strip();
                set.append(set.length() == 0 ? "" : ", ").append(under(root, each));
            }
            e.attr("srcset", set.toString());
        }
        return document.body().html();
    }

    /** A relative address from the top as from {@code root} ({@code ../}); one with a scheme, from the server's top or within the page as it is. */
    private static String under(String root, String address) {
        if (address.isEmpty() || address.startsWith("#") || address.startsWith("/") || address.startsWith("?")
                || WrittenAddress.hasScheme(address)) {
            return address;
        }
        return root + address;
    }

    private static Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }
}
