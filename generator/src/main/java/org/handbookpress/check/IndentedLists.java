package org.handbookpress.check;

import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;

/**
 * Reports a list indented by a tab or four spaces, which Markdown shows as a block of code: the dashes, numbers and all,
 * in a monospaced box, where its author meant bullet points. A list copied from a word processor or an e-mail comes with
 * a tab before each item, and nothing in the page says why it did not become a list. Only a code block written by
 * indenting whose every line is a list item is reported: a fenced block is code on purpose, and one with anything else in
 * it is an example of something.
 */
public final class IndentedLists implements HtmlPass {

    public static final String CODE = "markdown.indented-list";
    private static final Pattern ITEM = Pattern.compile("[ \t]*(?:[-*+]|\\d{1,9}[.)])[ \t]+\\S.*");

    private final Findings findings;

    public IndentedLists(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml html) {
        SourcePosition source = null;
        for (Element pre : html.content().getElementsByTag("pre")) {
            int line = SourceLines.of(pre);
            if (line <= 0 || pre.closest("[" + MarkdownConverter.INCLUDED_FROM + "]") != null || !allItems(pre.wholeText())) {
                continue;
            }
            source = source != null ? source : new SourcePosition(html.page());
            String written = source.line(line);
            String indent = written.substring(0, written.length() - written.stripLeading().length());
            String rest = written.stripLeading();
            // A fenced block (```), in a list item or not, is code its author asked for; only an indented one is a slip.
            if (indent.isEmpty() || rest.startsWith("```") || rest.startsWith("~~~") || indent.indexOf('\t') < 0 && indent.length() < 4) {
                continue;
            }
            String how = indent.indexOf('\t') >= 0 ? "a tab" : indent.length() + " spaces";
            findings.warning(html.page().path(), line, CODE, "this list is indented by " + how + " before its first '"
                            + rest.charAt(0) + "', so Markdown shows it as a block of code, not as a list",
                    "remove the tab or spaces before each item (a list inside another list's item is indented by as many"
                            + " spaces as the item's words, 2 under '- ')");
        }
    }

    private static boolean allItems(String text) {
        boolean any = false;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!ITEM.matcher(line).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
