package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick headings give exactly the HTML of Flexmark's own heading parser: it is only spared lines that cannot be one. */
class QuickHeadingsTest {

    private static String html(boolean quick, String markdown) {
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), FootnoteExtension.create(), DefinitionExtension.create()));
        if (quick) {
            extensions.add(0, QuickHeadings.create());
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void everyKindOfHeadingIsStillFound() throws IOException {
        SameAsFlexmark.onSamplesAndRealPages(m -> html(false, m), m -> html(true, m), List.of(
                "# One\n## Two ##\n###### Six\n####### not seven\n#no space\n\\# escaped",
                "   # indented three\n    # indented four is code",
                "Title\n=====\n\nSubtitle\n--------\n\nTwo lines\nof title\n===",
                "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n---\n\nAfter",
                "| a | b |\n|---|---|\n| 1 | 2 |\n===",
                "Paragraph\n---\n\n- item\n- item\n---\n\n* * *\n\n---",
                "> # In a quote\n> Quoted\n> ===\n\n- # In an item\n- Item\n  ---",
                "Term\n: Definition\n\n# After a definition\n\n[^1]: A note\n# Not in the note",
                "1. one\n2. two\n===\n\n(parenthesis)\n---\n\n*emphasis*\n===\n\n`code`\n-- -",
                "```\n# in a fence\n===\n```\n\n<div>\n# in HTML\n</div>",
                "\t# tab\n  -\n=\n-",
                ""));
    }

    /**
     * Flexmark's heading parser joins up the paragraph so far for every line it is asked about (quadratic in a table's
     * rows); the quick one asks it only about a line that can be a heading.
     */
    @Test
    void theParagraphIsJoinedUpOnlyForALineThatCanBeAHeading() {
        assertEquals(0, paragraphsJoinedUp("| 1 | 2 |"));
        assertEquals(0, paragraphsJoinedUp("(a row in brackets)"));
        assertEquals(1, paragraphsJoinedUp("# Title"));
        assertEquals(1, paragraphsJoinedUp("---"));
    }

    /** How often the heading factory asks for the paragraph's content when offered {@code line} inside a paragraph. */
    private static int paragraphsJoinedUp(String line) {
        BasedSequence text = BasedSequence.of(line);
        int[] joined = {0};
        BlockParser paragraph = proxy(BlockParser.class, (method, args) -> method.equals("isParagraphParser") ? Boolean.TRUE : null);
        MatchedBlockParser matched = proxy(MatchedBlockParser.class, (method, args) -> {
            if (method.equals("getParagraphContent")) {
                joined[0]++;
                return BasedSequence.of("A paragraph");
            }
            return method.equals("getBlockParser") ? paragraph : null;
        });
        ParserState state = proxy(ParserState.class, (method, args) -> {
            switch (method) {
                case "getLine":
                case "getLineWithEOL":
                    return text;
                case "getIndent":
                case "getNextNonSpaceIndex":
                case "getIndex":
                case "getColumn":
                    return 0;
                case "getActiveBlockParser":
                    return paragraph;
                default:
                    return null;
            }
        });
        MutableDataSet options = new MutableDataSet();
        QuickHeadings.create().parserOptions(options);
        Parser.Builder builder = Parser.builder(options);
        QuickHeadings.create().extend(builder);
        CustomBlockParserFactory factory = customFactory(builder);
        try {
            factory.apply(options).tryStart(state, matched);
        } catch (RuntimeException partOfAStateNotImitatedHere) {
            // Flexmark may go on to use more of the parser's state once it has the paragraph: what counts is whether it asked.
        }
        return joined[0];
    }

    private static CustomBlockParserFactory customFactory(Parser.Builder builder) {
        try {
            java.lang.reflect.Field factories = Parser.Builder.class.getDeclaredField("blockParserFactories");
            factories.setAccessible(true);
            List<?> list = (List<?>) factories.get(builder);
            assertEquals(1, list.size());
            return (CustomBlockParserFactory) list.get(0);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.apply(method.getName(), args)));
    }

    @Test
    void onlyLinesStartingAsAHeadingAreAsked() {
        assertTrue(QuickHeadings.mayBeHeading(BasedSequence.of("  # Title"), 2));
        assertTrue(QuickHeadings.mayBeHeading(BasedSequence.of("==="), 0));
        assertTrue(QuickHeadings.mayBeHeading(BasedSequence.of("---"), 0));
        assertFalse(QuickHeadings.mayBeHeading(BasedSequence.of("| 1 | 2 |"), 0));
        assertFalse(QuickHeadings.mayBeHeading(BasedSequence.of("   "), 3));
        assertFalse(QuickHeadings.mayBeHeading(BasedSequence.of("*emphasis*"), 0));
    }
}
