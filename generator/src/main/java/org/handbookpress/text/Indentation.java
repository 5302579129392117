package org.handbookpress.text;

/** A line's indentation: the spaces and tabs it starts with, as Markdown's and other tools' block syntax reads them. */
public final class Indentation {

    private Indentation() {
    }

    /** Where the line's first character other than a space or tab is (its length when there is none). */
    public static int of(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
