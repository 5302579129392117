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

    private HugoLanguageFolders() {
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
        for (String folder : List.of("", HugoSite.CONFIG_FOLDER)) {
            for (String name : SITE_FILES) {
                languages(top.resolve(folder + name), true).forEach((dir, tag) -> add(folders, top, content, dir, tag));
            }
        }
        for (String name : LANGUAGE_FILES) {
            languages(top.resolve(HugoSite.CONFIG_FOLDER + name), false).forEach((dir, tag) -> add(folders, top, content, dir, tag));
        }
        return Map.copyOf(folders);
    }

    private static void add(Map<String, String> folders, Path top, Path content, String dir, String tag) {
        Path folder = top.resolve(dir).normalize();
        if (content.equals(folder.getParent()) && java.nio.file.Files.isDirectory(folder)) {
            folders.putIfAbsent(folder.getFileName().toString(), Locale.forLanguageTag(tag.replace('_', '-')).toLanguageTag());
        }
    }

    /**
     * The languages' {@code contentDir}s a file gives, with their tags: under its {@code languages} table when
     * {@code underLanguages} (the site's file), else each table at its top (config/_default/languages.toml).
     */
    private static Map<String, String> languages(Path file, boolean underLanguages) {
        Optional<String> text = InputFiles.text(file);
        if (text.isEmpty()) {
            return Map.of();
        }
        String name = file.getFileName().toString();
        Map<String, Map<String, String>> tables = name.endsWith(".toml") ? toml(text.get(), underLanguages) : yaml(text.get(), name, underLanguages);
        Map<String, String> out = new HashMap<>();
        tables.forEach((language, settings) -> {
            String dir = setting(settings, "contentdir");
            if (dir != null && !dir.isBlank()) {
                String code = setting(settings, "languagecode");
                String locale = setting(settings, "locale");
                out.put(dir.strip(), code != null && !code.isBlank() ? code : locale != null && !locale.isBlank() ? locale : language);
            }
        });
        return out;
    }

    /** A setting by its name in lower case, as Hugo reads its keys in any case ({@code ContentDir}, {@code contentDir}). */
    private static String setting(Map<String, String> settings, String lowerCase) {
        return settings.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(lowerCase))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Each language's string settings in a TOML file, by its key: the tables {@code [languages.es]} (or {@code [es]}). */
    private static Map<String, Map<String, String>> toml(String text, boolean underLanguages) {
        Map<String, Map<String, String>> out = new HashMap<>();
        SiteConfigFiles.tomlStrings(text).forEach((table, settings) -> {
            String language = table;
            if (underLanguages) {
                int dot = table.indexOf('.');
                if (dot < 0 || !table.substring(0, dot).equalsIgnoreCase(LANGUAGES)) {
                    return;
                }
                language = table.substring(dot + 1);
            }
            if (!language.isEmpty() && language.indexOf('.') < 0) { // not [languages.es.params]
                out.put(language, settings);
            }
        });
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
