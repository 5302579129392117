package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;

/**
 * Translations kept beside their page by file name, as Hugo keeps a multilingual site's: {@code about.md} and
 * {@code about.fr.md}, {@code _index.cy.md} (and Nextra's, {@code about.en.mdx} and {@code about.fr.mdx}). Hugo builds a site per language; a handbook is one language (handbook.yml's
 * {@code language:}), so a page in another is left out, said once for the handbook, rather than listed beside its
 * original under the same title in the wrong language. A page in the handbook's own language ({@code about.en.md} in an
 * English handbook) stays. A name counts as a translation only when its language is a language's code and the page it
 * translates is there too, so {@code notes.v2.md} or {@code plan.draft.md} are pages as before.
 */
public final class Translations {

    /** A page's path: group 1 up to the language, 2 the language ({@code fr}, {@code zh-cn}). */
    private static final Pattern TRANSLATED = Pattern.compile("^(.+)\\.([a-z]{2})(?:-[a-z0-9]{2,8})?\\.(mdx?|qmd|rmd|markdown)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LANGUAGES = new HashSet<>(Arrays.asList(Locale.getISOLanguages()));

    private Translations() {
    }

    /**
     * The language a path names as a translation's ({@code nl} for {@code rules.nl.md}), when its code is a language's;
     * empty otherwise. Whether the build left it out as one is for the caller to know.
     */
    public static java.util.Optional<String> languageOf(String path) {
        Matcher m = TRANSLATED.matcher(path);
        return m.matches() && isLanguageCode(m.group(2)) ? java.util.Optional.of(m.group(2).toLowerCase(Locale.ROOT)) : java.util.Optional.empty();
    }

    /** Whether a two-letter code ({@code fr}, in any case) is a language's, as ISO 639 lists them. */
    static boolean isLanguageCode(String code) {
        return LANGUAGES.contains(code.toLowerCase(Locale.ROOT));
    }

    /** The code of a language tag's language, in lower case ({@code en} for {@code en-GB}); "" for none. */
    static String own(String language) {
        return language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    /**
     * A page's address without its language when that is the handbook's own ({@code about.en.md} in an English handbook
     * is {@code about.html}, as Hugo and Nextra publish a language's pages), unless a page of the plain name is beside it
     * ({@code about.md} or {@code about.mdx}) or it is a folder's own page other than its index ({@code _index.en.md},
     * shown at the folder's address too); else its path's.
     *
     * @param file the page's file, whose folder is looked in for a page of the plain name
     * @param own  the handbook's language's code ({@link #own}), "" for none
     */
    static String address(Path file, String rel, String own) {
        String stem = Page.stem(rel);
        if (!own.isEmpty() && stem.toLowerCase(Locale.ROOT).endsWith("." + own)) {
            String plain = stem.substring(0, stem.length() - own.length() - 1);
            String name = plain.substring(plain.lastIndexOf('/') + 1);
            // A folder's index.en.md is its index.md (Handbook.folderPageRank), at the folder's address.
            if (!name.isEmpty() && Handbook.folderPageRank(name + ".md") <= 0
                    && Page.EXTENSIONS.stream().noneMatch(extension -> Files.exists(file.resolveSibling(name + extension)))) {
                return plain + ".html";
            }
        }
        return Page.address(rel);
    }

    /**
     * The paths without the translations into other languages than the handbook's, which are reported in one notice.
     *
     * @param paths    every Markdown file's path in the content folder
     * @param language the handbook's language ({@code en-GB})
     */
    static List<String> leaveOut(List<String> paths, String language, Findings findings) {
        Set<String> all = new HashSet<>(paths);
        String own = own(language);
        List<String> kept = new ArrayList<>();
        List<String> left = new ArrayList<>();
        Set<String> languages = new java.util.TreeSet<>();
        for (String path : paths) {
            Matcher m = TRANSLATED.matcher(path);
            String code = m.matches() ? m.group(2).toLowerCase(Locale.ROOT) : null;
            String extension = code == null ? null : "." + m.group(3);
            boolean translation = code != null && LANGUAGES.contains(code) && !code.equals(own)
                    && (all.contains(m.group(1) + extension) || all.contains(m.group(1) + "." + own + extension));
            if (translation) {
                left.add(path);
                languages.add(path.substring(m.group(1).length() + 1, path.length() - extension.length()).toLowerCase(Locale.ROOT));
            } else {
                kept.add(path);
            }
        }
        if (!left.isEmpty()) {
            findings.notice(left.get(0), 0, "page.translation", left.size() + " page(s) are translations into "
                            + String.join(", ", languages) + " kept beside their pages by file name (" + String.join(", ",
                            left.subList(0, Math.min(3, left.size()))) + (left.size() > 3 ? ", …" : "") + "), and are left out: "
                            + "the handbook is in one language, " + (own.isEmpty() ? "its own" : own),
                    "build each language as a handbook of its own (its pages in a folder, with language: in its handbook.yml)");
        }
        return kept;
    }
}
