package org.handbookpress.sanitise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSS from content (a {@code style} attribute or a {@code <style>} element) kept only as far as it
 * stays inside the site: a declaration or {@code @import} whose {@code url(…)}, {@code image-set(…)}
 * or import string points at another website, above the site's root, or at code
 * ({@code expression()}, {@code javascript:}, {@code -moz-binding}, {@code behavior}) is removed.
 * The CSS is cut at every {@code ;}, <code>{</code> and <code>}</code> outside strings, comments and
 * brackets, and each piece is judged after CSS escapes and comments are undone ({@code u\72l(} is
 * {@code url(}), so what is judged is what the browser would read. Pieces that pass are kept as written.
 */
public final class CssFilter {

    /** A removed piece of CSS and why. */
    public record Removal(String css, String why) {
    }

    /** The CSS left, and what was taken out. */
    public record Result(String css, List<Removal> removed) {
        public boolean changed() {
            return !removed.isEmpty();
        }
    }

    private static final Pattern URL = Pattern.compile("url\\(\\s*(\"[^\"]*\"|'[^']*'|[^)]*)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    // behavior (and -ms-behavior) is Internet Explorer's property that runs an .htc file; scroll-behavior and
    // overscroll-behavior, which end in the same word, only say how the page scrolls, and a site's own style sheet
    // (an MkDocs extra.css, a Docusaurus custom.css) often sets them.
    private static final Pattern CODE = Pattern.compile("expression\\s*\\(|javascript:|vbscript:|-moz-binding|(?<![\\w-])(?:-ms-)?behavior\\s*:");
    private static final Pattern STRING_URLS = Pattern.compile("@import|image-set\\(|image\\(|cross-fade\\(|src\\(");

    private CssFilter() {
    }

    /**
     * @param folder the folder of the page or file the CSS is in, from the site root, to resolve relative URLs
     */
    public static Result filter(String css, String folder) {
        StringBuilder kept = new StringBuilder(css.length());
        List<Removal> removed = new ArrayList<>();
        int start = 0;
        int depth = 0;
        char quote = 0;
        for (int i = 0; i <= css.length(); i++) {
            char c = i < css.length() ? css.charAt(i) : ';';
            boolean end = i == css.length();
            if (!end && quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (!end && c == '\\') {
                i++;
            } else if (!end && (c == '"' || c == '\'')) {
                quote = c;
            } else if (!end && c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int close = css.indexOf("*/", i + 2);
                i = close < 0 ? css.length() - 1 : close + 1;
            } else if (!end && c == '(') {
                depth++;
            } else if (!end && c == ')' && depth > 0) {
                depth--;
            } else if (end || (depth == 0 && (c == ';' || c == '{' || c == '}'))) {
                String piece = css.substring(start, Math.min(i, css.length()));
                String why = problem(piece, folder);
                if (why == null) {
                    kept.append(piece);
                } else {
                    removed.add(new Removal(piece.strip(), why));
                }
                // A removed statement's ';' goes with it: left alone at the top of a style sheet (an @import's), it is
                // no CSS, which browsers pass over and an e-book's checker rejects.
                if (!end && !(why != null && c == ';')) {
                    kept.append(c);
                }
                start = i + 1;
            }
        }
        return new Result(kept.toString(), removed);
    }

    /** Why a piece of CSS may not stay, or null. */
    static String problem(String piece, String folder) {
        // Judged in lower case (URL( is url(), but the addresses taken as written: a finding names the file as the
        // author wrote it (/fonts/37D285_0_0.eot, not 37d285_0_0.eot), and a path's case is the file's.
        String written = unescape(withoutComments(piece));
        String read = written.toLowerCase(Locale.ROOT);
        if (CODE.matcher(read).find()) {
            return "it runs code";
        }
        List<String> urls = new ArrayList<>();
        Matcher url = URL.matcher(written);
        while (url.find()) {
            urls.add(unquote(url.group(1).strip()));
        }
        if (STRING_URLS.matcher(read).find()) {
            Matcher string = STRING.matcher(written);
            while (string.find()) {
                urls.add(string.group(1) != null ? string.group(1) : string.group(2));
            }
        }
        if (read.contains("@import") && urls.isEmpty()) {
            return "an @import of something this filter cannot read";
        }
        for (String target : urls) {
            SiteUrl kind = SiteUrl.of(target, folder);
            if (kind == SiteUrl.REMOTE) {
                return "it loads " + target + " from another website";
            } else if (kind == SiteUrl.OUTSIDE || kind == SiteUrl.OTHER_SCHEME) {
                return "it loads " + target + ", which is outside the site";
            } else if (kind == SiteUrl.SCRIPT) {
                return "it runs code";
            }
        }
        return null;
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'') && text.charAt(text.length() - 1) == text.charAt(0)) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?(\\*/|\\z)", "");
    }

    /** CSS escapes undone: {@code \72} and {@code \r} both read as "r"; an escaped line break disappears. */
    static String unescape(String css) {
        StringBuilder out = new StringBuilder(css.length());
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c != '\\' || i + 1 == css.length()) {
                out.append(c);
                continue;
            }
            int hexEnd = i + 1;
            while (hexEnd < css.length() && hexEnd < i + 7 && Character.digit(css.charAt(hexEnd), 16) >= 0) {
                hexEnd++;
            }
            if (hexEnd > i + 1) {
                int code = Integer.parseInt(css.substring(i + 1, hexEnd), 16);
                out.appendCodePoint(code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) ? 0xFFFD : code);
                i = hexEnd < css.length() && Character.isWhitespace(css.charAt(hexEnd)) ? hexEnd : hexEnd - 1;
            } else if (css.charAt(i + 1) != '\n') {
                out.append(css.charAt(++i));
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
