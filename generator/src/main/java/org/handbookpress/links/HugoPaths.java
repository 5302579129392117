package org.handbookpress.links;

import java.util.Locale;

/**
 * The address Hugo makes of a file's path: in lower case, each run of spaces a hyphen, and only letters, digits, marks
 * and {@code . / \ _ # + ~ - @ %} kept ({@code Handbook/What If?/_index.md} is {@code handbook/what-if/_index.md}). A
 * Hugo site's authors link pages by those addresses, as their readers see them: a volunteer handbook whose chapters are
 * folders named {@code Admission and Register} linked {@code /handbook/admission-and-register/}, which named no page.
 */
final class HugoPaths {

    private static final String KEPT = "./\\_#+~-@%";

    private HugoPaths() {
    }

    /** The path as Hugo's address spells it; the path itself (in lower case) when Hugo changes nothing but the case. */
    static String urlized(String path) {
        StringBuilder out = new StringBuilder(path.length());
        boolean space = false;
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0 && out.charAt(out.length() - 1) != '/') {
                out.append('-');
            }
            space = false;
            if (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0 || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
