package org.handbookpress.epub;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * A link's address as an e-book must hold it: a browser follows {@code https://x.org/a#one#two} or an address with a
 * space, and epubcheck rejects the book for it (RSC-020). Characters an address may not hold are percent-encoded; an
 * address that is still none is null (its link's words stay, unlinked).
 */
final class WebAddress {

    /** ASCII an address may hold as it is (RFC 3986's reserved and unreserved characters, and '%'). */
    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%";

    // Compiled once: asked of every outside link of every e-book.
    private static final java.util.regex.Pattern SLASH_TOO_MANY = java.util.regex.Pattern.compile("^(?i)(https?):/{3,}(?=[^/])");
    private static final java.util.regex.Pattern WORD_CHARACTER = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]");

    private WebAddress() {
    }

    static String valid(String href) {
        // https:///www.example.org, a slash too many, which browsers read past and a book's checker does not.
        href = SLASH_TOO_MANY.matcher(href).replaceFirst("$1://");
        if (parses(href)) {
            return href;
        }
        StringBuilder encoded = new StringBuilder();
        boolean fragment = false;
        byte[] bytes = href.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            char c = (char) (b & 0xFF);
            boolean second = c == '#' && fragment; // a fragment holds no '#'
            fragment |= c == '#';
            boolean escape = c == '%' && !(i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]));
            if (b >= 0 && ALLOWED.indexOf(c) >= 0 && !second && !escape) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return parses(encoded.toString()) ? encoded.toString() : null;
    }

    private static boolean hex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }

    /** Whether the address parses, and a web address names a host ("http://." in a page's text was linked, with none). */
    private static boolean parses(String href) {
        try {
            URI uri = new URI(href);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() != null && WORD_CHARACTER.matcher(uri.getHost()).find();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A picture written into a style sheet unencoded, {@code url('data:image/svg+xml,<svg …>')}, encoded as an address. */
    private static final java.util.regex.Pattern DATA_URL = java.util.regex.Pattern.compile(
            "url\\(\\s*(?:'(data:[^']*)'|\"(data:[^\"]*)\"|(data:[^)'\"\\s]*))\\s*\\)");

    /**
     * The {@code data:} addresses in a style element's CSS made valid addresses: MkDocs Material's pages give their own
     * icons as SVG written into a custom property, which browsers read and epubcheck rejects (RSC-020).
     */
    static void encodeDataUrls(org.jsoup.nodes.Element style) {
        String css = style.data();
        if (!css.contains("data:")) {
            return;
        }
        java.util.regex.Matcher m = DATA_URL.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String data = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String valid = valid(data);
            String replacement = valid == null ? "none" : "url('" + valid.replace("'", "%27") + "')";
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        if (!out.toString().equals(css)) {
            for (org.jsoup.nodes.DataNode data : style.dataNodes()) {
                data.remove();
            }
            style.appendChild(new org.jsoup.nodes.DataNode(out.toString()));
        }
    }
}
