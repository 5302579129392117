package org.handbookpress.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.handbookpress.findings.Findings;

/**
 * A Hugo or Docusaurus site keeps its pictures and files in {@code static/}, beside its content folder, and publishes them
 * at the site's root: {@code /images/rota.png} is {@code static/images/rota.png}. A handbook publishes its content folder
 * only (nothing outside it is read), so each such picture is missing: one warning says why, and what to move, rather
 * than leaving a reader to work it out from hundreds of missing pictures (GitLab's handbook: 1,604). Only the names of
 * the static folder's own entries are read, to leave out those already copied into the content folder.
 */
final class StaticFolder {

    /** The site files that say a folder is a Hugo site or a Docusaurus one. */
    private static final List<String> SITE_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
            "config/_default", "docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs");

    private StaticFolder() {
    }

    static void check(Path contentDir, List<String> assets, Findings findings) {
        Path site = contentDir.toAbsolutePath().normalize().getParent();
        if (site == null || SITE_FILES.stream().noneMatch(name -> Files.exists(site.resolve(name)))) {
            return;
        }
        Path folder = site.resolve("static");
        if (!Files.isDirectory(folder) || folder.equals(contentDir.toAbsolutePath().normalize())) {
            return;
        }
        Set<String> copied = new TreeSet<>();
        assets.forEach(asset -> copied.add(asset.contains("/") ? asset.substring(0, asset.indexOf('/')) : asset));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".") && !copied.contains(name))
                    .forEach(missing::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            return; // unreadable: nothing to say about it
        }
        if (missing.isEmpty()) {
            return;
        }
        String names = String.join(", ", missing.stream().limit(5).toList()) + (missing.size() > 5 ? ", …" : "");
        findings.warning("", 0, "config.static-folder", "this site keeps files in " + folder + " (" + names + "), which it "
                        + "publishes at the site's root, as Hugo and Docusaurus do; the handbook publishes only its content folder, "
                        + "so pictures and links there (/images/…) are missing",
                "copy the static folder's contents into the content folder (static/images/ to " + site.relativize(contentDir
                        .toAbsolutePath().normalize()) + "/images/): /images/rota.png then finds it");
    }
}
