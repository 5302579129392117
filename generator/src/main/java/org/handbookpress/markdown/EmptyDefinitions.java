package org.handbookpress.markdown;

import java.util.regex.Pattern;

/**
 * A definition left empty, a {@code :} alone on its line with a blank line after it, ends there: Flexmark took the next
 * paragraph for its definition, so that in a glossary
 * <pre>
 * Coordinator
 * :
 *
 * Match
 * : The pairing of one mentor with one young person.
 * </pre>
 * "Match" was the coordinator's definition and its own definition a second one of the coordinator's: the term Match was
 * gone and every page's tooltip on "coordinator" showed the wrong words, with no finding. As CommonMark ends a list
 * item that starts with a blank line, the definition is now empty (the glossary reports {@code glossary.empty} at its
 * term) and "Match" the next term. The line keeps its number: the marker is given an empty comment to hold.
 */
final class EmptyDefinitions {

    /** A definition marker with nothing after it, a blank line or the end next. */
    private static final Pattern EMPTY = Pattern.compile("(?m)^( {0,3}:)[ \\t]*$(?=\\n[ \\t]*(?:\\n|$)|\\z)");

    private EmptyDefinitions() {
    }

    static String apply(String markdown) {
        if (!markdown.contains("\n:") && !markdown.contains("\n :") && !markdown.contains("\n  :") && !markdown.contains("\n   :")) {
            return markdown;
        }
        return EMPTY.matcher(markdown).replaceAll("$1 <!-- -->");
    }
}
