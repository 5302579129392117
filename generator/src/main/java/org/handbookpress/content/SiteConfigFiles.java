package org.handbookpress.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site settings other documentation tools keep in a file of their own, read for a handbook that has no handbook.yml
 * yet, as {@link MkDocsProject} reads mkdocs.yml: Docusaurus' {@code docusaurus.config.js} (its {@code title} and
 * {@code tagline}), VitePress' {@code .vitepress/config.js} ({@code title}, {@code description}, {@code lang}) and
 * Mintlify's {@code docs.json} or {@code mint.json} ({@code name}, {@code description}), in the content folder or
 * beside it. Read without running them ({@link ScriptTokens}): a setting is the first string given for its key.
 */
public final class SiteConfigFiles {

    private static final List<String> NAMES = List.of("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs",
            ".vitepress/config.js", ".vitepress/config.ts", ".vitepress/config.mts", ".vitepress/config.mjs", "docs.json", "mint.json");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");

    /** A file found: how the findings name it, and the settings it gives. */
    record Found(String shown, HandbookConfig config) {
    }

    private SiteConfigFiles() {
    }

    private static List<Path> candidates(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        NAMES.forEach(name -> files.add(content.resolve(name)));
        if (content.getParent() != null) {
            NAMES.forEach(name -> files.add(content.getParent().resolve(name)));
        }
        return files;
    }

    /** The settings of the first such file that names the site, if any. */
    static Optional<Found> find(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        for (Path file : candidates(contentDir)) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                continue; // unreadable, or not UTF-8: built without it
            }
            boolean mintlify = file.getFileName().toString().endsWith(".json");
            if (mintlify && !text.contains("\"navigation\"")) {
                continue; // a docs.json that is the handbook's own data
            }
            List<ScriptTokens.Token> tokens = ScriptTokens.of(text);
            String title = first(tokens, mintlify ? "name" : "title");
            if (title == null || title.isBlank()) {
                continue;
            }
            String description = first(tokens, mintlify ? "description" : file.toString().contains(".vitepress") ? "description" : "tagline");
            String language = first(tokens, mintlify ? "language" : file.toString().contains(".vitepress") ? "lang" : "defaultLocale");
            HandbookConfig defaults = HandbookConfig.defaults();
            HandbookConfig config = new HandbookConfig(title.strip(), "",
                    language != null && LANGUAGE.matcher(language.strip()).matches() ? language.strip().replace('_', '-') : defaults.language(),
                    description == null ? "" : description.strip(), null, List.of(), List.of(), false, false, false);
            String shown = file.startsWith(content) ? content.relativize(file).toString().replace('\\', '/')
                    : "../" + content.getParent().relativize(file).toString().replace('\\', '/');
            return Optional.of(new Found(shown, config));
        }
        return Optional.empty();
    }

    /** What the build's record of its inputs holds of these files, so that an edit to one builds again. */
    public static String describe(Path contentDir) {
        return InputFiles.describe(candidates(contentDir));
    }

    /** The first string given for {@code key} ({@code title: 'Volunteer handbook'}); null when none is. */
    private static String first(List<ScriptTokens.Token> tokens, String key) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).text().equals(key) && ScriptTokens.isKey(tokens, i) && tokens.get(i + 2).kind() == ScriptTokens.Kind.STRING) {
                return tokens.get(i + 2).text();
            }
        }
        return null;
    }
}
