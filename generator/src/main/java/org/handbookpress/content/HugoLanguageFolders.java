package org.handbookpress.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handbookpress.findings.Findings;

/**
 * The folders a Hugo site's settings give its languages ({@code [languages.es] contentDir = "content/espanol"}), as Hugo
 * builds a site in several languages each from a folder of its own, named as its authors like: NuevoFoundation's
 * workshops keep English in {@code content/english} and Spanish in {@code content/espanol}. A folder named by its code
 * ({@code content/es}) is found from the pages alone ({@link LanguageFolders}); one named in words was two unrelated
 * sections, every page said to be in the handbook's language. Read from the site's file beside the content folder
 * ({@code hugo.toml}, {@code hugo.yaml}, a {@code config.toml} with a {@code baseURL}…, or its {@code config/_default/}
 * folder, where {@code languages.toml} holds the languages as tables of their own, {@code [en]}), never run; Hugo's keys
 * in any case. A language's tag is its {@code languageCode} (or Hugo's newer {@code locale}), else its key.
 */
final class HugoLanguageFolders {

    private static final List<String> SITE_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
            "config.yaml", "config.yml", "config.json");
    /** Hugo's file of languages in its configuration folder, each language a table at its top. */
    private static final List<String> LANGUAGE_FILES = List.of("languages.toml", "languages.yaml", "languages.yml", "languages.json");
    private static final String LANGUAGES = "languages";
    private static final com.fasterxml.jackson.dataformat.toml.TomlMapper TOML = new com.fasterxml.jackson.dataformat.toml.TomlMapper();

    private HugoLanguageFolders() {
    }

    /**
     * One of a Hugo site's languages, as its settings give it.
     *
     * @param key        its key under {@code languages} ({@code en}), which {@code defaultContentLanguage} names
     * @param contentDir its own folder of pages, from the site's top ({@code content/english}); null when it has none
     * @param tag        its {@code languageCode} (or Hugo's newer {@code locale}), else its key
     * @param weight     its {@code weight}, 0 when none
     */
    record Language(String key, String contentDir, String tag, double weight) {
    }

    /**
     * Each top folder of {@code contentDir} a Hugo site beside it names as a language's {@code contentDir}, with that
     * language's tag ({@code espanol} → {@code es}); empty for any other folder. A language's folder elsewhere (beside
     * {@code content/}, or deeper in it) is not one of this content folder's top folders, and is left alone.
     */
    static Map<String, String> of(Path contentDir) {
        if (contentDir == null) {
            return Map.of();
        }
        Path content = contentDir.toAbsolutePath().normalize();
        Path top = content.getParent();
        if (top == null || !HugoSite.isSite(top)) {
            return Map.of();
        }
        Map<String, String> folders = new HashMap<>();
        for (Language language : languages(top)) {
            if (language.contentDir() != null) {
                add(folders, top, content, language.contentDir(), language.tag());
            }
        }
        return Map.copyOf(folders);
    }

    /**
     * The tags of the languages of the Hugo site whose content folder {@code contentDir} is, in Hugo's order
     * ({@link #languages}), which its language switches follow; empty for another folder, or a site in one language.
     */
    static List<String> order(Path contentDir) {
        Path top = contentDir == null ? null : contentDir.toAbsolutePath().normalize().getParent();
        if (top == null || !HugoSite.isSite(top)) {
            return List.of();
        }
        List<Language> languages = languages(top);
        return languages.size() < 2 ? List.of()
                : languages.stream().map(l -> Locale.forLanguageTag(l.tag().replace('_', '-')).toLanguageTag()).toList();
    }

    /**
     * The languages a Hugo site's settings at {@code top} give, in the order Hugo sorts them, as its language switches
     * list them: by {@code weight}, one without a weight last, then by key. A language given in two files is the first's.
     */
    static List<Language> languages(Path top) {
        Map<String, Language> byKey = new java.util.LinkedHashMap<>();
        for (String folder : List.of("", HugoSite.CONFIG_FOLDER)) {
            for (String name : SITE_FILES) {
                languages(top.resolve(folder + name), true).forEach(language -> byKey.putIfAbsent(language.key(), language));
            }
        }
        for (String name : LANGUAGE_FILES) {
            languages(top.resolve(HugoSite.CONFIG_FOLDER + name), false).forEach(language -> byKey.putIfAbsent(language.key(), language));
        }
        List<Language> sorted = new java.util.ArrayList<>(byKey.values());
        // Hugo's own order (langs.Languages): a weight of 0 is none, after every language that has one.
        sorted.sort(java.util.Comparator.comparing((Language l) -> l.weight() == 0).thenComparingDouble(Language::weight)
                .thenComparing(Language::key));
        return List.copyOf(sorted);
    }

    private static void add(Map<String, String> folders, Path top, Path content, String dir, String tag) {
        Path folder = top.resolve(dir).normalize();
        if (content.equals(folder.getParent()) && java.nio.file.Files.isDirectory(folder)) {
            folders.putIfAbsent(folder.getFileName().toString(), Locale.forLanguageTag(tag.replace('_', '-')).toLanguageTag());
        }
    }

    /**
     * The languages a file gives: under its {@code languages} table when {@code underLanguages} (the site's file), else
     * each table at its top (config/_default/languages.toml).
     */
    private static List<Language> languages(Path file, boolean underLanguages) {
        Optional<String> text = InputFiles.text(file);
        if (text.isEmpty()) {
            return List.of();
        }
        String name = file.getFileName().toString();
        Map<String, Map<String, String>> tables = name.endsWith(".toml") ? toml(text.get(), underLanguages) : yaml(text.get(), name, underLanguages);
        List<Language> out = new java.util.ArrayList<>();
        tables.forEach((language, settings) -> {
            String dir = setting(settings, "contentdir");
            String code = setting(settings, "languagecode");
            String locale = setting(settings, "locale");
            String tag = code != null && !code.isBlank() ? code : locale != null && !locale.isBlank() ? locale : language;
            out.add(new Language(language, dir == null || dir.isBlank() ? null : dir.strip(), tag.strip(), weight(setting(settings, "weight"))));
        });
        return out;
    }

    /** A language's weight as written ({@code 2}), 0 (none) when it is no number. */
    private static double weight(String written) {
        try {
            return written == null ? 0 : Double.parseDouble(written.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A setting by its name in lower case, as Hugo reads its keys in any case ({@code ContentDir}, {@code contentDir}). */
    private static String setting(Map<String, String> settings, String lowerCase) {
        return settings.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(lowerCase))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /**
     * Each language's plain settings in a TOML file, by its key: the tables {@code [languages.es]} (or {@code [es]}), a
     * number ({@code weight = 2}) as its text. Read as a tree, as the file's strings alone ({@link TomlTables}) have no
     * weight; a file that is not TOML gives none.
     */
    private static Map<String, Map<String, String>> toml(String text, boolean underLanguages) {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = TOML.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (java.io.IOException e) {
            return Map.of();
        }
        com.fasterxml.jackson.databind.JsonNode languages = root;
        if (underLanguages) {
            languages = null;
            for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field : root.properties()) {
                if (field.getKey().equalsIgnoreCase(LANGUAGES)) {
                    languages = field.getValue();
                }
            }
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        if (languages == null || !languages.isObject()) {
            return out;
        }
        for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> language : languages.properties()) {
            if (language.getValue().isObject()) {
                Map<String, String> plain = new HashMap<>();
                language.getValue().properties().forEach(setting -> {
                    if (setting.getValue().isValueNode()) { // not [languages.es.params]
                        plain.put(setting.getKey(), setting.getValue().asText());
                    }
                });
                out.put(language.getKey(), plain);
            }
        }
        return out;
    }

    /** Each language's plain settings in a YAML or JSON file, by its key: those under {@code languages:} (or at the top). */
    private static Map<String, Map<String, String>> yaml(String text, String name, boolean underLanguages) {
        Optional<YamlMap> yaml = YamlSource.parseForeign(text, name, Findings.discarded());
        if (underLanguages) {
            yaml = yaml.flatMap(y -> y.keys().stream().filter(k -> k.equalsIgnoreCase(LANGUAGES)).findFirst().flatMap(y::section));
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        yaml.ifPresent(languages -> languages.keys().forEach(language -> languages.section(language).ifPresent(settings -> {
            Map<String, String> plain = new HashMap<>();
            settings.keys().forEach(key -> {
                String value = settings.foreignText(key);
                if (value != null) {
                    plain.put(key, value);
                }
            });
            out.put(language, plain);
        })));
        return out;
    }
}
