package org.handbookpress.pdf;

/**
 * Something the PDF engine noticed while laying out one document, for the stage that printed it to
 * turn into a finding against the page it came from (a PDF prints many pages; see {@link PrintFindings}).
 *
 * @param kind    what happened
 * @param subject what it happened to, as it can be found in the page: a URL, a picture's path, a word
 * @param detail  a sentence for the finding's message
 */
public record PrintNote(Kind kind, String subject, String detail) {

    /** What the engine noticed. */
    public enum Kind {
        /** A load from outside the handbook (another folder, another website, another jar), refused. */
        REFUSED,
        /** Text wider than the page, even after wrapping. */
        TOO_WIDE,
        /** A picture the engine was not given: it could not be read, or not scaled down. */
        PICTURE_DROPPED,
        /** An error the PDF library logged while printing. */
        ENGINE_ERROR
    }
}
