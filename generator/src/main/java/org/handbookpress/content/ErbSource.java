package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.files.SitePath;

/**
 * A Middleman page's ERB ({@code index.html.md.erb}, as every page of the GOV.UK Tech Docs Template is named): Ruby between
 * {@code <%} and {@code %>}, which Middleman runs before it reads the Markdown. The build runs no Ruby, but reads the
 * tags such pages are made of: {@code <%= partial "documentation/intro" %>} alone on its line shows that partial's text
 * there (a marker for {@code org.handbookpress.markdown.Includes}, as {@link IncludeLines} makes), the template's
 * {@code <%= warning_text("…") %>}, GOV.UK's warning text, is a warning box ({@code > [!WARNING] …}), the page's own front
 * matter ({@code # <%= current_page.data.title %>}, as most of those pages' headings are written) is its text, a
 * {@code content_for} (what the layout shows elsewhere: the sidebar, the title) is left out with what its block holds, a
 * {@code wrap_layout} block shows what it holds, and a comment ({@code <%# … %>}) is left out. Any other tag (a loop, a
 * condition, a helper) is left as written and counted, for one finding. The page keeps its lines.
 */
public final class ErbSource {

    /** A partial alone on its line: {@code <%= partial "x/y" %>}, {@code <%= partial('x/y', locals: {…}) %>}; group 2 the name. */
    private static final Pattern PARTIAL = Pattern.compile(
            "^[ ]{0,3}<%=\\s*partial\\s*\\(?\\s*([\"'])([^\"'\\n]+)\\1[^%\\n]*?-?%>[ \\t]*$");
    /** The start of a warning box at a line's start: group 1 the quote its text is in, the text running to the same quote. */
    private static final Pattern WARNING_START = Pattern.compile("^[ ]{0,3}<%=\\s*warning_text\\s*\\(?\\s*([\"'])");
    /** The end of the warning's text: its quote, an optional bracket and the tag's end, then nothing. */
    private static final Pattern WARNING_END = Pattern.compile("(?<!\\\\)([\"'])\\s*\\)?\\s*-?%>[ \\t]*$");

    /** Ruby that opens a block ending at its {@code end}: a call with {@code do} (and its arguments), or a condition or loop. */
    private static final Pattern OPENS_BLOCK = Pattern.compile("\\bdo\\s*(?:\\|[^|]*\\|)?$|^=?\\s*(?:if|unless|case|while|until|begin|for)\\b");
    /**
     * The page's own front matter, as the Tech Docs Template's pages head themselves, {@code # <%= current_page.data.title %>}:
     * group 1 or 2 the key ({@code current_page.data['title']} is the same).
     */
    private static final Pattern PAGE_DATA = Pattern.compile(
            "<%=\\s*current_page\\.data(?:\\.(\\w+)|\\[\\s*(?::|['\"])(\\w+)['\"]?\\s*\\])\\s*-?%>");

    /**
     * The Tech Docs Template's list of a section's pages, {@code <% sub_pages(current_page.url).each do |page| %>} (or
     * {@code current_page.children.each do}) with a list item linking each, as its sections' own pages are written.
     */
    private static final Pattern SUB_PAGES = Pattern.compile(
            "^(?:sub_pages\\(\\s*current_page(?:\\.url)?\\s*\\)|current_page\\.children)(?:\\.\\w+(?:\\s*\\{[^}]*\\})?)*\\.each\\s+do\\b");
    /** {@code <%= link_to "System context", "/c4/context/" %>}: group 2 the words, 4 the address, both in quotes. */
    private static final Pattern LINK_TO = Pattern.compile(
            "<%=\\s*link_to\\s*\\(?\\s*([\"'])([^\"'<>]*)\\1\\s*,\\s*([\"'])([^\"'<>\\s]*)\\3\\s*\\)?\\s*-?%>");
    /** A list's opening or closing tag alone on its line, around such a loop. */
    private static final Pattern LIST_START = Pattern.compile("^[ \\t]*<[ou]l(?:\\s[^>]*)?>[ \\t]*$");
    private static final Pattern LIST_END = Pattern.compile("^[ \\t]*</[ou]l>[ \\t]*$");

    /** The line of the {@code end} closing the block opened on line {@code start}, or -1. */
    private static int blockEnd(String[] lines, int start) {
        int depth = 0;
        for (int i = start; i < lines.length; i++) {
            String ruby = wholeTag(lines[i]);
            if (ruby == null) {
                continue;
            }
            if (ruby.equals("end")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            } else if (OPENS_BLOCK.matcher(ruby).find()) {
                depth++;
            }
        }
        return -1;
    }

    /**
     * The loop over a section's pages from {@code start} to its {@code end}, with the list around it, made the section's
     * list of pages (Relearn's {@code children}, which the build fills in): it was left as Ruby and one list item reading
     * "link_to resource.data.title", and the section's page listed nothing. Its other lines are blank.
     */
    private static void sectionPages(String[] lines, int start, int end) {
        int first = start > 0 && LIST_START.matcher(lines[start - 1]).matches() ? start - 1 : start;
        int last = end + 1 < lines.length && LIST_END.matcher(lines[end + 1]).matches() ? end + 1 : end;
        for (int i = first; i <= last; i++) {
            lines[i] = "";
        }
        lines[first] = "{{% children %}}";
    }

    /** What a block of ERB does with what it holds: shows it elsewhere (content_for), shows it here (wrap_layout), or runs it. */
    private enum Block { ELSEWHERE, HERE, RUN }
    /** A warning's text may run over several lines; further than this, the tag is taken as unfinished, and left. */
    private static final int MAX_WARNING_LINES = 40;

    /**
     * The page's Markdown, and the ERB it leaves as written.
     *
     * @param otherTags     how many tags are left as written (none: 0)
     * @param firstOtherTag the line of the body the first of them is on (1 for the first line), 0 for none
     */
    record Read(String markdown, int otherTags, int firstOtherTag) {
    }

    private ErbSource() {
    }

    /**
     * The Ruby of a line that is one tag and nothing else ({@code = } and all for an output tag), else null. Read without a
     * regular expression: a long line of spaces after {@code <%} took one quadratic time.
     */
    private static String wholeTag(String line) {
        String tag = line.strip();
        if (tag.length() < 4 || !tag.startsWith("<%") || tag.startsWith("<%#") || !tag.endsWith("%>")) {
            return null;
        }
        String ruby = tag.substring(2, tag.length() - 2);
        ruby = ruby.startsWith("-") ? ruby.substring(1) : ruby;
        ruby = ruby.endsWith("-") ? ruby.substring(0, ruby.length() - 1) : ruby;
        return ruby.strip();
    }

    /** The endings Middleman gives a partial's file, tried in this order after the name as written. */
    private static final List<String> PARTIAL_ENDINGS = List.of("", ".md", ".html.md", ".html.md.erb", ".md.erb", ".erb", ".html.erb",
            ".markdown", ".html");

    /**
     * The file a page's {@code partial "name"} shows, as Middleman finds it: beside the page first, then from the top of the
     * content folder (its {@code source/}); the name's last part with {@code _} before it ({@code documentation/_intro.md}) or
     * as written, with any of the endings of {@link #PARTIAL_ENDINGS}. Its path from the top of the content folder.
     *
     * @param folder the page's folder in the content folder ("" at the top)
     */
    static Optional<String> partialFile(Path contentDir, String folder, String name) {
        String path = name.replace('\\', '/');
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash + 1);
        String base = path.substring(slash + 1);
        for (String from : folder.isEmpty() ? List.of("") : List.of(folder + "/", "")) {
            for (String file : List.of(from + dir + "_" + base, from + dir + base)) {
                for (String ending : PARTIAL_ENDINGS) {
                    Path candidate = contentDir.resolve(file + ending).normalize();
                    if (candidate.startsWith(contentDir.normalize()) && Files.isRegularFile(candidate)) {
                        return Optional.of(contentDir.normalize().relativize(candidate).toString().replace('\\', '/'));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a page file is run through ERB: its name ends {@code .erb}. */
    public static boolean isErb(String path) {
        return path.regionMatches(true, path.length() - 4, ".erb", 0, 4);
    }

    /**
     * @param bodyLine the file line of the Markdown's first line, for the include markers
     * @param partials a partial's path from the top of the content folder, for the name a page gives it, when the file is there
     * @param data     the text of one of the page's front-matter keys ({@code title}), or null when the build does not know it
     */
    static Read read(String markdown, int bodyLine, Function<String, Optional<String>> partials, Function<String, String> data) {
        if (!markdown.contains("<%")) {
            return new Read(markdown, 0, 0);
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        java.util.Deque<Block> blocks = new java.util.ArrayDeque<>();
        int elsewhereFrom = 0; // while this many blocks are open, lines are a content_for's, shown elsewhere (0: none is)
        int others = 0;
        int firstOther = 0;
        for (int i = 0; i < lines.length; i++) {
            if (elsewhereFrom > 0) {
                String ruby = wholeTag(lines[i]);
                if ("end".equals(ruby)) {
                    blocks.poll();
                } else if (ruby != null && OPENS_BLOCK.matcher(ruby).find()) {
                    blocks.push(Block.RUN);
                }
                elsewhereFrom = blocks.size() >= elsewhereFrom ? elsewhereFrom : 0;
                lines[i] = "";
                continue;
            }
            if (fences.inCode(lines[i]) || !lines[i].contains("<%")) {
                continue;
            }
            String ruby = wholeTag(lines[i]);
            if (ruby != null && SUB_PAGES.matcher(ruby).find()) {
                int end = blockEnd(lines, i);
                if (end > i) {
                    sectionPages(lines, i, end);
                    i = end + (end + 1 < lines.length && LIST_END.matcher(lines[end + 1]).matches() ? 1 : 0);
                    continue;
                }
            }
            if (ruby != null) {
                boolean opens = OPENS_BLOCK.matcher(ruby).find();
                if (ruby.startsWith("content_for")) {
                    if (opens) {
                        blocks.push(Block.ELSEWHERE);
                        elsewhereFrom = blocks.size();
                    }
                    lines[i] = ""; // content_for :title, "…" alone sets what the layout shows, and shows nothing here
                    continue;
                }
                if (ruby.startsWith("wrap_layout") && opens) {
                    blocks.push(Block.HERE);
                    lines[i] = "";
                    continue;
                }
                if (ruby.equals("end") && blocks.peek() == Block.HERE) {
                    blocks.poll();
                    lines[i] = "";
                    continue;
                }
                if (ruby.equals("end")) {
                    blocks.poll();
                } else if (opens) {
                    blocks.push(Block.RUN);
                }
            }
            Matcher partial = PARTIAL.matcher(lines[i]);
            if (partial.matches()) {
                Optional<String> file = partials.apply(partial.group(2));
                if (file.isPresent()) {
                    lines[i] = IncludeLines.MARKER + (bodyLine + i) + " partial:/" + file.get().replace("--", "%2D%2D") + " -->";
                    continue;
                }
            }
            Matcher warning = WARNING_START.matcher(lines[i]);
            if (warning.find()) {
                int end = warningEnd(lines, i, warning.end(), warning.group(1));
                if (end >= 0) {
                    warningBox(lines, i, warning.end(), end, warning.group(1));
                    i = end;
                    continue;
                }
            }
            lines[i] = withoutComments(lines[i]);
            // Middleman's link_to with its words and address written out: the link it makes.
            lines[i] = LINK_TO.matcher(lines[i]).replaceAll(m -> Matcher.quoteReplacement("<a href=\"" + m.group(4).replace("\"", "&quot;")
                    + "\">" + m.group(2) + "</a>"));
            lines[i] = PAGE_DATA.matcher(lines[i]).replaceAll(m -> {
                String value = data.apply(m.group(1) != null ? m.group(1) : m.group(2));
                return Matcher.quoteReplacement(value != null ? value : m.group());
            });
            if (lines[i].contains("<%")) {
                others++;
                firstOther = firstOther == 0 ? i + 1 : firstOther;
            }
        }
        return new Read(String.join("\n", lines), others, firstOther);
    }

    /**
     * A partial's Markdown, shown in a page ({@code org.handbookpress.markdown.Includes}): the ERB it is made of read as a
     * page's is, its own partials found from its folder; what is left as written is the page's to show, not reported again.
     *
     * @param path the partial's path from the top of the content folder
     */
    public static String markdown(Path contentDir, String path, String text) {
        String folder = SitePath.folderOf(path);
        return read(text, 1, name -> partialFile(contentDir, folder, name), key -> null).markdown();
    }

    /** The line without its ERB comments ({@code <%# … %>}); one never closed on it stays. Linear in the line's length. */
    private static String withoutComments(String line) {
        int open = line.indexOf("<%#");
        if (open < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int copied = 0;
        while (open >= 0) {
            int close = line.indexOf("%>", open + 3);
            if (close < 0) {
                break;
            }
            out.append(line, copied, open);
            copied = close + 2;
            open = line.indexOf("<%#", copied);
        }
        return out.append(line, copied, line.length()).toString();
    }

    /** The line on which a warning's text, starting at {@code from} of line {@code start}, ends with its quote and the tag; -1 if none does. */
    private static int warningEnd(String[] lines, int start, int from, String quote) {
        for (int i = start; i < lines.length && i < start + MAX_WARNING_LINES; i++) {
            String rest = i == start ? lines[i].substring(from) : lines[i];
            Matcher end = WARNING_END.matcher(rest);
            if (end.find() && end.group(1).equals(quote)) {
                return i;
            }
        }
        return -1;
    }

    /** Lines {@code start} to {@code end} as a warning box: the text's first line after the marker, each other line quoted. */
    private static void warningBox(String[] lines, int start, int from, int end, String quote) {
        for (int i = start; i <= end; i++) {
            String text = i == start ? lines[i].substring(from) : lines[i];
            if (i == end) {
                Matcher close = WARNING_END.matcher(text);
                close.find();
                text = text.substring(0, close.start());
            }
            text = unquoted(text, quote);
            lines[i] = i == start ? "> [!WARNING] " + text.strip() : "> " + text;
        }
    }

    /** A Ruby string's text: {@code \"} (or {@code \'}) and {@code \\} as the characters they stand for. */
    private static String unquoted(String text, String quote) {
        return text.replace("\\" + quote, quote).replace("\\\\", "\\");
    }
}
