package org.handbookpress.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handbookpress.content.HandbookConfig;
import org.handbookpress.output.OutputFolder;

/**
 * The last stage, over the finished staging folder: the Content-Security-Policy into every page, the
 * web app manifest and its icons, the offline copy, and last the service worker, whose list of files
 * needs every other file's final bytes.
 */
public final class ReaderStage {

    /** Writes the Downloads page again once the offline copy's size is known. */
    public interface DownloadsPage {
        void write(String zipHref, long zipBytes) throws IOException;
    }

    private ReaderStage() {
    }

    public static void run(HandbookConfig config, OutputFolder output, DownloadsPage downloads) throws IOException {
        Path site = output.staging();
        String css = Files.exists(site.resolve("assets/theme.css")) ? Files.readString(site.resolve("assets/theme.css")) : null;
        String accent = AppIcons.accent(css);
        output.write(WebAppManifest.ICON_192, AppIcons.png(config.title(), accent, 192));
        output.write(WebAppManifest.ICON_512, AppIcons.png(config.title(), accent, 512));
        output.write(WebAppManifest.PATH, WebAppManifest.json(config.title(), config.description(), config.language(), accent));
        ContentSecurityPolicy csp = policy(site);
        addPolicy(site, csp);
        if (config.reader().offlineZip()) {
            String zipPath = OfflineZip.path(config.reader().id());
            long size = -1;
            // The Downloads page shows the zip's size and is inside the zip: write both until the size holds.
            for (int round = 0; round < 4; round++) {
                byte[] zip = OfflineZip.of(site, config.reader().id());
                output.write(zipPath, zip);
                if (zip.length == size) {
                    break;
                }
                size = zip.length;
                downloads.write(zipPath, size);
                Path page = site.resolve("downloads.html");
                Files.writeString(page, csp.apply(Files.readString(page, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
        }
        output.write(ServiceWorker.PATH, ServiceWorker.script(Precache.of(site, config.reader().offlinePdfs())));
    }

    /**
     * The policy, allowing the speaker view that reveal.js writes into its own window, if the site has it.
     * Public for the preview's update of single pages (org.handbookpress.PreviewSite).
     */
    public static ContentSecurityPolicy policy(Path site) throws IOException {
        Path notes = site.resolve("assets/vendor/reveal/plugin/notes.js");
        if (!Files.isRegularFile(notes)) {
            return new ContentSecurityPolicy(List.of(), List.of());
        }
        List<List<String>> inline = ContentSecurityPolicy.writtenInline(Files.readString(notes, StandardCharsets.UTF_8));
        return new ContentSecurityPolicy(inline.get(0), inline.get(1));
    }

    static void addPolicy(Path site, ContentSecurityPolicy csp) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            String with = csp.apply(html);
            if (!with.equals(html)) {
                Files.writeString(page, with, StandardCharsets.UTF_8);
            }
        }
    }
}
