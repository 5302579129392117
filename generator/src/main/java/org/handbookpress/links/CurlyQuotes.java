package org.handbookpress.links;

import java.util.Optional;
import org.handbookpress.text.SmartQuotes;

/**
 * An address in a word processor's curly quotes, {@code [the rota](“rota.md”)} or {@code <a href=“rota.md”>}: Word and
 * Google Docs turn the straight quotes an author typed into “ ” as they type, and Markdown reads them as part of the
 * address, so the link goes nowhere (those of {@link SmartQuotes}). It is reported as the broken link it is, with the address to write instead.
 */
final class CurlyQuotes {

    /** The address without the curly quotes at its start or end, when it has one there. */
    static Optional<String> unquoted(String address) {
        int from = 0;
        int to = address.length();
        while (from < to && SmartQuotes.isOne(address.charAt(from))) {
            from++;
        }
        while (to > from && SmartQuotes.isOne(address.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == address.length() || from == to ? Optional.empty() : Optional.of(address.substring(from, to).strip());
    }

    /** What to write instead of an address in curly quotes. */
    static String fix(String unquoted) {
        return "take the curly quotes out and write the address as (" + unquoted + "): a word processor's quotes “ ” "
                + "are read as part of the address, and Markdown needs none there";
    }

    private CurlyQuotes() {
    }
}
