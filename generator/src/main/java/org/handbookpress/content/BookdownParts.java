package org.handbookpress.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bookdown's part headings in an R Markdown page: {@code # (PART) Getting started {-}} (or {@code (PART\*)}, a part
 * without a number) before a part's first chapter, and {@code # (APPENDIX) Appendix {-}} before the appendices. bookdown
 * shows them only in its table of contents, over the chapters that follow; a chapter's page starts at its own heading.
 * Read as headings, the first of them was the page's title ("(PART) Getting started"), and the chapter's real heading a
 * section under it. They become blank lines, so that the page keeps its lines and is titled by its chapter's heading.
 * The menu does not group the chapters under the part's name: the handbook's sections are folders.
 */
final class BookdownParts {

    /** A part heading, outside code: group 1 its heading's text, the part's name with its marker. */
    private static final Pattern PART = Pattern.compile("^#[ \\t]+(\\((?:PART(?:\\\\?\\*)?|APPENDIX)\\)[ \\t]+.*?)[ \\t]*$");

    /** What is left of the page, and the first part heading taken out as written ({@code # (PART) …}), or null. */
    record Read(String markdown, String firstPart, int firstLine) {
    }

    private BookdownParts() {
    }

    /** Whether the page's file is R Markdown, whose part headings bookdown reads (Quarto's books list parts in _quarto.yml). */
    static boolean reads(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".rmd");
    }

    static Read apply(String markdown) {
        if (!markdown.contains("(PART") && !markdown.contains("(APPENDIX)")) {
            return new Read(markdown, null, 0);
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        String first = null;
        int firstLine = 0;
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
                lines[i] = "";
            }
        }
        return first == null ? new Read(markdown, null, 0) : new Read(String.join("\n", lines), first, firstLine);
    }
}
