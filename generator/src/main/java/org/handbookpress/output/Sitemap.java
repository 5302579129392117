package org.handbookpress.output;

import java.util.List;
import org.handbookpress.links.UrlPath;
import org.handbookpress.xml.XmlText;

/** sitemap.xml for search engines; only written when handbook.yml gives the site's {@code baseUrl}. */
public final class Sitemap {

    private Sitemap() {
    }

    public static String of(String baseUrl, List<String> urls) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls.stream().sorted().toList()) {
            xml.append("  <url><loc>").append(XmlText.escape(UrlPath.absolute(baseUrl, url))).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
