package org.handbookpress.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.files.SitePath;
import org.handbookpress.links.RelativeUrl;

/**
 * The same page in the handbook's other languages, for the language switch every page of a bilingual handbook shows
 * ("Cymraeg" on {@code toolkit/setting-up.html}, "English" on {@code cy/toolkit/setting-up.html}), as the Welsh
 * Language Standards ask of a public body's site and as Hugo's and Starlight's themes link a page's translations: by
 * address, the page at the same path in each folder of translations and at the top. A page not translated yet has no
 * link to its language (the switch never leads to a missing page).
 */
public final class LanguageSwitch {

    public static final LanguageSwitch NONE = new LanguageSwitch(LanguageFolders.NONE, "en", Set.of());

    private final LanguageFolders languages;
    private final String language;
    private final Set<String> addresses;

    /**
     * @param language  the handbook's language ({@code en-GB})
     * @param addresses every address the site has a page at: its pages' and its folders' own (generated or not)
     */
    LanguageSwitch(LanguageFolders languages, String language, Collection<String> addresses) {
        this.languages = languages;
        this.language = language;
        this.addresses = Set.copyOf(addresses);
    }

    /**
     * The switch of a handbook: its pages' addresses, those of the folders they are in, and {@code generated}, the
     * pages the build writes in each language (search.html and cy/search.html).
     */
    public static LanguageSwitch of(Handbook handbook, LanguageFolders languages, Collection<String> generated) {
        if (languages.isEmpty()) {
            return NONE;
        }
        Set<String> addresses = new HashSet<>(generated);
        for (Page page : handbook.pages()) {
            addresses.add(page.url());
            for (String folder = page.folder(); ; folder = SitePath.folderOf(folder)) {
                addresses.add(handbook.folderAddress(folder));
                if (folder.isEmpty()) {
                    break;
                }
            }
        }
        return new LanguageSwitch(languages, handbook.config().language(), addresses);
    }

    /**
     * The page at {@code url} in each other language it is written in, the handbook's own first, then its folders' by
     * name, unless the site's settings order its languages ({@link LanguageFolders#rank}): {@code language} (the tag, for {@code hreflang} and {@code lang}), {@code name} (the language's name in
     * itself, "Cymraeg") and {@code href} (relative to {@code url}). Empty for a page in one language only.
     */
    public List<Map<String, Object>> from(String url) {
        if (languages.isEmpty()) {
            return List.of();
        }
        String own = languages.languageOf(url);
        String rest = own == null ? url : languages.untranslated(url);
        Map<String, String> candidates = new LinkedHashMap<>(); // address → language
        candidates.put(rest, language);
        languages.folders().forEach((folder, tag) -> candidates.putIfAbsent(folder + "/" + rest, tag));
        Set<String> seen = new HashSet<>();
        seen.add(primary(own == null ? language : own));
        List<Map<String, Object>> out = new ArrayList<>();
        candidates.forEach((address, tag) -> {
            if (!address.equals(url) && addresses.contains(address) && seen.add(primary(tag))) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("language", tag);
                entry.put("name", name(tag));
                entry.put("href", RelativeUrl.between(url, address));
                out.add(Map.copyOf(entry));
            }
        });
        // In the order the site's settings give its languages (a Hugo site's weights), as its own switch listed them.
        out.sort(java.util.Comparator.comparingInt(entry -> languages.rank((String) entry.get("language"))));
        return List.copyOf(out);
    }

    /** Whether the site has a page at {@code address} (a page's, or a folder's own page, generated or not). */
    public boolean has(String address) {
        return addresses.contains(address);
    }

    /** A language's name in itself, as a language switch writes it ("Cymraeg", "English", "Gaeilge"). */
    static String name(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty() || name.equalsIgnoreCase(locale.getLanguage())) {
            return tag;
        }
        return name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(locale) + name.substring(name.offsetByCodePoints(0, 1));
    }

    private static String primary(String tag) {
        return tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }
}
