package org.handbookpress.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.ParagraphParser;
import com.vladsch.flexmark.parser.internal.MatchedBlockParserImpl;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * Flexmark's HTML block parser, told of the paragraph a line would continue lazily. A tag alone on a line
 * ({@code <br/>}, {@code <img src="…">}: CommonMark's HTML block of type 7) cannot interrupt a paragraph, and that holds
 * for a paragraph in a list item or a quote continued by a line at the left margin, as the reference implementation
 * (commonmark.js) reads it; Flexmark asked only whether the innermost block the line continues is a paragraph, which
 * for such a line is the page itself. So {@code - an item} followed by {@code <br/>} ended the list and opened raw HTML
 * that ran to the next blank line: the next items, headings and emphasis were shown as typed (an Obsidian vault's notes,
 * a workshop's pictures between list items). The lazily continued paragraph is handed to Flexmark's test as the block
 * continued; types 1 to 6 (a {@code <div>}, a comment) still interrupt it, as CommonMark has them.
 */
final class LazyLineHtml implements Parser.ParserExtension {

    static LazyLineHtml create() {
        return new LazyLineHtml();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HTML_BLOCK_PARSER, false); // Flexmark's own factory, wrapped by the one below
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    /** Flexmark's factory, in the same place among the block parsers (its dependencies). */
    private static final class Factory extends CoreParserStandIn {
        Factory() {
            super(new HtmlBlockParser.Factory());
        }

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            BlockParserFactory html = core.apply(options);
            return (state, matched) -> {
                if (state.getActiveBlockParser() instanceof ParagraphParser paragraph && matched.getBlockParser() != paragraph
                        && !state.isBlank()) {
                    return html.tryStart(state, new MatchedBlockParserImpl(paragraph));
                }
                return html.tryStart(state, matched);
            };
        }
    }
}
