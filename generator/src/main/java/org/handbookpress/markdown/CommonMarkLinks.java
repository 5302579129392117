package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.CjkEmphasisParser;
import org.jetbrains.annotations.NotNull;

/**
 * Two link rules of CommonMark 0.31.2 that Flexmark 0.64.8 follows an older spec on:
 * <ul>
 *   <li>a destination in angle brackets may contain spaces ({@code ![Toolkit Pic](<../images/Toolkit Pic.png>)},
 *   as Word-exported pictures are named) and ends at the first unescaped {@code >}; one that never closes
 *   on its line is no destination at all (spec examples 489, 493, 494);</li>
 *   <li>reference labels match after full Unicode case folding, so {@code [ẞ]} finds {@code [SS]: /url}
 *   (example 540).</li>
 * </ul>
 * Flexmark's option {@code SPACE_IN_LINK_URLS} is not used: it also lets {@code [a](b c)} through, which
 * CommonMark forbids (example 488).
 *
 * <p>Its inline parser also reads what a regular expression matched without copying the paragraph. For every construct
 * Flexmark matches with one (each link's destination and title, the spaces around them) it takes the match from
 * {@link Matcher#toMatchResult()}, which on Java 17 copies the whole text being matched, the paragraph, to a new
 * string (the JDK copies only the match from Java 20 on), so a paragraph's parsing grew with the square of its links:
 * a page listing links one a line with no blank line between them (one paragraph) took 1.5 s to convert at 2,000
 * lines, 10 s at 10,000, and 190 s for 20,000 lines of two links each.
 */
final class CommonMarkLinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        CjkEmphasisParser.install(builder, LinkParser::new);
    }

    /** Full case folding as far as the JDK offers it: ß and ẞ fold to "ss", ﬁ to "fi", ς to σ. */
    static String fold(String label) {
        return label.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static final Map<String, Pattern> SAFE_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Flexmark's expression for inline HTML with its two repeated groups possessive, the attributes of a tag and the
     * text of a comment: Java's regular expressions go a level deeper in the stack for each repetition of a group that
     * may give characters back, so a comment of 500 words inside a paragraph (a paragraph commented out after some
     * text), or a stray {@code <b} before a long line, ran out of stack and failed the page. Neither needs to give
     * back: an attribute cannot take the {@code >} or {@code />} after it, nor a comment's text its {@code -->}
     * (CommonMarkLinksTest checks the two match the same on random text).
     */
    static Pattern safeHtmlTag(Pattern flexmarks) {
        return SAFE_PATTERNS.computeIfAbsent(flexmarks.pattern(), pattern -> {
            String safe = pattern.replace(")?)*\\s*/?>", ")?)*+\\s*/?>").replace("(?:-?[^-])*-->", "(?:-?[^-])*+-->");
            return Pattern.compile(safe, flexmarks.flags());
        });
    }

    /**
     * Flexmark's expression for a link's title, {@code "…"}, {@code '…'} or {@code (…)}, its characters read possessively,
     * for the same reason: a title never closed before a long paragraph ({@code [policy](policy.md "Our policy}) ran out of
     * stack. Read so, an escaped quote ({@code \"}) is never taken back to close the title, which is CommonMark's rule
     * ("including a quote only if it is backslash-escaped"); the spec's examples still pass (CommonMarkConformanceTest).
     */
    static Pattern safeLinkTitle(Pattern flexmarks) {
        return SAFE_PATTERNS.computeIfAbsent(flexmarks.pattern(), pattern -> Pattern.compile(pattern
                .replace("\\x00])*\"", "\\x00])*+\"").replace("\\x00])*'", "\\x00])*+'").replace("\\x00])*\\)", "\\x00])*+\\)"),
                flexmarks.flags()));
    }

    /** Also the parser that reads emphasis beside Chinese, Japanese and Korean text (Flexmark takes one inline parser). */
    private static final class LinkParser extends CjkEmphasisParser {

        LinkParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                List<InlineParserExtensionFactory> extensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
        }

        @Override
        public void initializeDocument(@NotNull Document document) {
            if (!(document.get(Parser.REFERENCES) instanceof FoldingReferences)) {
                document.set(Parser.REFERENCES, new FoldingReferences(document));
            }
            super.initializeDocument(document);
        }

        @Override
        public BasedSequence parseLinkDestination() {
            if (index >= input.length() || input.charAt(index) != '<') {
                return super.parseLinkDestination();
            }
            // <…>: any characters but a line break or an unescaped < or >, up to the first unescaped >.
            for (int i = index + 1; i < input.length(); i++) {
                char c = input.charAt(i);
                if (c == '\\' && i + 1 < input.length() && isAsciiPunctuation(input.charAt(i + 1))) {
                    i++;
                } else if (c == '>') {
                    // Something must separate it from a title: [foo]: <bar>(baz) is no definition (example 201).
                    if (i + 1 < input.length() && !Character.isWhitespace(input.charAt(i + 1)) && input.charAt(i + 1) != ')') {
                        return null;
                    }
                    BasedSequence destination = input.subSequence(index, i + 1);
                    index = i + 1;
                    return destination;
                } else if (c == '<' || c == '\n' || c == '\r') {
                    return null;
                }
            }
            return null;
        }

        @Override
        public BasedSequence match(Pattern re) {
            Matcher matcher = matcherHere(re == myParsing.HTML_TAG ? safeHtmlTag(re) : re == myParsing.LINK_TITLE ? safeLinkTitle(re) : re);
            return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
        }

        @Override
        public BasedSequence[] matchWithGroups(Pattern re) {
            Matcher matcher = matcherHere(re);
            if (matcher == null) {
                return null;
            }
            BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
            for (int i = 0; i < groups.length; i++) {
                groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
            }
            return groups;
        }

        /** As Flexmark's: {@code re} found from the parser's position, which moves past the match; or null. */
        private Matcher matcherHere(Pattern re) {
            if (index >= input.length()) {
                return null;
            }
            Matcher matcher = re.matcher(input);
            matcher.region(index, input.length());
            if (!matcher.find()) {
                return null;
            }
            index = matcher.end();
            return matcher;
        }

        private static boolean isAsciiPunctuation(char c) {
            return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
    }

    /** Flexmark's reference map, with keys case-folded the CommonMark way. */
    private static final class FoldingReferences extends ReferenceRepository {

        FoldingReferences(DataHolder options) {
            super(options);
        }

        @Override
        public @NotNull String normalizeKey(@NotNull CharSequence key) {
            return fold(super.normalizeKey(key));
        }

        @Override
        public com.vladsch.flexmark.ast.Reference put(@NotNull String key, @NotNull com.vladsch.flexmark.ast.Reference value) {
            return super.put(fold(key), value);
        }

        @Override
        public boolean containsKey(@NotNull Object key) {
            return super.containsKey(key instanceof String s ? fold(s) : key);
        }

        @Override
        public com.vladsch.flexmark.ast.Reference get(@NotNull Object key) {
            return super.get(key instanceof String s ? fold(s) : key);
        }
    }
}
