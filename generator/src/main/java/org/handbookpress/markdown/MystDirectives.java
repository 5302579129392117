package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MyST's directives written as code fences (Jupyter Book, Sphinx; The Turing Way writes its boxes so):
 * <pre>
 * ```{note}
 * Bring **water**.
 * ```
 * </pre>
 * Flexmark reads them as code, so readers saw the Markdown inside as code. The boxes (MyST's admonitions,
 * {@code {admonition} Title}, sphinx-design's {@code {dropdown} Title}) become the fenced divs' boxes with their
 * content read as Markdown, where it stands in the file (so lines stay the file's); {@code {code-block} python} is
 * code in that language. Options at the top ({@code :class: tip}) are read for classes and otherwise dropped.
 * Other directives stay as written and {@link ForeignSyntax} reports them.
 */
final class MystDirectives {

    /** The directives made into boxes: MyST's admonitions, and the two that take a title. */
    static final Set<String> BOXES = Set.of("note", "tip", "hint", "important", "warning", "caution", "attention", "danger",
            "error", "seealso", "admonition", "dropdown");
    static final Set<String> CODE = Set.of("code", "code-block", "sourcecode");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\{([a-z][\\w-]*)\\}[ \\t]*(.*)$");
    static final Pattern OPTION = Pattern.compile("^[ \\t]*:([\\w-]+):[ \\t]*(.*)$");

    private MystDirectives() {
    }

    /** Replaces, in place, every box directive of the document (nested ones too) by a box of parsed Markdown. */
    static void expand(Node document, Parser parser) {
        List<FencedCodeBlock> fences = new ArrayList<>();
        collect(document, fences);
        for (FencedCodeBlock fence : fences) {
            Matcher m = DIRECTIVE.matcher(fence.getInfo().toString().strip());
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            if (CODE.contains(name)) {
                fence.setInfo(fence.getInfo().subSequence(fence.getInfo().length() - m.group(2).length()).trim());
            } else if (BOXES.contains(name)) {
                fence.insertBefore(box(fence, name, m.group(2).strip(), parser));
                fence.unlink();
            }
        }
    }

    private static void collect(Node node, List<FencedCodeBlock> fences) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock fence) {
                fences.add(fence);
            } else {
                collect(child, fences);
            }
        }
    }

    /** Applies one option line: ":class: tip" adds a class, ":open:" opens a dropdown; the rest (":name:") are dropped. */
    static void option(FencedDivs.FencedDiv box, Matcher option) {
        if (option.group(1).equals("class")) {
            for (String c : option.group(2).trim().split("\\s+")) {
                if (!c.isEmpty()) {
                    box.classes.add(c);
                }
            }
        } else if (option.group(1).equals("open")) {
            box.open = true;
        }
    }

    private static FencedDivs.FencedDiv box(FencedCodeBlock fence, String name, String argument, Parser parser) {
        FencedDivs.FencedDiv box = new FencedDivs.FencedDiv();
        boolean titled = name.equals("admonition") || name.equals("dropdown");
        box.classes.add(name);
        box.title = titled ? argument : "";
        box.folded = name.equals("dropdown");
        BasedSequence content = fence.getContentChars();
        // Options first: ":class: tip" adds a class; the rest (":name:", ":open:") are the site generator's own.
        int start = 0;
        while (start < content.length()) {
            int end = content.indexOf('\n', start);
            BasedSequence line = content.subSequence(start, end < 0 ? content.length() : end);
            Matcher option = OPTION.matcher(line);
            if (!option.matches()) {
                break;
            }
            option(box, option);
            start = end < 0 ? content.length() : end + 1;
        }
        Document inner = parser.parse(content.subSequence(start));
        expand(inner, parser);
        while (inner.getFirstChild() != null) {
            box.appendChild(inner.getFirstChild()); // moves the node, keeping its place in the file
        }
        box.setChars(fence.getChars());
        return box;
    }
}
