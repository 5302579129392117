package org.handbookpress.links;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Page;

/**
 * Links to a heading by the name a word processor gave it, which the Markdown made from the document does not keep:
 * Word's hidden bookmarks ({@code #_Toc190001} from its contents list, {@code #_Ref…} from a cross-reference,
 * {@code #_Hlk…}), as Pandoc leaves them when it converts a .docx; LibreOffice's ({@code #__RefHeading___Toc…}); and
 * Google Docs' ({@code #heading=h.8hei98boqjpn}, {@code #bookmark=id.…}), which its Markdown export writes where the
 * heading has no id of its own. No page has such an id. Such a link finds its heading by the words it shows (a contents
 * entry's are the heading's text, with Word's numbering before it: "1. Purpose") or by the number it gives ("Section
 * 3.1" for "3.1 Online safety").
 */
final class DocumentBookmarks {
    private static final Pattern GOOGLE = Pattern.compile("(?:heading=h|bookmark=(?:id|kix))\\.[0-9a-z]+");
    private static final Pattern WORD = Pattern.compile("_(?:Toc|Ref|Hlk)\\d+");
    private static final Pattern LIBREOFFICE = Pattern.compile("__Ref(?:Heading|NumPara)_+(?:Toc)?\\d+(?:_\\d+)?");
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?:section|chapter|part|clause|paragraph|appendix|step|§)\\s*)?(\\d+(?:\\.\\d+)*)\\.?", Pattern.CASE_INSENSITIVE);
    /** Numbering before a heading's words: "1. ", "2.3 ", "a) ", "IV. ". */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?|[a-z]\\)|[ivxlcdm]+\\.)\\s+", Pattern.CASE_INSENSITIVE);

    private DocumentBookmarks() {
    }

    /** The word processor whose own name for a heading the id is; null when it is none. */
    static String namedBy(String id) {
        if (GOOGLE.matcher(id).matches()) {
            return "Google Docs";
        }
        if (WORD.matcher(id).matches()) {
            return "Word";
        }
        return LIBREOFFICE.matcher(id).matches() ? "LibreOffice" : null;
    }

    /** The id of the page's heading that a link showing {@code words} leads to, if one and only one fits. */
    static Optional<String> heading(PageIndex index, Page page, String words) {
        String text = words.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> named = index.headingId(page, text);
        Matcher numbering = NUMBERING.matcher(text);
        if (named.isEmpty() && numbering.find() && numbering.end() < text.length()) {
            named = index.headingId(page, text.substring(numbering.end()));
        }
        if (named.isPresent()) {
            return named;
        }
        Matcher number = NUMBER.matcher(text.toLowerCase(Locale.ROOT));
        return number.matches() ? index.numberedHeading(page, number.group(1)) : Optional.empty();
    }
}
