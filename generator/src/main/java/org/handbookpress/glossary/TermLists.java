package org.handbookpress.glossary;

import org.handbookpress.content.Kind;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;

/**
 * On the glossary page, the terms written in other tools' ways, as bold terms ({@link BoldTermLists}) or a heading for
 * each ({@link HeadingTerms}), made the definition list they stand for. Before the headings are checked: a term's
 * {@code ####} heading under the page's title is no heading skipping levels once it is a term.
 */
public final class TermLists implements HtmlPass {

    @Override
    public void apply(PageHtml page) {
        if (page.page().kind() == Kind.GLOSSARY) {
            BoldTermLists.asDefinitions(page.content());
            HeadingTerms.asDefinitions(page.content());
        }
    }
}
