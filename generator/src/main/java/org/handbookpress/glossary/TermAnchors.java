package org.handbookpress.glossary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handbookpress.content.Kind;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Gives each term on the glossary page its anchor ({@link TermSlug}) straight after Markdown, before
 * the link index is built, so that authors may link to {@code glossary.md#term-taking-time} and the
 * link checker finds the anchor. Terms are the {@code dt}s of the definition lists at the top level of
 * the page; a {@code dt} that already has an id keeps it.
 */
public final class TermAnchors implements HtmlPass {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page.
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");

    @Override
    public void apply(PageHtml page) {
        if (page.page().kind() == Kind.GLOSSARY) {
            stamp(page.content());
        }
    }

    /** Stamps the anchors on every term under {@code content}; safe to call twice. */
    static void stamp(Element content) {
        Set<String> taken = new HashSet<>();
        List<Element> terms = terms(content);
        for (Element e : content.select(WITH_ID)) {
            taken.add(e.id());
        }
        int position = 0;
        for (Element dt : terms) {
            position++;
            if (dt.id().isEmpty()) {
                dt.id(TermSlug.unique(dt.text().strip(), position, taken));
            }
        }
    }

    /** The glossary's definition lists: those at the top level of the page, not inside a callout or list. */
    static List<Element> lists(Element content) {
        return content.children().stream().filter(e -> e.tagName().equals("dl")).toList();
    }

    static List<Element> terms(Element content) {
        return lists(content).stream().flatMap(dl -> dl.children().stream()).filter(e -> e.tagName().equals("dt")).toList();
    }
}
