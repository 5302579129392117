package org.handbookpress.text;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Flexmark's inline parser with emphasis, strong emphasis and strikethrough beside Chinese, Japanese and Korean text
 * decided by {@link CjkFlanking}. Flexmark works out a run's flanking inside a method no subclass can replace, and hands
 * the result to the run's delimiter processor; so the processor is given, for that one run, a stand-in that asks the
 * real one with the amended facts. Runs with no CJK character beside them go to Flexmark untouched.
 */
public class CjkEmphasisParser extends CommonmarkInlineParser {

    public CjkEmphasisParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    /** A parser of CommonMark and nothing else (a heading's words, a table cell's), with this inline parser. */
    public static Parser commonMark() {
        return Parser.builder(new com.vladsch.flexmark.util.data.MutableDataSet().set(Parser.EXTENSIONS, List.of(extension()))).build();
    }

    /** For a parser with no inline parser of its own: this one. */
    public static Parser.ParserExtension extension() {
        return new Parser.ParserExtension() {
            @Override
            public void parserOptions(MutableDataHolder options) {
            }

            @Override
            public void extend(Parser.Builder builder) {
                install(builder, CjkEmphasisParser::new);
            }
        };
    }

    /** Makes {@code factory}'s parser, this one or one built on it, the builder's inline parser. */
    public static void install(Parser.Builder builder, InlineParserFactory factory) {
        builder.customInlineParserFactory(factory);
        // A custom inline parser turns off Flexmark's built-in reference definitions; put them back.
        builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    @Override
    protected boolean parseDelimiters(DelimiterProcessor processor, char delimiter) {
        int end = index;
        while (end < input.length() && input.charAt(end) == delimiter) {
            end++;
        }
        CjkFlanking.Run run = CjkFlanking.of(input, index, end);
        return super.parseDelimiters(run == null ? processor : new AmendedRun(processor, run), delimiter);
    }

    /** A delimiter processor asked whether a run opens or closes with the amended facts instead of Flexmark's. */
    private record AmendedRun(DelimiterProcessor processor, CjkFlanking.Run run) implements DelimiterProcessor {

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhitespace) {
            return processor.canBeOpener(before, after, run.leftFlanking(), run.rightFlanking(), run.beforeIsPunctuation(),
                    run.afterIsPunctuation(), run.beforeIsWhitespace(), run.afterIsWhitespace());
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhitespace) {
            return processor.canBeCloser(before, after, run.leftFlanking(), run.rightFlanking(), run.beforeIsPunctuation(),
                    run.afterIsPunctuation(), run.beforeIsWhitespace(), run.afterIsWhitespace());
        }

        @Override
        public char getOpeningCharacter() {
            return processor.getOpeningCharacter();
        }

        @Override
        public char getClosingCharacter() {
            return processor.getClosingCharacter();
        }

        @Override
        public int getMinLength() {
            return processor.getMinLength();
        }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            return processor.getDelimiterUse(opener, closer);
        }

        @Override
        public void process(Delimiter opener, Delimiter closer, int delimitersUsed) {
            processor.process(opener, closer, delimitersUsed);
        }

        @Override
        public Node unmatchedDelimiterNode(InlineParser inlineParser, DelimiterRun delimiter) {
            return processor.unmatchedDelimiterNode(inlineParser, delimiter);
        }

        @Override
        public boolean skipNonOpenerCloser() {
            return processor.skipNonOpenerCloser();
        }
    }
}
