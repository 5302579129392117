package org.handbookpress.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Site paths (file names as they are on disk) and the URL text that names them. A page may be called
 * {@code hash#tag.md}, {@code q?mark.md}, {@code pct%20x.md}, {@code colon: x.md} or {@code café gŵyl.md};
 * written into an href as it is, the browser would read a fragment, a query, an escape or a URL scheme.
 * So every href the build writes encodes each path segment by RFC 3986, and every href read back
 * (an author's link, a link in the site's own HTML) is decoded by the same rules.
 */
public final class UrlPath {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPath() {
    }

    /**
     * Percent-encodes each segment of a site path, keeping the {@code /} between them: everything but
     * RFC 3986's unreserved characters and sub-delimiters is escaped as UTF-8, {@code :} included, so
     * that a first segment can never read as a scheme ({@code colon: x.html} → {@code colon%3A%20x.html}).
     */
    public static String encode(String sitePath) {
        return escape(sitePath, "/");
    }

    /**
     * The absolute URL of a site path on the published site ({@code baseUrl} in handbook.yml), for the
     * sitemap and for links in PDFs: {@code https://example.org/handbook/} + {@code colon%3A%20x.html}.
     */
    public static String absolute(String baseUrl, String sitePath) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + encode(sitePath);
    }

    /** Percent-encodes an element id for use after {@code #}. */
    public static String encodeFragment(String id) {
        return escape(id, "/?:@");
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8, by RFC 3986: unlike a form ({@code URLDecoder}), {@code +}
     * stays {@code +}. A {@code %} not followed by two hex digits, or escapes that are not UTF-8, are
     * left as written, so that a file really named {@code 100%.md} is still found.
     */
    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else if (c == '%') {
                return text;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    private static String escape(String text, String alsoKept) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (kept(c) || alsoKept.indexOf(c) >= 0) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
            for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    /** RFC 3986 unreserved characters and sub-delimiters: safe anywhere in a path segment but the first's ':'. */
    private static boolean kept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=@".indexOf(c) >= 0;
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
