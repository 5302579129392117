package org.handbookpress.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.FrontMatterParser;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;

/** One page from Markdown text (front matter included), converted as the build converts it. */
public final class PageFixture {

    private PageFixture() {
    }

    public static Page page(String path, String text) {
        Optional<FrontMatterParser.Split> split = new FrontMatterParser(new Findings()).split(text, path);
        FrontMatter meta = split.orElseThrow().meta();
        java.util.regex.Matcher h1 = java.util.regex.Pattern.compile("(?m)^#\\s+(.+)$").matcher(split.get().body());
        String title = meta.title() != null ? meta.title() : h1.find() ? h1.group(1).trim() : "Test page";
        return new Page(path, path.replaceAll("\\.md$", ".html"), Path.of(path), meta, title,
                split.get().body(), split.get().bodyLine());
    }

    public static PageHtml html(String path, String text) {
        Page page = page(path, text);
        return new PageHtml(page, new MarkdownConverter().toHtml(page.markdown(), page.bodyLine()));
    }
}
