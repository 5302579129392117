package org.handbookpress.labels;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.handbookpress.findings.Findings;

/**
 * The build's catalogues of labels: the theme's, one file a language in {@code labels/} ({@code cy.properties}), and the
 * user's beside their layouts ({@code templates/labels/cy.properties}), which overrides the theme's label by label, as
 * a layout of theirs overrides the theme's by name. A language no catalogue has is written with the English labels,
 * and said once.
 */
public final class LabelCatalogues {

    static final String THEME = "/org/handbookpress/theme/labels/";
    private static final String ENGLISH = "en";

    private final Path userFolder;
    private final Catalogue english;
    private final Map<String, Optional<Catalogue>> theme = new ConcurrentHashMap<>();
    /** The user's files by name in lower case ({@code pt-br}); read once. */
    private final Map<String, Catalogue> user;
    /** Each user file's lines that are not {@code key = text}, by file. */
    private final Map<String, Map<Integer, String>> malformed = new TreeMap<>();
    private final Map<Locale, Labels> byLocale = new ConcurrentHashMap<>();
    private final Map<String, Labels> byTag = new ConcurrentHashMap<>();

    /** @param userTemplates the user's templates folder, or null for none */
    public LabelCatalogues(Path userTemplates) {
        this.english = themeCatalogue(ENGLISH).orElseThrow(() -> new IllegalStateException("the theme has no " + THEME + "en.properties"));
        this.userFolder = userTemplates == null ? null : userTemplates.resolve("labels");
        this.user = readUserFiles();
    }

    /** The labels for a language tag ({@code cy}, {@code pt-BR}); English for null or "". */
    public Labels forLanguage(String tag) {
        // By the tag as asked (each page asks), then by its locale: "cy" and "cy_GB"'s labels are made once each.
        return byTag.computeIfAbsent(tag == null ? "" : tag, t -> byLocale.computeIfAbsent(
                t.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(t.replace('_', '-')), this::make));
    }

    private Labels make(Locale locale) {
        List<Catalogue> chain = new ArrayList<>();
        for (String name : names(locale)) {
            Optional.ofNullable(user.get(name)).map(this::usable).ifPresent(chain::add);
            themeCatalogue(name).ifPresent(chain::add);
        }
        Optional.ofNullable(user.get(ENGLISH)).map(this::usable).ifPresent(chain::add);
        chain.add(english);
        return new Labels(locale, chain);
    }

    /** The file names for a locale, the most particular first: {@code pt-br}, {@code pt}. */
    private static List<String> names(Locale locale) {
        String language = locale.getLanguage().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            names.add(language + "-" + locale.getCountry().toLowerCase(Locale.ROOT));
        }
        if (!language.equals(ENGLISH)) {
            names.add(language);
        }
        return names;
    }

    /** Whether some catalogue, the theme's or the user's, is written in the language of the tag. */
    public boolean translates(String tag) {
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        return locale.getLanguage().equals(ENGLISH) || locale.getLanguage().isEmpty()
                || names(locale).stream().anyMatch(n -> user.containsKey(n) || themeCatalogue(n).isPresent());
    }

    /**
     * Reports what is wrong with the user's files (a line that is not a label, a key the theme has no label for, a
     * text whose values do not parse) and, once, each language of the handbook's pages that no catalogue has.
     *
     * @param languages the handbook's language and its folders' of translations
     */
    public void check(List<String> languages, Findings findings) {
        malformed.forEach((file, lines) -> lines.forEach((line, text) -> findings.warning(file, line, "labels.malformed",
                "'" + shorten(text) + "' is not a label: each line is a label's name, '=', and its text",
                "write it as 'name = text', as the theme's labels/en.properties does, or start it with # to keep it as a comment")));
        user.values().forEach(catalogue -> catalogue.texts().forEach((key, text) -> {
            int line = catalogue.lines().get(key);
            if (!english.texts().containsKey(key)) {
                findings.warning(catalogue.source(), line, "labels.unknown",
                        "the theme has no label '" + key + "', so this text is never shown",
                        "use a label's name from the theme's labels/en.properties (README, \"Interface language\")");
            } else if (!parses(text)) {
                findings.error(catalogue.source(), line, "labels.bad-text",
                        "the text of '" + key + "' does not parse as a message: its { and } do not pair, or a value's"
                                + " form is unknown; the English label is shown instead",
                        "write values as the English label does (" + english.texts().get(key) + "); quote a brace as '{'");
            }
        }));
        // One notice for all the languages without labels: a handbook in 28 languages had 28 notices saying the same.
        List<String> untranslated = languages.stream().distinct().filter(tag -> tag != null && !tag.isBlank() && !translates(tag)).toList();
        if (!untranslated.isEmpty()) {
            String files = untranslated.stream().map(tag -> "templates/labels/" + Locale.forLanguageTag(tag).getLanguage() + ".properties")
                    .distinct().collect(java.util.stream.Collectors.joining(", "));
            findings.notice("handbook.yml", 0, "labels.untranslated",
                    "the words around the text (\"Skip to content\", \"Menu\", \"Search\", review dates) are in English: no"
                            + " labels are written in " + untranslated.stream().map(tag -> "'" + tag + "'").collect(java.util.stream.Collectors.joining(", "))
                            + " yet",
                    "translate the theme's labels/en.properties into " + files
                            + " (README, \"Interface language\"); labels you leave out stay English");
        }
    }

    /** A user's catalogue without the labels {@link #check} reports: unknown ones, and texts that do not parse. */
    private Catalogue usable(Catalogue catalogue) {
        Map<String, String> kept = new LinkedHashMap<>(catalogue.texts());
        kept.entrySet().removeIf(e -> !english.texts().containsKey(e.getKey()) || !parses(e.getValue()));
        return new Catalogue(catalogue.source(), Map.copyOf(kept), catalogue.lines());
    }

    static boolean parses(String text) {
        try {
            new MessageFormat(text, Locale.ROOT);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Map<String, Catalogue> readUserFiles() {
        Map<String, Catalogue> files = new LinkedHashMap<>();
        if (userFolder == null || !Files.isDirectory(userFolder)) {
            return files;
        }
        try (Stream<Path> list = Files.list(userFolder)) {
            for (Path file : list.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                String name = file.getFileName().toString();
                String code = name.substring(0, name.length() - ".properties".length()).replace('_', '-').toLowerCase(Locale.ROOT);
                String source = "templates/labels/" + name;
                Map<Integer, String> bad = new TreeMap<>();
                files.put(code, Catalogue.parse(source, new String(Files.readAllBytes(file), StandardCharsets.UTF_8), bad));
                if (!bad.isEmpty()) {
                    malformed.put(source, bad);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + userFolder, e);
        }
        return files;
    }

    private Optional<Catalogue> themeCatalogue(String name) {
        return theme.computeIfAbsent(name, n -> {
            try (InputStream in = LabelCatalogues.class.getResourceAsStream(THEME + n + ".properties")) {
                return in == null ? Optional.empty()
                        : Optional.of(Catalogue.parse("labels/" + n + ".properties", new String(in.readAllBytes(), StandardCharsets.UTF_8), new TreeMap<>()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the theme's labels/" + n + ".properties", e);
            }
        });
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
