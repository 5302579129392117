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
 * <p>
 * A word processor's contents list, exported as links, ends each entry in a tab and the page the heading was on in
 * print ({@code [Safeguarding\t4](#safeguarding)}, as Google Docs' Markdown export writes it): on the web there are no
 * such pages, so the number is taken off the link's words. Pandoc writes a Word document's contents entry as a link in
 * a link, {@code [1. Purpose [2](#_Toc190001)](#_Toc190001)}, which CommonMark reads as the text "[1. Purpose ", a link
 * "2" and the text "](#_Toc190001)": it is one link, with the entry's words.
 */
public final class ContentsMarkers implements HtmlPass {

    private static final Pattern MARKER = Pattern.compile("(?i)\\[toc]|\\[\\[toc]]|\\$\\{toc}|@\\[toc]");
    /** A tab, then a page number in figures or in roman numerals (front matter's pages), at the end of an entry's words. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("\t[\t ]*(?:\\d+|(?i)[ivxlcdm]+)\\s*$");

    @Override
    public void apply(PageHtml page) {
        if (page.mayHold("\t")) {
            dropPageNumbers(page);
        }
        if (page.mayHold(")](#")) {
            joinNestedEntries(page);
        }
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

    /** A page number in figures or roman numerals, the inner link's words. */
    private static final Pattern PAGE = Pattern.compile("\\d+|(?i)[ivxlcdm]+");

    private static void joinNestedEntries(PageHtml page) {
        for (Element link : page.content().select("a[href^=#]")) {
            if (!(link.previousSibling() instanceof TextNode before) || !(link.nextSibling() instanceof TextNode after)
                    || !PAGE.matcher(link.text()).matches()) {
                continue;
            }
            String opening = before.getWholeText();
            int bracket = opening.lastIndexOf('[');
            String closing = "](" + link.attr("href") + ")";
            String words = bracket < 0 ? "" : opening.substring(bracket + 1).strip();
            if (!words.isEmpty() && after.getWholeText().startsWith(closing)) {
                before.text(opening.substring(0, bracket));
                after.text(after.getWholeText().substring(closing.length()));
                link.text(words.replaceAll("\\s+", " "));
            }
        }
    }

    private static void dropPageNumbers(PageHtml page) {
        for (Element link : page.content().select("a[href^=#]")) {
            TextNode last = lastText(link);
            if (last != null) {
                java.util.regex.Matcher m = PAGE_NUMBER.matcher(last.getWholeText());
                if (m.find()) {
                    last.text(last.getWholeText().substring(0, m.start()));
                }
            }
        }
    }

    /** The last text node within the element, however deep ({@code [**Safeguarding\t4**](#x)}). */
    private static TextNode lastText(Element e) {
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            Node child = e.childNode(i);
            if (child instanceof TextNode text && !text.getWholeText().isEmpty()) {
                return text;
            }
            if (child instanceof Element inner) {
                return lastText(inner);
            }
        }
        return null;
    }
}
