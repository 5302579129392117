package org.handbookpress.pdf;

import java.time.Instant;

/**
 * What a PDF says about itself.
 *
 * @param timestamp creation and modification date; from {@code project.build.outputTimestamp} so
 *                  two builds of the same input give the same bytes
 */
public record PdfMetadata(String title, String author, String subject, String language, Instant timestamp) {
}
