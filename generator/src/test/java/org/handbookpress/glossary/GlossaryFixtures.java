package org.handbookpress.glossary;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;

/** Pages and glossaries built from Markdown in memory, for the glossary's unit tests. */
final class GlossaryFixtures {

    private static final MarkdownConverter MARKDOWN = new MarkdownConverter();

    private GlossaryFixtures() {
    }

    static Page page(String path, String title, Kind kind, boolean glossary, String markdown) {
        FrontMatter meta = FrontMatter.builder().title(title).kind(kind).glossary(glossary).build();
        return new Page(path, path.replaceAll("\\.md$", ".html"), Path.of(path), meta, title, markdown, 1);
    }

    static PageHtml html(String path, String title, String markdown) {
        return html(page(path, title, Kind.PAGE, true, markdown));
    }

    static PageHtml html(Page page) {
        PageHtml html = new PageHtml(page, MARKDOWN.toHtml(page.markdown(), page.bodyLine()));
        new TermLists().apply(html); // as the page's passes do
        new TermAnchors().apply(html);
        return html;
    }

    static PageHtml glossaryPage(String markdown) {
        return html(page("glossary.md", "The words we use", Kind.GLOSSARY, true, markdown));
    }

    static Glossary glossary(String markdown) {
        return glossary(markdown, new Findings());
    }

    static Glossary glossary(String markdown, Findings findings) {
        return new GlossaryReader(findings, Locale.UK, List.of("Riverside Peer Support")).read(glossaryPage(markdown));
    }

    /** The glossary most tests link against. */
    static final String TERMS = """
            Peer
            : Someone who has been through something similar.
              Also: peers

            Peer mentor
            : A trained volunteer who supports others.
              Also: peer mentors

            Round
            : Everyone speaks in turn.
              Also: rounds

            Round of Good News
            : The Round in which each person shares good news.

            Taking Time
            : The part of a session in which a peer speaks in depth.

            Gŵyl
            : Our summer gathering.
              Also: Gwyl

            Café
            : Our drop-in café.
              Also: cafe

            Naïve
            : Used here only to test word boundaries.
            """;
}
