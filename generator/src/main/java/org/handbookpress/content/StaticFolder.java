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
 * them at the site's root: {@code /images/rota.png} is {@code static/images/rota.png}; Gatsby does the same, Next.js,
 * Nextra and Astro with {@code public/}, and VitePress with the {@code public/} folder inside its source folder. The
 * handbook publishes them there too, as files of its own, so that a site moved over keeps its pictures (GitLab's
 * handbook: 1,604 of them) without a copy into the content folder. Only that folder, near a file that says the site is
 * one of those tools', is read; a file of the content folder at the same path wins, as do a page's address and a
 * hidden file. A symbolic link out of the folder is refused, as one out of the content folder is. A Hugo site's
 * {@code assets/}, where its theme's render hooks find pictures, is published at the root the same way ({@link #assets}).
 */
public final class StaticFolder {

    /**
     * A kind of site that publishes a folder of its own at the site's root: the files that say a folder is such a site,
     * how far above the content folder it may be, and the name of that folder in it.
     */
    private record SiteKind(List<String> siteFiles, int levels, String folder) {
    }

    private static final List<SiteKind> KINDS = List.of(
            // Hugo (its content folder, or one language's, content/en), Docusaurus (docs/) and Gatsby: static/.
            new SiteKind(java.util.stream.Stream.of(List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
                    "config/_default"), DocusaurusSite.CONFIG, List.of("gatsby-config.js", "gatsby-config.ts"))
                    .flatMap(List::stream).toList(), 2, "static"),
            // Next.js and Nextra (pages/ or src/pages/): public/.
            new SiteKind(List.of("next.config.js", "next.config.mjs", "next.config.ts"), 2, "public"),
            // Astro and Starlight (src/content/docs/): public/.
            new SiteKind(SiteConfigFiles.ASTRO, 3, "public"));

    /**
     * VitePress keeps its public folder in its source folder ({@code docs/public/logo.png} is /logo.png): beside .vitepress/,
     * or below it when the site's config names a source folder of its own ({@code srcDir: 'src'}, as Vue's docs do).
     */
    private static final String VITEPRESS = ".vitepress";
    private static final String VITEPRESS_PUBLIC = "public/";
    /**
     * A Hugo site's folder of files its templates and render hooks find ({@code resources.Get}), published at the site's
     * root by their path in it; HugoBlox's pictures are in its {@code media/}.
     */
    private static final String ASSETS = "assets";
    /**
     * What a Hugo site's {@code assets/} holds for its theme to build rather than to publish as it is: styles (Sass,
     * Tailwind's CSS), scripts ({@code js.Build}'s JavaScript and TypeScript, their source maps), data and templates
     * ({@code resources.ExecuteAsTemplate}'s HTML). Hugo publishes none of them as they are; here they would be files no
     * page uses, beside the handbook's own styles and scripts, and an HTML file a page of its own ({@code file.active}).
     */
    private static final java.util.regex.Pattern BUILT_BY_THEME = java.util.regex.Pattern.compile(
            "(?i)\\.(s[ac]ss|less|styl|css|[cm]?js|jsx|tsx?|map|json|toml|ya?ml|html?)$");

    private StaticFolder() {
    }

    /** Whether the content folder is a VitePress site's source folder: .vitepress/ in it, or beside it (srcDir). */
    private static boolean isVitePressSource(Path contentDir) {
        Path parent = contentDir.toAbsolutePath().normalize().getParent();
        return Files.isDirectory(contentDir.resolve(VITEPRESS)) || parent != null && Files.isDirectory(parent.resolve(VITEPRESS));
    }

    /**
     * The site's folder published at its root, outside the content folder, when the content folder is a Hugo,
     * Docusaurus, Gatsby, Next.js or Astro site's: its {@code static/} or {@code public/}, in the nearest folder above
     * the content folder that has the site's file ({@code content/en} is one language's content folder of a Hugo site).
     */
    public static Optional<Path> of(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        for (SiteKind kind : KINDS) {
            Optional<Path> site = siteOf(kind, content);
            if (site.isPresent()) {
                Optional<Path> folder = folderIn(site.get(), kind.folder(), content);
                if (folder.isPresent()) {
                    return folder;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A Hugo site's {@code assets/}, where many themes' render hooks and Hugo's own take a page's picture from
     * ({@code resources.Get}: Hugoplate's {@code ![](/images/banner.png)} and {@code images/banner.png} are
     * {@code assets/images/banner.png}, published at {@code images/banner.png}), as HugoBlox's (Wowchemy's, Hugo Academic's)
     * theme takes a picture that is not beside its page from {@code assets/media/} ({@code ![](assos/menu.jpg)} is
     * {@code assets/media/assos/menu.jpg}, published at {@code media/assos/menu.jpg}); such a picture is then found there
     * ({@code links.PageIndex#hugoAsset}). Only a Hugo site's ({@link HugoSite#topAbove}).
     */
    public static Optional<Path> assets(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        return HugoSite.topAbove(content).flatMap(site -> folderIn(site, ASSETS, content));
    }

    /** The folders outside the content folder whose files the handbook publishes: the static folder, a Hugo site's assets. */
    public static List<Path> folders(Path contentDir) {
        List<Path> folders = new java.util.ArrayList<>();
        of(contentDir).ifPresent(folders::add);
        assets(contentDir).filter(assets -> !folders.contains(assets)).ifPresent(folders::add);
        return folders;
    }

    /** The nearest folder above the content folder that holds one of the kind's site files, if any. */
    private static Optional<Path> siteOf(SiteKind kind, Path content) {
        Path site = content.getParent();
        for (int up = 0; up < kind.levels() && site != null; up++, site = site.getParent()) {
            Path here = site;
            if (kind.siteFiles().stream().anyMatch(name -> Files.exists(here.resolve(name)))) {
                return Optional.of(site);
            }
        }
        return Optional.empty();
    }

    /** The site's folder of that name, when it is one and neither holds nor is held by the content folder. */
    private static Optional<Path> folderIn(Path site, String name, Path content) {
        try {
            Path folder = site.resolve(name).toRealPath();
            if (Files.isDirectory(folder) && !folder.startsWith(content) && !content.startsWith(folder)) {
                return Optional.of(folder);
            }
        } catch (IOException e) {
            // none, or unreadable: no such folder
        }
        return Optional.empty();
    }

    /**
     * The files of the content folder and, added to {@code assets} (kept sorted), the static folder's, except where the
     * content folder has a file of that path or a page is published ({@code taken}).
     */
    static AssetFiles read(Path contentDir, List<String> assets, Set<String> taken, Findings findings) {
        Set<String> own = Set.copyOf(assets);
        Map<String, Path> files = new TreeMap<>();
        if (isVitePressSource(contentDir)) {
            for (String asset : own) {
                String atRoot = asset.startsWith(VITEPRESS_PUBLIC) ? asset.substring(VITEPRESS_PUBLIC.length()) : "";
                if (!atRoot.isEmpty() && !own.contains(atRoot) && !taken.contains(atRoot)) {
                    files.put(atRoot, FileNames.resolve(contentDir, asset)); // published at public/… too, as it was
                }
            }
        }
        Optional<Path> folder = of(contentDir);
        if (folder.isPresent() && !walk(folder.get(), own, taken, files, path -> true, findings)) {
            return AssetFiles.of(contentDir);
        }
        // After static/, whose file of the same path wins: Hugo serves that one at the address.
        Optional<Path> hugoAssets = assets(contentDir).filter(a -> folder.isEmpty() || !folder.get().equals(a));
        if (hugoAssets.isPresent() && !walk(hugoAssets.get(), own, taken, files, path -> !BUILT_BY_THEME.matcher(path).find(), findings)) {
            hugoAssets = Optional.empty();
        }
        assets.addAll(files.keySet());
        assets.sort(java.util.Comparator.naturalOrder());
        List<Path> outside = new java.util.ArrayList<>();
        folder.ifPresent(outside::add);
        hugoAssets.ifPresent(outside::add);
        return new AssetFiles(contentDir, outside, files);
    }

    /**
     * Adds the folder's files to {@code files} at their path in it, those it {@code publishes}, but those at a path
     * {@code own} or {@code taken} holds; false if unreadable.
     */
    private static boolean walk(Path folder, Set<String> own, Set<String> taken, Map<String, Path> files,
                                java.util.function.Predicate<String> publishes, Findings findings) {
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
                    if (file.getFileName().toString().startsWith(".") || FileNames.isLeftBehind(file.getFileName().toString())
                            || !publishes.test(rel)
                            || FileNames.isUnreadable(rel)
                            || own.contains(rel) || taken.contains(rel) || !readable(file, attrs, folder, findings)) {
                        return FileVisitResult.CONTINUE;
                    }
                    files.putIfAbsent(rel, file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable entry is left out, as a missing one
                }
            });
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** A regular file, or a link to one inside the static folder (a link out of it is an error, as in the content folder). */
    private static boolean readable(Path file, BasicFileAttributes attrs, Path folder, Findings findings) {
        if (!attrs.isSymbolicLink()) {
            return attrs.isRegularFile();
        }
        Path target = ContentLoader.linkTarget(file, folder, folder.getFileName() + "/" + ContentLoader.relative(folder, file),
                "static folder", findings);
        return target != null && Files.isRegularFile(target);
    }
}
