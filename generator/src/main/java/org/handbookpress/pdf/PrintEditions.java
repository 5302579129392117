package org.handbookpress.pdf;

import org.handbookpress.content.Edition;

/** What changes in a PDF's description from one edition to another; its text does not change. */
final class PrintEditions {

    private PrintEditions() {
    }

    /**
     * The PDF's title for readers' software and assistive technology: the large-print copy says so
     * in its title, so that it is told apart from the standard copy in a list of files or on a reader.
     */
    static String title(String title, Edition edition) {
        return edition == Edition.LARGE_PRINT ? title + " (large print)" : title;
    }
}
