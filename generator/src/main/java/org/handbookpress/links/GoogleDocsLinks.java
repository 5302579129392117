package org.handbookpress.links;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Page;

/**
 * Links to a heading of the same document as Google Docs writes them, {@code #heading=h.8hei98boqjpn} (and to a
 * bookmark, {@code #bookmark=id.x}): its Markdown export gives a heading an id it can be linked by
 * ({@code ## Purpose {#purpose}}) only when it links to it by its text, so a table of contents or a "see section 8"
 * keeps Google's name, which no page has. Such a link finds its heading by the words it shows (a table of contents'
 * entry is the heading's text) or by the number it gives ("Section 3.1" for "3.1 Online safety").
 */
final class GoogleDocsLinks {
    private static final Pattern GOOGLE_NAME = Pattern.compile("(?:heading=h|bookmark=(?:id|kix))\\.[0-9a-z]+");
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?:section|chapter|part|clause|paragraph|appendix|step|§)\\s*)?(\\d+(?:\\.\\d+)*)\\.?", Pattern.CASE_INSENSITIVE);

    private GoogleDocsLinks() {
    }

    /** Whether a link's {@code #id} is Google Docs' own name for a heading or bookmark. */
    static boolean isGoogleName(String id) {
        return GOOGLE_NAME.matcher(id).matches();
    }

    /** The id of the page's heading that a link showing {@code words} leads to, if one and only one fits. */
    static Optional<String> heading(PageIndex index, Page page, String words) {
        String text = words.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> named = index.headingId(page, text);
        if (named.isPresent()) {
            return named;
        }
        Matcher number = NUMBER.matcher(text.toLowerCase(Locale.ROOT));
        return number.matches() ? index.numberedHeading(page, number.group(1)) : Optional.empty();
    }
}
