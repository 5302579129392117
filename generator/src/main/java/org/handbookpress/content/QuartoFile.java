package org.handbookpress.content;

import java.util.Optional;
import org.handbookpress.findings.Findings;

/**
 * What the build reads of a Quarto project's {@code _quarto.yml}: its {@code book:} or {@code website:} section, for the
 * handbook's title, description and language when it has no handbook.yml ({@link SiteConfigFiles}), and for the order of
 * its pages ({@link SidebarLists#readQuarto}).
 */
final class QuartoFile {

    private QuartoFile() {
    }

    /** The handbook's settings the file gives: its book's or website's title and description, and its {@code lang:}. */
    static Optional<HandbookConfig> config(String text) {
        Optional<YamlMap> yaml = YamlSource.parseForeign(text, SidebarLists.QUARTO, Findings.discarded());
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlMap> site = yaml.get().section("book").or(() -> yaml.get().section("website"));
        String title = site.map(s -> s.foreignText("title")).orElse(null);
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(HandbookConfig.fromOtherTool(title, site.get().foreignText("description"), yaml.get().foreignText("lang")));
    }
}
