package org.handbookpress.markdown;

/**
 * Pandoc's attribute lists at the end of headings ({@code ## Notes {-}}, {@code # Safeguarding {#top}}), applied before
 * anything reads a heading's words: the leading title compared with the page's title, the checks' messages, the sections
 * at the top. Applied with the other attribute lists, later, {@code # Safeguarding {#top}} was no title like the page's
 * and the page showed two; a finding named the heading {@code 'Notes {-}'}.
 */
public final class HeadingAttributeLists implements HtmlPass {

    private final AttributeLists lists;

    public HeadingAttributeLists(AttributeLists lists) {
        this.lists = lists;
    }

    @Override
    public void apply(PageHtml page) {
        lists.headings(page);
    }
}
