package org.handbookpress.links;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.handbookpress.text.GithubSlug;

/**
 * The ids that other Markdown tools give a heading, so that a link written against them still finds it.
 *
 * <p>Authors copy a heading's link from where they see their Markdown rendered: GitHub (and Hugo, mdBook, which
 * follow it), Pandoc (Quarto, the Carpentries' lessons) or kramdown (Jekyll, GitHub Pages). Those keep a hyphen
 * for every space, so "Ground Rules &amp; Expectations" is {@code #ground-rules--expectations} there and
 * {@code #ground-rules-expectations} here, where runs of hyphens are one (Python-Markdown's rule, as MkDocs).
 * Changing our ids would break readers' bookmarks of every published handbook; instead a link to one of the
 * other forms is pointed at the heading's own id. Eleventy's sites slug headings with its {@code slugify} filter, and
 * Middleman's (the GOV.UK Tech Docs Template) with Redcarpet's.
 */
final class ForeignSlugs {

    private ForeignSlugs() {
    }

    /** Counts each tool's slugs over one page's headings, in order, for the "-1", "-2" the tools add to repeats. */
    static final class Counter {
        private final Map<String, Integer> seen = new HashMap<>();

        /** The ids the tools give a heading with this text, at this place in the page; most have one. */
        Set<String> of(String text) {
            Set<String> slugs = new LinkedHashSet<>();
            slugs.add(repeat("g", github(text)));
            slugs.add(repeat("p", pandoc(text)));
            slugs.add(repeat("k", kramdown(text)));
            String redcarpet = redcarpet(text);
            if (!redcarpet.isEmpty()) { // a heading of no ASCII letters or digits gets a hash of its text there: not made
                slugs.add(repeat("r", redcarpet));
            }
            String eleventy = eleventy(text);
            if (!eleventy.isEmpty()) { // a heading of no Latin letters or digits gets none there
                slugs.add(repeat("e", eleventy));
            }
            return slugs;
        }

        private String repeat(String tool, String slug) {
            int n = seen.merge(tool + ":" + slug, 1, Integer::sum) - 1;
            return n == 0 ? slug : slug + "-" + n;
        }
    }

    /** GitHub's (github-slugger), {@link GithubSlug}. */
    static String github(String text) {
        return GithubSlug.of(text);
    }

    /**
     * Pandoc's ({@code auto_identifiers}): letters, numbers, {@code _ - .} kept; spaces as hyphens; lower case;
     * everything before the first letter dropped; {@code section} when nothing is left.
     */
    static String pandoc(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        text.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) {
                slug.append('-');
            } else if (Character.isLetter(c) || GithubSlug.isNumber(c) || c == '_' || c == '-' || c == '.') {
                slug.appendCodePoint(c);
            }
        });
        return fromFirstLetter(slug, Character::isLetter);
    }

    /** kramdown's: as Pandoc's, but only ASCII letters and digits are kept, and no {@code _} or {@code .}. */
    static String kramdown(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        text.strip().toLowerCase(Locale.ROOT).chars().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
                slug.append((char) c);
            }
        });
        return fromFirstLetter(slug, c -> c >= 'a' && c <= 'z');
    }

    /** The characters Redcarpet makes a hyphen of in an id (with any past ASCII). */
    private static final String REDCARPET_STRIPPED = " -&+$,/:;=?@\"#{}|^~[]`\\*()%.!'";

    /**
     * Redcarpet's ({@code with_toc_data}: Middleman's, and so the GOV.UK Tech Docs Template's), made from the heading's
     * text as HTML: each run of punctuation, spaces and letters past ASCII one hyphen, none at the end, the rest in lower
     * case, so an apostrophe, escaped as {@code &#39;}, leaves its digits: "Deploying a 'Hello World' app" is
     * {@code deploying-a-39-hello-world-39-app}.
     */
    static String redcarpet(String text) {
        String html = text.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
        StringBuilder slug = new StringBuilder(html.length());
        boolean stripped = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c > 0x7f || REDCARPET_STRIPPED.indexOf(c) >= 0) {
                if (slug.length() > 0 && !stripped) {
                    slug.append('-');
                }
                stripped = true;
            } else {
                slug.append(Character.toLowerCase(c));
                stripped = false;
            }
        }
        if (stripped && slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }

    /**
     * Eleventy's {@code slugify} filter (@sindresorhus/slugify, which Eleventy sites also give markdown-it-anchor):
     * {@code &} spelled "and", apostrophes dropped, accents taken off letters, anything else not a letter or digit a
     * hyphen, runs of them one, none at either end: "Meals &amp; Incidental Expenses (M&amp;IE)" is
     * {@code meals-and-incidental-expenses-m-and-ie}.
     */
    static String eleventy(String text) {
        String plain = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("&", " and ")
                .replace("'", "").replace("\u2019", ""), java.text.Normalizer.Form.NFD);
        StringBuilder slug = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return; // the accent of a letter taken apart above
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append((char) c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        });
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(0, end);
    }

    private static String fromFirstLetter(CharSequence slug, IntPredicate letter) {
        int first = 0;
        while (first < slug.length() && !letter.test(Character.codePointAt(slug, first))) {
            first += Character.charCount(Character.codePointAt(slug, first));
        }
        return first == slug.length() ? "section" : slug.subSequence(first, slug.length()).toString();
    }
}
