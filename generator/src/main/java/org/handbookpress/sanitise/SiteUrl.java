package org.handbookpress.sanitise;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.links.RelativeUrl;

/**
 * What a URL written in content points at, read the way a browser reads it: tabs, line breaks and
 * control characters anywhere in it are dropped ({@code ht&#x09;tps:}, {@code java\u0001script:}),
 * and a backslash counts as a slash ({@code /\evil.example/x.css} is {@code //evil.example/x.css}).
 */
public enum SiteUrl {
    /** A path relative to the page that stays inside the site, or a fragment of the page itself. */
    LOCAL,
    /** Another website: a scheme such as https:, or a network path ({@code //host/…}). */
    REMOTE,
    /** A path that leaves the site: above its root, or from the server's root ({@code /x.css}). */
    OUTSIDE,
    /** Code: {@code javascript:} or {@code vbscript:}. */
    SCRIPT,
    /** Data written into the URL itself ({@code data:}). */
    DATA,
    /** Any other scheme: {@code mailto:}, {@code tel:}, {@code file:}, … */
    OTHER_SCHEME;

    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    /**
     * @param url    as written (entities already decoded by the HTML parser)
     * @param folder the folder of the page (or file) the URL is written in, from the site root; "" for the root
     */
    public static SiteUrl of(String url, String folder) {
        String clean = normalise(url);
        if (clean.startsWith("//")) {
            return REMOTE;
        }
        Matcher scheme = SCHEME.matcher(clean.toLowerCase(Locale.ROOT));
        if (scheme.find()) {
            return switch (scheme.group(1)) {
                case "javascript", "vbscript", "livescript" -> SCRIPT;
                case "data" -> DATA;
                case "http", "https", "ftp", "ws", "wss" -> REMOTE;
                default -> OTHER_SCHEME;
            };
        }
        if (clean.startsWith("/")) {
            return OUTSIDE;
        }
        int end = indexOfAny(clean, "?#");
        String path = end < 0 ? clean : clean.substring(0, end);
        return RelativeUrl.resolve(folder, path) == null ? OUTSIDE : LOCAL;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The URL as the browser acts on it. */
    public static String normalise(String url) {
        // Every URL of every page comes here, and almost none holds anything invisible: look before replacing.
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7f) {
                return INVISIBLE.matcher(url).replaceAll("").replace('\\', '/');
            }
        }
        return url.replace('\\', '/');
    }

    /** Whether a link (not a load) may point here: the site, another website, an e-mail address or phone number. */
    public static boolean isSafeLink(String url, String folder) {
        SiteUrl kind = of(url, folder);
        if (kind == OTHER_SCHEME) {
            String scheme = normalise(url).toLowerCase(Locale.ROOT);
            return scheme.startsWith("mailto:") || scheme.startsWith("tel:") || scheme.startsWith("sms:");
        }
        return kind == LOCAL || kind == REMOTE || kind == OUTSIDE;
    }

    /**
     * Whether a link names one of the handbook's files relative to the page's folder, once decoded: a file
     * called {@code colon: x.md} is linked as {@code colon:%20x.md}, which reads like a scheme but is not.
     */
    public static boolean namesFile(String url, String folder, java.util.Set<String> files) {
        String path = url.replaceFirst("[#?].*$", "");
        String decoded = org.handbookpress.links.UrlPath.decode(path);
        String joined = folder.isEmpty() ? decoded : folder + "/" + decoded;
        return files.contains(joined) || files.contains(decoded);
    }
}
