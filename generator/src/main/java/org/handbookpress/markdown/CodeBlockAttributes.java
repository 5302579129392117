package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code block's info written as Pandoc's attribute list, {@code ```{.python .content-visible when-format="html"}}, as
 * Quarto writes a code block it does not run: its first class is its language, and Quarto's conditions on it
 * ({@code .content-visible}, {@code .content-hidden}, {@code when-format}, {@code unless-format}) keep it for the outputs
 * they name, as they do a fenced div. The block was shown everywhere, its language read as "{.python". An id in the
 * list ({@code {.sh #example}}) is the id of a div around the block, for links to it.
 */
final class CodeBlockAttributes {

    /** An info that is an attribute list of classes or an id: {@code {.python …}}, not an executable chunk's {@code {r}}. */
    private static final Pattern LIST = Pattern.compile("^\\{\\s*([.#][^{}]*)\\}$");
    private static final List<String> CONDITIONS = List.of("content-visible", "content-hidden");

    private CodeBlockAttributes() {
    }

    /**
     * Gives every such block its language, and puts one with conditions or an id in a div that has them (read by
     * {@link AttributeLists}).
     */
    static void apply(Node document) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        collect(document, blocks);
        for (FencedCodeBlock block : blocks) {
            Matcher m = LIST.matcher(block.getInfo().toString().strip());
            if (!m.matches()) {
                continue;
            }
            List<String> classes = new ArrayList<>();
            List<String> others = new ArrayList<>();
            String[] id = {""};
            FencedDivs.readAttributes(m.group(1), classes, id, others);
            FencedDivs.FencedDiv div = new FencedDivs.FencedDiv();
            for (String condition : CONDITIONS) {
                if (classes.remove(condition)) {
                    div.classes.add(condition);
                }
            }
            block.setInfo(BasedSequence.of(classes.isEmpty() ? "" : classes.get(0)));
            // The block's id ({.sh #example}, as MkDocs' and Pandoc's readers link to it) is the div's: it was dropped,
            // and a link to it a link.anchor-missing error that failed the build of a site that works
            // (mkdocs-material's docs/setup/ensuring-data-privacy.md).
            div.id = id[0];
            if (div.classes.isEmpty() && div.id.isEmpty()) {
                continue;
            }
            // The block's format conditions go with the div; its other attributes (filename="…") are not read, as before.
            others.stream().filter(a -> a.startsWith("when-") || a.startsWith("unless-")).forEach(div.unsupported::add);
            div.setChars(block.getChars());
            block.insertBefore(div);
            div.appendChild(block); // moved into the div, which shows it where its conditions say
        }
    }

    private static void collect(Node node, List<FencedCodeBlock> blocks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock block) {
                blocks.add(block);
            } else {
                collect(child, blocks);
            }
        }
    }
}
