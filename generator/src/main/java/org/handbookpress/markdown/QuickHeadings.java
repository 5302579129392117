package org.handbookpress.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * Flexmark's heading parser, asked only about lines that can be a heading. Before it looks at a line, its factory
 * joins up the whole paragraph the line would end (the text of a setext heading), so every line of a paragraph cost
 * as much as the paragraph so far: quadratic in a paragraph's lines. Lines that start with a letter are spared by
 * Flexmark itself, but a table is a paragraph until it is made a table, and its rows start with {@code |}: a table of
 * 10,000 rows took 2.5 s to convert and one of 20,000 rows 11 s. A heading line starts with {@code #} (ATX) or is an
 * underline of {@code =} or {@code -} (setext); for any other line the parser would have said "none", and here it is
 * not asked.
 */
final class QuickHeadings implements Parser.ParserExtension {

    static QuickHeadings create() {
        return new QuickHeadings();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false); // Flexmark's own factory, replaced by the one below
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    /** Whether a line, from its first character after the indentation, may start an ATX heading or be a setext underline. */
    static boolean mayBeHeading(BasedSequence line, int nextNonSpace) {
        if (nextNonSpace >= line.length()) {
            return false;
        }
        char c = line.charAt(nextNonSpace);
        return c == '#' || c == '=' || c == '-';
    }

    /** Flexmark's factory, in the same place among the block parsers (its dependencies), with the test in front. */
    private static final class Factory extends CoreParserStandIn {
        Factory() {
            super(new HeadingParser.Factory());
        }

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            BlockParserFactory headings = core.apply(options);
            return (state, matched) -> mayBeHeading(state.getLine(), state.getNextNonSpaceIndex())
                    ? headings.tryStart(state, matched)
                    : BlockStart.none();
        }
    }
}
