package org.handbookpress.markdown;

import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's shortcodes, and GitBook's and Jekyll's block tags (Liquid's form), for a box, a fold, tabs, a picture, a
 * video, a file or a block of code, read as what the other tools' syntax becomes ({@link FencedDivs}):
 * <pre>
 * {{% hint warning %}}              {% hint style="warning" %}
 * Bring **water**.                  Bring **water**.
 * {{% /hint %}}                     {% endhint %}
 * </pre>
 * Hugo runs a shortcode through the site's theme, which a handbook has not got. These are the ones Hugo itself and
 * the themes handbooks are made with (Docsy, Hugo Book, Relearn, Hextra, Doks, Blowfish, Geekdoc) give one meaning,
 * and GitBook's own blocks (hint, tabs, embed, file, content-ref, code, stepper), so that a migrated handbook keeps
 * its boxes, folds, tabs, figures and code instead of showing their tags as text. Tags are read alone on their line,
 * several on one line ({@code {{% /tab %}} {{% tab "Linux" %}}}), or a box on one line with its content between its
 * tags. A tag that holds content is read only when its closing tag follows. A video is a link to it, never an
 * embedded player: the site makes no request to anyone else. The others stay as written, and {@link ForeignSyntax}
 * reports them.
 */
final class ShortcodeBlocks {

    /**
     * One tag: group 1 its opening delimiter, 2 the slash of a closing tag, 3 the name, 4 the arguments, 5 the slash of
     * a tag that closes itself ({@code {{< tab header="x" />}}}), 6 its closing delimiter.
     */
    private static final Pattern TAG = Pattern.compile(
            "\\{\\{([<%])-?[ \\t]*(/?)[ \\t]*([A-Za-z][\\w-]*)((?:[ \\t][^}]*?)?)[ \\t]*-?[ \\t]*(/?)([>%])\\}\\}");
    /**
     * A box written on one line, its content between its tags, as Hextra writes tabs and callouts ({@code {{< tab
     * name="JSON" >}}**JSON** is…{{< /tab >}}): group 1 the opening tag, 3 the name, 4 the content, from the spaces
     * before its first non-space (as {@code .*?\S.*?}, every split was tried: a line of 8,000 words after a tag never
     * closed took 14 s).
     */
    private static final Pattern ONE_LINE = Pattern.compile(
            "(\\{\\{([<%])-?[ \\t]*([A-Za-z][\\w-]*)(?:[ \\t][^}]*?)?[ \\t]*-?[>%]\\}\\})(\\s*\\S.*?)\\{\\{[<%]-?[ \\t]*/[ \\t]*\\3[ \\t]*-?[>%]\\}\\}[ \\t]*");
    /** GitBook's and Jekyll's block tag, Liquid's form: group 1 the name ({@code endhint} closes a hint), 2 the arguments. */
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?[ \\t]*([A-Za-z][\\w-]*)((?:[ \\t][^%]*?)?)[ \\t]*-?%\\}");
    /** A line that starts with a tag: group 1 from the tag on. */
    private static final Pattern TAG_LINE = Pattern.compile("^[ \\t]*(\\{[{%].*)$", Pattern.MULTILINE);
    /** One argument: a name and a value in quotes, backquotes or bare; or a value alone (positional). */
    private static final Pattern ARGUMENT = Pattern.compile(
            "([A-Za-z_][\\w-]*)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|`([^`]*)`|(\\S+))|\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|`([^`]*)`|(\\S+)");

    /** Shortcodes named for their kind of box: {@code {{< note >}}}, {@code {{< warning >}}} (Kubernetes' docs, among many). */
    private static final Set<String> KINDS = Set.of("note", "tip", "info", "warning", "caution", "important", "danger", "error",
            "success");
    /**
     * Box shortcodes whose kind is an argument, and where each theme puts it (a number is a positional argument):
     * Hugo Book's {@code hint warning}, Geekdoc's {@code hint type=}, Docsy's {@code alert color=} (DocDock's
     * {@code alert theme=}), Relearn's
     * {@code notice tip "Title"} or {@code style=}, Hextra's {@code callout type=}, Doks' {@code callout context=}, GitBook's
     * {@code {% hint style="warning" %}}.
     */
    private static final Map<String, List<String>> KIND_FROM = Map.of(
            "hint", List.of("type", "style", "0"),
            "alert", List.of("color", "type", "theme", "0"),
            "notice", List.of("style", "0"),
            "callout", List.of("type", "context", "0"),
            "admonition", List.of("type", "0"),
            "pageinfo", List.of("color"));
    /** A colour some themes name a box by, for the look it stands for; the others look like a note. */
    private static final Map<String, String> COLOURS = Map.of("green", "success", "red", "danger", "orange", "warning",
            "yellow", "warning", "default", "note", "primary", "note");
    /**
     * Folds: Hugo's own {@code details summary=}, Hugo Book's and Relearn's {@code details "Title"} and {@code expand "Title"},
     * HugoBlox's (Wowchemy's) {@code spoiler text="Title"}, the Hugo modules' {@code accordion "Title"} (Hugoplate's and
     * other themes') and Blowfish's {@code accordionItem title="Title"}.
     */
    private static final Set<String> FOLDS = Set.of("details", "expand", "spoiler", "accordion", "accordionitem");
    /** An accordion without a title is Blowfish's, around its {@code accordionItem}s: shown as what it holds. */
    private static final String ACCORDION = "accordion";
    /**
     * Wrappers shown as what they hold: tab sets (their tabs one after another, each titled by its name, as MkDocs'
     * content tabs are), Hugo Book's columns and steps (a list), Hextra's cards, GitBook's content-ref (a link), stepper
     * and columns.
     */
    private static final Set<String> WRAPPERS = Set.of("tabs", "tabpane", "columns", "column", "steps", "cards", "cardpane",
            "content-ref", "stepper", "step");
    /** GitBook's embed and file: a link, with a caption after it when the tag is closed later ({@code {% endembed %}}). */
    private static final Set<String> CAPTIONED = Set.of("embed", "file");
    /** A table with its title, {@code {{< table title="Kinds of leave" >}}} around a Markdown table (Hugo themes'). */
    private static final String TABLE = "table";
    /** The class that marks such a table's wrapper, which {@link DivBoxes} takes away once the title is the table's caption. */
    static final String CAPTIONED_TABLE = "captioned-table";
    /** Docsy's tab set, whose tabs hold code unless it or the tab says {@code text=true}. */
    private static final String DOCSY_TABS = "tabpane";
    /** Docsy's and Liquid's comment: words for the site's editors, never shown. */
    static final String COMMENT = "comment";
    /** A picture, a video (a video site's, or a file), a gist, GitBook's embed, file and page-ref: one line each. */
    private static final Set<String> EMBEDS = Set.of("figure", "image", "youtube", "vimeo", "gist", "embed", "file", "page-ref",
            "children", "section", "section-toc", "toc-tree", "list_children", "cta", "video");
    /** Hugo's and Jekyll's code: {@code {{< highlight go >}}}, {@code {% highlight ruby %}}. */
    private static final String CODE = "highlight";
    /**
     * A diagram's source, as Hugo's themes draw it with Mermaid's script ({@code {{< mermaid >}}}: Relearn, Docsy,
     * Hextra): the site runs no script of another's, so it is shown as code in that language, as a Mermaid fence is.
     * Read as Markdown, its arrows and brackets were a paragraph, a code block and an unclosed {@code <mermaid>}.
     */
    private static final String DIAGRAM = "mermaid";
    /**
     * Hugo's own docs' {@code {{< code-toggle file=hugo >}}}: a piece of configuration (TOML, YAML or JSON) that their
     * theme shows in the three formats. Its content is configuration, never Markdown: read as Markdown, TOML's
     * {@code [[cascade]]} was a wiki link reported missing and {@code roles = ["**"]} unrendered emphasis. It is
     * shown as written, in its own language, titled by its file.
     */
    private static final String CONFIG = "code-toggle";
    /** The first line of a piece of TOML: a table ({@code [params]}, {@code [[cascade]]}) or a key and its value. */
    private static final Pattern TOML_LINE = Pattern.compile("^\\s*(?:\\[|[\\w.\"'-]+\\s*=)");

    private ShortcodeBlocks() {
    }

    /** A shortcode's arguments: the named ones by name, the others by their position ("0", "1"…). */
    record Arguments(Map<String, String> values) {
        static Arguments of(String text) {
            Map<String, String> values = new LinkedHashMap<>();
            Matcher m = ARGUMENT.matcher(text);
            int position = 0;
            while (m.find()) {
                if (m.group(1) != null) {
                    values.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), first(m, 2, 5));
                } else {
                    values.put(String.valueOf(position++), first(m, 6, 9));
                }
            }
            return new Arguments(values);
        }

        private static String first(Matcher m, int from, int to) {
            for (int group = from; group <= to; group++) {
                if (m.group(group) != null) {
                    return m.group(group).replace("\\\"", "\"");
                }
            }
            return "";
        }

        /** The first of these arguments given and not blank, or null. */
        String get(String... names) {
            for (String name : names) {
                String value = values.get(name);
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
            return null;
        }

        boolean isTrue(String name) {
            String value = values.get(name);
            return value != null && (value.equalsIgnoreCase("true") || value.equals(name));
        }
    }

    /** One tag of a line of tags. */
    private record Tag(boolean closing, String name, Arguments arguments, boolean closesItself) {
        boolean opening() {
            return !closing && !closesItself;
        }
    }

    /**
     * The tags a line is made of, or null when it is anything else: a tag alone, or several with spaces between, as Docsy's
     * docs write {@code {{% /tab %}} {{% tab "Linux" %}}} and {@code {{< tabpane >}} {{< tab header="Pick:" />}}}.
     */
    private static List<Tag> tags(CharSequence line) {
        String text = line.toString().strip();
        if (!text.startsWith("{{") && !text.startsWith("{%")) {
            return null;
        }
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        Matcher liquid = LIQUID_TAG.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (m.region(at, text.length()).lookingAt() && m.group(6).equals(m.group(1).equals("<") ? ">" : "%")) {
                tags.add(new Tag(!m.group(2).isEmpty(), m.group(3).toLowerCase(Locale.ROOT), Arguments.of(m.group(4)), !m.group(5).isEmpty()));
                at = m.end();
            } else if (liquid.region(at, text.length()).lookingAt()) {
                String name = liquid.group(1).toLowerCase(Locale.ROOT);
                boolean closing = name.startsWith("end") && name.length() > 3;
                tags.add(new Tag(closing, closing ? name.substring(3) : name, Arguments.of(liquid.group(2)), false));
                at = liquid.end();
            } else {
                return null;
            }
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }
        return tags;
    }

    /**
     * The parsers for a line that opens what this class reads, or null: a figure, video or tab label alone, or a shortcode
     * that holds content (closed later in the page) with any tab labels that close themselves after it, inside it.
     */
    static BlockParser[] open(ParserState state, BasedSequence rest, BasedSequence line) {
        if (rest.length() < 6 || rest.charAt(0) != '{' || rest.charAt(1) != '{' && rest.charAt(1) != '%') {
            return null;
        }
        List<Tag> tags = tags(rest);
        if (tags != null) {
            return open(state, tags, line);
        }
        Matcher one = ONE_LINE.matcher(rest);
        Tag tag = one.matches() ? boxOnOneLine(one) : null;
        BlockParser box = tag == null ? null : openContent(state, tag, line);
        return box instanceof BoxParser b
                ? new BlockParser[] {new OneLineParser(b.block, rest.subSequence(one.start(4), one.end(4)).trim(), line.trimEOL())} : null;
    }

    /** The opening tag of a box written on one line, when it is one this class reads and holds Markdown; else null. */
    private static Tag boxOnOneLine(Matcher one) {
        List<Tag> tags = tags(one.group(1));
        Tag tag = tags != null && tags.size() == 1 ? tags.get(0) : null;
        return tag != null && tag.opening() && holdsContent(tag.name) && !tag.name.equals(CODE) && !tag.name.equals(DIAGRAM)
                && !tag.name.equals(COMMENT)
                && !tag.name.equals(CONFIG) ? tag : null;
    }

    private static BlockParser[] open(ParserState state, List<Tag> tags, BasedSequence line) {
        if (!shapeOpens(tags)) {
            return null;
        }
        Tag first = tags.get(0);
        if (!first.opening() || isEmbed(first)) {
            ShortcodeNodes.Embed embed = embed(first);
            if (embed != null && CAPTIONED.contains(first.name)
                    && closedAfter(line.getBase(), line.getBaseSequence(), line.getEndOffset(), first.name)) {
                BoxParser box = new BoxParser(first.name, first.arguments);
                box.block.classes.add(first.name); // a wrapper: the link, then the caption
                box.opening = line.trimEOL();
                return new BlockParser[] {box, new FencedDivs.LineParser(embed, line.trimEOL())};
            }
            return embed == null ? null : new BlockParser[] {new FencedDivs.LineParser(embed, line.trimEOL())};
        }
        if (!holdsContent(first.name) || !closedAfter(line.getBase(), line.getBaseSequence(), line.getEndOffset(), first.name)) {
            return null;
        }
        List<BlockParser> parsers = new ArrayList<>();
        parsers.add(openContent(state, first, line));
        for (Tag label : tags.subList(1, tags.size())) {
            parsers.add(new FencedDivs.LineParser(embed(label), line.trimEOL()));
        }
        return parsers.toArray(BlockParser[]::new);
    }

    /** A line of tags that opens: one tag, or a tag that holds content followed by tab labels (tags that close themselves). */
    private static boolean shapeOpens(List<Tag> tags) {
        if (tags.isEmpty() || tags.get(0).closing) {
            return false;
        }
        if (tags.size() == 1) {
            return true;
        }
        if (!tags.get(0).opening() || !holdsContent(tags.get(0).name)) {
            return false;
        }
        return tags.subList(1, tags.size()).stream().allMatch(t -> t.closesItself && t.name.equals("tab") && embed(t) != null);
    }

    private static BlockParser openContent(ParserState state, Tag tag, BasedSequence line) {
        String name = tag.name;
        Arguments arguments = tag.arguments;
        if (name.equals(CODE)) {
            return new ShortcodeNodes.CodeParser(name, arguments.get("0"), null, line.trimEOL());
        }
        if (name.equals(DIAGRAM)) {
            return new ShortcodeNodes.CodeParser(name, DIAGRAM, null, line.trimEOL());
        }
        if (name.equals(COMMENT)) {
            return new ShortcodeNodes.CodeParser(name, null, null, line.trimEOL());
        }
        if (name.equals(CONFIG)) {
            String language = configLanguage(line.getBaseSequence(), line.getEndOffset());
            String file = arguments.get("file");
            String title = file == null ? null : file.contains(".") ? file : file + "." + language;
            return new ShortcodeNodes.CodeParser(name, language, title, line.trimEOL());
        }
        BoxParser tabs = name.equals("tab") ? enclosing(state, DOCSY_TABS) : null;
        if (tabs != null && !tabs.arguments.isTrue("text") && !arguments.isTrue("text")) {
            // Docsy shows a tab's content as code, in the tab's language (or its header's, with langEqualsHeader).
            String header = arguments.get("header", "0");
            String language = arguments.get("lang") != null ? arguments.get("lang")
                    : tabs.arguments.isTrue("langequalsheader") ? header : tabs.arguments.get("lang");
            return new ShortcodeNodes.CodeParser(name, language == null ? null : language.toLowerCase(Locale.ROOT),
                    header != null ? header : "Tab", line.trimEOL());
        }
        BoxParser box = new BoxParser(name, arguments);
        box(box.block, name, arguments);
        box.opening = line.trimEOL();
        return box;
    }

    /** The language of the configuration from {@code from} on, by its first line that is not blank: JSON, TOML or YAML. */
    static String configLanguage(CharSequence text, int from) {
        int start = Math.min(from, text.length());
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n') {
                end++;
            }
            String line = text.subSequence(start, end).toString();
            if (!line.isBlank()) {
                return line.strip().startsWith("{") ? "json" : TOML_LINE.matcher(line).find() ? "toml" : "yaml";
            }
            start = end + 1;
        }
        return "toml";
    }

    /**
     * Whether a line is the tag of a diagram's source, {@code {{< mermaid >}}} ({@code closing} false) or
     * {@code {{< /mermaid >}}}: the lines between are code, in which a check for other tools' syntax looks for nothing
     * (Mermaid writes a hexagon {@code {{End of run}}}, which is no template tag).
     */
    static boolean isDiagramTag(String line, boolean closing) {
        List<Tag> tags = line.indexOf('{') < 0 ? null : tags(line);
        return tags != null && tags.size() == 1 && tags.get(0).name.equals(DIAGRAM)
                && (closing ? tags.get(0).closing : tags.get(0).opening());
    }

    /**
     * Whether a line of a page's Markdown is made of shortcodes this class reads, so that it is not reported as one it
     * does not: {@code after} is where the next line starts, for a paired one's closing tag.
     */
    static boolean reads(String line, String markdown, int after) {
        List<Tag> tags = tags(line);
        if (tags == null) {
            Matcher one = ONE_LINE.matcher(line.strip());
            return one.matches() && boxOnOneLine(one) != null;
        }
        int closing = leadingClosingTags(tags);
        for (Tag tag : tags.subList(0, closing)) {
            if (!holdsContent(tag.name) || !openedBefore(markdown, Math.max(0, after - line.length() - 1), tag.name)) {
                return false;
            }
        }
        List<Tag> opening = tags.subList(closing, tags.size());
        if (opening.isEmpty()) {
            return true;
        }
        Tag first = opening.get(0);
        return shapeOpens(opening) && (first.opening() && !isEmbed(first)
                ? holdsContent(first.name) && closedAfter(markdown, markdown, Math.min(after, markdown.length()), first.name)
                : embed(first) != null);
    }

    private static int leadingClosingTags(List<Tag> tags) {
        int closing = 0;
        while (closing < tags.size() && tags.get(closing).closing) {
            closing++;
        }
        return closing;
    }

    /**
     * The figure, video or gist a tag names, or a tab that closes itself: Docsy's {@code {{< tab header="Front matter:"
     * disabled=true />}}} labels the tabs after it. Null for a tag that names nothing this class shows.
     */
    private static ShortcodeNodes.Embed embed(Tag tag) {
        if (isEmbed(tag)) {
            return ShortcodeNodes.Embed.of(tag.name, tag.arguments);
        }
        String label = tag.closesItself && tag.name.equals("tab") ? tag.arguments.get("header", "name", "title", "0") : null;
        return label == null ? null : new ShortcodeNodes.Embed("label", null, label, null, null);
    }

    /** A tag that stands for one thing on its line; Hextra's card is a link (Docsy's, with no link, holds content). */
    private static boolean isEmbed(Tag tag) {
        return EMBEDS.contains(tag.name) || tag.name.equals("card") && tag.arguments.get("link") != null;
    }

    private static boolean holdsContent(String name) {
        return KINDS.contains(name) || KIND_FROM.containsKey(name) || FOLDS.contains(name) || WRAPPERS.contains(name)
                || name.equals("tab") || name.equals("card") || name.equals("code") || name.equals(TABLE) || CAPTIONED.contains(name)
                || name.equals(CODE) || name.equals(DIAGRAM) || name.equals(COMMENT) || name.equals(CONFIG);
    }

    /** The innermost open shortcode of this name around the line, or null. */
    private static BoxParser enclosing(ParserState state, String name) {
        List<BlockParser> open = state.getActiveBlockParsers();
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i) instanceof BoxParser box && box.name.equals(name)) {
                return box;
            }
        }
        return null;
    }

    /**
     * Whether the line closes this shortcode: a line of closing tags, one of them this one's, and after them nothing or
     * the opening of the next ({@code {{% /tab %}} {{% tab "Linux" %}}}), which {@link #afterClosingTags} opens.
     */
    static boolean closes(ParserState state, BasedSequence rest, String name) {
        List<Tag> tags = tags(rest);
        if (tags == null) {
            return false;
        }
        int closing = leadingClosingTags(tags);
        return tags.subList(0, closing).stream().anyMatch(t -> t.name.equals(name))
                && (closing == tags.size() || open(state, tags.subList(closing, tags.size()), state.getLine()) != null);
    }

    /**
     * What opens after the closing tags that start this line ({@link #closes}), or null: the closing tags end the boxes
     * they belong to, and the line is then the next one's opening line.
     */
    static BlockParser[] afterClosingTags(ParserState state, BasedSequence rest, BasedSequence line) {
        List<Tag> tags = tags(rest);
        if (tags == null) {
            return null;
        }
        int closing = leadingClosingTags(tags);
        return closing == 0 || closing == tags.size() ? null : open(state, tags.subList(closing, tags.size()), line);
    }

    /** Whether the page closes this shortcode somewhere after {@code from}. */
    private static boolean closedAfter(Object key, CharSequence text, int from, String name) {
        return TagIndex.of(key, text).closedAfter(name, from);
    }

    /** Whether a line of tags before {@code to} opens this shortcode, so that its closing tag is read, not shown. */
    private static boolean openedBefore(String text, int to, String name) {
        return TagIndex.of(text, text).openedBefore(name, to);
    }

    /**
     * Where a page's closing tags are, and its lines of tags that open, by name: found in one pass over the page, so
     * that asking for each tag costs a look-up, not a search of the rest of the page (8,000 tags left open took 40 s).
     * The last page's is kept, per thread, as the Markdown stage asks line by line of one page at a time.
     */
    private static final class TagIndex {
        private static final Pattern CLOSING = Pattern.compile("\\{\\{[<%]-?[ \\t]*/[ \\t]*([A-Za-z][\\w-]*)[ \\t]*-?[>%]\\}\\}"
                + "|\\{%-?[ \\t]*end([A-Za-z][\\w-]*)[ \\t]*-?%\\}");
        private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

        private final Map<String, List<Integer>> closings = new java.util.HashMap<>();
        private final Map<String, Integer> firstOpening = new java.util.HashMap<>();

        /** @param key the page's text as the caller holds it: the same object for every line of one page */
        static TagIndex of(Object key, CharSequence text) {
            Object[] last = LAST.get();
            if (last[0] != key) {
                last[0] = key;
                last[1] = new TagIndex(text.toString());
            }
            return (TagIndex) last[1];
        }

        private TagIndex(String text) {
            Matcher m = CLOSING.matcher(text);
            while (m.find()) {
                String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
                closings.computeIfAbsent(name, n -> new ArrayList<>()).add(m.start());
            }
            Matcher line = TAG_LINE.matcher(text);
            while (line.find()) {
                List<Tag> tags = tags(line.group(1));
                if (tags != null) {
                    for (Tag tag : tags) {
                        if (tag.opening()) {
                            firstOpening.putIfAbsent(tag.name, line.start());
                        }
                    }
                }
            }
        }

        boolean closedAfter(String name, int from) {
            List<Integer> at = closings.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return !at.isEmpty() && at.get(at.size() - 1) >= from;
        }

        boolean openedBefore(String name, int to) {
            Integer first = firstOpening.get(name);
            return first != null && first < to;
        }
    }

    /** Gives the box its kind, title and whether it folds, as the theme that defines the shortcode would. */
    private static void box(FencedDivs.FencedDiv div, String name, Arguments arguments) {
        if (name.equals(ACCORDION) && arguments.get("title", "0") == null) {
            div.classes.add(name); // a wrapper with no title: layout, not a box (DivBoxes)
        } else if (FOLDS.contains(name)) {
            div.classes.add(name);
            div.folded = true;
            String title = arguments.get("summary", "title", "text", "0");
            div.title = title != null ? title : "Details";
            // Hugo's own and Hugo Book's open=true, Hugo Book's "open" after the title, Hextra's closed=false.
            div.open = arguments.isTrue("open") || "open".equals(arguments.get("1"))
                    || arguments.values().containsKey("closed") && !arguments.isTrue("closed");
        } else if (WRAPPERS.contains(name)) {
            div.classes.add(name); // a wrapper with no title: layout, not a box (DivBoxes)
        } else if (name.equals("code")) {
            div.classes.add("code-block"); // GitBook's {% code title="setup.sh" %} around a code block: titled by it
            String title = arguments.get("title");
            div.title = title != null ? title : "";
        } else if (name.equals(TABLE)) {
            div.classes.add(CAPTIONED_TABLE);
            String title = arguments.get("title", "caption", "0");
            div.title = title != null ? title : "";
        } else if (name.equals("card")) {
            div.classes.add("card"); // Docsy's card: its header titles it
            String title = arguments.get("header", "title");
            div.title = title != null ? title : "";
        } else if (name.equals("tab")) {
            div.classes.add("tab");
            div.folded = false;
            String title = arguments.get("name", "title", "header", "0");
            div.title = title != null ? title : "Tab";
            String id = arguments.get("id"); // a theme's own, where the page links its tab (content.DelimitedTabs)
            div.id = id != null ? id : div.id;
        } else {
            String given = KINDS.contains(name) ? name : arguments.get(KIND_FROM.get(name).toArray(String[]::new));
            div.classes.add(kind(given));
            String title = arguments.get("title", KINDS.contains(name) ? "0" : "title");
            boolean kindFirst = given != null && given.equals(arguments.get("0"));
            if (title == null && kindFirst && !names(given)) {
                title = given; // a word that names no kind is the box's title, as in 18F's {% alert "New travel guidance" %}
            } else if (title == null && kindFirst) {
                title = arguments.get("1"); // the title after the kind: Relearn's notice tip "Title", callout note "注意"
            }
            div.title = title != null ? title : "";
        }
    }

    /** A kind a box can show: one with a label, else the kind whose look it takes, else a note. */
    private static String kind(String given) {
        if (given == null) {
            return "note";
        }
        String kind = given.toLowerCase(Locale.ROOT);
        kind = COLOURS.getOrDefault(kind, kind);
        if (FencedDivs.LABELS.containsKey(kind)) {
            return kind;
        }
        String look = BoxStyles.of(kind);
        return look != null ? look : "note";
    }

    /** Whether a kind argument names a kind or a colour a box can take, rather than being words of its own. */
    private static boolean names(String given) {
        String kind = given.toLowerCase(Locale.ROOT);
        return COLOURS.containsKey(kind) || FencedDivs.LABELS.containsKey(kind) || BoxStyles.of(kind) != null;
    }

    /** A box shortcode's content, to its closing tag. */
    private static final class BoxParser extends FencedDivs.BoxParser {
        private final String name;
        private final Arguments arguments;

        BoxParser(String name, Arguments arguments) {
            this.name = name;
            this.arguments = arguments;
        }

        /** The first line after the last blank one this box has read: where raw HTML open inside it started. */
        private String sinceBlank = "";
        private boolean blankBefore = true;

        /**
         * Hugo fills in shortcodes before it reads the Markdown, so a closing tag closes its box straight after raw HTML
         * ({@code <img …>} and a line of text, then {@code {{< /alert >}}}), which runs to a blank line in CommonMark: such
         * a closing tag was taken into the HTML and shown as text, and the box ran on over the rest of the page. Only raw
         * HTML that runs to its own end tag ({@code <pre>}, a comment), and code, still hold the tag as text.
         */
        @Override
        public BlockContinue tryContinue(ParserState state) {
            BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
            if (closes(state, rest, name) && !FencedDivs.openInside(state, this, parser -> FencedDivs.holdsTextPast(parser, sinceBlank))) {
                state.getProperties().set(FencedDivs.CLOSED_AT, state.getLineNumber()); // the tag's line is then nobody's text
                return BlockContinue.none();
            }
            if (state.isBlank()) {
                blankBefore = true;
            } else if (blankBefore) {
                blankBefore = false;
                sinceBlank = rest.toString();
            }
            return BlockContinue.atIndex(state.getIndex());
        }
    }

    /** A box on one line: its content is one paragraph, read as Markdown where it stands in the line. */
    private static final class OneLineParser extends FencedDivs.LineParser {
        private final FencedDivs.FencedDiv block;
        private final BasedSequence content;

        OneLineParser(FencedDivs.FencedDiv block, BasedSequence content, BasedSequence line) {
            super(block, line);
            this.block = block;
            this.content = content;
        }

        @Override
        public void parseInlines(com.vladsch.flexmark.parser.InlineParser inlineParser) {
            com.vladsch.flexmark.ast.Paragraph paragraph = new com.vladsch.flexmark.ast.Paragraph(content);
            block.appendChild(paragraph);
            inlineParser.parse(content, paragraph);
        }
    }
}
