package org.handbookpress.offline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbookpress.content.HandbookConfig;
import org.handbookpress.output.OutputFolder;
import org.handbookpress.work.Parallel;

/**
 * The last stage, over the finished staging folder: the Content-Security-Policy into every page, the
 * web app manifest and its icons, the offline copy, and last the service worker, whose list of files
 * needs every other file's final bytes.
 */
public final class ReaderStage {

    /** Writes the Downloads page again, with the site's policy, once the offline copy's size is known. */
    public interface DownloadsPage {
        /** The size given for the page inside the offline copy, which says it is the copy instead of linking it. */
        long IN_THE_COPY = -1;

        void write(String zipHref, long zipBytes) throws IOException;
    }

    /** The Downloads page (org.handbookpress.render.SiteRenderer's, which this stage does not see). */
    static final String DOWNLOADS = "downloads.html";
    /** reveal.js's speaker view, whose window's inline script and style the policy allows. */
    public static final String NOTES = "assets/vendor/reveal/plugin/notes.js";

    private ReaderStage() {
    }

    /**
     * Reads and rewrites the pages and hashes the files on {@code threads} threads; the same bytes whatever the number.
     *
     * @param policy     the site's Content-Security-Policy ({@link #policy}), added to every page not yet holding it
     * @param withPolicy the site paths of pages written with it already: a build's layouts add it as they write, so
     *                   that 10,000 pages are not read and written a second time here
     * @param authorFiles the site paths of the content's own files: an HTML file among them (none is published today,
     *                   file.active) would get a policy allowing none of its inline code, which no sanitiser has read
     */
    public static void run(HandbookConfig config, OutputFolder output, DownloadsPage downloads, int threads,
                           ContentSecurityPolicy policy, Set<String> withPolicy, Set<String> authorFiles) throws IOException {
        Path site = output.staging();
        String css = Files.exists(site.resolve("assets/theme.css")) ? Files.readString(site.resolve("assets/theme.css")) : null;
        String accent = AppIcons.accent(css);
        output.write(WebAppManifest.ICON_192, AppIcons.png(config.title(), accent, 192));
        output.write(WebAppManifest.ICON_512, AppIcons.png(config.title(), accent, 512));
        output.write(WebAppManifest.PATH, WebAppManifest.json(config.title(), config.description(), config.language(), accent));
        // The site's files, listed once for the three steps below: none of them adds a file to the site but the
        // offline copy and the service worker (its script and list), which neither the copy nor the worker's list holds.
        List<SiteFile> files = SiteFile.under(site);
        addPolicy(files, policy, threads, withPolicy, authorFiles);
        Map<String, String> unchanged = new HashMap<>(); // revisions of files read for the zip and not written since
        if (config.reader().offlineZip()) {
            String zipPath = OfflineZip.path(config.reader().id());
            // The copy's own Downloads page says that it is the copy: it could not link the zip it is in,
            // and so the zip is made once, before its size is known, and the site's page written after. A page's own
            // link to the copy leads, in the copy, to that page (LinksToTheCopy).
            downloads.write(zipPath, DownloadsPage.IN_THE_COPY);
            Path zip = output.resolve(zipPath);
            Files.createDirectories(zip.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip))) {
                unchanged.putAll(OfflineZip.write(files, config.reader().id(), out, threads,
                        path -> Precache.lists(path, config.reader().offlinePdfs()), new LinksToTheCopy(zipPath)::inTheCopy));
            }
            downloads.write(zipPath, Files.size(zip));
            unchanged.keySet().removeIf(file -> file.equals(DOWNLOADS) || file.endsWith("/" + DOWNLOADS)); // cy/downloads.html too
        }
        ServiceWorker.Written worker = ServiceWorker.of(Precache.of(files, config.reader().offlinePdfs(), threads, unchanged));
        output.write(ServiceWorker.LIST, worker.list());
        output.write(ServiceWorker.PATH, worker.script());
    }

    /**
     * The policy, allowing the speaker view that reveal.js writes into its own window, for a site whose speaker-view
     * script ({@link #NOTES}) is {@code notesScript}, or that has none (null). Public for the build, which adds it to
     * the pages as their layouts write them (org.handbookpress.HandbookBuild), and keeps it for the preview.
     */
    public static ContentSecurityPolicy policy(String notesScript) {
        if (notesScript == null) {
            return new ContentSecurityPolicy(List.of(), List.of());
        }
        List<List<String>> inline = ContentSecurityPolicy.writtenInline(notesScript);
        return new ContentSecurityPolicy(inline.get(0), inline.get(1));
    }

    static void addPolicy(List<SiteFile> site, ContentSecurityPolicy csp, int threads, Set<String> withPolicy,
                          Set<String> authorFiles) throws IOException {
        List<SiteFile> pages = site.stream().filter(f -> f.path().endsWith(".html") && !withPolicy.contains(f.path())).toList();
        try {
            Parallel.forEach(pages, threads, page -> {
                String html = Files.readString(page.file(), StandardCharsets.UTF_8);
                String with = authorFiles.contains(page.path()) ? csp.applyToAuthorsFile(html) : csp.apply(html);
                if (!with.equals(html)) {
                    Files.writeString(page.file(), with, StandardCharsets.UTF_8);
                }
                return null;
            });
        } catch (Parallel.Failure failure) {
            throw failure.rethrow(IOException.class, IOException.class);
        }
    }
}
