package org.handbookpress.markdown;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Takes out the markers other tools replace with a contents list of the page: {@code [TOC]} (Python-Markdown, so
 * MkDocs), {@code [[toc]]} (markdown-it's plugin, so VitePress: Vue's glossary), {@code ${toc}} and {@code @[toc]}
 * (other markdown-it plugins), each alone in its paragraph. The layout prints the page's contents itself ("On this
 * page"); left in, the first showed as "[TOC]" and the second was a wiki link to no page, an error.
 */
public final class ContentsMarkers implements HtmlPass {

    private static final Pattern MARKER = Pattern.compile("(?i)\\[toc]|\\[\\[toc]]|\\$\\{toc}|@\\[toc]");

    @Override
    public void apply(PageHtml page) {
        for (Element p : page.content().select("p")) {
            if (!mayBeMarker(p)) {
                continue; // most paragraphs: told by their first node, without making their text
            }
            String text = p.text().strip();
            if (text.length() > 8 || text.isEmpty()) {
                continue;
            }
            Element only = p.children().size() == 1 ? p.child(0) : null;
            boolean wikiMarker = only != null && only.hasAttr(MarkdownConverter.WIKI)
                    && only.attr(MarkdownConverter.WIKI).strip().equalsIgnoreCase("toc") && text.equalsIgnoreCase("toc");
            if (wikiMarker || p.children().isEmpty() && MARKER.matcher(text).matches()) {
                p.remove();
            }
        }
    }

    /** Whether the paragraph's first text or element, white space aside, could begin a marker: '[', '$' or '@', or a wiki link. */
    private static boolean mayBeMarker(Element p) {
        for (Node node : p.childNodes()) {
            if (node instanceof TextNode text) {
                String words = text.getWholeText().stripLeading();
                if (!words.isEmpty()) {
                    char first = words.charAt(0);
                    return first == '[' || first == '$' || first == '@';
                }
            } else if (node instanceof Element e) {
                return e.hasAttr(MarkdownConverter.WIKI);
            } // a comment adds no text: the next node tells
        }
        return false;
    }
}
