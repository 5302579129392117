package org.handbookpress.slides;

import org.handbookpress.files.SitePath;
import org.handbookpress.files.WrittenAddress;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.links.UrlPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A slide's HTML adapted to where it is shown. The HTML arrives with links relative to its page; the
 * deck sits beside the page, so only links to an anchor of the page itself change there (reveal.js
 * owns the deck's {@code #}). Print documents resolve images from the site root and cannot follow
 * relative links, so links to other files become absolute (with {@code baseUrl}) or plain text.
 */
final class SlideHtml {

    private SlideHtml() {
    }

    /** For the reveal.js deck beside the page: {@code #anchor} links point back at the page. */
    static String forDeck(String html, String pageFileName) {
        Element body = parse(html);
        for (Element link : body.select("a[href^=#]")) {
            link.attr("href", pageFileName + link.attr("href"));
        }
        return body.html();
    }

    /** For the readable page, below its own {@code h1}: a slide's {@code h1} becomes an {@code h2}. */
    static String forReadingPage(String html) {
        Element body = parse(html);
        body.select("h1").tagName("h2");
        return body.html();
    }

    /**
     * For a print document at {@code documentUrl} (a site path) whose relative URLs resolve from the
     * site root folder.
     *
     * @param baseUrl the site's published address, or null: links then become plain text
     */
    static String forPrint(String html, String pageUrl, String documentUrl, String baseUrl) {
        Element body = parse(html);
        String folder = SitePath.folderOf(pageUrl);
        for (Element image : body.select("img[src]")) {
            String src = image.attr("src");
            if (!WrittenAddress.hasScheme(src) && !src.startsWith("/")) {
                String resolved = RelativeUrl.resolve(folder, UrlPath.decode(src));
                if (resolved != null) {
                    image.attr("src", RelativeUrl.between(documentUrl, resolved));
                }
            }
        }
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            // Links within the document stay: a pack has already pointed them at its own parts.
            if (WrittenAddress.hasScheme(href) || href.startsWith("#")) {
                continue;
            }
            int hash = href.indexOf('#');
            String target = RelativeUrl.resolve(folder, UrlPath.decode(hash < 0 ? href : href.substring(0, hash)));
            if (baseUrl != null && target != null) {
                link.attr("href", UrlPath.absolute(baseUrl, target) + (hash < 0 ? "" : href.substring(hash)));
            } else {
                link.tagName("span").removeAttr("href").removeAttr("title");
            }
        }
        return body.html();
    }

    private static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }
}
