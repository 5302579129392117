package org.handbookpress.content;

import java.util.Map;

/**
 * The variables the mkdocs-macros plugin fills into an MkDocs site's pages ({@code plugins: - macros}), filled in as it
 * fills them: {@code {{ email }}} and {@code {{ config.extra.email }}} from mkdocs.yml's {@code extra:},
 * {@code {{ config.site_name }}} from its settings, {@code {{ page.title }}} (and {@code page.meta.title},
 * {@code page.meta.description}) from the page's front matter. A handbook moved from such a site welcomed its readers
 * "to {{ config.site_name }}". Like Jekyll's ({@link JekyllVariables}): only a variable alone in its tag, not inside
 * fenced code or a raw block; a macro, a filter, a loop or a variable mkdocs.yml does not give stays as written and is
 * reported as a template the build does not run.
 */
final class MkDocsMacros {

    static final MkDocsMacros NONE = new MkDocsMacros(Map.of(), Map.of());

    /** How deep a nested setting is named ({@code config.extra.contact.email}). */
    private static final int DEPTH = 4;

    private final Map<String, String> config;
    private final Map<String, String> extra;

    private MkDocsMacros(Map<String, String> config, Map<String, String> extra) {
        this.config = config;
        this.extra = extra;
    }

    /** The variables of mkdocs.yml, when it uses the macros plugin; {@link #NONE} when not. */
    static MkDocsMacros of(YamlMap mkdocs, boolean usesMacros) {
        if (!usesMacros) {
            return NONE;
        }
        return new MkDocsMacros(mkdocs.plainValues(DEPTH), mkdocs.section("extra").map(extra -> extra.plainValues(DEPTH)).orElse(Map.of()));
    }

    /** The Markdown with the variables filled in; as it is for a site without the plugin. */
    String apply(String markdown, FrontMatter page) {
        if (this == NONE) {
            return markdown;
        }
        return JekyllVariables.fill(markdown, name -> {
            if (name.startsWith("config.")) {
                return config.get(name.substring("config.".length()));
            }
            if (name.startsWith("page.")) {
                String field = name.substring("page.".length());
                return JekyllVariables.asText(JekyllVariables.pageValue(page, field.startsWith("meta.") ? field.substring(5) : field));
            }
            return extra.get(name);
        });
    }
}
