package org.handbookpress.pdf;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.handbookpress.files.SitePath;
import org.handbookpress.files.WrittenAddress;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.links.UrlPath;
import org.jsoup.nodes.Element;

/**
 * The glossary's "Used in" lists in a copy of the handbook read away from the website, a PDF or an e-book: every page of
 * the copy that uses the term, in the copy's order; then, when the website is published to link, the pages the website's
 * list names outside the copy. The website lists a term's first {@code 10} pages in reading order, so a copy's own pages
 * that use it were missing (a starter pack's glossary named 2 of its 6 parts using "Coordinator"), and without a website
 * a copy's glossary listed names without a place to find them. A list left empty goes with its label.
 */
public final class UsedInLists {

    private UsedInLists() {
    }

    /**
     * @param pageUrl   the glossary page's address in the site
     * @param inCopy    the site addresses of the copy's pages, in the copy's order
     * @param termUsers the addresses of every page using a term, in reading order, by its entry's id
     * @param titles    a page's title by its address, or null for an address that is no page
     * @param website   whether the site is published (a base URL) for the copy to link the website's other pages
     */
    public static void rewrite(Element content, String pageUrl, Collection<String> inCopy, Function<String, List<String>> termUsers,
                               Function<String, String> titles, boolean website) {
        String folder = SitePath.folderOf(pageUrl);
        if (!website) {
            content.select("a.glossary-used-in-more").remove(); // "and 48 more pages: search for …" means nothing there
        }
        for (Element used : content.select(".glossary-used-in")) {
            Element list = used.selectFirst("ul");
            Map<String, String> listed = new LinkedHashMap<>(); // URL → the words the website links it with
            for (Element link : used.select("li a[href]")) {
                String href = link.attr("href").trim();
                int hash = href.indexOf('#');
                String path = UrlPath.decode(hash < 0 ? href : href.substring(0, hash));
                String url = path.isEmpty() || WrittenAddress.hasScheme(href) ? null : RelativeUrl.resolve(folder, path);
                if (url != null) {
                    listed.putIfAbsent(url, link.text());
                }
            }
            Set<String> users = new HashSet<>(listed.keySet());
            Element term = used.closest("dd") == null ? null : used.closest("dd").previousElementSibling();
            if (term != null && term.normalName().equals("dt") && !term.id().isEmpty()) {
                users.addAll(termUsers.apply(term.id()));
            }
            Map<String, String> shown = new LinkedHashMap<>();
            inCopy.stream().filter(users::contains).forEach(url -> shown.put(url, titleOf(url, listed, titles)));
            if (website) {
                listed.forEach(shown::putIfAbsent);
            }
            if (list != null) {
                list.empty();
                shown.forEach((url, title) -> list.appendElement("li").appendElement("a")
                        .attr("href", RelativeUrl.between(pageUrl, url)).text(title));
            }
            if (shown.isEmpty()) {
                used.remove();
            }
        }
    }

    private static String titleOf(String url, Map<String, String> listed, Function<String, String> titles) {
        String title = titles.apply(url);
        return title != null ? title : listed.getOrDefault(url, url);
    }
}
