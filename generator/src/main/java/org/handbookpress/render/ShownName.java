package org.handbookpress.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A name as one page shows it (a menu entry's, a breadcrumb's, a section's), with the language it is in when that is not
 * the page's: a Welsh page's section with no Welsh name yet is named in English, and a screen reader speaks it in English
 * only when it is marked so (WCAG 3.1.2). The menu, the folder pages' lists, search's section line and a PDF's part
 * label take it from here, so that they mark the same names.
 *
 * @param language null when the name is in the page's language
 */
public record ShownName(String title, String language) {

    /** {@code title}, in {@code language} (null: the page's), as a page in {@code pageLanguage} shows it: its language kept only when another. */
    public static ShownName on(String title, String language, String pageLanguage) {
        return new ShownName(title, language == null || language.equals(pageLanguage) ? null : language);
    }

    /** The names one after another, as breadcrumbs read ("Local groups › Kendal › Policies"); "" for none. */
    public static String joined(List<ShownName> names) {
        return names.stream().map(ShownName::title).collect(Collectors.joining(" › "));
    }

    /**
     * {@code entry} with the name's {@code title}, and its {@code lang} when it is not the page's, which a screen reader
     * then speaks it in (WCAG 3.1.2).
     */
    Map<String, Object> into(Map<String, Object> entry) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("title", title);
        if (language != null) {
            named.put("lang", language);
        }
        named.putAll(entry);
        return named;
    }
}
