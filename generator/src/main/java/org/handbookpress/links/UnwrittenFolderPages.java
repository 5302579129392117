package org.handbookpress.links;

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
 * A folder's own page with nothing written but its title ({@code # Plugins} alone in {@code plugins/index.md}, front matter
 * alone in a Hugo {@code _index.md}, a GitBook group's README), or such a page beside a folder of its name (an Eleventy
 * site's {@code patterns.md}, whose template listed the pages of {@code patterns/}), lists the folder's pages, as the
 * page the build makes for a folder without one does: such a page is where a tool's menu shows the folder's pages under
 * it, and a reader who opened it saw a title and nothing more (the WordPress Advanced Administration Handbook has five,
 * Open Collective's documentation four, the Home Office's engineering guidance its three main sections). It asks {@link SectionPages} for the list where the text would be, so it is no empty section;
 * a folder with no other page keeps its page as written, and its finding.
 */
public final class UnwrittenFolderPages implements HtmlPass {

    /** What shows something on a page without any text. */
    private static final Evaluator SHOWN = QueryParser.parse("img, svg, picture, video, audio, iframe, object, embed, input, hr");

    private final List<Page> pages;

    /** Lists the folder's pages of {@code pages}, the handbook's in reading order. */
    public UnwrittenFolderPages(List<Page> pages) {
        this.pages = pages;
    }

    @Override
    public void apply(PageHtml html) {
        Page page = html.page();
        // Not the home page, whose layout shows the handbook's sections already. A page beside a folder of its name is
        // that folder's (SectionPages lists it); any other page lists nothing.
        boolean home = page.folder().isEmpty() && Handbook.folderPageRank(page.fileName()) >= 0;
        if (home || !unwritten(html.content()) || SectionPages.listed(page, pages).isEmpty()) {
            return;
        }
        html.content().appendElement("div").addClass(MarkdownConverter.SECTION_PAGES);
    }

    /** Whether the content shows nothing but a heading opening it: no other words, no picture, no list placeholder. */
    private static boolean unwritten(Element content) {
        List<Element> children = content.children();
        int from = !children.isEmpty() && PageHtml.headingLevel(children.get(0)) > 0 ? 1 : 0;
        return content.ownText().isBlank() && children.subList(from, children.size()).stream()
                .allMatch(e -> e.text().isBlank() && e.select(SHOWN).isEmpty() && !e.hasClass(MarkdownConverter.SECTION_PAGES));
    }
}
