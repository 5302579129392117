package org.handbookpress.search;

import java.util.ArrayList;
import java.util.List;
import org.handbookpress.render.ShownName;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * One page as search sees it: its title and section, and its text cut at each h2–h4 heading, so that a
 * result can link to the heading above the words it found.
 *
 * @param sections the text before the first heading (anchor "", heading null), then the text under each
 *                 heading, a long one cut into parts of about {@link #PART_CHARS} characters
 */
public record SearchDocument(String title, String url, List<ShownName> sectionNames, String summary, List<Part> sections) {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page. The glossary's
    // "Used in:" lists are other pages' titles, not its text: indexed, they made the glossary a result for any title's
    // words (a federation's "lone working bala" found only the glossary, listing "Lone Working Policy" and "balanced").
    private static final Evaluator NOT_READ = QueryParser.parse("script, style, .visually-hidden, [role=tooltip], [hidden], "
            + ".glossary-used-in");

    /** The text under one heading; {@code anchor} is the heading's id ("" for the top of the page). */
    public record Part(String anchor, String heading, String text) {
    }

    /** Longest text kept per page: enough for the snippets of an 800-word page several times over. */
    static final int MAX_TEXT = 20_000;
    /** A longer section is cut into parts of about this many characters, each a file of its own. */
    static final int PART_CHARS = 1_200;

    /** A page whose section's names are all in its language: {@code section} as its line reads ("" at the top level). */
    public static SearchDocument of(String title, String url, String section, String summary, Element content) {
        return of(title, url, section == null || section.isEmpty() ? List.of() : List.of(new ShownName(section, null)), summary, content);
    }

    /**
     * @param sectionNames the names of the sections the page is in, the outermost first, each with its language when
     *                     that is not the page's (a Welsh page's section named in English, not translated yet)
     */
    public static SearchDocument of(String title, String url, List<ShownName> sectionNames, String summary, Element content) {
        Element body = content.clone();
        body.select(NOT_READ).remove();
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] current = {"", null};
        int[] kept = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && isSubheading(e.tagName()) && !e.id().isEmpty()) {
                    close();
                    current[0] = e.id();
                    current[1] = e.text();
                } else if (node instanceof TextNode t && !insideHeading(t)) {
                    if (kept[0] < MAX_TEXT) {
                        text.append(t.getWholeText());
                        kept[0] += t.getWholeText().length();
                    }
                } else if (node instanceof Element e && isCell(e) && e.previousElementSibling() != null) {
                    nextCell(text);
                } else if (node instanceof Element e && isList(e) && e.parent() != null && e.parent().normalName().equals("li")) {
                    endSentence(text); // the item's own words, before the list inside it
                } else if (node instanceof Element e && e.isBlock() && text.length() > 0) {
                    text.append(' ');
                }
            }

            private void close() {
                String t = collapseSpaces(text).strip();
                if (!t.isEmpty() || current[1] != null) {
                    // Cut at a space, so that every part starts and ends on a word.
                    while (t.length() > PART_CHARS * 3 / 2) {
                        int cut = t.lastIndexOf(' ', PART_CHARS);
                        cut = cut > PART_CHARS / 2 ? cut : PART_CHARS;
                        parts.add(new Part(current[0], current[1], t.substring(0, cut).strip()));
                        t = t.substring(cut).strip();
                    }
                    parts.add(new Part(current[0], current[1], t));
                }
                text.setLength(0);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (e.normalName().equals("tr") || e.normalName().equals("li"))) {
                    endSentence(text);
                }
                if (node == body) {
                    close();
                }
            }
        }, body);
        return new SearchDocument(title, url, List.copyOf(sectionNames), summary == null ? "" : summary, List.copyOf(parts));
    }

    /** The section line as it reads ("Local groups › Kendal › Policies"), "" at the top level. */
    public String section() {
        return ShownName.joined(sectionNames);
    }

    /**
     * Each run of the white space of a regular expression's {@code \s} (space, tab, line breaks, vertical tab,
     * form feed) as one space: what {@code replaceAll("\\s+", " ")} gives, without a new builder per run.
     */
    static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    /**
     * A table read as a reader would say it, in a snippet: its cells apart, "Jo · Lead · jo@example.org", and each
     * row a sentence of its own, rather than one run of words ("Name Role Contact Jo Lead jo@…"). Three characters a
     * cell and one a row more than a space, in text shipped to the browser: nothing else is added.
     */
    static final String CELL_SEPARATOR = " · ";

    private static boolean isList(Element e) {
        return e.normalName().equals("ul") || e.normalName().equals("ol");
    }

    private static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    /** Before a cell that follows another: the separator, once, however many cells before it were empty. */
    private static void nextCell(StringBuilder text) {
        int end = endOfText(text);
        if (end > 0 && text.charAt(end - 1) != '·') {
            text.setLength(end);
            text.append(CELL_SEPARATOR);
        }
    }

    /**
     * After a table's row or a list's item: a full stop, unless it ends in one already or a row's last cells were empty
     * (their separator goes). A checklist's items, each a line on the page, read as one run of words in a snippet too.
     */
    private static void endSentence(StringBuilder text) {
        int end = endOfText(text);
        if (end > 0 && text.charAt(end - 1) == '·') {
            end = endOfText(text, end - 1);
        }
        if (end == 0) {
            return;
        }
        text.setLength(end);
        if (SENTENCE_ENDS.indexOf(text.charAt(end - 1)) < 0) {
            text.append('.');
        }
        text.append(' ');
    }

    /** What ends a sentence already, in the scripts the theme's languages are written in and those of CJK. */
    private static final String SENTENCE_ENDS = ".!?…:;。！？؟۔";

    private static int endOfText(StringBuilder text) {
        return endOfText(text, text.length());
    }

    /** Where the text before {@code end} ends once its trailing white space is left out. */
    private static int endOfText(StringBuilder text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isSubheading(String tag) {
        return tag.equals("h2") || tag.equals("h3") || tag.equals("h4");
    }

    private static boolean insideHeading(Node node) {
        for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && isSubheading(e.normalName()) && !e.id().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts a result can show: the summary first when there is one, then each part of the text;
     * a long section is several parts under the same heading.
     */
    public List<Part> parts() {
        if (summary.isEmpty()) {
            return sections;
        }
        List<Part> all = new ArrayList<>();
        all.add(new Part("", null, summary));
        all.addAll(sections);
        return all;
    }
}
