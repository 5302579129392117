package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbookpress.findings.Findings;

/**
 * The site settings other documentation tools keep in a file of their own, read for a handbook that has no handbook.yml
 * yet, as {@link MkDocsProject} reads mkdocs.yml: Docusaurus' {@code docusaurus.config.js} (its {@code title} and
 * {@code tagline}), VitePress' {@code .vitepress/config.js} ({@code title}, {@code description}, {@code lang}) and
 * Mintlify's {@code docs.json} or {@code mint.json} ({@code name}, {@code description}), in the content folder or
 * beside it, and Starlight's {@code astro.config.mjs} ({@code title}, {@code description}, a locale's {@code lang}) at its
 * project's root, above {@code src/content/docs/}; last, a docsify site's {@code index.html} (its {@code name} setting,
 * else its {@code <title>}, {@link DocsifySite}). Read without running them ({@link ScriptTokens}): a setting is the first string given for its key. A Quarto
 * project's {@code _quarto.yml} is YAML: its book's or website's {@code title} and {@code description}, and its
 * {@code lang} ({@link QuartoFile}); a Sphinx project's {@code conf.py} is Python: its {@code project} and {@code language};
 * an mdBook's {@code book.toml} is TOML: its {@code [book]} table's {@code title}, {@code description} and {@code language}.
 * Jekyll's {@code _config.yml} (Jupyter Book and Hexo name theirs alike) gives its {@code title}, {@code description} and
 * {@code lang}; Hugo's {@code hugo.toml} or {@code hugo.yaml} (or {@code config.toml} with a {@code baseURL}), also in its
 * {@code config/_default/} folder, its {@code title}, {@code languageCode} and {@code params.description}; the GOV.UK Tech Docs Template's
 * {@code config/tech-docs.yml} its {@code service_name}; a Carpentries Workbench lesson's {@code config.yaml} its
 * {@code title} and {@code lang}; an Eleventy site's global data, {@code _data/site.yaml} or {@code _data/metadata.json}, its
 * {@code title}, {@code description} and {@code language}; a Raspberry Pi Foundation project's {@code meta.yml} its
 * {@code title} and {@code description}, and the language its folder is named for ({@link RaspberryPiProject}).
 */
public final class SiteConfigFiles {

    /** Sphinx's settings, Python: {@code project = "Lab handbook"}, {@code language = "en"}, read as written, never run. */
    static final String SPHINX = "conf.py";
    private static final java.util.regex.Pattern PYTHON_SETTING = java.util.regex.Pattern.compile(
            "^(project|language)\\s*=\\s*(?:\"([^\"\\n]*)\"|'([^'\\n]*)')\\s*(?:#.*)?$", java.util.regex.Pattern.MULTILINE);

    /**
     * mdBook's settings, TOML: its {@code [book]} table's {@code title}, {@code description} and {@code language}. Without
     * it, The Rust Programming Language built as "Handbook".
     */
    static final String MDBOOK = "book.toml";
    /** Jekyll's settings (Jupyter Book's and Hexo's are named alike), YAML: {@code title}, {@code description}, {@code lang}. */
    static final String JEKYLL = "_config.yml";
    /**
     * Hugo's settings, in TOML or YAML: {@code title}, {@code languageCode} and {@code params}' {@code description}. The
     * older name, config.toml, is common to many tools: it counts only with Hugo's {@code baseURL} in it.
     */
    private static final List<String> HUGO = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml");

    /**
     * The GOV.UK Tech Docs Template's settings (a Middleman site), YAML beside its {@code source/} folder: {@code service_name},
     * the name its pages' header shows. It names no description or language.
     */
    static final String TECH_DOCS = "config/tech-docs.yml";

    /** Hugo's site files at its top, and in its configuration folder. */
    private static final List<String> HUGO_NAMES = java.util.stream.Stream.concat(HUGO.stream(),
            HUGO.stream().map(name -> HugoSite.CONFIG_FOLDER + name)).toList();

    private static final List<String> NAMES = java.util.stream.Stream.concat(java.util.stream.Stream.concat(
            DocusaurusSite.CONFIG.stream(), java.util.stream.Stream.of(".vitepress/config.js", ".vitepress/config.ts", ".vitepress/config.mts",
            ".vitepress/config.mjs", "docs.json", "mint.json", SidebarLists.QUARTO, SPHINX, MDBOOK, JEKYLL, TECH_DOCS)),
            HUGO_NAMES.stream()).toList();

    /** A file found: how the findings name it, and the settings it gives. */
    record Found(String shown, HandbookConfig config) {
    }

    private SiteConfigFiles() {
    }

    /** Docusaurus' site and sidebar files, in the content folder or beside it. */
    private static final List<String> DOCUSAURUS = java.util.stream.Stream.concat(DocusaurusSite.CONFIG.stream(),
            java.util.stream.Stream.of("sidebars.js", "sidebars.ts")).toList();

    /** Whether the content folder is a Docusaurus site's docs, whose pages' {@code id:} names their address. */
    public static boolean isDocusaurus(Path contentDir) {
        return InputFiles.nearby(contentDir, DOCUSAURUS, DOCUSAURUS).stream().anyMatch(java.nio.file.Files::isRegularFile);
    }

    /**
     * Astro's site file, where Starlight's settings are ({@code starlight({ title: 'Handbook', … })}): at the project's
     * root, three folders above the pages Starlight reads, {@code src/content/docs/}. Without it, 2SpacesDev's handbook
     * was named "Handbook".
     */
    static final List<String> ASTRO = List.of("astro.config.mjs", "astro.config.ts", "astro.config.js", "astro.config.mts");
    private static final int ASTRO_LEVELS = 3;

    private static List<Path> candidates(Path contentDir) {
        List<Path> files = new java.util.ArrayList<>(InputFiles.nearby(contentDir, NAMES, NAMES));
        // One language's folder of a Hugo site (content/english) is two folders below the site's settings.
        HugoSite.topAbove(contentDir).filter(top -> !files.contains(top.resolve(HUGO.get(0))))
                .ifPresent(top -> HUGO_NAMES.forEach(name -> files.add(top.resolve(name))));
        astroProject(contentDir).ifPresent(project -> ASTRO.forEach(name -> files.add(project.resolve(name))));
        files.addAll(eleventyData(contentDir));
        return files;
    }

    /**
     * Eleventy's global data files that name a site, in its data folder, {@code _data/} (the 18F/TTS handbook's
     * {@code _data/site.yaml}: {@code title: TTS Handbook}; the Eleventy starter blog's {@code _data/metadata.js} or
     * {@code .json}). That handbook was built as "Handbook".
     */
    private static final List<String> ELEVENTY_DATA = List.of("site.json", "site.yaml", "site.yml", "site.js", "metadata.json",
            "metadata.yaml", "metadata.yml", "metadata.js");
    private static final String ELEVENTY_DATA_FOLDER = "_data";

    /**
     * Those files in the {@code _data/} folder of the content folder and of the folder beside it, when either holds an
     * Eleventy configuration (a Jekyll site keeps other data in a {@code _data/} folder too). Eleventy's default data
     * folder is in its input folder; the TTS handbook names {@code ../_data}, beside it.
     */
    private static List<Path> eleventyData(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        List<Path> folders = content.getParent() == null ? List.of(content) : List.of(content, content.getParent());
        if (folders.stream().noneMatch(folder -> EleventySite.FILES.stream().anyMatch(name -> Files.isRegularFile(folder.resolve(name))))) {
            return List.of();
        }
        return folders.stream().flatMap(folder -> ELEVENTY_DATA.stream().map(name -> folder.resolve(ELEVENTY_DATA_FOLDER).resolve(name))).toList();
    }

    /** The Astro project's root a Starlight site's pages are in, three folders above them; empty above the file system's top. */
    private static Optional<Path> astroProject(Path contentDir) {
        Path project = contentDir.toAbsolutePath().normalize();
        for (int up = 0; up < ASTRO_LEVELS && project != null; up++) {
            project = project.getParent();
        }
        return Optional.ofNullable(project);
    }

    /** Starlight's astro.config at the project's root, three folders above the content folder: the first that uses Starlight. */
    static Optional<Path> starlightConfig(Path contentDir) {
        return astroProject(contentDir).flatMap(SiteConfigFiles::starlightConfigIn);
    }

    /** The first astro.config in {@code projectDir} that uses Starlight. */
    static Optional<Path> starlightConfigIn(Path projectDir) {
        return ASTRO.stream().map(projectDir::resolve)
                .filter(file -> InputFiles.text(file).filter(text -> text.contains("starlight")).isPresent()).findFirst();
    }

    /** The settings of the first such file that names the site, if any. */
    static Optional<Found> find(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        for (Path file : candidates(contentDir)) {
            Optional<String> read = InputFiles.text(file); // unreadable, or not UTF-8: built without it
            if (read.isEmpty() || InputFiles.isOwnData(file, read.get())
                    || ASTRO.contains(file.getFileName().toString()) && !read.get().contains("starlight")) {
                continue; // an Astro site without Starlight names itself in its own pages
            }
            String text = read.get();
            String name = file.getFileName().toString();
            Optional<HandbookConfig> config = name.equals(SPHINX) ? sphinx(text) : name.equals(MDBOOK) ? mdBook(text)
                    : name.equals(SidebarLists.QUARTO) ? QuartoFile.config(text) : name.equals(JEKYLL) ? jekyll(text)
                    : file.endsWith(TECH_DOCS) ? techDocs(text)
                    : HUGO.contains(name) ? hugo(file, text).or(() -> workbench(name, text))
                    : ELEVENTY_DATA.contains(name) && file.getParent().endsWith(ELEVENTY_DATA_FOLDER) ? eleventy(name, text)
                    : script(file, text);
            if (config.isPresent()) {
                return Optional.of(new Found(shown(content, file), config.get()));
            }
        }
        // A Raspberry Pi Foundation project's meta.yml: its title. Each such project was "Handbook".
        Optional<HandbookConfig> project = RaspberryPiProject.config(contentDir);
        if (project.isPresent()) {
            return Optional.of(new Found(RaspberryPiProject.FILE, project.get()));
        }
        // docsify's index.html, its settings in its scripts: its name, or the page's title. Codecool's workbook was "Handbook".
        return DocsifySite.of(contentDir).map(DocsifySite::name)
                .map(name -> new Found("index.html", HandbookConfig.fromOtherTool(name, null, null)));
    }

    /** Sphinx's {@code conf.py}: its {@code project} and {@code language}, written as plain strings; none without a project. */
    private static Optional<HandbookConfig> sphinx(String text) {
        java.util.Map<String, String> settings = new java.util.HashMap<>();
        java.util.regex.Matcher m = PYTHON_SETTING.matcher(text);
        while (m.find()) {
            settings.putIfAbsent(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String project = settings.get("project");
        return project == null || project.isBlank() ? Optional.empty()
                : Optional.of(HandbookConfig.fromOtherTool(project, null, settings.get("language")));
    }

    /** mdBook's {@code book.toml}: its {@code [book]} table's title, description and language; none without a title. */
    private static Optional<HandbookConfig> mdBook(String text) {
        java.util.Map<String, String> book = tomlStrings(text).getOrDefault("book", java.util.Map.of());
        String title = book.get("title");
        return title == null || title.isBlank() ? Optional.empty()
                : Optional.of(HandbookConfig.fromOtherTool(title, book.get("description"), book.get("language")));
    }

    /** A TOML file's string settings by table ("" for those before any table); none for a file that is not TOML ({@link TomlTables}). */
    static java.util.Map<String, java.util.Map<String, String>> tomlStrings(String text) {
        return TomlTables.read(text).tables();
    }

    /**
     * A finding for each TOML site file the build reads that is not TOML, which gives none of its settings: book.toml
     * always (its code's hidden lines and its preprocessors are read whether or not there is a handbook.yml), Hugo's only
     * when {@code siteSettings} are read from these files (there is no handbook.yml). Before, a line the reader could not
     * follow was passed by, and the rest read as if it were not there: mdBook and Hugo refuse the whole file.
     */
    static void reportNotToml(Path contentDir, boolean siteSettings, Findings findings) {
        Path content = contentDir.toAbsolutePath().normalize();
        for (Path file : candidates(contentDir)) {
            String name = file.getFileName().toString();
            boolean book = name.equals(MDBOOK);
            if (!name.endsWith(".toml") || !book && !siteSettings) {
                continue;
            }
            Optional<TomlTables.Mistake> mistake = InputFiles.text(file).flatMap(text -> TomlTables.read(text).mistake());
            if (mistake.isEmpty()) {
                continue;
            }
            TomlTables.Mistake wrong = mistake.get();
            String shown = shown(content, file);
            String where = wrong.line() > 0 ? "line " + wrong.line() + (wrong.source().isEmpty() ? "" : " (" + wrong.source() + ")") : "";
            String unread = book ? (siteSettings ? "the book's title, description and language, " : "") + "the lines its code hides"
                    + " ([output.html.code.hidelines]) and the preprocessors it runs" : "the site's title, description and language";
            String tool = book ? "mdBook" : name.startsWith("hugo.") ? "Hugo" : "the tool it is for";
            findings.warning(shown, wrong.line(), "config.site-file-invalid", shown + " is not valid TOML: "
                            + (where.isEmpty() ? "" : where + ": ") + wrong.what() + ". None of its settings are read: " + unread,
                    "correct " + (where.isEmpty() ? "the file" : "line " + wrong.line()) + " as TOML writes it (a text in quotes,"
                            + " each key once in a table); " + tool + " refuses the file as it is too");
        }
    }

    /** A site file as the findings name it: from the content folder ({@code book.toml}, {@code ../book.toml}). */
    static String shown(Path content, Path file) {
        return file.startsWith(content) ? content.relativize(file).toString().replace('\\', '/')
                : "../" + content.getParent().relativize(file).toString().replace('\\', '/');
    }

    /** Jekyll's {@code _config.yml} (or Jupyter Book's, or Hexo's): its title, description and language; none without a title. */
    private static Optional<HandbookConfig> jekyll(String text) {
        return titled(text, JEKYLL, List.of("lang", "language", "locale"));
    }

    /**
     * A YAML site file's {@code title} and {@code description}, and its language under the first of {@code languageKeys}
     * it gives; none without a title.
     */
    private static Optional<HandbookConfig> titled(String text, String name, List<String> languageKeys) {
        Optional<YamlMap> yaml = YamlSource.parseForeign(text, name, Findings.discarded());
        String title = yaml.map(y -> y.foreignText("title")).orElse(null);
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        YamlMap settings = yaml.get();
        String language = languageKeys.stream().map(settings::foreignText).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return Optional.of(HandbookConfig.fromOtherTool(title, settings.foreignText("description"), language));
    }

    /** An Eleventy data file's {@code title}, {@code description} and {@code language} (or {@code lang}); none without a title. */
    private static Optional<HandbookConfig> eleventy(String name, String text) {
        if (name.endsWith(".js")) {
            List<ScriptTokens.Token> tokens = ScriptTokens.of(text);
            String title = ScriptTokens.firstString(tokens, "title");
            String language = ScriptTokens.firstString(tokens, "language");
            return title == null || title.isBlank() ? Optional.empty() : Optional.of(HandbookConfig.fromOtherTool(title,
                    ScriptTokens.firstString(tokens, "description"), language != null ? language : ScriptTokens.firstString(tokens, "lang")));
        }
        return titled(text, name, List.of("language", "lang")); // JSON is YAML too
    }

    /** The Tech Docs Template's {@code config/tech-docs.yml}: its {@code service_name} as the title; none without one. */
    private static Optional<HandbookConfig> techDocs(String text) {
        String title = YamlSource.parseForeign(text, TECH_DOCS, Findings.discarded()).map(y -> y.foreignText("service_name")).orElse(null);
        return title == null || title.isBlank() ? Optional.empty() : Optional.of(HandbookConfig.fromOtherTool(title, null, null));
    }

    /**
     * Hugo's site file: its title, its {@code params}' description and its language ({@link #hugoLanguage}); none without
     * a title, nor for a config file without Hugo's {@code baseURL} (but in Hugo's own config/_default/, where the settings
     * may be split over files).
     */
    private static Optional<HandbookConfig> hugo(Path file, String text) {
        String name = file.getFileName().toString();
        boolean inConfigFolder = file.getParent().endsWith(HugoSite.CONFIG_FOLDER);
        java.util.Map<String, String> top = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER); // Hugo's keys in any case
        String description;
        if (name.endsWith(".toml")) {
            java.util.Map<String, java.util.Map<String, String>> tables = tomlStrings(text);
            top.putAll(tables.getOrDefault("", java.util.Map.of()));
            description = tables.getOrDefault("params", java.util.Map.of()).get("description");
        } else {
            Optional<YamlMap> yaml = YamlSource.parseForeign(text, name, Findings.discarded());
            if (yaml.isEmpty()) {
                return Optional.empty();
            }
            for (String key : List.of("title", "languageCode", "defaultContentLanguage", "baseURL", "baseurl")) {
                String value = yaml.get().foreignText(key);
                if (value != null) {
                    top.put(key, value);
                }
            }
            description = yaml.get().section("params").map(p -> p.foreignText("description")).orElse(null);
        }
        String title = top.get("title");
        boolean hugoName = name.startsWith("hugo.") || inConfigFolder;
        if (title == null || title.isBlank() || !hugoName && top.get("baseURL") == null) {
            return Optional.empty();
        }
        Path site = inConfigFolder ? file.getParent().getParent().getParent() : file.getParent();
        return Optional.of(HandbookConfig.fromOtherTool(title, description,
                hugoLanguage(top.get("languageCode"), top.get("defaultContentLanguage"), HugoLanguageFolders.languages(site))));
    }

    /**
     * The language a Hugo site's pages are in: its default language's own tag where the site gives one
     * ({@code [languages.en] languageCode = "en-GB"}, or Hugo's newer {@code locale}), as Hugo writes it on that
     * language's pages; else the site's {@code languageCode} when it is of that language ({@code en-us} for
     * {@code defaultContentLanguage = "en"}, Hugo's default); else the default language itself. A {@code languageCode}
     * of another language is the one {@code hugo new site} writes, {@code en-us}, left in a site whose
     * {@code defaultContentLanguage} says its pages are French: they were said to be English.
     */
    static String hugoLanguage(String languageCode, String defaultLanguage, List<HugoLanguageFolders.Language> languages) {
        String given = defaultLanguage == null || defaultLanguage.isBlank() ? null : defaultLanguage.strip();
        String key = given == null ? "en" : given; // Hugo's default
        Optional<String> own = languages.stream().filter(l -> l.key().equalsIgnoreCase(key) && !l.tag().equalsIgnoreCase(l.key()))
                .map(HugoLanguageFolders.Language::tag).findFirst();
        if (own.isPresent()) {
            return own.get();
        }
        String code = languageCode == null || languageCode.isBlank() ? null : languageCode.strip();
        return code != null && (given == null || Translations.own(code).equals(Translations.own(key))) ? code : given;
    }

    /**
     * A Carpentries Workbench lesson's {@code config.yaml} (the name Hugo's older one has too): its {@code title} and
     * {@code lang}; none without the Workbench's {@code carpentry} key, which every lesson's file gives.
     */
    private static Optional<HandbookConfig> workbench(String name, String text) {
        Optional<YamlMap> yaml = name.endsWith(".toml") ? Optional.empty() : YamlSource.parseForeign(text, name, Findings.discarded());
        String title = yaml.map(y -> y.foreignText("title")).orElse(null);
        if (title == null || title.isBlank() || yaml.get().foreignText("carpentry") == null) {
            return Optional.empty();
        }
        return Optional.of(HandbookConfig.fromOtherTool(title, null, yaml.get().foreignText("lang")));
    }

    /**
     * A JavaScript or JSON site file (Docusaurus, VitePress, Starlight's astro.config, Mintlify): its title, description and
     * language; none without a title. Starlight names a language in its {@code locales} ({@code root: { lang: 'en' }}).
     */
    private static Optional<HandbookConfig> script(Path file, String text) {
        boolean mintlify = file.getFileName().toString().endsWith(".json");
        boolean vitepress = file.toString().contains(".vitepress") || ASTRO.contains(file.getFileName().toString());
        List<ScriptTokens.Token> tokens = ScriptTokens.of(text);
        String title = ScriptTokens.firstString(tokens, mintlify ? "name" : "title");
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String description = ScriptTokens.firstString(tokens, mintlify || vitepress ? "description" : "tagline");
        String language = ScriptTokens.firstString(tokens, mintlify ? "language" : vitepress ? "lang" : "defaultLocale");
        if (ASTRO.contains(file.getFileName().toString())) {
            language = starlightLanguage(tokens).orElse(language);
        }
        return Optional.of(HandbookConfig.fromOtherTool(title, description, language));
    }

    /**
     * The language of a Starlight site with a {@code defaultLocale}: that locale's {@code lang} in {@code locales}, else
     * the locale's own name when it is a language's code ({@code en}); empty without one, or for {@code root} without a
     * {@code lang}. The first {@code lang} in the file was taken, another language's ({@code cy: { lang: 'cy' }} beside
     * an {@code en} that needs none), and the English handbook's words were Welsh.
     */
    private static Optional<String> starlightLanguage(List<ScriptTokens.Token> tokens) {
        String locale = ScriptTokens.firstString(tokens, "defaultLocale");
        if (locale == null || locale.isBlank()) {
            return Optional.empty();
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).text().equals("locales") && ScriptTokens.isKey(tokens, i) && tokens.get(i + 2).is('{')) {
                for (ScriptTokens.Entry entry : ScriptTokens.entries(tokens, i + 2)) {
                    if (entry.key().equals(locale)) {
                        String lang = ScriptTokens.firstString(tokens.subList(entry.from(), entry.to()), "lang");
                        if (lang != null && !lang.isBlank()) {
                            return Optional.of(lang);
                        }
                    }
                }
                break;
            }
        }
        return !locale.equals("root") && Translations.isLanguageCode(locale) ? Optional.of(locale) : Optional.empty();
    }

    /** What the build's record of its inputs holds of these files, so that an edit to one builds again. */
    public static String describe(Path contentDir) {
        return InputFiles.describe(candidates(contentDir));
    }
}
