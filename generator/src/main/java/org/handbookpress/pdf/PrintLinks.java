package org.handbookpress.pdf;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.files.SitePath;
import org.handbookpress.files.WrittenAddress;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.links.UrlPath;
import org.jsoup.nodes.Element;

/**
 * Rewrites a page's links and images for print. Links in the web page are relative URLs of the site;
 * in a PDF, a link to a page printed in the same PDF becomes an internal link to that part, a link to
 * any other page goes to the website when {@code baseUrl} is known and is otherwise plain text (a
 * relative link cannot work from a PDF). Links to the glossary are marked as glossary terms.
 */
final class PrintLinks {

    private final Map<String, String> partIdByUrl;
    private final Map<String, Page> pagesByUrl;
    private final String baseUrl;
    private final Function<String, List<String>> termUsers;

    /**
     * @param partIdByUrl the pages printed in this PDF: site URL → part id
     * @param pagesByUrl  every page of the site by URL
     * @param baseUrl     where the site is published, or null
     */
    PrintLinks(Map<String, String> partIdByUrl, Map<String, Page> pagesByUrl, String baseUrl) {
        this(partIdByUrl, pagesByUrl, baseUrl, id -> List.of());
    }

    /**
     * @param termUsers the URLs of every page using a glossary term, in reading order, by the term's id: the website's
     *                  glossary lists only the first few, which may hold none of this PDF's pages
     */
    PrintLinks(Map<String, String> partIdByUrl, Map<String, Page> pagesByUrl, String baseUrl, Function<String, List<String>> termUsers) {
        this.partIdByUrl = partIdByUrl;
        this.pagesByUrl = pagesByUrl;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.termUsers = termUsers;
    }

    /** Rewrites links and image sources in {@code content}, a print copy of {@code page}'s content. */
    void rewrite(Page page, String partId, Element content) {
        String folder = SitePath.folderOf(page.url());
        for (Element link : content.select("a[href]")) {
            rewriteLink(page, partId, folder, link);
        }
        for (Element image : content.select("img[src]")) {
            String src = image.attr("src");
            if (!WrittenAddress.hasScheme(src) && !src.startsWith("/")) {
                String resolved = RelativeUrl.resolve(folder, UrlPath.decode(src));
                if (resolved != null) {
                    // Relative to the site root, which is the print document's base folder.
                    image.attr("src", UrlPath.encode(resolved));
                }
            }
            markPicture(image);
        }
    }

    /**
     * Marks a paragraph that holds a picture and nothing else, {@code p.picture}, which print.css centres: the print
     * engine ignores a block picture's {@code margin: auto}, and a picture alone on its line stood at the left edge,
     * while a picture in a line of text is left in it.
     */
    private static void markPicture(Element image) {
        Element paragraph = image.parent();
        if (paragraph != null && paragraph.normalName().equals("p") && paragraph.childrenSize() == 1
                && paragraph.textNodes().stream().allMatch(text -> text.isBlank())) {
            paragraph.addClass("picture");
        }
    }

    private void rewriteLink(Page page, String partId, String folder, Element link) {
        String href = link.attr("href").trim();
        if (WrittenAddress.isNoPath(href)) {
            return;
        }
        if (href.startsWith("#")) {
            link.attr("href", href.length() > 1 ? "#" + PrintPart.anchor(partId, UrlPath.decode(href.substring(1))) : "#" + partId);
            return;
        }
        int hash = href.indexOf('#');
        String path = pathOf(href);
        String fragment = hash < 0 ? "" : UrlPath.decode(href.substring(hash + 1));
        String url = path.isEmpty() ? page.url() : RelativeUrl.resolve(folder, path);
        if (url == null) {
            unwrap(link);
            return;
        }
        Page target = pagesByUrl.get(url);
        boolean glossary = target != null && target.kind() == Kind.GLOSSARY;
        String targetPart = partIdByUrl.get(url);
        if (targetPart != null) {
            link.attr("href", "#" + (fragment.isEmpty() ? targetPart : PrintPart.anchor(targetPart, fragment)));
            if (glossary) {
                link.addClass("glossary-term");
            }
        } else if (baseUrl != null) {
            link.attr("href", UrlPath.absolute(baseUrl, url) + (fragment.isEmpty() ? "" : "#" + UrlPath.encodeFragment(fragment)));
        } else {
            unwrap(link);
        }
    }

    /** The glossary's "Used in" lists, in a print copy: this PDF's parts first ({@link UsedInLists}). */
    void dropUnreachableUses(Page page, Element content) {
        UsedInLists.rewrite(content, page.url(), partIdByUrl.keySet(), termUsers,
                url -> pagesByUrl.containsKey(url) ? pagesByUrl.get(url).title() : null, baseUrl != null);
    }

    /** The page a link of the site names, its fragment aside, as a path (decoded). */
    private static String pathOf(String href) {
        int hash = href.indexOf('#');
        return UrlPath.decode(hash < 0 ? href : href.substring(0, hash));
    }

    /** Keeps the link's text and drops the link: a relative URL would lead nowhere from a PDF. */
    private static void unwrap(Element link) {
        link.unwrap();
    }
}
