package org.handbookpress.files;

import java.util.regex.Pattern;

/**
 * What an address written in a page (a link's or a picture's) is before it is resolved: a path in the handbook, or
 * something else. Its scheme is RFC 3986's: a letter, then letters, digits, {@code +}, {@code .} or {@code -}, then a
 * colon ({@code https:}, {@code mailto:}, {@code javascript:}, {@code data:}). Read as written: the sanitiser's
 * {@code SiteUrl} reads an address as a browser would (with tabs and control characters dropped) to judge it safe.
 */
public final class WrittenAddress {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HOST = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:)?//");

    private WrittenAddress() {
    }

    /** Whether it begins with a scheme: {@code https://…}, {@code mailto:…}, {@code cid:…}. */
    public static boolean hasScheme(String address) {
        return SCHEME.matcher(address).find();
    }

    /** Whether it is no path in the handbook: it has a scheme, or is a network path ({@code //host/…}). */
    public static boolean isNoPath(String address) {
        return address.startsWith("//") || hasScheme(address);
    }

    /**
     * Whether it names a server ({@code https://host/…}, {@code ftp://…}, {@code //host/…}), as an address on another
     * website does; {@code javascript:}, {@code mailto:} and an e-mail's {@code cid:} name none.
     */
    public static boolean namesAServer(String address) {
        return HOST.matcher(address).find();
    }
}
