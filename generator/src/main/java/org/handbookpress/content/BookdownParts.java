package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bookdown's part headings in an R Markdown page: {@code # (PART) Getting started {-}} (or {@code (PART\*)}, a part
 * without a number) before a part's first chapter, and {@code # (APPENDIX) Appendix {-}} before the appendices. bookdown
 * shows them only in its table of contents, over the chapters that follow; a chapter's page starts at its own heading.
 * Read as headings, the first of them was the page's title ("(PART) Getting started"), and the chapter's real heading a
 * section under it. They become blank lines, so that the page keeps its lines and is titled by its chapter's heading;
 * the menu shows each part as a group of the chapters from its page on ({@link MenuGroups}).
 */
final class BookdownParts {

    /** A part heading, outside code: group 1 its heading's text, the part's name with its marker. */
    private static final Pattern PART = Pattern.compile("^#[ \\t]+(\\((?:PART(?:\\\\?\\*)?|APPENDIX)\\)[ \\t]+.*?)[ \\t]*$");
    /** The marker before a part's name: {@code (PART\*) Later on {-}}. */
    private static final Pattern MARKER = Pattern.compile("^\\([A-Z\\\\*]+\\)[ \\t]+");
    /** A chapter's heading, which a part heading after it does not come before: {@code # Why SSH?}. */
    private static final Pattern CHAPTER = Pattern.compile("^#[ \\t]+\\S");

    /**
     * A part heading: the part's name as the menu shows it ("Getting started"), its line, and whether it comes before the
     * page's chapter (the part starts with this page) or after it (with the next page in the book's order).
     */
    record Part(String name, int line, boolean beforeChapter) {
    }

    /** What is left of the page, the first part heading taken out as written ({@code # (PART) …}) or null, and each part. */
    record Read(String markdown, String firstPart, int firstLine, List<Part> parts) {
    }

    private BookdownParts() {
    }

    /** Whether the page's file is R Markdown, whose part headings bookdown reads (Quarto's books list parts in _quarto.yml). */
    static boolean reads(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".rmd");
    }

    static Read apply(String markdown) {
        if (!markdown.contains("(PART") && !markdown.contains("(APPENDIX)")) {
            return new Read(markdown, null, 0, List.of());
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        String first = null;
        int firstLine = 0;
        boolean chapterSeen = false;
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i])) {
                continue; // a book about bookdown shows the heading as an example
            }
            Matcher m = PART.matcher(lines[i]);
            if (m.matches()) {
                if (first == null) {
                    first = "# " + m.group(1);
                    firstLine = i + 1;
                }
                parts.add(new Part(name(m.group(1)), i + 1, !chapterSeen));
                lines[i] = "";
            } else if (CHAPTER.matcher(lines[i]).find()) {
                chapterSeen = true;
            }
        }
        return first == null ? new Read(markdown, null, 0, List.of()) : new Read(String.join("\n", lines), first, firstLine, List.copyOf(parts));
    }

    /** The part's name without its marker and attribute list ({@code {-}}), as plain words: "Getting started". */
    private static String name(String heading) {
        return HeadingText.of(MARKER.matcher(heading).replaceFirst(""));
    }
}
