package org.handbookpress.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link's or picture's address written with spaces in it, {@code [Our policy](our policy.md)}, as people name files.
 * CommonMark ends an address at a space, so that is no link (only {@code (<our policy.md>)} or {@code (our%20policy.md)}
 * is); Python-Markdown, MkDocs' reader, takes everything between the parentheses as the address, less a title in quotes
 * at its end ({@code (our policy.md "The policy")}), and MkDocs finds the file so named. In an MkDocs project's pages
 * each such space is written {@code %20}, as a browser sends it, so the link is the one MkDocs makes and the link pass
 * finds the page; elsewhere the address is what the finding about the unrendered link shows how to write.
 */
public final class SpacedAddresses {

    /**
     * The parentheses after a link's or picture's words, on one line (group 1 the bracket and the opening one, 2 what they
     * hold, a pair of parentheses too, as in {@code (form (1).pdf)}), or a code span (group 3), which is skipped:
     * {@code `[a](b c)`} is shown as written.
     */
    private static final Pattern LINK_OR_CODE = Pattern.compile("(\\]\\()((?:[^()\\n]|\\([^()\\n]*\\))*)\\)|(`+)[^\\n]*?(?<!`)\\3(?!`)");
    private SpacedAddresses() {
    }

    /** An MkDocs page's Markdown with each space in a link's or picture's address written {@code %20}; code left alone. */
    static String percentEncoded(String markdown) {
        if (!markdown.contains("](")) {
            return markdown;
        }
        return OutsideCode.apply(markdown, text -> LINK_OR_CODE.matcher(text).replaceAll(m -> {
            if (m.group(3) != null) {
                return Matcher.quoteReplacement(m.group());
            }
            String inside = m.group(2);
            int start = inside.length() - inside.stripLeading().length();
            int end = addressEnd(inside);
            if (end <= start || spaced(inside.substring(start, end)).isEmpty()) {
                return Matcher.quoteReplacement(m.group());
            }
            return Matcher.quoteReplacement(m.group(1) + inside.substring(0, start) + encoded(inside.substring(start, end))
                    + inside.substring(end) + ")");
        }));
    }

    /**
     * The address of a link or picture written {@code [words](address)} (a title after it in quotes), when it has a space
     * in it and is not in angle brackets: what CommonMark does not read as an address.
     */
    public static Optional<String> of(String link) {
        int open = link.indexOf("](");
        if (open < 0 || !link.endsWith(")")) {
            return Optional.empty();
        }
        String inside = link.substring(open + 2, link.length() - 1);
        return spaced(inside.substring(0, addressEnd(inside)).strip());
    }

    /**
     * Where the address ends in what a link's parentheses hold, as Python-Markdown reads it: before a title in straight
     * quotes that ends them ({@code our policy.md "The policy"}), its first quote after a space, else at their end; the
     * spaces before either are not the address's. An apostrophe in the address ({@code Tom's notes.md}) opens no title.
     */
    static int addressEnd(String inside) {
        String trimmed = inside.stripTrailing();
        int end = trimmed.length();
        char last = end == 0 ? 0 : trimmed.charAt(end - 1);
        if (last == '"' || last == '\'') {
            for (int i = 1; i < end - 1; i++) {
                if (trimmed.charAt(i) == last && Character.isWhitespace(trimmed.charAt(i - 1))) {
                    end = i;
                    break;
                }
            }
        }
        return trimmed.substring(0, end).stripTrailing().length();
    }

    /** The address with its spaces and tabs written as a browser sends them, {@code our%20policy.md}. */
    public static String encoded(String address) {
        return address.replace(" ", "%20").replace("\t", "%09");
    }

    /**
     * The address if a space or tab is in it. One in angle brackets is CommonMark's own way to write it, and left; so is a
     * template's tag ({@code {{ config.repo_url }}}), whose spaces are the tag's and which is not filled in here.
     */
    private static Optional<String> spaced(String address) {
        boolean spaced = address.indexOf(' ') > 0 || address.indexOf('\t') > 0;
        return spaced && address.indexOf('<') < 0 && address.indexOf('>') < 0 && !address.contains("{{") && !address.contains("{%")
                ? Optional.of(address) : Optional.empty();
    }
}
