package org.handbookpress.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The handbook.yml options that serve readers: how the offline copy is named, whether it is made,
 * whether the installed site keeps the PDFs offline too, and where the quick-exit button leads.
 *
 * @param id          the handbook's id, from {@code id:} or else the title as a slug; names
 *                    {@code downloads/<id>-offline.zip}
 * @param quickExit   {@code quick-exit:}, an absolute http(s) URL, or null when the button is off (the default)
 * @param offlinePdfs {@code offline-pdfs: true}: the service worker keeps the PDFs too (off by default: they are large)
 * @param offlineZip  {@code offline-zip: false} turns the offline copy off (on by default)
 */
public record ReaderOptions(String id, String quickExit, boolean offlinePdfs, boolean offlineZip) {

    public static ReaderOptions defaults(String title) {
        return new ReaderOptions(slug(title), null, false, true);
    }

    /** Lower-case ASCII letters, digits and hyphens: "Peer Mentoring Handbook" → "peer-mentoring-handbook". */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "handbook" : slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
