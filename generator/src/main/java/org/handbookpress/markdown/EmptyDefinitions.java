package org.handbookpress.markdown;

import java.util.regex.Pattern;
import org.handbookpress.content.CodeFences;
import org.handbookpress.text.QuickScan;

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

    private EmptyDefinitions() {
    }

    static String apply(String markdown) {
        if (!QuickScan.contains(markdown, "\n:") && !QuickScan.contains(markdown, "\n :") && !QuickScan.contains(markdown, "\n  :") && !QuickScan.contains(markdown, "\n   :")) {
            return markdown;
        }
        // Not in fenced code, where a ':' alone is a line of a shell script (its command that does nothing).
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        CodeFences fences = new CodeFences();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean code = fences.inCode(line);
            boolean emptyMarker = !code && i > 0 && !lines[i - 1].isBlank() && EMPTY_LINE.matcher(line).matches()
                    && (i + 1 == lines.length || lines[i + 1].isBlank());
            out.append(emptyMarker ? line.stripTrailing() + " <!-- -->" : line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A definition marker alone on its line. */
    private static final Pattern EMPTY_LINE = Pattern.compile(" {0,3}:[ \t]*");
}
