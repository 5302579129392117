/**
 * PDF: print layouts laid out by OpenHTMLtoPDF into tagged, reproducible PDFs with embedded fonts;
 * PDFBox adds what the layout engine does not (outline, metadata, form fields, merging).
 */
package org.handbookpress.pdf;
