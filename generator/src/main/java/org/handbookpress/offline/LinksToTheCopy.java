package org.handbookpress.offline;

import java.nio.charset.StandardCharsets;
import org.handbookpress.links.RelativeUrl;

/**
 * In the offline copy, a page's link to the copy itself leads to the copy's Downloads page instead, which says that
 * this is the copy. A page may link the copy ({@code [take it offline](downloads/peer-mentors-offline.zip)}), and the
 * copy holds that page but not itself: unpacked, the link led nowhere. The site's own page keeps its link.
 */
final class LinksToTheCopy {

    private final String zipPath;
    /** The copy's file name, looked for in a page before the page is read as UTF-8 text: few pages link it. */
    private final String name;

    /** @param zipPath the copy's site path ({@link OfflineZip#path}) */
    LinksToTheCopy(String zipPath) {
        this.zipPath = zipPath;
        this.name = zipPath.substring(zipPath.lastIndexOf('/') + 1);
    }

    /** The file at site path {@code path} as the copy holds it: {@code bytes} themselves unless it is a page linking the copy. */
    byte[] inTheCopy(String path, byte[] bytes) {
        // The name is ASCII (an id is letters, digits and hyphens), which a page's UTF-8 holds byte for byte: read as
        // Latin-1 it is found by String.indexOf, whose vectorised search took 65-90 ms over 10,000 pages of 30 KB, where a
        // loop over the bytes took 800 ms, beside about 3 s to deflate them.
        if (!path.endsWith(".html") || new String(bytes, StandardCharsets.ISO_8859_1).indexOf(name) < 0) {
            return bytes;
        }
        String html = new String(bytes, StandardCharsets.UTF_8);
        // The href as the build wrote it, relative from the page (RelativeUrl): a link the author wrote to the copy.
        String changed = html.replace("href=\"" + RelativeUrl.between(path, zipPath) + "\"",
                "href=\"" + RelativeUrl.between(path, ReaderStage.DOWNLOADS) + "\"");
        return changed.equals(html) ? bytes : changed.getBytes(StandardCharsets.UTF_8);
    }
}
