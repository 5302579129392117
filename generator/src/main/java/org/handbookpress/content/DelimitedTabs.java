package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.GithubSlug;

/**
 * A Hugo tab set whose tabs are parted by a line of their title, as CodeYourFuture's theme's {@code tabs} shortcode cuts
 * what it holds ({@code ===[[Title]]===}, 51 pages of its curriculum):
 * <pre>
 * {{&lt;tabs name="Start Project"&gt;}}
 * ===[[🕹️ Follow along]]===
 * …
 * ===[[👣 Step by step]]===
 * …
 * {{&lt;/tabs&gt;}}
 * </pre>
 * Each such line becomes the tab shortcode the Markdown stage reads ({@code markdown.ShortcodeBlocks}), on the same
 * line, closing the tab before it: the tab is titled by it, and has the id the theme gives its panel, the set's name
 * anchorized and the tab's number from 0 ({@code start-project-1}), which the pages link to ("Now create a package.json").
 * The title lines were read as wiki links to pages of those names, each reported missing, and the links to the tabs
 * as links to anchors the page did not have. A set without a name has no id the page could know (the theme makes one of
 * the time it was built); lines in code are left alone.
 */
final class DelimitedTabs {

    /** The set's opening tag alone on its line: group 1 its delimiter, 2 its arguments. */
    private static final Pattern OPEN = Pattern.compile("[ \\t]*\\{\\{([<%])-?[ \\t]*tabs(?=[\\s>%/-])([^}]*?)-?[>%]\\}\\}[ \\t]*");
    private static final Pattern CLOSE = Pattern.compile("[ \\t]*\\{\\{[<%]-?[ \\t]*/[ \\t]*tabs[ \\t]*-?[>%]\\}\\}[ \\t]*");
    /** A tab's title line: group 1 the title. */
    private static final Pattern TITLE = Pattern.compile("[ \\t]*===\\[\\[([^\\]{}\\n]+)\\]\\]===[ \\t]*");
    private static final Pattern NAME = Pattern.compile("\\bname[ \\t]*=[ \\t]*(?:\"([^\"]*)\"|'([^']*)')");

    private DelimitedTabs() {
    }

    static String apply(String markdown) {
        if (!markdown.contains("===[[")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + 256);
        CodeFences fences = new CodeFences();
        String open = null; // the open set's delimiter, < or %, while in one
        String setId = null;
        int tabs = 0;
        int start = 0;
        while (start < markdown.length()) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            String line = markdown.substring(start, end);
            String ending = markdown.substring(end, Math.min(end + 1, markdown.length()));
            start = end + 1;
            if (fences.inCode(line)) {
                out.append(line).append(ending);
                continue;
            }
            Matcher m;
            if (open == null && (m = OPEN.matcher(line)).matches()) {
                open = m.group(1);
                Matcher name = NAME.matcher(m.group(2));
                setId = name.find() ? GithubSlug.of(name.group(1) != null ? name.group(1) : name.group(2)) : null;
                tabs = 0;
            } else if (open != null && (m = TITLE.matcher(line)).matches()) {
                String title = m.group(1).strip().replace("\"", "\\\"");
                line = (tabs > 0 ? tag("/tab", open) + " " : "")
                        + tag("tab name=\"" + title + "\"" + (setId == null || setId.isEmpty() ? "" : " id=\"" + setId + "-" + tabs + "\""), open);
                tabs++;
            } else if (open != null && CLOSE.matcher(line).matches()) {
                line = tabs > 0 ? tag("/tab", open) + " " + line.strip() : line;
                open = null;
            }
            out.append(line).append(ending);
        }
        return out.toString();
    }

    /** A shortcode's tag in the set's own delimiters: {@code {{< tab … >}}} or {@code {{% tab … %}}}. */
    private static String tag(String inside, String delimiter) {
        return "{{" + delimiter + " " + inside + " " + (delimiter.equals("<") ? ">" : "%") + "}}";
    }
}
