package org.handbookpress.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.handbookpress.content.Page;
import org.handbookpress.glossary.Glossary;
import org.handbookpress.glossary.GlossaryEntry;
import org.handbookpress.markdown.PageHtml;

/** Turns the built pages and the glossary into the files of the search index ({@link SearchIndex}). */
public final class SearchStage {

    /** Where the search page is: glossary links on cards are relative to it. */
    static final String SEARCH_PAGE = "search.html";

    private SearchStage() {
    }

    /**
     * @param sectionOf the title of a page's section, or "" at the top level
     * @return site path to text, for the output folder
     */
    public static Map<String, String> files(List<PageHtml> pages, Function<Page, String> sectionOf, Glossary glossary) {
        List<SearchDocument> docs = new ArrayList<>();
        for (PageHtml html : pages) {
            Page page = html.page();
            docs.add(SearchDocument.of(page.title(), page.url(), sectionOf.apply(page), page.meta().summary(), html.content()));
        }
        List<SearchIndex.Card> cards = new ArrayList<>();
        for (GlossaryEntry entry : glossary.entries()) {
            cards.add(new SearchIndex.Card(entry.term(), entry.tooltip(), glossary.href(SEARCH_PAGE, entry), entry.forms()));
        }
        return SearchIndex.files(docs, cards);
    }
}
