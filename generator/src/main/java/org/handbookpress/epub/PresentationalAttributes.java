package org.handbookpress.epub;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The attributes HTML once styled with, which a web page may still carry and browsers still honour, but EPUB 3's XHTML
 * does not allow (epubcheck's RSC-005, an error): Markdown's own aligned table columns ({@code | :--- | ---: |} makes
 * {@code <td align="right">}) and raw HTML's {@code valign}, {@code width}, {@code bgcolor}. In a chapter each becomes
 * the style it stood for; what has no meaning there ({@code border}, {@code cellpadding}…) is left out.
 */
final class PresentationalAttributes {

    private static final Set<String> ALIGNS = Set.of("left", "right", "center", "justify");
    private static final Set<String> VALIGNS = Set.of("top", "middle", "bottom", "baseline");
    private static final Set<String> SIZED = Set.of("td", "th", "table", "col", "colgroup", "hr", "pre");
    private static final Set<String> DROPPED = Set.of("border", "cellpadding", "cellspacing", "frame", "rules", "nowrap",
            "char", "charoff", "axis", "abbr", "bgcolor", "background", "clear", "compact", "hspace", "vspace");

    private PresentationalAttributes() {
    }

    static void restyle(Element section) {
        for (Element e : section.getAllElements()) {
            if (e.attributesSize() == 0) {
                continue;
            }
            StringBuilder style = new StringBuilder();
            String align = e.attr("align").strip().toLowerCase(Locale.ROOT);
            if (e.hasAttr("align")) {
                if (ALIGNS.contains(align) && !e.normalName().equals("img")) {
                    style.append("text-align: ").append(align).append("; ");
                }
                e.removeAttr("align");
            }
            String valign = e.attr("valign").strip().toLowerCase(Locale.ROOT);
            if (e.hasAttr("valign")) {
                if (VALIGNS.contains(valign)) {
                    style.append("vertical-align: ").append(valign).append("; ");
                }
                e.removeAttr("valign");
            }
            if (e.normalName().equals("img")) {
                // A picture's size in pixels only: width="60%" is a browser's kindness, and no number to a book.
                for (String side : new String[] {"width", "height"}) {
                    String value = e.attr(side).strip();
                    if (e.hasAttr(side) && !value.matches("\\d+")) {
                        if (value.matches("\\d+(\\.\\d+)?%")) {
                            style.append(side).append(": ").append(value).append("; ");
                        }
                        e.removeAttr(side);
                    }
                }
            }
            if (SIZED.contains(e.normalName()) && e.hasAttr("width")) {
                String width = e.attr("width").strip();
                if (width.matches("\\d+(\\.\\d+)?%?")) {
                    style.append("width: ").append(width).append(width.endsWith("%") ? "" : "px").append("; ");
                }
                e.removeAttr("width");
            }
            String bgcolor = e.attr("bgcolor").strip();
            if (bgcolor.matches("#?[0-9A-Fa-f]{3,6}|[A-Za-z]+")) {
                style.append("background-color: ").append(bgcolor).append("; ");
            }
            for (String name : DROPPED) {
                e.removeAttr(name); // abbr too: HTML keeps it on <th>, epubcheck's schema does not
            }
            if (style.length() > 0) {
                String own = e.attr("style").strip();
                e.attr("style", (style + own).strip());
            }
        }
    }
}
