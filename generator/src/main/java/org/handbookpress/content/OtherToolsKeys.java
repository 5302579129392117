package org.handbookpress.content;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Front-matter keys of Hugo, Jekyll, GitBook, MkDocs, their common themes and JavaScript site starters that mean nothing in a handbook: taxonomies, dates shown
 * in a byline, a theme's layout, menu or share buttons. A folder brought from those tools has them on every page, and
 * they are no slip to mend, so they are told once, as a notice, rather than as unknown keys. Left out on purpose, and
 * so still unknown keys: those by which the other tool kept a page unpublished or out of its menus (
 * {@code publishDate}, {@code build}, {@code headless}, {@code cascade}), which a
 * handbook publishes; a theme's switches for math or diagrams, whose text the handbook may show otherwise; and Hugo's
 * {@code type}, a word an author may write meaning {@code kind} ({@code type: policy}), and the site's own key on
 * Jekyll sites. Keys the
 * build reads under another name ({@code weight}, {@code description}, {@code slug}…) are in {@link FrontMatterParser}.
 */
final class OtherToolsKeys {

    private static final String HUGO_JEKYLL = "Hugo's and Jekyll's";
    private static final String HUGO = "Hugo's";
    private static final String JEKYLL = "Jekyll's";
    private static final String GATSBY_NEXT = "Gatsby's and Next.js' starters'";

    /** By key, in lower case (Hugo reads keys in any case): whose, and what it did there. */
    private static final Map<String, String[]> KEYS = Map.ofEntries(
            known("tags", HUGO_JEKYLL, "lists of pages by tag"),
            known("categories", HUGO_JEKYLL, "lists of pages by category"),
            known("category", HUGO_JEKYLL, "lists of pages by category"),
            known("keywords", "Hugo's and Docusaurus'", "words for search engines"),
            known("series", HUGO, "lists of pages in a series"),
            known("date", HUGO_JEKYLL, "a date shown on the page and ordering posts"),
            known("lastmod", HUGO, "a last-changed date shown on the page"),
            known("last_modified_at", JEKYLL, "a last-changed date shown on the page"),
            known("layout", HUGO_JEKYLL, "the template that shows the page"),
            known("menu", HUGO, "a place in a menu the site's settings define"),
            known("menus", HUGO, "a place in a menu the site's settings define"),
            known("toc", HUGO_JEKYLL, "whether the theme shows a contents list"),
            known("image", HUGO_JEKYLL, "a picture for link previews"),
            known("images", HUGO, "pictures for link previews"),
            known("featured_image", HUGO, "a picture for lists of pages"),
            known("thumbnail", HUGO_JEKYLL, "a picture for lists of pages"),
            // Gatsby's and Next.js' blog starters (and the sites built on them) name a post's picture so: a volunteer
            // coordinators' playbook on Gatsby gives coverImage in 9 pages.
            known("coverimage", GATSBY_NEXT, "a picture over the page and in lists of pages"),
            known("featuredimage", GATSBY_NEXT, "a picture over the page and in lists of pages"),
            known("author", HUGO_JEKYLL, "a byline"),
            known("authors", HUGO_JEKYLL, "a byline"),
            known("comments", HUGO_JEKYLL, "a comments box"),
            known("share", JEKYLL, "share buttons"),
            known("params", HUGO, "values for the site's own templates"),
            known("outputs", HUGO, "other formats made of the page (RSS, JSON)"),
            known("sitemap", HUGO_JEKYLL, "the page's place in sitemap.xml"),
            known("translationkey", HUGO, "which pages are translations of each other"),
            known("excerpt_separator", JEKYLL, "where a post's excerpt ends"),
            known("excerpt", JEKYLL, "a post's excerpt in lists of posts"),
            // Docsy's: the section's own page lists the page without it, here the section's page lists every page in it.
            known("hide_summary", "Docsy's", "leaving the page out of the list of pages on its section's page"),
            // GitBook's and MkDocs Material's page settings: GitBook writes icon: on every page given one in its editor (145
            // of Open Collective's documentation's pages), Material's hide: [navigation, toc] hides parts of its layout
            // around the page (not the page: hidden: true is that), template: picks a template of the theme.
            known("icon", "GitBook's and MkDocs Material's", "an icon beside the page's title in the menu"),
            known("cover", "GitBook's", "a picture over the top of the page"),
            known("covery", "GitBook's", "where the picture over the page is cut"),
            known("hide", "MkDocs Material's", "hiding the menu, the contents list or the footer around the page"),
            known("template", "MkDocs'", "the template that shows the page"),
            // An editor's, not a site generator's: VS Code's Code Spell Checker reads words to accept from a page's front
            // matter (cSpell: [FISMA, FedRAMP]); the TTS handbook gives it in 66 pages.
            known("cspell", "VS Code's spelling checker's", "words its check accepts on the page"));

    /**
     * Hugo's keys by which a page was kept off the site, or others' front matter set, which the handbook does not do: by
     * key in lower case, what to write instead. They stay warnings (the page is published here), and the generic list of
     * known keys told nothing of why that matters.
     */
    private static final Map<String, String> NOT_DONE_HERE = Map.of(
            "build", "Hugo's build options (render: never, list: never) can keep the page off the site, the handbook publishes it:"
                    + " write draft: true if readers should not see it",
            "headless", "Hugo publishes no page for a headless bundle, the handbook publishes it: write draft: true if readers"
                    + " should not see it",
            "cascade", "Hugo gives these values to the pages under this one, the handbook does not: give them in handbook.yml's"
                    + " defaults: (path: a glob of those pages, values: the keys)");

    private OtherToolsKeys() {
    }

    /** What to write instead of a key of Hugo's whose work the handbook does not do; empty for any other key. */
    static Optional<String> notDoneHere(String key) {
        return Optional.ofNullable(NOT_DONE_HERE.get(key.toLowerCase(Locale.ROOT)));
    }

    private static Map.Entry<String, String[]> known(String key, String whose, String what) {
        return Map.entry(key, new String[] {whose, what});
    }

    /** Whose key it is and what it did there ({@code Hugo's and Jekyll's, for lists of pages by tag}); empty for any other key. */
    static Optional<String> whose(String key) {
        String[] known = KEYS.get(key.toLowerCase(Locale.ROOT));
        return known == null ? Optional.empty() : Optional.of(known[0] + ", for " + known[1]);
    }
}
