package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * Flexmark's autolink extension (bare URLs, {@code www.} addresses and e-mail addresses become links),
 * asked only about the text that could hold one. Its processor runs a regular expression from every
 * word boundary of every text node, which was a sixth of all Markdown time on prose without a single
 * link; a text with none of the characters a link needs is left as it is, which is what the processor
 * would have done with it.
 */
final class QuickAutolinks implements Parser.ParserExtension {

    static QuickAutolinks create() {
        return new QuickAutolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /**
     * Whether the text may hold a link the extension finds: a URL needs {@code :}, an address {@code @}, a
     * {@code www.} link two w's (in either case); and {@code &} and {@code \} are there too because the
     * processor looks at the text with its entities and backslash escapes undone, where {@code &#58;} is a colon.
     */
    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&' || c == '\\'
                    || (c == 'w' || c == 'W') && i + 1 < text.length() && (text.charAt(i + 1) == 'w' || text.charAt(i + 1) == 'W')) {
                return true;
            }
        }
        return false;
    }

    /** An HTML link's opening tag, {@code <a href="…">}, and its closing, {@code </a>}. */
    private static final java.util.regex.Pattern HTML_LINK_OPENS = java.util.regex.Pattern.compile("(?i)^<a(?:\\s[^>]*)?>$");
    private static final java.util.regex.Pattern HTML_LINK_CLOSES = java.util.regex.Pattern.compile("(?i)^</a\\s*>$");

    /**
     * Whether the text is the words of a link written in HTML in the paragraph ({@code <a href="https://x.org/a">https://x.org/a</a>},
     * as raspberrypilearning/where-is-the-space-station writes one): made a link of its own, it was a link in a link, which
     * the browser splits into an empty link and a second one, and the address showed twice. GitHub leaves it as the
     * link's words.
     */
    static boolean insideHtmlLink(Node text) {
        for (Node before = text.getPrevious(); before != null; before = before.getPrevious()) {
            if (before instanceof com.vladsch.flexmark.ast.HtmlInline html) {
                String tag = html.getChars().toString().strip();
                if (HTML_LINK_CLOSES.matcher(tag).matches()) {
                    return false;
                }
                if (HTML_LINK_OPENS.matcher(tag).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public @NotNull NodePostProcessor apply(@NotNull Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(@NotNull NodeTracker state, @NotNull Node node) {
                    // A text followed by typographic text is read together with it by the processor.
                    if ((node.getNext() instanceof TypographicText || mayHoldLink(node.getChars())) && !insideHtmlLink(node)) {
                        autolinks.process(state, node);
                    }
                }
            };
        }
    }
}
