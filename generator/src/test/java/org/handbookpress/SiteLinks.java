package org.handbookpress;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.handbookpress.files.FileNames;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Walks a built site and lists every internal link or anchor that does not resolve. */
public final class SiteLinks {

    private SiteLinks() {
    }

    public static List<Path> htmlFiles(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    public static List<String> broken(Path site) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : htmlFiles(site)) {
            if (file.getFileName().toString().equals("404.html")) {
                continue;
            }
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], script[src], img[src], source[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
                    continue;
                }
                String where = site.relativize(file) + ": " + url;
                // Decoded as RFC 3986 says (java.net.URI), as a browser does: '+' is a plus, not a space.
                URI uri;
                try {
                    uri = new URI(url);
                } catch (URISyntaxException invalid) {
                    problems.add(where + " (not a valid URL: " + invalid.getReason() + ")");
                    continue;
                }
                String path = uri.getPath() == null ? "" : uri.getPath();
                String fragment = uri.getFragment() == null ? "" : uri.getFragment();
                Path target = path.isEmpty() ? file : FileNames.resolve(file.getParent(), path).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    problems.add(where + " (no file)");
                    continue;
                }
                if (!fragment.isEmpty() && target.toString().endsWith(".html")) {
                    Document targetDoc = target.equals(file) ? doc : Jsoup.parse(target.toFile(), "UTF-8");
                    if (targetDoc.getElementById(fragment) == null && targetDoc.select("a[name=" + fragment + "]").isEmpty()) {
                        problems.add(where + " (no anchor)");
                    }
                }
            }
        }
        return problems;
    }

    /** Every script, stylesheet, image, font or frame loaded from outside the site. */
    public static List<String> externalResources(Path site) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : htmlFiles(site)) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], object[data]")) {
                if (e.tagName().equals("link") && !e.attr("rel").matches("(?i).*(stylesheet|icon|preload|manifest|font).*")) {
                    continue;
                }
                String url = e.hasAttr("src") ? e.attr("src") : e.hasAttr("href") ? e.attr("href") : e.attr("data");
                if (url.matches("(?i)^(https?:)?//.*")) {
                    problems.add(site.relativize(file) + ": " + e.tagName() + " " + url);
                }
            }
            for (Element style : doc.select("style")) {
                if (style.data().matches("(?is).*(@import|url\\(\\s*['\"]?(https?:)?//).*")) {
                    problems.add(site.relativize(file) + ": style loads from outside");
                }
            }
        }
        return problems;
    }
}
