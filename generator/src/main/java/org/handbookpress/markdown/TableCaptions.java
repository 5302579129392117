package org.handbookpress.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Pandoc's table captions: a paragraph right after a table (or right before it) that starts with {@code :} or
 * {@code Table:}, {@code : Shifts a week {#tbl-shifts}}, is the table's caption, its attribute list the table's id (as
 * Quarto's cross-references name tables). Shown as a paragraph before, with its colon and braces.
 */
public final class TableCaptions implements HtmlPass {
    private static final Evaluator TABLES = QueryParser.parse("table");
    private static final Pattern CAPTION = Pattern.compile("^\\s*(?:Table)?:\\s+(.*?)\\s*(?:\\{#([\\w-]+)[^{}]*\\})?\\s*$", Pattern.DOTALL);

    @Override
    public void apply(PageHtml page) {
        for (Element table : page.content().select(TABLES)) {
            if (table.selectFirst("caption") != null) {
                continue;
            }
            Element caption = captionOf(table.nextElementSibling());
            if (caption == null) {
                caption = captionOf(table.previousElementSibling());
            }
            if (caption == null) {
                continue;
            }
            boolean definition = caption.normalName().equals("dd"); // Flexmark reads ": Shifts" as a definition's
            Matcher m = CAPTION.matcher(definition ? ": " + caption.text() : caption.text());
            if (!m.matches() || m.group(1).isEmpty()) {
                continue;
            }
            // The paragraph's own markup (emphasis, links) stays: only the leading colon and the attributes go.
            TextNode first = (TextNode) caption.childNode(0);
            first.text(definition ? first.getWholeText().stripLeading() : first.getWholeText().replaceFirst("^\\s*(?:Table)?:\\s+", ""));
            if (m.group(2) != null && caption.childNode(caption.childNodeSize() - 1) instanceof TextNode last) {
                last.text(last.getWholeText().replaceFirst("\\s*\\{#[\\w-]+[^{}]*\\}\\s*$", ""));
                if (table.id().isEmpty()) {
                    table.id(m.group(2));
                }
            }
            Element into = table.prependElement("caption");
            into.appendChildren(caption.childNodesCopy());
            caption.remove();
        }
    }

    /**
     * The paragraph, when it reads as a caption: its first text starts with ':' or 'Table:'; or the definition without
     * a list that Flexmark makes of a line starting ': '.
     */
    private static Element captionOf(Element sibling) {
        if (sibling == null || sibling.childNodeSize() == 0 || !(sibling.childNode(0) instanceof TextNode text)) {
            return null;
        }
        if (sibling.normalName().equals("dd")) {
            return sibling.parent() != null && sibling.parent().normalName().equals("dl") ? null : sibling;
        }
        String start = text.getWholeText().stripLeading();
        return sibling.normalName().equals("p") && (start.startsWith(": ") || start.startsWith("Table: ")) ? sibling : null;
    }
}
