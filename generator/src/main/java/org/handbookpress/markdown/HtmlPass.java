package org.handbookpress.markdown;

/**
 * One step of HTML post-processing on a page's content (callouts, link rewriting, glossary linking,
 * checks). Passes are registered in order in {@code HandbookBuild}, which runs them on different
 * pages from different threads at once: a pass must keep nothing of one page that another page's call changes.
 */
@FunctionalInterface
public interface HtmlPass {
    void apply(PageHtml page);
}
