package org.handbookpress.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.CodeFences;
import org.handbookpress.text.Indentation;

/**
 * The Raspberry Pi Foundation's blocks, as its projects and its training for Code Club and CoderDojo volunteers write
 * them (its own Markdown, shown by its projects site), read as the boxes other tools' syntax becomes ({@link FencedDivs}):
 * <pre>
 * --- collapse ---
 * ---
 * title: What should you do?
 * ---
 * Check on the young person first.
 * --- /collapse ---
 * </pre>
 * A block opens at its name between three dashes and closes at the name after a slash; the front matter right after its
 * opening line names it ({@code title:}, a question's {@code legend:}, code's {@code language:}). A {@code collapse} and
 * a {@code hint} fold, a {@code question} is a box titled by its legend, {@code challenge} a box, {@code no-print} is
 * for the web only and {@code print-only} for print only, {@code code} is a block of code in its language, and
 * {@code save} (where the projects site saves the reader's progress) is not shown; {@code task}, {@code hints},
 * {@code choices} and {@code feedback} are their content (a block's lines written less indented than its marker are its
 * own, as the projects site reads them); an ingredient, {@code [[[generic-json]]]} alone on its line, is a
 * link to that how-to on the projects site. Before, each marker was a paragraph of its own text, and a
 * block's front matter a rule and a heading ("legend: Question 1 of 9").
 *
 * <p>Read on the source before it is parsed, each line in place of one (front matter lines become blank), so every line
 * keeps its number; a page without such a marker, and lines in code, are left as written. The projects' translations,
 * made with Crowdin, often have each dash run escaped, {@code \--- task \---}: the same marker.
 */
final class RaspberryPiBlocks {

    /** A block's marker alone on its line: group 1 its indentation, 2 the slash that closes, 3 the name. */
    private static final Pattern MARKER = Pattern.compile("^([ \\t]*)\\\\?---[ \\t]+(/?)([a-z][a-z-]*)[ \\t]+\\\\?---[ \\t]*$");
    /** Whether a page has a marker at all, with the name of a block below. */
    private static final Pattern ANY = Pattern.compile(
            "(?m)^[ \\t]*(?:\\\\?---[ \\t]+/?(?:task|collapse|hints?|challenge|no-print|print-only|question|choices|feedback|code|save)[ \\t]+\\\\?---"
                    + "|\\[\\[\\[[a-z0-9][a-z0-9-]*\\]\\]\\])[ \\t]*$");
    /**
     * An ingredient alone on its line, {@code [[[generic-scratch3-add-variable]]]}: group 1 its indentation, 2 its name. The
     * projects site shows there, folded, the how-to of that name, a project of its own
     * (raspberrypilearning/generic-scratch3-add-variable) that the project's folder does not hold.
     */
    private static final Pattern INGREDIENT = Pattern.compile("^([ \\t]*)\\[\\[\\[([a-z0-9][a-z0-9-]*)\\]\\]\\][ \\t]*$");
    /** Where the projects site publishes a project, an ingredient too, by its name. */
    static final String PROJECTS_SITE = "https://projects.raspberrypi.org/en/projects/";
    private static final Set<String> NAMES = Set.of("task", "collapse", "hints", "hint", "challenge", "no-print", "print-only",
            "question", "choices", "feedback", "code", "save");
    /** A line of a block's front matter: a key and its value. */
    private static final Pattern SETTING = Pattern.compile("^[ \\t]*([A-Za-z_][\\w-]*)[ \\t]*:[ \\t]*(.*?)[ \\t]*$");

    private RaspberryPiBlocks() {
    }

    /** The Markdown with the blocks written as fenced divs and code fences, or as it is when it has none. */
    static String apply(String markdown) {
        if (!ANY.matcher(markdown).find()) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        Deque<String> open = new ArrayDeque<>();
        Deque<String> indents = new ArrayDeque<>(); // each open block's marker's indentation, as open has their names
        String codeIndent = null; // inside a code block: its text is as written up to its closing marker
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            boolean marker = m.matches() && NAMES.contains(m.group(3));
            if (codeIndent != null) {
                if (marker && m.group(2).equals("/") && m.group(3).equals("code")) {
                    lines[i] = codeIndent + "```";
                    codeIndent = null;
                    open.pop();
                    indents.pop();
                }
                continue;
            }
            if (!marker && !indents.isEmpty() && !lines[i].isBlank() && Indentation.of(lines[i]) < indents.peek().length()) {
                // A block's text written less indented than its marker: the projects site reads blocks by their lines, so
                // a choice's feedback (- ( ) No, then "  --- feedback ---", then its words from the line's start) is the
                // choice's; as Markdown those words ended the list, and the rest of the quiz was shown as written.
                lines[i] = indents.peek() + lines[i];
            }
            if (!(marker && m.group(3).equals("code")) && fences.inCode(lines[i])) {
                continue; // a code block's opening is read here, not as code (CodeFences knows it): its lines are skipped above
            }
            Matcher ingredient = INGREDIENT.matcher(lines[i]);
            if (ingredient.matches()) {
                lines[i] = ingredient.group(1) + ingredientLink(ingredient.group(2));
                continue;
            }
            if (!marker) {
                continue;
            }
            String indent = m.group(1);
            String name = m.group(3);
            if (m.group(2).equals("/")) {
                if (open.contains(name)) {
                    indents.pop();
                    while (!open.pop().equals(name)) {
                        // a block left open inside this one ends with it, as its own fence would have ended it
                        indents.pop();
                    }
                    lines[i] = indent + ":::";
                }
                continue;
            }
            if (name.equals("save")) {
                lines[i] = "";
                continue;
            }
            Map<String, String> settings = frontMatter(lines, i + 1);
            lines[i] = indent + opening(name, settings);
            open.push(name);
            indents.push(indent);
            if (name.equals("code")) {
                codeIndent = indent;
            }
        }
        return String.join("\n", lines);
    }

    /**
     * An ingredient as a link to its page on the projects site, named by its name's words ("Scratch3 add variable" for
     * generic-scratch3-add-variable): the build fetches nothing, and the handbook has no page of that name. Before, it
     * was a wiki link to no page, an error each, and a project with one was not built.
     */
    private static String ingredientLink(String name) {
        String words = (name.startsWith("generic-") && name.length() > "generic-".length() ? name.substring("generic-".length()) : name)
                .replace('-', ' ');
        return "[" + Character.toUpperCase(words.charAt(0)) + words.substring(1) + "](" + PROJECTS_SITE + name + ")";
    }

    /** The line a block opens with, in the syntax the parser reads. */
    private static String opening(String name, Map<String, String> settings) {
        String title = settings.getOrDefault(name.equals("question") ? "legend" : "title", "").replace("{", "").replace("}", "");
        return switch (name) {
            case "code" -> "```" + settings.getOrDefault("language", "").replaceAll("[^\\w+#.-]", "");
            case "collapse" -> "::: details" + (title.isEmpty() ? "" : " " + title);
            case "no-print" -> "::: {.content-visible when-format=\"html\"}";
            case "print-only" -> "::: {.content-hidden when-format=\"html\"}";
            default -> "::: " + name + (title.isEmpty() ? "" : " " + title);
        };
    }

    /**
     * The front matter that starts at {@code from} ({@code ---}, lines of {@code key: value}, {@code ---}), after blank
     * lines if any, its lines made blank; none when the next line does not open one or it is not closed.
     */
    private static Map<String, String> frontMatter(String[] lines, int from) {
        Map<String, String> settings = new LinkedHashMap<>();
        while (from < lines.length - 1 && lines[from].isBlank()) {
            from++; // a blank line between the marker and its front matter, as scratch-led-game's quiz has
        }
        if (from >= lines.length || !lines[from].strip().equals("---")) {
            return settings;
        }
        int end = from + 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            Matcher setting = SETTING.matcher(lines[end]);
            if (setting.matches()) {
                settings.put(setting.group(1), unquoted(setting.group(2)));
            } else if (!lines[end].isBlank()) {
                return new LinkedHashMap<>(); // not a block's settings: left as written
            }
            end++;
        }
        if (end >= lines.length) {
            return new LinkedHashMap<>();
        }
        for (int i = from; i <= end; i++) {
            lines[i] = "";
        }
        return settings;
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
