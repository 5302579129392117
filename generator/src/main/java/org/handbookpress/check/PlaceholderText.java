package org.handbookpress.check;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;

/**
 * Reports text left in as a placeholder: lorem ipsum, the editor's markers for unfinished work
 * (to-do, to be confirmed, to be decided, three x's) and "insert … here". Code is left alone, since
 * examples there are deliberate. Each finding points at the line and column of the word.
 */
public final class PlaceholderText implements HtmlPass {

    /**
     * @param mayMatch a quick test that every match of the pattern passes: a text without it is not searched.
     *                 Every text node of every page is scanned, and almost none holds a placeholder.
     */
    record Placeholder(String code, Pattern pattern, Predicate<String> mayMatch, String fix) {
    }

    // Written as patterns (T[O]DO, X{3}) rather than literally, and upper case only where the same
    // letters are ordinary words in lower case ("to do"); "xxx" and lorem ipsum are never ordinary.
    static final List<Placeholder> PLACEHOLDERS = List.of(
            new Placeholder("placeholder.lorem-ipsum", Pattern.compile("(?i)\\blorem\\s+ipsum\\b"),
                    text -> containsIgnoringCase(text, "lorem"),
                    "replace the dummy text with the real text"),
            new Placeholder("placeholder.todo", Pattern.compile("\\b(?:TO[ -]?DO|TB[CDA]|FIX ?ME)\\b|(?<![\\w-])(?i:x{3})(?![\\w-])"),
                    text -> text.contains("TO") || text.contains("TB") || text.contains("FIX") || containsIgnoringCase(text, "xxx"),
                    "finish this part and remove the marker"),
            new Placeholder("placeholder.insert-here", Pattern.compile("(?i)\\binsert\\b[^.!?\\n]{0,60}?\\bhere\\b"),
                    text -> containsIgnoringCase(text, "insert"),
                    "replace the instruction with the real text"));

    /**
     * Whether {@code text} holds {@code word} (lower case) in any case. It accepts at least what a pattern
     * with (?i) accepts (ASCII letters in either case; {@link String#regionMatches(boolean, int, String, int, int)}
     * also folds some other letters), so it can only let through text the pattern then rejects.
     */
    static boolean containsIgnoringCase(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
        }
        for (int at = text.indexOf(upper); at >= 0; at = text.indexOf(upper, at + 1)) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private final Findings findings;

    public PlaceholderText(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml html) {
        // The title and summary appear in menus, lists and search results, so a placeholder there shows widely.
        // A title taken from the page's '#' heading is checked here too: that heading has left the content by now.
        int titleLine = DuplicateTitles.titleLine(html.page());
        if (titleLine > 0) {
            scanTitle(html, "title", html.page().title(), titleLine);
        }
        if (html.page().meta().summary() != null) {
            scanTitle(html, "summary", html.page().meta().summary(), html.page().meta().lineOf("summary"));
        }
        SourcePosition source = new SourcePosition(html.page());
        // Newlines already passed inside each located element: a paragraph's third line is its line + 2.
        Map<Element, Integer> newlinesSeen = new IdentityHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !inCode(text)) {
                Element block = locatedAncestor(text);
                int base = block == null ? 0 : SourceLines.of(block) + newlinesSeen.getOrDefault(block, 0);
                scan(html, source, text.getWholeText(), block == null ? 0 : base);
                if (block != null) {
                    newlinesSeen.merge(block, SourceLines.newlines(text.getWholeText(), text.getWholeText().length()), Integer::sum);
                }
            }
        }, html.content());
    }

    private void scan(PageHtml html, SourcePosition source, String text, int baseLine) {
        for (Placeholder placeholder : PLACEHOLDERS) {
            if (!placeholder.mayMatch().test(text)) {
                continue;
            }
            Matcher m = placeholder.pattern().matcher(text);
            while (m.find()) {
                int line = baseLine == 0 ? 0 : baseLine + SourceLines.newlines(text, m.start());
                String found = m.group().replaceAll("\\s+", " ");
                int column = source.column(line, found);
                if (column == 0) {
                    column = source.column(line, found.split(" ")[0]);
                }
                findings.add(new Finding(html.page().path(), line, column, Severity.WARNING, placeholder.code(),
                        "placeholder text left in: '" + abbreviate(found) + "'", placeholder.fix()));
            }
        }
    }

    private void scanTitle(PageHtml html, String key, String value, int line) {
        for (Placeholder placeholder : PLACEHOLDERS) {
            Matcher m = placeholder.pattern().matcher(value);
            if (m.find()) {
                findings.warning(html.page().path(), line, placeholder.code(),
                        "placeholder text left in the '" + key + "': '" + abbreviate(m.group()) + "'", placeholder.fix());
            }
        }
    }

    private static Element locatedAncestor(Node node) {
        for (Element e = node.parentNode() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (e.hasAttr(MarkdownConverter.LINE)) {
                return e;
            }
        }
        return null;
    }

    private static boolean inCode(TextNode text) {
        for (Node n = text.parentNode(); n instanceof Element e; n = e.parentNode()) {
            if (e.tagName().equals("code") || e.tagName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() > 50 ? text.substring(0, 50) + "…" : text;
    }
}
