package org.handbookpress.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads and validates handbook.yml; every problem becomes a finding naming the key and line. */
public final class ConfigLoader {

    public static final String FILE = "handbook.yml";
    static final Set<String> KEYS = new LinkedHashSet<>(List.of(
            "title", "organisation", "language", "description", "baseUrl", "nav", "packs", "strict", "strip-scripts", "allow-scripts",
            "editions", "broken-links", "defaults", "id", "quick-exit", "offline-pdfs", "offline-zip", "languages"));
    static final Set<String> TRANSLATED_KEYS = new LinkedHashSet<>(List.of("title", "organisation", "description"));
    static final Set<String> PACK_KEYS = new LinkedHashSet<>(List.of(
            "id", "title", "subtitle", "include", "paper", "forms", "editions"));
    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** Whether a setting's value has the shape of a BCP 47 language tag ({@code cy}, {@code en-GB}, {@code zh-Hant}). */
    static boolean isLanguageTag(String value) {
        return LANGUAGE.matcher(value).matches();
    }

    private final Findings findings;

    public ConfigLoader(Findings findings) {
        this.findings = findings;
    }

    public HandbookConfig load(Path contentDir) {
        Path file = contentDir.resolve(FILE);
        boolean own = Files.isRegularFile(file);
        Optional<MkDocsProject> mkdocs = own ? Optional.empty() : MkDocsProject.find(contentDir);
        // A book.toml or hugo.toml that is not TOML gives none of its settings: said once a build, here, as its tool would.
        SiteConfigFiles.reportNotToml(contentDir, !own && mkdocs.isEmpty(), findings);
        if (!own) {
            if (mkdocs.isPresent()) {
                findings.notice(FILE, 0, "config.mkdocs", "no handbook.yml in the content folder: the title, description, language"
                                + " and order of pages are read from " + mkdocs.get().shown() + ", the MkDocs site these pages are the docs of",
                        "create " + FILE + " when you want settings of your own (they then win; its nav: over MkDocs' nav:)");
                return mkdocs.get().config();
            }
            Optional<SiteConfigFiles.Found> site = SiteConfigFiles.find(contentDir);
            if (site.isPresent()) {
                findings.notice(FILE, 0, "config.site-file", "no handbook.yml in the content folder: the title, description and"
                                + " language are read from " + site.get().shown() + ", the site file of the tool these pages come from",
                        "create " + FILE + " when you want settings of your own (they then win)");
                return site.get().config();
            }
            findings.warning(FILE, 0, "config.missing", "no handbook.yml in the content folder",
                    "create " + FILE + " with at least 'title:'; defaults are used for now");
            return HandbookConfig.defaults();
        }
        String text;
        try {
            text = SourceText.read(file, FILE, findings).orElse(null);
        } catch (IOException e) {
            findings.error(FILE, 0, "file.unreadable", "cannot read handbook.yml: " + e.getMessage(),
                    "check the file's permissions");
            return HandbookConfig.defaults();
        }
        if (text == null) {
            return HandbookConfig.defaults();
        }
        Optional<YamlMap> parsed = YamlSource.parse(text, FILE, 0, findings);
        return parsed.map(yaml -> read(yaml, otherToolsNames(contentDir, yaml))).orElseGet(HandbookConfig::defaults);
    }

    /**
     * What the other tool's site file (mkdocs.yml, book.toml, Hugo's, Docusaurus'…) says of the handbook's name, language
     * and description, for a handbook.yml that says none of them: one written for a setting of the handbook's own
     * (broken-links: warning while content is moved over, packs:) left the site "Handbook", in English, on every page,
     * where the site file named it. Read silently: handbook.yml is there, and what it names wins.
     */
    private static HandbookConfig otherToolsNames(Path contentDir, YamlMap yaml) {
        if (yaml.has("title") && yaml.has("language") && yaml.has("description")) {
            return HandbookConfig.defaults();
        }
        Optional<MkDocsProject> mkdocs = MkDocsProject.find(contentDir);
        if (mkdocs.isPresent()) {
            return mkdocs.get().config();
        }
        return SiteConfigFiles.find(contentDir).map(SiteConfigFiles.Found::config).orElseGet(HandbookConfig::defaults);
    }

    HandbookConfig read(YamlMap yaml) {
        return read(yaml, HandbookConfig.defaults());
    }

    /** @param named the handbook's name, language and description where handbook.yml gives none (another tool's site file's) */
    HandbookConfig read(YamlMap yaml, HandbookConfig named) {
        String title = orDefault(yaml.string("title"), named.title());
        String organisation = orDefault(yaml.string("organisation"), "");
        String language = orDefault(yaml.string("language"), named.language());
        if (!isLanguageTag(language)) {
            findings.error(FILE, yaml.lineOf("language"), "config.language",
                    "'language' must be a language tag such as en-GB or cy, but received '" + language + "'",
                    "use a BCP 47 tag: en, en-GB, cy, fr");
            language = "en";
        }
        String description = orDefault(yaml.string("description"), named.description());
        String baseUrl = yaml.string("baseUrl");
        if (baseUrl != null && !isWebAddress(baseUrl)) {
            findings.error(FILE, yaml.lineOf("baseUrl"), "config.base-url",
                    "'baseUrl' must be an absolute http(s) URL, but received '" + baseUrl + "'",
                    "write it like https://handbook.example.org/");
            baseUrl = null;
        }
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        List<NavEntry> nav = readNav(yaml);
        List<PackConfig> packs = readPacks(yaml);
        boolean strict = Boolean.TRUE.equals(yaml.bool("strict"));
        boolean stripScripts = Boolean.TRUE.equals(yaml.bool("strip-scripts"));
        boolean allowScripts = Boolean.TRUE.equals(yaml.bool("allow-scripts"));
        boolean brokenLinksAreWarnings = false;
        String brokenLinks = yaml.string("broken-links");
        if (brokenLinks != null) {
            switch (brokenLinks.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "warning", "warn" -> brokenLinksAreWarnings = true;
                case "error" -> brokenLinksAreWarnings = false;
                default -> yaml.wrongType("broken-links", "'error' (the default) or 'warning'", yaml.value("broken-links"));
            }
        }
        FolderDefaults folderDefaults = FolderDefaults.read(yaml, findings);
        // Page PDFs (chapters, policies…) come in these editions; an e-book of one page is not offered.
        List<Edition> pageEditions = Edition.read(yaml, "editions", FILE, findings).stream().filter(Edition::isPdf).toList();
        java.util.Map<String, HandbookConfig.Translated> translations = readTranslations(yaml);
        folderDefaults = folderDefaults.withTranslations(translations.keySet());
        yaml.warnUnknownKeys(KEYS, FILE);
        return new HandbookConfig(title, organisation, language, description, baseUrl, nav, packs, strict, stripScripts,
                brokenLinksAreWarnings, allowScripts, folderDefaults, pageEditions, readReaderOptions(yaml, title), translations);
    }

    /**
     * {@code languages:}: for each folder of translations, by its language tag, the handbook's title, organisation and
     * description in that language ({@code cy: {title: Llawlyfr Cyfeillio}}), which its pages show in their header,
     * browser tab and footer.
     */
    private java.util.Map<String, HandbookConfig.Translated> readTranslations(YamlMap yaml) {
        if (!yaml.has("languages")) {
            return java.util.Map.of();
        }
        Optional<YamlMap> languages = yaml.section("languages");
        if (languages.isEmpty()) {
            yaml.wrongType("languages", "a mapping of language tags to their title, organisation and description (cy: {title: …})",
                    yaml.value("languages"));
            return java.util.Map.of();
        }
        java.util.Map<String, HandbookConfig.Translated> translations = new java.util.TreeMap<>();
        for (String tag : languages.get().keys()) {
            Optional<YamlMap> words = languages.get().section(tag);
            if (!LANGUAGE.matcher(tag).matches() || words.isEmpty()) {
                findings.error(FILE, languages.get().lineOf(tag), "config.languages",
                        "'languages' must map a language tag to its title, organisation and description, but received '"
                                + tag + "' with " + YamlMap.describe(languages.get().value(tag)),
                        "write the tag of a folder of translations, such as cy, then its words: cy: {title: Llawlyfr Cyfeillio}");
                continue;
            }
            translations.put(tag, new HandbookConfig.Translated(words.get().string("title"), words.get().string("organisation"),
                    words.get().string("description")));
            words.get().warnUnknownKeys(TRANSLATED_KEYS, FILE + " languages: " + tag);
        }
        return java.util.Map.copyOf(translations);
    }

    private ReaderOptions readReaderOptions(YamlMap yaml, String title) {
        ReaderOptions defaults = ReaderOptions.defaults(title);
        String id = yaml.string("id");
        if (id != null && !PACK_ID.matcher(id).matches()) {
            findings.error(FILE, yaml.lineOf("id"), "config.id",
                    "'id' must be lower-case letters, digits and hyphens, but received '" + id + "'",
                    "write it like peer-mentoring; it names the offline copy, downloads/<id>-offline.zip");
            id = null;
        }
        String quickExit = yaml.string("quick-exit");
        if (quickExit != null && !quickExit.matches("https?://[^\\s\"'<>]+")) {
            findings.error(FILE, yaml.lineOf("quick-exit"), "config.quick-exit",
                    "'quick-exit' must be an absolute http(s) URL, but received '" + quickExit + "'",
                    "write the address of a harmless site, like https://www.bbc.co.uk/weather");
            quickExit = null;
        }
        return new ReaderOptions(id == null ? defaults.id() : id, quickExit, Boolean.TRUE.equals(yaml.bool("offline-pdfs")),
                !Boolean.FALSE.equals(yaml.bool("offline-zip")));
    }

    private List<NavEntry> readNav(YamlMap yaml) {
        Node node = yaml.value("nav");
        List<NavEntry> nav = new ArrayList<>();
        if (node == null) {
            return nav;
        }
        if (!(node instanceof SequenceNode sequence)) {
            yaml.wrongType("nav", "a list of pages and folders", node);
            return nav;
        }
        for (Node item : sequence.getValue()) {
            int line = item.getStartMark().getLine() + 1;
            if (item instanceof ScalarNode scalar) {
                nav.add(new NavEntry(null, scalar.getValue().trim(), line));
            } else if (item instanceof MappingNode mapping && mapping.getValue().size() == 1
                    && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key
                    && mapping.getValue().get(0).getValueNode() instanceof ScalarNode target) {
                nav.add(new NavEntry(key.getValue().trim(), target.getValue().trim(), line));
            } else {
                findings.error(FILE, line, "config.type",
                        "each 'nav' item must be a page or folder path, or 'Label: path', but received " + YamlMap.describe(item),
                        "write '- toolkit/' or '- Toolkit: toolkit/'");
            }
        }
        return nav;
    }

    private List<PackConfig> readPacks(YamlMap yaml) {
        Node node = yaml.value("packs");
        List<PackConfig> packs = new ArrayList<>();
        if (node == null) {
            return packs;
        }
        if (!(node instanceof SequenceNode sequence)) {
            yaml.wrongType("packs", "a list of packs", node);
            return packs;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Node item : sequence.getValue()) {
            int line = item.getStartMark().getLine() + 1;
            if (!(item instanceof MappingNode mapping)) {
                findings.error(FILE, line, "config.type", "each pack must be a mapping with 'id', 'title' and 'include', but received "
                        + YamlMap.describe(item), "see the packs example in the README");
                continue;
            }
            YamlMap pack = new YamlMap(mapping, FILE, 0, findings);
            String id = pack.string("id");
            String title = pack.string("title");
            if (id == null || !PACK_ID.matcher(id).matches()) {
                findings.error(FILE, pack.lineOf("id"), "config.pack-id",
                        "each pack needs an 'id' of lower-case letters, digits and hyphens" + (id == null ? "" : ", but received '" + id + "'"),
                        "add e.g. 'id: mentor-training-workbook'; it names the PDF file");
                continue;
            }
            if (!ids.add(id)) {
                findings.error(FILE, pack.lineOf("id"), "config.pack-id", "two packs have the id '" + id + "'",
                        "give each pack its own id");
                continue;
            }
            List<String> include = pack.strings("include");
            List<Integer> includeLines = pack.itemLines("include");
            if (include.isEmpty()) {
                findings.error(FILE, pack.line(), "config.pack-include", "pack '" + id + "' includes nothing",
                        "add 'include:' with the files or folders to print, in order");
            }
            Paper paper = Paper.A4;
            String paperText = pack.string("paper");
            if (paperText != null) {
                Optional<Paper> parsed = Paper.parse(paperText);
                if (parsed.isEmpty()) {
                    findings.error(FILE, pack.lineOf("paper"), "config.paper",
                            "'paper' must be one of A4, A5, Letter, but received '" + paperText + "'", "use A4, A5 or Letter");
                } else {
                    paper = parsed.get();
                }
            }
            boolean forms = Boolean.TRUE.equals(pack.bool("forms"));
            List<Edition> editions = Edition.read(pack, "editions", FILE, findings);
            pack.warnUnknownKeys(PACK_KEYS, "pack '" + id + "'");
            packs.add(new PackConfig(id, title == null ? id : title, orDefault(pack.string("subtitle"), ""),
                    List.copyOf(include), paper, forms, line, editions, includeLines.size() == include.size() ? includeLines : List.of()));
        }
        return packs;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /**
     * Whether {@code value} is an absolute http(s) address a sitemap and a PDF can hold as written: one that parses as a URI
     * with a host ({@code "}, {@code <} or a space in it passed a looser check, escaped on the pages but left the sitemap
     * an invalid URL).
     */
    static boolean isWebAddress(String value) {
        if (!value.matches("(?i)https?://\\S+")) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
