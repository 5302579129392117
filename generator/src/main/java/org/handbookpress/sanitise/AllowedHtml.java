package org.handbookpress.sanitise;

import org.jsoup.safety.Safelist;

/**
 * The elements and attributes a handbook page may carry, as a jsoup {@link Safelist}: text structure,
 * tables, figures, disclosure ({@code details}), media from the site itself, inline SVG drawings, and
 * the markup the Markdown renderer writes (footnotes, task lists, heading ids, definition lists).
 * Nothing here can load from elsewhere or run code by itself; the URLs and CSS that the allowed
 * attributes carry are judged separately ({@link SiteUrl}, {@link CssFilter}).
 */
final class AllowedHtml {

    /** Attributes every allowed element may carry ({@code aria-*} is allowed by prefix in the sanitiser). */
    static final String[] GLOBAL = {"id", "class", "title", "lang", "dir", "role", "hidden", "translate", "style"};

    private AllowedHtml() {
    }

    static Safelist safelist() {
        Safelist list = new Safelist()
                .addTags("a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
                        "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
                        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li",
                        "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span",
                        "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr",
                        "u", "ul", "var", "wbr", "audio", "video", "source", "track", "input", "label")
                .addAttributes(":all", GLOBAL)
                .addAttributes("a", "href", "name", "rel", "target", "hreflang", "type", "download")
                .addAttributes("img", "src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding")
                .addAttributes("video", "src", "poster", "controls", "width", "height", "muted", "loop", "preload", "playsinline")
                .addAttributes("audio", "src", "controls", "muted", "loop", "preload")
                .addAttributes("source", "src", "srcset", "sizes", "type", "media")
                .addAttributes("track", "src", "kind", "srclang", "label", "default")
                .addAttributes("input", "type", "checked", "disabled", "readonly", "value") // a checklist's box (only checkboxes stay)
                .addAttributes("label", "for")
                .addAttributes("ol", "start", "reversed", "type")
                .addAttributes("ul", "type")
                .addAttributes("li", "value")
                .addAttributes("details", "open")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addAttributes("del", "cite", "datetime")
                .addAttributes("ins", "cite", "datetime")
                .addAttributes("time", "datetime")
                .addAttributes("data", "value")
                .addAttributes("abbr", "title")
                .addAttributes("table", "summary", "width", "border", "cellpadding", "cellspacing", "align")
                .addAttributes("col", "span", "width")
                .addAttributes("colgroup", "span", "width")
                .addAttributes("td", "colspan", "rowspan", "headers", "align", "valign", "width")
                .addAttributes("th", "colspan", "rowspan", "headers", "scope", "abbr", "align", "valign", "width")
                .addAttributes("tr", "align", "valign")
                .addAttributes("style", "media", "type");
        addSvg(list);
        return list;
    }

    /** Drawings written into the page: shapes, text, gradients and references within the drawing. */
    private static void addSvg(Safelist list) {
        String[] presentation = {"fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
                "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "stroke-miterlimit", "opacity",
                "transform", "clip-path", "clip-rule", "mask", "marker-start", "marker-mid", "marker-end", "font-family",
                "font-size", "font-style", "font-weight", "text-anchor", "dominant-baseline", "letter-spacing", "visibility",
                "display", "color", "stop-color", "stop-opacity", "vector-effect", "paint-order", "x", "y", "width", "height"};
        String[] shapes = {"svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "text", "tspan",
                "textpath", "title", "desc", "defs", "symbol", "use", "lineargradient", "radialgradient", "stop", "clippath",
                "mask", "pattern", "marker", "image", "a"};
        list.addTags(shapes);
        for (String shape : shapes) {
            list.addAttributes(shape, presentation);
        }
        list.addAttributes("svg", "viewbox", "xmlns", "xmlns:xlink", "version", "preserveaspectratio", "focusable")
                .addAttributes("path", "d", "pathlength")
                .addAttributes("circle", "cx", "cy", "r")
                .addAttributes("ellipse", "cx", "cy", "rx", "ry")
                .addAttributes("line", "x1", "y1", "x2", "y2")
                .addAttributes("polyline", "points")
                .addAttributes("polygon", "points")
                .addAttributes("rect", "rx", "ry")
                .addAttributes("text", "dx", "dy", "rotate", "textlength", "lengthadjust")
                .addAttributes("tspan", "dx", "dy", "rotate")
                .addAttributes("textpath", "href", "xlink:href", "startoffset")
                .addAttributes("symbol", "viewbox", "preserveaspectratio")
                .addAttributes("use", "href", "xlink:href")
                .addAttributes("image", "href", "xlink:href", "preserveaspectratio")
                .addAttributes("a", "xlink:href", "xlink:title")
                .addAttributes("lineargradient", "x1", "y1", "x2", "y2", "gradientunits", "gradienttransform", "spreadmethod",
                        "href", "xlink:href")
                .addAttributes("radialgradient", "cx", "cy", "r", "fx", "fy", "fr", "gradientunits", "gradienttransform",
                        "spreadmethod", "href", "xlink:href")
                .addAttributes("stop", "offset")
                .addAttributes("clippath", "clippathunits")
                .addAttributes("mask", "maskunits", "maskcontentunits")
                .addAttributes("pattern", "patternunits", "patterncontentunits", "patterntransform", "viewbox", "href", "xlink:href")
                .addAttributes("marker", "viewbox", "refx", "refy", "markerwidth", "markerheight", "markerunits", "orient");
    }
}
