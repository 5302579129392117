package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A document whose sections are all {@code #} headings, as a Word document converted with Pandoc is (each "Heading 1"
 * a {@code #}, the title left in Pandoc's metadata) and a Google Doc exported as Markdown often is: its first {@code #}
 * heading, "Purpose" or "Contents", names its first section, not the document. So when a page with no title of its
 * own has several {@code #} headings and the first shares no word with the file's name (Safeguarding policy.md), the
 * page is titled by its file's name and its headings are shown a level lower, as sections under that title. A first
 * heading that shares a word with the file's name ("Migrating WordPress" in migrating.md), a file name without words
 * (2020-02-20.md), a folder's own page or a README (README.md, README-old.md name no document) and slide decks keep the first heading as title.
 */
public final class TopLevelSections {

    private static final Pattern TOP_HEADING = Pattern.compile("^#[ \\t]+(\\S.*)$");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TopLevelSections() {
    }

    /** The page's {@code #} headings, when they are its sections (as above); otherwise none. */
    public static List<String> of(String body, String path, FrontMatter meta) {
        if (meta.title() != null && !meta.title().isBlank() || meta.kind() == Kind.SLIDES) {
            return List.of();
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        if (Handbook.folderPageRank(fileName) >= 0 || fileName.regionMatches(true, 0, "readme", 0, 6)
                || !(body.startsWith("#") || body.contains("\n#"))) {
            return List.of();
        }
        List<String> headings = topHeadings(body);
        if (headings.size() < 2) {
            return List.of();
        }
        String name = HeadingText.ofName(Page.stem(fileName)).toLowerCase(Locale.ROOT);
        List<String> nameWords = words(name, 3);
        if (nameWords.isEmpty()) {
            return List.of(); // 2020-02-20.md: the name says nothing the heading could be compared with
        }
        String first = HeadingText.of(headings.get(0)).toLowerCase(Locale.ROOT);
        String firstLetters = WORDS.matcher(first).replaceAll("");
        String nameLetters = WORDS.matcher(name).replaceAll("");
        // javacourse.md and "Java course, sprint 1" share letters, not words.
        boolean related = nameWords.stream().anyMatch(firstLetters::contains)
                || words(first, 4).stream().anyMatch(nameLetters::contains);
        return related ? List.of() : headings;
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
