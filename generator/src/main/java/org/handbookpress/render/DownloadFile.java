package org.handbookpress.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.handbookpress.links.RelativeUrl;

/**
 * One file of a download in a given edition (the large-print PDF of a pack, its e-book), as the
 * Downloads page lists it beside the pack's standard PDF.
 *
 * @param edition the edition's id ({@code large-print}, {@code epub})
 * @param label   how the page names it ("Large print PDF")
 * @param url     its site path
 * @param pages   its number of pages, or 0 where pages mean nothing (an e-book)
 */
public record DownloadFile(String edition, String label, String url, long bytes, int pages) {

    /** The layouts' value, with its href relative to {@code fromUrl}. */
    public Map<String, Object> model(String fromUrl) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("edition", edition);
        f.put("label", label);
        f.put("url", url);
        f.put("href", RelativeUrl.between(fromUrl, url));
        f.put("size", PackDownload.humanSize(bytes));
        f.put("bytes", bytes);
        if (pages > 0) {
            f.put("pages", pages);
        }
        return f;
    }
}
