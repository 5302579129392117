/**
 * Slides: {@code kind: slides} pages split into slides and speaker notes, written as a reveal.js deck
 * that works from disk, a 16:9 slides PDF, and an A4 handout PDF with room for notes.
 */
package org.handbookpress.slides;
