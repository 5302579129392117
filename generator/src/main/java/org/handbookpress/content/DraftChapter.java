package org.handbookpress.content;

/**
 * A chapter a book's SUMMARY.md names but has not written yet, {@code - [Safeguarding adults]()}: mdBook's draft chapter,
 * a link with no address. mdBook shows it in its sidebar as a name that leads nowhere, greyed out, where the book will
 * have it; so does the menu here, as words that are no link.
 *
 * @param title the words it is named by
 * @param line  its line in SUMMARY.md
 * @param after the path of the page SUMMARY.md lists just before it, at any depth, or null when it comes first: the
 *              menu shows it after that page's entry (or the entry of the folder holding that page)
 * @param under the path of the page it is nested under, or null at the top: it sits in that page's section when the
 *              page is a folder's own page, else beside that page
 */
public record DraftChapter(String title, int line, String after, String under) {
}
