package org.handbookpress.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What an mdBook's {@code book.toml} says about how its pages show, beyond the title {@link SiteConfigFiles} reads: its
 * being there at all makes the handbook an mdBook book, whose Rust code hides the lines mdBook hides; and its
 * {@code [output.html.code.hidelines]} table gives other languages a prefix that hides a line ({@code python = "~"}).
 * Read from the content folder or beside it, as mdBook keeps its {@code src/} beside the file, whether or not a
 * handbook.yml names the site: these settings are no part of handbook.yml.
 *
 * @param hiddenLinePrefixes by a code block's language, the prefix that hides its lines; none for Rust, whose rule is fixed
 */
public record MdBookSettings(Map<String, String> hiddenLinePrefixes) {

    private static final String HIDDEN_LINES = "output.html.code.hidelines";

    /** The book's settings, or empty when there is no readable book.toml (the handbook is no mdBook book). */
    public static Optional<MdBookSettings> of(Path contentDir) {
        for (Path file : InputFiles.nearby(contentDir, java.util.List.of(SiteConfigFiles.MDBOOK), java.util.List.of(SiteConfigFiles.MDBOOK))) {
            Optional<String> text = InputFiles.text(file);
            if (text.isPresent()) {
                return Optional.of(new MdBookSettings(Map.copyOf(SiteConfigFiles.tomlStrings(text.get()).getOrDefault(HIDDEN_LINES, Map.of()))));
            }
        }
        return Optional.empty();
    }
}
