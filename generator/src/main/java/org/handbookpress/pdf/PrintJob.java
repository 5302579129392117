package org.handbookpress.pdf;

/**
 * One PDF to print: where it goes, what it contains, and how it reports a failure.
 *
 * @param sitePath  output path from the site root ({@code downloads/mentor-training-workbook.pdf})
 * @param file      the file a failure is reported against (handbook.yml for a pack, the page otherwise)
 * @param line      the line in {@code file}, or 0
 */
record PrintJob(String sitePath, String file, int line, Printer printer) {

    /** Prints the PDF's bytes. */
    @FunctionalInterface
    interface Printer {
        Printed print() throws Exception;
    }

    /** A printed PDF: its bytes, its number of pages, and what the PDF engine noticed while printing it. */
    record Printed(byte[] bytes, int pages, java.util.List<PrintNote> notes) {

        Printed(byte[] bytes, int pages) {
            this(bytes, pages, java.util.List.of());
        }
    }
}
