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

    private WebAddress() {
    }

    static String valid(String href) {
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

    private static boolean parses(String href) {
        try {
            new URI(href);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
