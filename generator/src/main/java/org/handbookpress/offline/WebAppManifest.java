package org.handbookpress.offline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.output.Json;

/** {@code manifest.webmanifest}: what a phone needs to install the site, every address relative to it. */
public final class WebAppManifest {

    public static final String PATH = "manifest.webmanifest";
    public static final String ICON_192 = "assets/icon-192.png";
    public static final String ICON_512 = "assets/icon-512.png";

    private WebAppManifest() {
    }

    public static String json(String title, String description, String language, String accent) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", title);
        m.put("short_name", shortName(title));
        if (description != null && !description.isBlank()) {
            m.put("description", description);
        }
        m.put("lang", language);
        m.put("start_url", "index.html");
        m.put("scope", "./");
        m.put("display", "standalone");
        m.put("theme_color", accent);
        m.put("background_color", "#ffffff");
        m.put("icons", List.of(icon(ICON_192, 192, "any"), icon(ICON_512, 512, "any"), icon(ICON_512, 512, "maskable")));
        return Json.write(m) + "\n";
    }

    /** Phones show about 12 characters under an icon: the title's first words that fit. */
    static String shortName(String title) {
        if (title.length() <= 12) {
            return title;
        }
        StringBuilder b = new StringBuilder();
        for (String word : title.split("\\s+")) {
            if (b.length() + word.length() + (b.length() > 0 ? 1 : 0) > 12) {
                break;
            }
            b.append(b.length() > 0 ? " " : "").append(word);
        }
        return b.length() > 0 ? b.toString() : title.substring(0, 12);
    }

    private static Map<String, Object> icon(String src, int size, String purpose) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("src", src);
        i.put("sizes", size + "x" + size);
        i.put("type", "image/png");
        i.put("purpose", purpose);
        return i;
    }
}
