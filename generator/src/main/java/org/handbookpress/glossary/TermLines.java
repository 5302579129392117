package org.handbookpress.glossary;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.LineNumbers;

/**
 * The source line of each term of the glossary, in page order. Flexmark writes {@code dt} without
 * attributes, so the lines the converter records stop at the list; the glossary page is parsed once
 * more (block structure only) to point warnings at the term itself.
 */
final class TermLines {

    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), DefinitionExtension.create()));
        options.set(DefinitionExtension.TILDE_MARKER, false);
        PARSER = Parser.builder(options).build();
    }

    private TermLines() {
    }

    /** The 1-based file line of every term of the top-level definition lists, in order. */
    static List<Integer> of(Page page) {
        List<Integer> lines = new ArrayList<>();
        Node document = PARSER.parse(page.markdown());
        LineNumbers numbers = LineNumbers.of(page.markdown()); // not Flexmark's own lookup, which reads from the top for each term
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof DefinitionList) {
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof DefinitionTerm) {
                        lines.add(page.bodyLine() + numbers.of(item.getStartOffset()));
                    }
                }
            }
        }
        return lines;
    }
}
