package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hugo site given at its top: Hugo reads its pages from {@code content/} (or the folder its site file names as
 * {@code contentDir}) and publishes that folder at the site's top, beside the theme's templates, the archetypes and the
 * rest of the repository, which are no pages. Read from the top, a volunteer handbook made with Hugo had its README as
 * the home page, its archetypes' templates reported as malformed front matter, 29 of its theme's layouts reported as
 * files left out, and every page's address beginning with {@code content/}; that folder is now read, as an MkDocs
 * project's {@code docs_dir} is ({@link ContentLoader#siteSourceFolder}), and the site's settings are found beside it
 * ({@link SiteConfigFiles}), its {@code static/} folder too ({@link StaticFolder}).
 */
final class HugoSite {

    static final String CONTENT = "content";
    /** Hugo's site files: {@code hugo.*} always; the older {@code config.*}, a name many tools use, only with a {@code baseURL}. */
    private static final List<String> OWN_NAMES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json");
    private static final List<String> OLDER_NAMES = List.of("config.toml", "config.yaml", "config.yml", "config.json");
    /** Hugo's configuration folder, its settings split over files there; any of those names in it is Hugo's. */
    static final String CONFIG_FOLDER = "config/_default/";
    private static final Pattern BASE_URL = Pattern.compile("(?im)^\\s*\"?baseurl\"?\\s*[=:]");
    /**
     * {@code contentDir = "src"} (TOML), {@code contentDir: src} (YAML) or {@code "contentDir": "src"} (JSON), at the
     * file's top level: group 1 the folder. Hugo's keys are read in any case.
     */
    private static final Pattern CONTENT_DIR = Pattern.compile("(?i)^\"?contentdir\"?\\s*[=:]\\s*[\"']?([^\"'\\s,#]+)");

    private HugoSite() {
    }

    /**
     * The folder of pages, when {@code contentDir} is a Hugo site's top without a handbook.yml of its own.
     *
     * @param folder the folder of pages
     * @param file   the site's file that makes it a Hugo site, from the top ({@code config/_default/hugo.toml}), for the
     *               goal's line that says why that folder is read
     * @param named  whether the file names the folder ({@code contentDir}), or it is Hugo's own {@code content/}
     */
    record Pages(Path folder, String file, boolean named) {
    }

    static Optional<Pages> contentFolder(Path contentDir) {
        Path top = contentDir.toAbsolutePath().normalize();
        if (Files.exists(top.resolve(ConfigLoader.FILE))) {
            return Optional.empty();
        }
        Optional<SiteFile> settings = siteFile(top);
        if (settings.isEmpty()) {
            return languageFolderIn(top);
        }
        Optional<Pages> language = onlyLanguagesFolder(top).flatMap(dir -> pagesIn(top, dir, settings.get(), true));
        if (language.isPresent()) {
            return language;
        }
        Optional<String> named = contentDirSetting(settings.get().text());
        return pagesIn(top, named.orElse(CONTENT), settings.get(), named.isPresent());
    }

    /**
     * Given the {@code content/} of a Hugo site in one language whose language has a folder of its own in it
     * ({@code content/english}), that folder, as Hugo reads the site's pages from there; the file that says so is named
     * from the folder given ({@code ../hugo.toml}).
     */
    private static Optional<Pages> languageFolderIn(Path content) {
        Path site = content.getParent();
        Optional<SiteFile> settings = site == null ? Optional.empty() : siteFile(site);
        return settings.flatMap(file -> onlyLanguagesFolder(site).flatMap(dir -> pagesIn(site, dir, file, true)))
                .filter(pages -> pages.folder().startsWith(content) && !pages.folder().equals(content))
                .map(pages -> new Pages(pages.folder(), "../" + pages.file(), true));
    }

    /** The folder {@code dir} of the site at {@code top}, when it is one inside it. */
    private static Optional<Pages> pagesIn(Path top, String dir, SiteFile settings, boolean named) {
        Path pages = top.resolve(dir).normalize();
        return pages.startsWith(top) && !pages.equals(top) && Files.isDirectory(pages)
                ? Optional.of(new Pages(pages, settings.name(), named)) : Optional.empty();
    }

    /**
     * The folder of pages a site in one language gives that language ({@code contentDir = "content/english"} under
     * {@code [languages.en]}, or in {@code config/_default/languages.toml}, as Hugoplate's example site does): Hugo reads
     * the site's pages from there, and publishes that folder at the site's top. Read from {@code content/}, every page
     * was under a section named for the folder ({@code english/blog/post-1.html}). A site in several languages is read
     * from {@code content/}, each language's folder in it ({@link HugoLanguageFolders}).
     */
    private static Optional<String> onlyLanguagesFolder(Path top) {
        List<HugoLanguageFolders.Language> languages = HugoLanguageFolders.languages(top);
        return languages.size() == 1 ? Optional.ofNullable(languages.get(0).contentDir()) : Optional.empty();
    }

    /**
     * The Hugo site whose folder of pages the content folder is, or one language's folder in it: the nearest of the two
     * folders above it that is a Hugo site's top ({@code content/english} is two below it); empty when neither is.
     */
    static Optional<Path> topAbove(Path contentDir) {
        Path top = contentDir.toAbsolutePath().normalize().getParent();
        for (int up = 0; up < 2 && top != null; up++, top = top.getParent()) {
            if (isSite(top)) {
                return Optional.of(top);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code top} is a Hugo site's top: a site file of Hugo's is there ({@link #siteFile}), with a handbook.yml or not. */
    static boolean isSite(Path top) {
        return siteFile(top.toAbsolutePath().normalize()).isPresent();
    }

    private record SiteFile(String name, String text) {
    }

    /** The site's file that makes the folder a Hugo site, the first found; empty when none does. */
    private static Optional<SiteFile> siteFile(Path top) {
        for (String folder : List.of("", CONFIG_FOLDER)) {
            for (String name : OWN_NAMES) {
                Optional<String> text = InputFiles.text(top.resolve(folder + name));
                if (text.isPresent()) {
                    return Optional.of(new SiteFile(folder + name, text.get()));
                }
            }
            for (String name : OLDER_NAMES) {
                Optional<String> text = InputFiles.text(top.resolve(folder + name));
                // In config/_default/ the name is Hugo's own; at the top a config.toml is Hugo's when it has a baseURL.
                if (text.isPresent() && (!folder.isEmpty() || BASE_URL.matcher(text.get()).find())) {
                    return Optional.of(new SiteFile(folder + name, text.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The site's own {@code contentDir}, at the file's top level: before TOML's first table, unindented in YAML. One in a
     * language's table ({@code [languages.cy]}) is that language's, not the site's.
     */
    private static Optional<String> contentDirSetting(String text) {
        for (String line : text.split("\n")) {
            if (line.startsWith("[")) {
                break;
            }
            Matcher m = CONTENT_DIR.matcher(line.strip().startsWith("\"") ? line.strip() : line);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
