package org.handbookpress.markdown;

/**
 * One step of HTML post-processing on a page's content (callouts, link rewriting, glossary linking,
 * checks). Passes are registered in order in {@link org.handbookpress.HandbookBuild} and must be
 * safe to call for different pages from different threads.
 */
@FunctionalInterface
public interface HtmlPass {
    void apply(PageHtml page);
}
