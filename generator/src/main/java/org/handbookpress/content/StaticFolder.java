package org.handbookpress.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.handbookpress.files.FileNames;
import org.handbookpress.findings.Findings;

/**
 * A Hugo or Docusaurus site keeps its pictures and files in {@code static/}, beside its content folder, and publishes
 * them at the site's root: {@code /images/rota.png} is {@code static/images/rota.png}. The handbook publishes them
 * there too, as files of its own, so that a site moved over keeps its pictures (GitLab's handbook: 1,604 of them)
 * without a copy into the content folder. Only that folder, beside a file that says the site is one of those tools',
 * is read; a file of the content folder at the same path wins, as do a page's address and a hidden file. A symbolic
 * link out of the static folder is refused, as one out of the content folder is.
 */
public final class StaticFolder {

    /** The site files that say a folder is a Hugo site or a Docusaurus one. */
    private static final List<String> SITE_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
            "config/_default", "docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs");

    private StaticFolder() {
    }

    /**
     * The site's static folder, when the content folder is a Hugo or Docusaurus site's and has one beside it: the site is
     * the content folder's parent, or its grandparent for one language's content folder of a Hugo site in several
     * ({@code contentDir: content/en}).
     */
    public static Optional<Path> of(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Path site = content.getParent();
        for (int up = 0; up < 2 && site != null; up++, site = site.getParent()) {
            Path here = site;
            if (SITE_FILES.stream().anyMatch(name -> Files.exists(here.resolve(name)))) {
                try {
                    Path folder = site.resolve("static").toRealPath();
                    return Files.isDirectory(folder) && !folder.startsWith(content) && !content.startsWith(folder)
                            ? Optional.of(folder) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty(); // none, or unreadable
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The files of the content folder and, added to {@code assets} (kept sorted), the static folder's, except where the
     * content folder has a file of that path or a page is published ({@code taken}).
     */
    static AssetFiles read(Path contentDir, List<String> assets, Set<String> taken, Findings findings) {
        Optional<Path> found = of(contentDir);
        if (found.isEmpty()) {
            return AssetFiles.of(contentDir);
        }
        Path folder = found.get();
        Set<String> own = Set.copyOf(assets);
        Map<String, Path> files = new TreeMap<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = ContentLoader.relative(folder, file);
                    if (file.getFileName().toString().startsWith(".") || FileNames.isUnreadable(rel)
                            || own.contains(rel) || taken.contains(rel) || !readable(file, attrs, folder, findings)) {
                        return FileVisitResult.CONTINUE;
                    }
                    files.put(rel, file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable entry is left out, as a missing one
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return AssetFiles.of(contentDir);
        }
        assets.addAll(files.keySet());
        assets.sort(java.util.Comparator.naturalOrder());
        return new AssetFiles(contentDir, Optional.of(folder), files);
    }

    /** A regular file, or a link to one inside the static folder (a link out of it is an error, as in the content folder). */
    private static boolean readable(Path file, BasicFileAttributes attrs, Path folder, Findings findings) {
        if (!attrs.isSymbolicLink()) {
            return attrs.isRegularFile();
        }
        String shown = "static/" + ContentLoader.relative(folder, file);
        try {
            Path target = file.toRealPath();
            if (!target.startsWith(folder)) {
                findings.error(shown, 0, "file.link-outside", "symbolic link points outside the static folder, to " + target,
                        "copy the file into the static folder instead; the build only publishes what is inside it");
                return false;
            }
            return Files.isRegularFile(target);
        } catch (IOException e) {
            findings.error(shown, 0, "file.broken-link", "symbolic link points to a file that does not exist",
                    "remove the link or restore its target");
            return false;
        }
    }
}
