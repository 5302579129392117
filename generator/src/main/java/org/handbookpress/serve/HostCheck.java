package org.handbookpress.serve;

import java.net.InetAddress;
import java.util.Locale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Protection against DNS rebinding: a web page on another site can make the reader's browser resolve
 * its own name to 127.0.0.1 and read the preview. Such a request still carries that site's name in its
 * {@code Host} header, so only the names of this machine's loopback address are answered:
 * {@code 127.0.0.1}, {@code localhost}, {@code [::1]} and the address the server is bound to, each with
 * the server's port (or without one, only on port 80).
 */
final class HostCheck {

    private final Set<String> names;
    private final int port;

    HostCheck(InetAddress bound, int port) {
        String address = bound.getHostAddress();
        this.names = new HashSet<>(List.of("127.0.0.1", "localhost", "[::1]"));
        names.add(address.contains(":") ? "[" + address + "]" : address);
        this.port = port;
    }

    /** @param host the request's {@code Host} header, or null when it has none (refused: HTTP/1.1 requires it) */
    boolean allows(String host) {
        if (host == null) {
            return false;
        }
        String value = host.trim().toLowerCase(Locale.ROOT);
        String name = value;
        String portText = null;
        int colon = value.lastIndexOf(':');
        if (colon > value.lastIndexOf(']')) {
            name = value.substring(0, colon);
            portText = value.substring(colon + 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1); // "localhost." is the same name
        }
        if (!names.contains(name)) {
            return false;
        }
        return portText == null ? port == 80 : portText.equals(String.valueOf(port));
    }
}
