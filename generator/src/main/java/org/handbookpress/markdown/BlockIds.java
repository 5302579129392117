package org.handbookpress.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Obsidian's block identifiers: a paragraph or list item that ends in {@code ^name} (after a space) takes the id
 * {@code ^name}, the marker hidden, so that {@code [[Refund policy#^discount]]} links to it as it does in Obsidian.
 * A {@code ^name} paragraph of its own names the block before it (a table, a list, a quote), as Obsidian writes
 * them after blocks that cannot end in one. A block that already has an id keeps it.
 */
public final class BlockIds implements HtmlPass {
    // Selectors parsed once: parsing one costs more than most pages' matching (footnotes put a caret on many pages).
    private static final Evaluator BLOCKS = QueryParser.parse("p, li");
    private static final Evaluator CODE = QueryParser.parse("pre, code");
    /** The marker at the end of a block's text: a caret after a space (so {@code x^2} is no marker), then a name. */
    private static final Pattern MARKER = Pattern.compile("(?:^|\\s)\\^([A-Za-z0-9-]+)\\s*$");

    @Override
    public void apply(PageHtml page) {
        if (!page.mayHold("^")) {
            return; // most pages: no caret, nothing to look for
        }
        for (Element block : page.content().select(BLOCKS)) {
            Node last = block.childNodeSize() == 0 ? null : block.childNode(block.childNodeSize() - 1);
            if (!(last instanceof TextNode text)) {
                continue;
            }
            String whole = text.getWholeText();
            int caret = whole.lastIndexOf('^');
            if (caret < 0) {
                continue;
            }
            // The marker's caret is the text's last: matched from just before it, not tried at every character of the
            // paragraph (every page with a footnote has a caret, and this was a twentieth of a build's time).
            Matcher m = MARKER.matcher(whole).region(Math.max(0, caret - 1), whole.length()).useAnchoringBounds(false);
            if (!m.find() || block.closest(CODE) != null) {
                continue;
            }
            String id = "^" + m.group(1);
            Element before = block.previousElementSibling();
            if (block.normalName().equals("p") && block.childNodeSize() == 1 && m.start() == 0 && before != null) {
                if (!before.hasAttr("id")) {
                    before.id(id);
                }
                block.remove();
                continue;
            }
            text.text(whole.substring(0, m.start()));
            if (!block.hasAttr("id")) {
                block.id(id);
            }
        }
    }
}
