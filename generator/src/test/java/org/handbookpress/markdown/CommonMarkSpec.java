package org.handbookpress.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The examples of the CommonMark spec (test resource {@code commonmark/spec-0.31.2.txt}, CC BY-SA 4.0,
 * see the README beside it) and an HTML normaliser that compares what a browser would see: tags and
 * attributes sorted, whitespace collapsed outside {@code pre}, whitespace next to block tags dropped,
 * character references decoded — the same rules as the spec's own test normaliser, written here anew.
 */
final class CommonMarkSpec {

    record Example(int number, String section, String markdown, String html) {
    }

    private static final String FENCE = "`".repeat(32);
    private static final Set<String> BLOCKS = Set.of("article", "header", "aside", "hgroup", "blockquote", "hr", "iframe",
            "body", "li", "map", "button", "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre",
            "dd", "progress", "div", "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot",
            "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
            "script", "style", "details", "summary", "html", "head", "title", "meta", "link", "br");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    private static final java.util.regex.Pattern SPACE_BEFORE_BLOCK =
            java.util.regex.Pattern.compile("\\s*(<(/?)(" + String.join("|", BLOCKS) + ")[ >/])");
    private static final java.util.regex.Pattern SPACE_AFTER_BLOCK =
            java.util.regex.Pattern.compile("(</?(" + String.join("|", BLOCKS) + ")(?: [^>]*)?>)\\s+");

    private CommonMarkSpec() {
    }

    static List<Example> examples() throws IOException {
        String text;
        try (InputStream in = CommonMarkSpec.class.getResourceAsStream("/commonmark/spec-0.31.2.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        List<Example> examples = new ArrayList<>();
        String section = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.equals("<!-- END TESTS -->")) {
                break;
            }
            if (line.matches("#{1,6} +.*")) {
                section = line.replaceFirst("#{1,6} +", "").trim();
            } else if (line.equals(FENCE + " example")) {
                StringBuilder markdown = new StringBuilder();
                StringBuilder html = new StringBuilder();
                StringBuilder into = markdown;
                for (i++; !lines[i].equals(FENCE); i++) {
                    if (lines[i].equals(".") && into == markdown) {
                        into = html;
                    } else {
                        into.append(lines[i]).append('\n');
                    }
                }
                examples.add(new Example(examples.size() + 1, section,
                        markdown.toString().replace('→', '\t'), html.toString().replace('→', '\t')));
            }
        }
        return examples;
    }

    /** HTML as a browser reads it, in one canonical spelling; heading ids and the build's private attributes left out. */
    static String normalise(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        // An inline element left open in the spec's HTML (<a href="…"> at the end of a paragraph) is
        // reopened by the HTML parser after the paragraph, around nothing but the line break; it renders
        // nothing. The build closes such tags inside their block instead, so leave the empty copies out.
        for (Element reopened : body.children()) {
            if (!reopened.isBlock() && reopened.children().isEmpty() && reopened.text().isBlank()
                    && reopened.previousElementSibling() != null && reopened.previousElementSibling().isBlock()) {
                reopened.remove();
            }
        }
        StringBuilder out = new StringBuilder();
        for (Node child : body.childNodes()) {
            write(child, out, false);
        }
        String s = SPACE_BEFORE_BLOCK.matcher(out).replaceAll("$1");
        return SPACE_AFTER_BLOCK.matcher(s).replaceAll("$1").strip();
    }

    private static void write(Node node, StringBuilder out, boolean pre) {
        if (node instanceof TextNode text) {
            String s = text.getWholeText();
            if (!pre) {
                s = s.replaceAll("\\s+", " ");
            }
            out.append(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        } else if (node instanceof Element e) {
            out.append('<').append(e.tagName());
            e.attributes().asList().stream()
                    .filter(a -> !a.getKey().startsWith("data-hb-"))
                    .filter(a -> !(a.getKey().equals("id") && e.tagName().matches("h[1-6]")))
                    .sorted(java.util.Comparator.comparing(Attribute::getKey))
                    .forEach(a -> out.append(' ').append(a.getKey()).append("=\"")
                            .append(a.getValue().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")).append('"'));
            out.append('>');
            for (Node child : e.childNodes()) {
                write(child, out, pre || e.tagName().equals("pre"));
            }
            if (!VOID.contains(e.tagName())) {
                out.append("</").append(e.tagName()).append('>');
            }
        } else if (node instanceof org.jsoup.nodes.Comment c) {
            out.append("<!--").append(c.getData()).append("-->");
        } else {
            out.append(node.outerHtml());
        }
    }
}
