package org.handbookpress.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a Starlight sidebar gives its labels in each other language ({@code { label: 'Installation', translations:
 * { ru: 'Установка' } }}), as Starlight shows a group's name on the pages of that language's folder. Read from the
 * astro.config three folders above the pages, never run; a label or translation that is not a literal string is none.
 * Without them, eGamesAPI/remnawave-reverse-proxy's Russian pages named their menu's groups in English.
 */
public final class SidebarLabelTranslations {

    public static final SidebarLabelTranslations NONE = new SidebarLabelTranslations(Map.of());

    /** Each label as written, with its words by language, the language as the sidebar writes it ({@code ru}, {@code pt-BR}). */
    private final Map<String, Map<String, String>> byLabel;

    private SidebarLabelTranslations(Map<String, Map<String, String>> byLabel) {
        this.byLabel = Map.copyOf(byLabel);
    }

    /** The translations the Starlight site of these pages gives its sidebar's labels; {@link #NONE} for any other site. */
    public static SidebarLabelTranslations of(Path contentDir) {
        if (contentDir == null) {
            return NONE;
        }
        Optional<String> text = SiteConfigFiles.starlightConfig(contentDir).flatMap(InputFiles::text);
        if (text.isEmpty() || !text.get().contains("translations")) {
            return NONE;
        }
        List<ScriptTokens.Token> tokens = ScriptTokens.of(text.get());
        Map<String, Map<String, String>> byLabel = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is('{')) {
                continue;
            }
            String label = null;
            Map<String, String> words = new HashMap<>();
            for (ScriptTokens.Entry entry : ScriptTokens.entries(tokens, i)) {
                if (entry.key().equals("label") && entry.to() == entry.from() + 1 && tokens.get(entry.from()).kind() == ScriptTokens.Kind.STRING) {
                    label = tokens.get(entry.from()).text().strip();
                } else if (entry.key().equals("translations") && tokens.get(entry.from()).is('{')) {
                    for (ScriptTokens.Entry language : ScriptTokens.entries(tokens, entry.from())) {
                        ScriptTokens.Token value = tokens.get(language.from());
                        if (language.to() == language.from() + 1 && value.kind() == ScriptTokens.Kind.STRING && !value.text().isBlank()) {
                            words.put(language.key(), value.text().strip());
                        }
                    }
                }
            }
            if (label != null && !label.isEmpty() && !words.isEmpty()) {
                byLabel.computeIfAbsent(label, l -> new HashMap<>()).putAll(words);
                byLabel.computeIfAbsent(HeadingText.of(label), l -> new HashMap<>()).putAll(words); // as the menu names it
            }
        }
        return new SidebarLabelTranslations(byLabel);
    }

    /**
     * The label's words for the pages of the locale folder {@code folder} in the language {@code tag}, as the sidebar
     * gives them by the folder's name ({@code ru}) or by the language's tag ({@code pt-BR}), in any case; null for none.
     */
    public String of(String label, String folder, String tag) {
        Map<String, String> words = byLabel.get(label);
        if (words == null) {
            return null;
        }
        for (Map.Entry<String, String> word : words.entrySet()) {
            String key = word.getKey().replace('_', '-').toLowerCase(Locale.ROOT);
            if (key.equals(folder.toLowerCase(Locale.ROOT)) || tag != null && key.equals(tag.toLowerCase(Locale.ROOT))) {
                return word.getValue();
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return byLabel.isEmpty();
    }
}
