package org.handbookpress.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives each drawing written into a page ({@code <svg>} in the HTML) the {@code alt} text the layout engine reads for a
 * tagged PDF's figure: without it, a page with a drawing printed a PDF that is not PDF/UA (veraPDF 7.3-1, a figure with
 * no alternative text), however well the author named the drawing for the website. The name is the one a screen reader
 * gives it there: its {@code aria-label}, the text of what {@code aria-labelledby} names, its {@code <title>}; else the
 * words it draws; else "Drawing". (An empty {@code alt}, for decoration, fails PDF/UA as well: the engine cannot make a
 * drawing an artifact.) A picture with no alt text is named likewise: its title, its figure's caption, else "Picture".
 */
final class InlineDrawings {

    private InlineDrawings() {
    }

    static void name(Document html) {
        for (Element svg : html.getElementsByTag("svg")) {
            if (!svg.hasAttr("alt") && svg.parents().stream().noneMatch(parent -> parent.normalName().equals("svg"))) {
                svg.attr("alt", name(svg, html));
            }
        }
        // A picture with no alt text (image.alt-missing has said so) prints a figure PDF/UA refuses (veraPDF 7.3-1): it
        // is named by its title or its figure's caption, as a reader sees them beside it, else "Picture".
        for (Element img : html.getElementsByTag("img")) {
            if (img.attr("alt").isBlank()) {
                Element figure = img.closest("figure");
                Element caption = figure == null ? null : figure.selectFirst("figcaption");
                img.attr("alt", !img.attr("title").isBlank() ? img.attr("title").strip()
                        : caption != null && !caption.text().isBlank() ? caption.text().strip() : "Picture");
            }
        }
    }

    private static String name(Element svg, Document html) {
        if (!svg.attr("aria-label").isBlank()) {
            return svg.attr("aria-label").strip();
        }
        StringBuilder labelled = new StringBuilder();
        for (String id : svg.attr("aria-labelledby").strip().split("\\s+")) {
            Element label = id.isEmpty() ? null : html.getElementById(id);
            if (label != null) {
                labelled.append(labelled.length() == 0 ? "" : " ").append(label.text().strip());
            }
        }
        if (!labelled.toString().isBlank()) {
            return labelled.toString();
        }
        for (Element child : svg.children()) {
            if (child.normalName().equals("title") && !child.text().isBlank()) {
                return child.text().strip();
            }
        }
        String words = String.join(" ", svg.getElementsByTag("text").eachText()).strip();
        if (!words.isEmpty()) {
            return words;
        }
        return "Drawing";
    }
}
