package org.handbookpress.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Notion's callouts as its Markdown export writes them, the icon first:
 * <pre>
 * &lt;aside&gt;
 * 💡 Bring **photo ID** to your first session.
 *
 * &lt;/aside&gt;
 * </pre>
 * CommonMark reads the lines up to the first blank one as raw HTML, so the callout's Markdown showed as typed and its
 * links to other pages were never made links. Such an aside, its tags alone on their lines, is a box whose content is
 * Markdown ({@code ::: tip} … {@code :::}): its icon says its kind (💡 a tip, ⚠️ a warning, 🚨 a caution, ❗ important,
 * ℹ️ a note) and is then left out, as the box's label says it; another icon (🎉) stays, in a note. The page keeps its
 * lines; code shows such lines as written.
 */
final class NotionCallouts {

    private static final Pattern OPEN = Pattern.compile("^[ ]{0,3}<aside>[ \\t]*$");
    private static final Pattern CLOSE = Pattern.compile("^[ ]{0,3}</aside>[ \\t]*$");
    /** Icons that say a box's kind, with or without the variation selector that asks for the emoji form. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("💡", "tip");
        KINDS.put("⚠", "warning");
        KINDS.put("🚨", "caution");
        KINDS.put("⛔", "caution");
        KINDS.put("🛑", "caution");
        KINDS.put("❗", "important");
        KINDS.put("‼", "important");
        KINDS.put("ℹ", "note");
        KINDS.put("📌", "note");
        KINDS.put("📝", "note");
    }

    private NotionCallouts() {
    }

    static String apply(String markdown) {
        if (!markdown.contains("<aside>")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i]) || !OPEN.matcher(lines[i]).matches()) {
                continue;
            }
            int close = i + 1;
            while (close < lines.length && !CLOSE.matcher(lines[close]).matches() && !OPEN.matcher(lines[close]).matches()) {
                close++;
            }
            if (close >= lines.length || !CLOSE.matcher(lines[close]).matches()) {
                continue; // not closed, or another opened first: left as HTML
            }
            int first = i + 1;
            while (first < close && lines[first].isBlank()) {
                first++;
            }
            String kind = "note";
            if (first < close) {
                String line = lines[first].stripLeading();
                for (Map.Entry<String, String> icon : KINDS.entrySet()) {
                    if (line.startsWith(icon.getKey())) {
                        kind = icon.getValue();
                        lines[first] = line.substring(icon.getKey().length()).replaceFirst("^\uFE0F", "").stripLeading();
                        break;
                    }
                }
            }
            lines[i] = "::: " + kind;
            lines[close] = ":::";
            changed = true;
            for (int inside = i + 1; inside < close; inside++) {
                fences.inCode(lines[inside]); // the box's lines are read past: the fences follow them all the same
            }
            i = close;
        }
        return changed ? String.join("\n", lines) : markdown;
    }
}
