package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start and end tags in a piece of raw HTML written into Markdown, in order, with their offsets:
 * enough to tell which elements a block opens and leaves open, and where to add a source line to a
 * tag. Comments, declarations and the text of {@code <script>}, {@code <style>} and the like are
 * skipped as a browser skips them. Not a parser: the page is parsed by Jsoup afterwards.
 */
final class HtmlTags {

    /** Elements that never have content, so never need closing. */
    static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "param", "source", "track", "wbr");
    /** Elements whose end tag HTML lets an author leave out: not closing them is not a mistake. */
    static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
            "option", "optgroup", "rp", "rt", "colgroup", "caption");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "noembed", "noframes");

    /**
     * A comment, a declaration or processing instruction, or a tag: its attributes a run of anything but {@code > " ' /}
     * at a time, quoted values whole, and a slash not before the {@code >} (which is the self-closing one), none given
     * back. Matched a character at a time, lazily, a tag missing its {@code >} before a paragraph of 300 words ran the
     * expression out of stack, and the page failed ("nested too deeply").
     */
    private static final Pattern TAG = Pattern.compile(
            "<!--.*?(?:-->|\\z)|<![^>]*>|<\\?[^>]*>|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"'/]++|/(?!>)|\"[^\"]*+\"|'[^']*+')*+)(/?)>",
            Pattern.DOTALL);

    /** One tag: {@code nameEnd} is where attributes may be inserted (start tags only). */
    record Tag(int start, int end, int nameEnd, String name, boolean closing, boolean selfClosing) {
        boolean opens() {
            return !closing && !selfClosing && !VOID.contains(name);
        }
    }

    private HtmlTags() {
    }

    static List<Tag> scan(CharSequence html) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        int from = 0;
        while (from < html.length() && m.find(from)) {
            from = m.end();
            if (m.group(2) == null) {
                continue;
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            tags.add(new Tag(m.start(), m.end(), m.start(2) + m.group(2).length(), name, closing, !m.group(4).isEmpty()));
            if (!closing && RAW_TEXT.contains(name)) {
                // Everything up to the matching end tag is text, not markup.
                Matcher end = Pattern.compile("</" + name + "(?=[\\s/>])", Pattern.CASE_INSENSITIVE).matcher(html);
                from = end.find(from) ? end.start() : html.length();
            }
        }
        return tags;
    }

    /**
     * Balances the tags of one piece of HTML as a browser would: an end tag closes its element and any
     * opened inside it; an end tag with no open element is stray.
     *
     * @return the start tags left open (outermost first) and the stray end tags
     */
    static Balance balance(List<Tag> tags) {
        List<Tag> open = new ArrayList<>();
        List<Tag> stray = new ArrayList<>();
        for (Tag tag : tags) {
            if (tag.opens()) {
                open.add(tag);
            } else if (tag.closing()) {
                int at = lastIndexOf(open, tag.name());
                if (at < 0) {
                    stray.add(tag);
                } else {
                    open.subList(at, open.size()).clear();
                }
            }
        }
        return new Balance(open, stray);
    }

    static int lastIndexOf(List<Tag> open, String name) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    record Balance(List<Tag> open, List<Tag> stray) {
    }
}
