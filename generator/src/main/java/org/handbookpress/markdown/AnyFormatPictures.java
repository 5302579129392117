package org.handbookpress.markdown;

import java.util.List;
import java.util.Set;
import org.handbookpress.files.SitePaths;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Sphinx's and Jupyter Book's picture of any format, {@code ```{figure} ../figures/map.*}: the builder takes whichever
 * file of that name it can show best. Here the first of SVG, PNG, JPEG, GIF, WebP and AVIF beside the page (or where
 * the path leads) is the picture; with none, the address stays and the picture checks report it missing.
 */
public final class AnyFormatPictures implements HtmlPass {
    private static final Evaluator PICTURES = QueryParser.parse("img[src$=.*]");
    /** The formats a browser shows, in the order Sphinx's HTML builder prefers them. */
    private static final List<String> FORMATS = List.of("svg", "png", "jpg", "jpeg", "gif", "webp", "avif");

    private final Set<String> files;

    /** @param files every file's path in the content folder */
    public AnyFormatPictures(Set<String> files) {
        this.files = files;
    }

    @Override
    public void apply(PageHtml page) {
        if (!page.mayHold(".*")) {
            return;
        }
        for (Element img : page.content().select(PICTURES)) {
            String src = img.attr("src");
            String stem = src.substring(0, src.length() - 1); // "../figures/map."
            String resolved = SitePaths.resolve(page.page().folder(), stem);
            if (resolved == null) {
                continue;
            }
            for (String format : FORMATS) {
                if (files.contains(resolved + format)) {
                    img.attr("src", stem + format);
                    break;
                }
            }
        }
    }
}
