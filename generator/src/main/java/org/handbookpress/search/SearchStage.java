package org.handbookpress.search;

import java.util.ArrayList;
import java.util.List;
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
     * The text search indexes, of one finished page.
     *
     * @param sectionOf the title of a page's section, or "" at the top level
     */
    public static SearchDocument document(PageHtml html, Function<Page, String> sectionOf) {
        Page page = html.page();
        return SearchDocument.of(page.title(), page.url(), sectionOf.apply(page), page.meta().summary(), html.content());
    }

    /**
     * @param docs the pages' text, from {@link #document}, in page order
     * @param sink where each file goes: its site path and text
     */
    public static void write(List<SearchDocument> docs, Glossary glossary, int threads, SearchIndex.Sink sink) throws java.io.IOException {
        List<SearchIndex.Card> cards = new ArrayList<>();
        for (GlossaryEntry entry : glossary.entries()) {
            cards.add(new SearchIndex.Card(entry.term(), entry.tooltip(), glossary.href(SEARCH_PAGE, entry), entry.forms()));
        }
        SearchIndex.write(docs, cards, threads, sink);
    }
}
