package org.handbookpress.pdf;

import java.util.Map;
import org.handbookpress.content.Edition;
import org.handbookpress.labels.Labels;

/** What changes in a PDF's description from one edition to another; its text does not change. */
final class PrintEditions {

    private PrintEditions() {
    }

    /**
     * The PDF's title for readers' software and assistive technology: the large-print copy says so
     * in its title, so that it is told apart from the standard copy in a list of files or on a reader, in the language
     * of the labels given ("Safeguarding (large print)").
     */
    static String title(String title, Edition edition, Labels words) {
        return edition == Edition.LARGE_PRINT ? words.format("print.large-print-title", Map.of("title", title)) : title;
    }
}
