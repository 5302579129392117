package org.handbookpress.markdown;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

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
}
