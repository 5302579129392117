package org.handbookpress.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.handbookpress.links.RelativeUrl;

/**
 * A further file of a pack's download, listed beside its PDF (the EPUB e-book).
 *
 * @param label what the file is, e.g. "EPUB e-book"
 * @param url   its site path
 * @param bytes its size
 */
public record PackFile(String label, String url, long bytes) {

    Map<String, Object> model(String fromUrl) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("label", label);
        f.put("url", url);
        f.put("size", PackDownload.humanSize(bytes));
        f.put("href", RelativeUrl.between(fromUrl, url));
        return f;
    }
}
