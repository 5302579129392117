package org.handbookpress.content;

import java.util.Locale;
import java.util.Set;

/**
 * Marp's directives: the settings a Marp deck gives in its front matter (global ones) and in HTML comments on a
 * slide ({@code <!-- _class: lead -->}, local ones). One list for both readers, so that a key the front matter
 * accepts is one the slides leave out of the speaker notes, and the other way round.
 */
public final class MarpDirectives {

    /** The names in lower case: Marp writes them in camel case ({@code headingDivider}), authors not always. */
    private static final Set<String> NAMES = Set.of("marp", "theme", "style", "headingdivider", "size", "math", "lang",
            "title", "author", "description", "image", "url", "paginate", "header", "footer", "class", "backgroundcolor",
            "backgroundimage", "backgroundposition", "backgroundrepeat", "backgroundsize", "color", "transition");

    private MarpDirectives() {
    }

    /** Whether {@code key} names one of Marp's directives, in any capitals. */
    public static boolean named(String key) {
        return NAMES.contains(key.toLowerCase(Locale.ROOT));
    }
}
