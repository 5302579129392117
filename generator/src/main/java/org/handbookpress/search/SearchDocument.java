package org.handbookpress.search;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One page as search sees it: its title and section, and its text cut at each h2–h4 heading, so that a
 * result can link to the heading above the words it found.
 *
 * @param sections the text before the first heading (anchor "", heading null), then one per heading
 */
public record SearchDocument(String title, String url, String section, String summary, List<Part> sections) {

    /** The text under one heading; {@code anchor} is the heading's id ("" for the top of the page). */
    public record Part(String anchor, String heading, String text) {
    }

    /** Longest text kept per page: enough for the snippets of an 800-word page several times over. */
    static final int MAX_TEXT = 20_000;

    public static SearchDocument of(String title, String url, String section, String summary, Element content) {
        Element body = content.clone();
        body.select("script, style, .visually-hidden, [role=tooltip], [hidden]").remove();
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] current = {"", null};
        int[] kept = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.tagName().matches("h[2-4]") && !e.id().isEmpty()) {
                    close();
                    current[0] = e.id();
                    current[1] = e.text();
                } else if (node instanceof TextNode t && !insideHeading(t)) {
                    if (kept[0] < MAX_TEXT) {
                        text.append(t.getWholeText());
                        kept[0] += t.getWholeText().length();
                    }
                } else if (node instanceof Element e && e.isBlock() && text.length() > 0) {
                    text.append(' ');
                }
            }

            private void close() {
                String t = text.toString().replaceAll("\\s+", " ").strip();
                if (!t.isEmpty() || current[1] != null) {
                    parts.add(new Part(current[0], current[1], t));
                }
                text.setLength(0);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == body) {
                    close();
                }
            }
        }, body);
        return new SearchDocument(title, url, section == null ? "" : section, summary == null ? "" : summary, List.copyOf(parts));
    }

    private static boolean insideHeading(Node node) {
        for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && e.tagName().matches("h[2-4]") && !e.id().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Every heading's words, for ranking a heading hit above a body hit. */
    public String headings() {
        StringBuilder b = new StringBuilder();
        for (Part p : sections) {
            if (p.heading() != null) {
                b.append(p.heading()).append(' ');
            }
        }
        return b.toString();
    }

    public String bodyText() {
        StringBuilder b = new StringBuilder(summary).append(' ');
        for (Part p : sections) {
            b.append(p.text()).append(' ');
        }
        return b.toString();
    }
}
