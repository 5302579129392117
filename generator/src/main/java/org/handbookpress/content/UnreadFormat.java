package org.handbookpress.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A format of pages the handbook does not read, which folders migrated from other tools hold: the reStructuredText of a
 * Sphinx site, AsciiDoc, Org, Textile, and the templates of Eleventy, Middleman and the like. Named in the findings of a
 * link to such a page and of a content folder holding only such pages, with what to do: pandoc's command where pandoc
 * reads the format.
 *
 * @param extension how its files' names end ({@code .rst})
 * @param what      what it is, in words ("reStructuredText", "a Nunjucks template")
 * @param pandoc    pandoc's name for it as an input format ({@code rst}); null when pandoc does not read it
 */
public record UnreadFormat(String extension, String what, String pandoc) {

    public static final List<UnreadFormat> ALL = List.of(new UnreadFormat(".rst", "reStructuredText", "rst"),
            new UnreadFormat(".org", "Org mode", "org"), new UnreadFormat(".textile", "Textile", "textile"),
            new UnreadFormat(".adoc", "AsciiDoc", null), new UnreadFormat(".njk", "a Nunjucks template", null),
            new UnreadFormat(".liquid", "a Liquid template", null), new UnreadFormat(".html.erb", "an ERB template", null),
            new UnreadFormat(".hbs", "a Handlebars template", null), new UnreadFormat(".ejs", "an EJS template", null),
            new UnreadFormat(".pug", "a Pug template", null));

    /** The format of a file, by its name's ending (any case); empty for any other file. */
    public static Optional<UnreadFormat> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> lower.endsWith(f.extension())).findFirst();
    }

    /** What to do with one such file, {@code file}, to have the page {@code path}.md: convert it, or write it as Markdown. */
    public String fix(String file, String path) {
        return pandoc != null ? "convert it to Markdown (pandoc -f " + pandoc + " -t gfm " + file + " -o " + path + ".md)"
                : "write it as Markdown, " + path + ".md" + (what.endsWith("template") ? ", with what the template fills in written out" : "");
    }
}
