package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A page whose sections are {@code #} headings: a Word document converted with Pandoc (each "Heading 1" a {@code #}, the
 * title left in Pandoc's metadata), a Google Doc or a Notion page exported as Markdown (Notion writes the page's title
 * and its "Heading 1" blocks alike as {@code #}), a page with {@code title:} in its front matter whose sections are
 * {@code #}. A page has one {@code h1}, its title; such sections are shown a level lower ({@code ##}, and the headings
 * under them a level lower too), where each was a second {@code h1}.
 * <p>
 * Which {@code #} is the title, when the front matter gives none: the first, unless the page has several and the first
 * shares no word with the file's name ("Purpose" in Safeguarding policy.md; "Migrating WordPress" in migrating.md
 * does, and "Frequently asked questions" in faq.md, whose name is its initials), when the page is titled by its file's name and every {@code #} is a section. A file named without words
 * (2020-02-20.md), a folder's own page and a README keep their first {@code #} as title. Slide decks are left alone:
 * each slide has its own.
 */
public final class TopLevelSections {

    private static final Pattern TOP_HEADING = Pattern.compile("^#[ \\t]+(\\S.*)$");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The page's {@code #} headings that are sections, and whether its title is its file's name (none of its {@code #}
     * headings being its title).
     */
    public record Sections(List<String> headings, boolean titledByName) {
        public static final Sections NONE = new Sections(List.of(), false);

        public boolean any() {
            return !headings.isEmpty();
        }
    }

    private TopLevelSections() {
    }

    public static Sections of(String body, String path, FrontMatter meta) {
        String title = meta.title() == null ? "" : meta.title().strip();
        // Most pages have one '#' line, or none: told without reading them line by line (twice a page, 10,000 pages).
        if (meta.kind() == Kind.SLIDES || topHeadingLines(body) < (title.isEmpty() ? 2 : 1)) {
            return Sections.NONE;
        }
        List<String> headings = topHeadings(body);
        if (!title.isEmpty()) {
            // The front matter names the page: every '#' is a section, but one first that repeats the title.
            boolean repeated = !headings.isEmpty() && HeadingText.repeats(HeadingText.of(headings.get(0)), title, headings.size() == 1);
            return new Sections(repeated ? headings.subList(1, headings.size()) : headings, false);
        }
        if (headings.size() < 2) {
            return Sections.NONE;
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        boolean named = Handbook.folderPageRank(fileName) >= 0 || fileName.regionMatches(true, 0, "readme", 0, 6);
        return named || titles(headings.get(0), fileName) ? new Sections(headings.subList(1, headings.size()), false)
                : new Sections(headings, true);
    }

    /** Whether the first {@code #} heading can be the title of a file so named. */
    private static boolean titles(String heading, String fileName) {
        String name = HeadingText.ofName(Page.stem(fileName)).toLowerCase(Locale.ROOT);
        List<String> nameWords = words(name, 3);
        if (nameWords.isEmpty()) {
            return true; // 2020-02-20.md: the name says nothing the heading could be compared with
        }
        String first = HeadingText.of(heading).toLowerCase(Locale.ROOT);
        String firstLetters = WORDS.matcher(first).replaceAll("");
        String nameLetters = WORDS.matcher(name).replaceAll("");
        // javacourse.md and "Java course, sprint 1" share letters, not words.
        return nameWords.stream().anyMatch(firstLetters::contains) || words(first, 4).stream().anyMatch(nameLetters::contains)
                || initials(nameLetters, first);
    }

    /**
     * Whether a file's name, one short word, is the initials of the heading's words, in order, from its first (some
     * skipped, as "and"): amm.md for "Automated Market Makers", faq.md for "Frequently asked questions", dbs.md for
     * "Disclosure and Barring Service". Such a page was titled "Amm" by its file's name and its heading made a section.
     */
    private static boolean initials(String nameLetters, String heading) {
        if (nameLetters.length() < 2 || nameLetters.length() > 6) {
            return false;
        }
        String[] words = WORDS.split(heading.strip());
        int matched = 0;
        for (int i = 0; i < words.length && matched < nameLetters.length(); i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            if (words[i].charAt(0) == nameLetters.charAt(matched)) {
                matched++;
            } else if (matched == 0) {
                return false; // the first word starts the name
            }
        }
        return matched == nameLetters.length();
    }

    /** The words of at least {@code shortest} letters, each cut to its first five: "restore" and "Restoring" share "resto". */
    private static List<String> words(String text, int shortest) {
        List<String> words = new ArrayList<>();
        for (String word : WORDS.split(text)) {
            if (word.length() >= shortest) {
                words.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return words;
    }

    /** How many lines begin "# " or "#" and a tab, in code or not, counting no further than two. */
    private static int topHeadingLines(String body) {
        int count = body.startsWith("# ") || body.startsWith("#\t") ? 1 : 0;
        for (int at = body.indexOf("\n#"); at >= 0 && count < 2; at = body.indexOf("\n#", at + 2)) {
            if (at + 2 < body.length() && (body.charAt(at + 2) == ' ' || body.charAt(at + 2) == '\t')) {
                count++;
            }
        }
        return count;
    }

    /** The text of the {@code #} headings outside code, in order. */
    private static List<String> topHeadings(String body) {
        List<String> headings = new ArrayList<>();
        CodeFences fences = new CodeFences();
        for (String line : body.split("\n")) {
            if (fences.inCode(line) || !line.startsWith("#")) {
                continue;
            }
            java.util.regex.Matcher m = TOP_HEADING.matcher(line);
            if (m.matches()) {
                headings.add(m.group(1).replaceFirst("[ \\t]+#+[ \\t]*$", "").strip());
            }
        }
        return headings;
    }
}
