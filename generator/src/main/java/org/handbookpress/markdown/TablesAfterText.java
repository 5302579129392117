package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table written straight after a line of text, with no blank line between:
 * <pre>
 * Examples
 * Input | Output
 * ------|-------
 * </pre>
 * GitHub renders a paragraph and then a table (since 2023, whether or not the rows start with a pipe); Flexmark
 * looks for a table only at the start of a paragraph, so the whole of it stayed text and the page checks reported
 * an unrendered table. The lines before the table's header row become a paragraph of their own, and Flexmark's
 * own table parser then finds the table at the start of what is left.
 */
final class TablesAfterText implements Parser.ParserExtension {

    /** A delimiter row: cells of dashes with optional colons, separated by pipes, at least one pipe. */
    private static final Pattern DELIMITER_ROW = Pattern.compile(
            "\\s{0,3}(?:\\|\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?|:?-+:?\\s*\\|\\s*(?::?-+:?\\s*\\|?\\s*)*)\\s*");

    static TablesAfterText create() {
        return new TablesAfterText();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory());
    }

    private static final class Factory implements ParagraphPreProcessorFactory {
        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        /** After the link reference definitions, as Flexmark's tables are: a definition is never a table's text. */
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(ReferencePreProcessorFactory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return TablesAfterText::splitBeforeTable;
        }
    }

    /**
     * Moves the lines before a table's header row into a paragraph of their own, placed before this one.
     *
     * @return the number of characters moved (0 when the paragraph holds no such table)
     */
    static int splitBeforeTable(Paragraph block, ParserState state) {
        int lines = block.getLineCount();
        for (int header = 1; header + 1 < lines; header++) {
            BasedSequence headerLine = block.getLineChars(header);
            BasedSequence delimiter = block.getLineChars(header + 1);
            if (headerLine.indexOf('|') >= 0 && DELIMITER_ROW.matcher(delimiter.trimEOL()).matches()
                    && cells(headerLine.trimEOL()) == cells(delimiter.trimEOL())) {
                Paragraph text = new Paragraph();
                text.setContent(block, 0, header);
                block.insertBefore(text);
                state.blockAdded(text);
                state.getInlineParser().parse(text.getContentChars(), text);
                return headerLine.getStartOffset() - block.getStartOffset();
            }
        }
        return 0;
    }

    /** The number of cells in a row: its unescaped pipes, less a leading and a trailing one. */
    static int cells(CharSequence row) {
        String line = row.toString().strip();
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                pipes++;
            }
        }
        int cells = pipes + 1;
        if (line.startsWith("|")) {
            cells--;
        }
        if (line.endsWith("|") && !line.endsWith("\\|") && line.length() > 1) {
            cells--;
        }
        return cells;
    }
}
