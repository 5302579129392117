package org.handbookpress.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.CodeChunks;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pandoc's implicit heading references in an R Markdown or Quarto page: each heading is a reference link's label, so
 * {@code [Recommended Git clients]}, {@code [Recommended Git clients][]} and {@code [the clients][recommended git clients]}
 * link to the heading of those words, in any case, named by the words in the first brackets. CommonMark knows no such
 * labels and left them as brackets. Pandoc reads a bookdown book as one document, its chapters in their order, so a
 * reference in an {@code .Rmd} page finds the first heading of those words in the book; Quarto renders each chapter on its
 * own, so one in a {@code .qmd} page finds only the page's own. A label the page defines was a link already; one that
 * names no heading is left as written, and a reference link's shape is then reported with the other Markdown that did not
 * render (UnrenderedMarkdown, which reads these pages' after this pass).
 */
public final class PandocHeadingReferences implements HtmlPass {

    /**
     * A reference: 1 its words, 2 its label when it has a second pair of brackets (empty for {@code []}). Not after a word,
     * a bracket, a backslash or a '!' (an index, rota[2], or a picture), not a footnote's ({@code [^1]}) nor a citation's
     * ({@code [@smith]}), and, written alone, not followed by what would make it a link or a definition.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\w\\]\\\\!])\\[(?![\\^@-])([^\\[\\]\\n]+)\\](?:\\[([^\\[\\]\\n]*)\\]|(?![\\[(:]))");

    private final PageIndex index;

    public PandocHeadingReferences(PageIndex index) {
        this.index = index;
    }

    /** Whether the page is one Pandoc reads (R Markdown, Quarto), whose headings are reference labels. */
    public static boolean readsPage(Page page) {
        return CodeChunks.isChunked(page.path());
    }

    @Override
    public void apply(PageHtml html) {
        Page page = html.page();
        if (!readsPage(page) || !page.markdown().contains("]")) {
            return;
        }
        for (TextNode text : ProseText.of(html.content(), t -> t.indexOf(']') >= 0)) {
            link(page, text);
        }
    }

    private void link(Page page, TextNode text) {
        String whole = text.getWholeText();
        Matcher m = REFERENCE.matcher(whole);
        List<Node> parts = new ArrayList<>();
        int at = 0;
        boolean bookWide = !page.path().toLowerCase(java.util.Locale.ROOT).endsWith(".qmd");
        while (m.find()) {
            String label = m.group(2) == null || m.group(2).isBlank() ? m.group(1) : m.group(2);
            Optional<Map.Entry<Page, String>> heading = index.headingNamed(label, bookWide ? null : page);
            if (heading.isEmpty()) {
                continue; // words in brackets, or a reference to nothing: UnrenderedMarkdown says so of the latter
            }
            parts.add(new TextNode(whole.substring(at, m.start())));
            parts.add(new Element("a").attr("href", RelativeUrl.toId(page, heading.get().getKey(), heading.get().getValue()))
                    .text(m.group(1).strip()));
            at = m.end();
        }
        if (at > 0) {
            TextNode last = new TextNode(whole.substring(at));
            for (Node part : parts) {
                text.before(part);
            }
            text.before(last);
            text.remove();
        }
    }
}
