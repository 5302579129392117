package org.handbookpress.links;

import java.util.ArrayList;
import java.util.List;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Fills the list of a section's pages that a page asks for where it stands: Hugo themes' shortcodes for it (Relearn's
 * {@code children}, Hugo Book's {@code section}, Geekdoc's {@code toc-tree}, and the like), which the Markdown stage
 * leaves as an empty {@code <div class="section-pages">} ({@link MarkdownConverter#SECTION_PAGES}). A folder's
 * own page lists the folder's pages and its sub-folders' own pages, in reading order, each with its summary; a page
 * beside a folder of the same name lists that folder's. A section's page that held only the shortcode was empty here.
 */
public final class SectionPages implements HtmlPass {

    private static final Evaluator PLACEHOLDER = QueryParser.parse("div." + MarkdownConverter.SECTION_PAGES + ":empty");

    private final PageIndex index;

    public SectionPages(PageIndex index) {
        this.index = index;
    }

    @Override
    public void apply(PageHtml html) {
        List<Element> places = html.content().select(PLACEHOLDER);
        if (places.isEmpty()) {
            return;
        }
        Page page = html.page();
        List<Page> listed = listed(page, index.pages());
        for (Element place : places) {
            if (listed.isEmpty()) {
                place.remove();
                continue;
            }
            Element list = place.appendElement("ul");
            for (Page child : listed) {
                Element item = list.appendElement("li");
                // A sub-folder by its address, folder/index.html, where its own page is shown whatever its file's name
                // (the folder its page is published in: a Jekyll collection's _modules/ is modules/).
                String url = child.folder().length() > folderOf(page).length()
                        ? child.url().substring(0, child.url().lastIndexOf('/') + 1) + "index.html" : child.url();
                item.appendElement("a").attr("href", RelativeUrl.between(page.url(), url)).text(child.title());
                if (child.meta().summary() != null && !child.meta().summary().isBlank()) {
                    item.appendText(": " + child.meta().summary().strip());
                }
            }
        }
    }

    /** The pages the section of {@code page} holds, in reading order: its own, then its sub-folders' own pages. */
    private static String folderOf(Page page) {
        return Handbook.folderPageRank(page.fileName()) >= 0 ? page.folder() : page.pathWithoutExtension();
    }

    /** The pages {@code page}'s list shows, of {@code pages}, in their order. */
    static List<Page> listed(Page page, List<Page> pages) {
        String folder = folderOf(page);
        String prefix = folder.isEmpty() ? "" : folder + "/";
        List<Page> listed = new ArrayList<>();
        List<String> subfolders = new ArrayList<>();
        for (Page other : pages) {
            if (other == page || !other.path().startsWith(prefix)) {
                continue;
            }
            String rest = other.path().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                listed.add(other);
            } else if (rest.indexOf('/', slash + 1) < 0 && Handbook.folderPageRank(other.fileName()) >= 0
                    && !subfolders.contains(rest.substring(0, slash))) {
                subfolders.add(rest.substring(0, slash)); // a sub-folder, by its own page (the first of index, _index, README)
                listed.add(other);
            }
        }
        return listed;
    }
}
