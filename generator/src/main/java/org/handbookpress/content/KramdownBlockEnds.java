package org.handbookpress.content;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where kramdown ends a block of raw HTML: at the line that closes the element it opened. CommonMark ends it only at the
 * next blank line, so in a Jekyll site a heading or paragraph written straight under a {@code </div>} (opensource.guide's
 * checklists, just-the-docs' examples) was raw text, shown as typed. In a Jekyll site's pages (only: elsewhere the page
 * is CommonMark, as GitHub shows it) the closing tag moves to the end of the line before it and its own line is left
 * blank: the HTML is the same, the Markdown after it is read, and every line keeps its number. An element that opens
 * and closes on one line moves up into the blank line before it instead (the Markdown under it keeps its number).
 */
final class KramdownBlockEnds {

    /** A line opening a block element, as CommonMark's raw HTML of type 6 starts: its name (group 1). */
    private static final Pattern OPENS = Pattern.compile("^[ ]{0,3}<(" + HtmlBlockElements.alternatives() + ")(?=[\\s/>]|$)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MARKDOWN_ATTRIBUTE = Pattern.compile("\\smarkdown\\s*=", Pattern.CASE_INSENSITIVE);

    private KramdownBlockEnds() {
    }

    static String apply(String markdown) {
        if (markdown.indexOf("</") < 0) {
            return markdown;
        }
        return OutsideCode.apply(markdown, KramdownBlockEnds::blocks);
    }

    private static String blocks(String text) {
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        boolean paragraph = false; // a paragraph's line before: a tag then continues it, as in CommonMark
        for (int i = 0; i < lines.length; i++) {
            Matcher open = paragraph ? null : OPENS.matcher(lines[i]);
            if (open == null || !open.find()) {
                paragraph = !lines[i].isBlank() && !lines[i].stripLeading().startsWith("<");
                continue;
            }
            Tags tags = TAGS.computeIfAbsent(open.group(1).toLowerCase(Locale.ROOT), Tags::of);
            Pattern opening = tags.opening();
            Pattern closing = tags.closing();
            int depth = 0;
            int j = i;
            boolean boxes = false; // kramdown's markdown="1" inside: KramdownHtmlBlocks reads those lines as they are
            for (; j < lines.length && !lines[j].isBlank(); j++) {
                boxes |= MARKDOWN_ATTRIBUTE.matcher(lines[j]).find();
                depth += count(opening, lines[j]) - count(closing, lines[j]);
                if (depth <= 0) {
                    break;
                }
            }
            // The element closes on a line of its own (j, after its first), and Markdown follows straight under it.
            boolean closedAlone = !boxes && j > i && j + 1 < lines.length && depth <= 0 && closing.matcher(lines[j].strip()).matches();
            // Or a code fence: these lines are the text before one (OutsideCode), just-the-docs' </div> then ```.
            boolean beforeFence = j + 2 == lines.length && lines[j + 1].isEmpty();
            boolean markdownUnder = beforeFence || j + 1 < lines.length && !lines[j + 1].isBlank()
                    && !lines[j + 1].stripLeading().startsWith("<");
            // Or it opens and closes on one line after a blank one (<p style="page-break-after: always;"></p>, the
            // Standard for Public Code's print breaks), the Markdown under it: the element moves up into the blank line.
            boolean closedOnItsLine = !boxes && j == i && i > 0 && lines[i - 1].isBlank() && depth <= 0 && j + 1 < lines.length;
            if (closedAlone && markdownUnder) {
                lines[j - 1] = lines[j - 1] + lines[j].strip();
                lines[j] = "";
                changed = true;
            } else if (closedOnItsLine && markdownUnder) {
                lines[i - 1] = lines[i];
                lines[i] = "";
                changed = true;
            }
            i = Math.max(i, j);
            paragraph = false;
        }
        return changed ? String.join("\n", lines) : text;
    }

    /** An element's opening and closing tags. */
    private record Tags(Pattern opening, Pattern closing) {

        static Tags of(String name) {
            return new Tags(Pattern.compile("<" + name + "(?=[\\s/>])", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("</" + name + "\\s*>", Pattern.CASE_INSENSITIVE));
        }
    }

    /** The tags of each element met, by its name: made once for each name, not for every block of every page. */
    private static final Map<String, Tags> TAGS = new ConcurrentHashMap<>();

    private static int count(Pattern tag, String line) {
        int n = 0;
        for (Matcher m = tag.matcher(line); m.find(); ) {
            n++;
        }
        return n;
    }
}
