package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Highlighted text, {@code ==like this==}, as Obsidian, HackMD, Typora and MkDocs' pymdownx.mark write it: a
 * {@code <mark>}, shown highlighted, where CommonMark left the equals signs as text. Outside code, within one run of text
 * (a highlight around a link or emphasis stays as written); {@code a == b}, with spaces inside the signs, is no highlight.
 */
public final class Highlights implements HtmlPass {

    /** At most 300 characters highlighted: a text of many unclosed {@code ==} is then looked through in linear time. */
    private static final Pattern HIGHLIGHT = Pattern.compile("(?<!=)==(?=[^\\s=])(.{1,300}?)(?<=[^\\s=])==(?!=)");
    private static final Set<String> AS_WRITTEN = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "svg", "math", "mark");

    @Override
    public void apply(PageHtml page) {
        if (!page.mayHold("==")) {
            return;
        }
        List<TextNode> texts = new ArrayList<>();
        for (Element e : page.content().getAllElements()) {
            if (AS_WRITTEN.contains(e.normalName()) || e.parents().stream().anyMatch(p -> AS_WRITTEN.contains(p.normalName()))) {
                continue;
            }
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode text && text.getWholeText().contains("==")) {
                    texts.add(text);
                }
            }
        }
        texts.forEach(Highlights::mark);
    }

    /** The text node split around each highlight in it, each highlight's words in a {@code <mark>}. */
    private static void mark(TextNode text) {
        String whole = text.getWholeText();
        Matcher m = HIGHLIGHT.matcher(whole);
        List<Node> parts = new ArrayList<>();
        int copied = 0;
        while (m.find()) {
            if (m.start() > copied) {
                parts.add(new TextNode(whole.substring(copied, m.start())));
            }
            parts.add(new Element("mark").appendChild(new TextNode(m.group(1))));
            copied = m.end();
        }
        if (parts.isEmpty()) {
            return;
        }
        if (copied < whole.length()) {
            parts.add(new TextNode(whole.substring(copied)));
        }
        for (Node part : parts) {
            text.before(part);
        }
        text.remove();
    }
}
