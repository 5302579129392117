package org.handbookpress.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * mdBook's {@code class="hidden"}: its stylesheet hides every element of that class ({@code .hidden { display: none
 * !important; }}), on the page and in its print version, and its guide says "HTML tags with class hidden will not be
 * shown" ({@code <div class="hidden">This will not be seen.</div>}). In an mdBook book such an element is hidden here
 * too, by HTML's {@code hidden}: off the page and away from screen readers, and out of the search text, the PDFs and the
 * e-book, which leave out what is hidden. It stays in the page, as in mdBook's, so a link to an id inside it is no
 * broken link. Elsewhere the class means what the site's own stylesheet made it (Tailwind's {@code hidden md:block}
 * shows on wide screens), which is not known here, and it is left alone.
 */
public final class MdBookHiddenClass implements HtmlPass {

    private static final Evaluator HIDDEN = QueryParser.parse(".hidden");

    @Override
    public void apply(PageHtml page) {
        if (!page.mayHold("hidden")) {
            return;
        }
        for (Element element : page.content().select(HIDDEN)) {
            element.attr("hidden", "");
        }
    }
}
