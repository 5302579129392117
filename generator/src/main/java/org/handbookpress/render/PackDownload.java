package org.handbookpress.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handbookpress.links.RelativeUrl;

/**
 * A printed pack as the layouts list it (footer, Downloads page): what the PDF stage made of one
 * {@code packs:} entry of handbook.yml.
 *
 * @param url   the main file's site path: the PDF, {@code downloads/<id>.pdf}, or the e-book of a pack made as
 *              one only ({@code editions: [epub]})
 * @param bytes its size
 * @param pages its number of pages (0 for an e-book)
 * @param paper the paper's label (A4, Letter)
 * @param otherEditions the pack's other editions (large print, e-book), listed beside it
 * @param language the language the pack is written in, as its PDF says it is: its folder of translations' when its pages
 *              are all in one ({@code uk}), else the handbook's; its title and subtitle are in it, and a page in another
 *              language lists them marked so ({@code lang}), for a screen reader's voice
 */
public record PackDownload(String id, String title, String subtitle, String url, long bytes, int pages, String paper,
                           List<DownloadFile> otherEditions, String language) {

    public PackDownload {
        otherEditions = List.copyOf(otherEditions);
    }

    /** A pack in one edition only. */
    public PackDownload(String id, String title, String subtitle, String url, long bytes, int pages, String paper, String language) {
        this(id, title, subtitle, url, bytes, pages, paper, List.of(), language);
    }

    /** This download with further files of the pack (its e-book), listed beside it after its other editions. */
    public PackDownload withFiles(List<DownloadFile> more) {
        List<DownloadFile> all = new java.util.ArrayList<>(otherEditions);
        all.addAll(more);
        return new PackDownload(id, title, subtitle, url, bytes, pages, paper, all, language);
    }

    /** The layouts' {@code downloads} entry, with its href relative to {@code fromUrl}. */
    public Map<String, Object> model(String fromUrl) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("title", title);
        if (subtitle != null && !subtitle.isBlank()) {
            d.put("subtitle", subtitle);
        }
        d.put("url", url);
        d.put("size", humanSize(bytes));
        d.put("bytes", bytes);
        if (pages > 0) { // an e-book has no pages to count
            d.put("pages", pages);
        }
        d.put("format", url.endsWith(".epub") ? "EPUB" : "PDF");
        d.put("paper", paper);
        if (language != null && !language.isBlank()) {
            d.put("lang", language);
        }
        d.put("href", RelativeUrl.between(fromUrl, url));
        d.put("otherEditions", otherEditions.stream().map(f -> f.model(fromUrl)).toList());
        return d;
    }

    public static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
