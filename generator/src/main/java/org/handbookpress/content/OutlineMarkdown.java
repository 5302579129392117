package org.handbookpress.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Outline's Markdown export (the wiki many teams keep their handbook in) writes that CommonMark reads otherwise:
 * <ul>
 *   <li>an empty paragraph as a line holding only {@code \} (Outline keeps its editor's blank lines so), which showed a
 *   backslash, or began the next paragraph with a line break: such a line after a blank one is blank;</li>
 *   <li>a toggle block between lines of plus signs, its first line its title (more signs round the outer of two):
 *   <pre>
 *   +++
 *   What if a session is cancelled?
 *
 *   Tell your coordinator the same day.
 *   +++
 *   </pre>
 *   which is the fold {@code ::: details What if a session is cancelled?} is (only where the closing line is there: a
 *   lone line of plus signs stays text);</li>
 *   <li>a mention of a person, {@code @[Sam Okafor](mention://…/user/…)}, or of a document, which are addresses inside
 *   Outline: the name, as text.</li>
 * </ul>
 * The page keeps its lines, so findings keep theirs; code shows such lines as written.
 */
final class OutlineMarkdown {

    private static final Pattern TOGGLE = Pattern.compile("^[ ]{0,3}(\\+{3,})[ \\t]*$");
    private static final Pattern EMPTY_PARAGRAPH = Pattern.compile("^[ ]{0,3}\\\\[ \\t]*$");
    private static final Pattern MENTION = Pattern.compile("@\\[([^\\]\\n]*)\\]\\(mention://[^)\\s]*/(\\w+)/[^)\\s]*\\)");
    private static final int MAX_TITLE_LINES = 10;
    private static final Pattern HEADING = Pattern.compile("^[ ]{0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");

    private OutlineMarkdown() {
    }

    static String apply(String markdown) {
        boolean toggles = markdown.contains("+++");
        boolean empties = markdown.contains("\\\n") || markdown.endsWith("\\");
        boolean mentions = markdown.contains("](mention://");
        if (!toggles && !empties && !mentions) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        boolean[] code = codeLines(lines);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (code[i]) {
                continue;
            }
            if (empties && EMPTY_PARAGRAPH.matcher(lines[i]).matches() && (i == 0 || lines[i - 1].isBlank())) {
                lines[i] = "";
                changed = true;
            } else if (mentions && lines[i].contains("](mention://")) {
                Matcher m = MENTION.matcher(lines[i]);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    String name = m.group(1).replace("\\", "\\\\").replace("$", "\\$");
                    m.appendReplacement(out, m.group(2).equals("user") ? "@" + name : name);
                }
                m.appendTail(out);
                changed |= !out.toString().equals(lines[i]);
                lines[i] = out.toString();
            }
        }
        if (toggles) {
            changed |= toggles(lines, code);
        }
        return changed ? String.join("\n", lines) : markdown;
    }

    /** Toggle blocks to folds: each opening line paired with the next line of as many plus signs, innermost first. */
    private static boolean toggles(String[] lines, boolean[] code) {
        Deque<Integer> open = new ArrayDeque<>();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher fence = code[i] ? null : TOGGLE.matcher(lines[i]);
            if (fence == null || !fence.matches()) {
                continue;
            }
            String signs = fence.group(1);
            if (!open.isEmpty() && lines[open.peek()].strip().equals(signs)) {
                fold(lines, open.pop(), i, signs.length());
                changed = true;
            } else {
                open.push(i);
            }
        }
        return changed;
    }

    /** The lines from {@code start} to {@code end} (the fences) as a fold titled by the first line of its content. */
    private static void fold(String[] lines, int start, int end, int signs) {
        String colons = ":".repeat(signs);
        int first = start + 1;
        while (first < end && lines[first].isBlank()) {
            first++;
        }
        StringBuilder title = new StringBuilder();
        int last = first;
        Matcher heading = first < end ? HEADING.matcher(lines[first]) : null;
        if (heading != null && heading.matches()) {
            title.append(heading.group(1));
        } else {
            // The title is the first paragraph: its lines up to a blank one, the end, or a line that starts a block (a
            // toggle inside, too); at most a few lines, so that thousands of toggles opened one inside another are not
            // each read to the end.
            while (last < end && last < first + MAX_TITLE_LINES && !lines[last].isBlank()
                    && (last == first || !startsABlock(lines[last]) && !TOGGLE.matcher(lines[last]).matches())) {
                title.append(title.length() == 0 ? "" : " ").append(lines[last].strip());
                last++;
            }
            last--;
        }
        String words = title.toString().strip();
        if (words.isEmpty() || words.equals("\\") || words.contains("{") && words.contains("]") || words.startsWith(":")) {
            lines[start] = colons + " details"; // no title it can carry: its first line stays the fold's first line
        } else {
            lines[start] = colons + (words.contains("{") ? " details[" + words + "]" : " details " + words);
            for (int i = first; i <= last && i < end; i++) {
                lines[i] = "";
            }
        }
        lines[end] = colons;
    }

    private static boolean startsABlock(String line) {
        String s = line.stripLeading();
        return s.startsWith("#") || s.startsWith(">") || s.startsWith("- ") || s.startsWith("* ") || s.startsWith("```")
                || s.startsWith(":::") || s.startsWith("|") || s.matches("\\d+[.)] .*");
    }

    private static boolean[] codeLines(String[] lines) {
        boolean[] code = new boolean[lines.length];
        CodeFences fences = new CodeFences();
        for (int i = 0; i < lines.length; i++) {
            code[i] = fences.inCode(lines[i]);
        }
        return code;
    }
}
