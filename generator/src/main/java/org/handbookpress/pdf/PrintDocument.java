package org.handbookpress.pdf;

import java.util.Map;
import org.handbookpress.markdown.SourceLines;
import org.handbookpress.render.ThemeEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders a print layout ({@code print/pack.ftlh}, {@code print/page.ftlh}; the user's templates
 * override them by file name) and parses the result into the document OpenHTMLtoPDF lays out.
 */
final class PrintDocument {

    private PrintDocument() {
    }

    static Document render(ThemeEngine theme, String layout, Map<String, Object> model) throws ThemeEngine.TemplateFailure {
        Document doc = Jsoup.parse(theme.render(layout, model));
        // An HTML parser moves the unknown <bookmarks> element out of <head>; OpenHTMLtoPDF reads it there.
        Element bookmarks = doc.selectFirst("bookmarks");
        if (bookmarks != null) {
            doc.head().appendChild(bookmarks);
        }
        SourceLines.strip(doc);
        // PDF/UA wants every link annotation described; its text says where it goes.
        for (Element link : doc.select("a[href]:not([title])")) {
            String text = link.text().isBlank() ? link.attr("href") : link.text();
            link.attr("title", text);
        }
        return doc;
    }
}
