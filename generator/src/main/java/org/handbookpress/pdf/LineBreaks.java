package org.handbookpress.pdf;

import com.ibm.icu.util.ULocale;
import java.text.CharacterIterator;

/**
 * Where a PDF's lines may break: Unicode's line-breaking rules (UAX #14) as ICU4J has them, for the layout engine, which
 * otherwise asks the JDK's {@link java.text.BreakIterator}. The JDK's breaks a time after its colon ("18:" at the end of
 * one line, "00" at the start of the next) and a range after its hyphen where UAX #14 keeps a number whole, and a
 * session plan's times are in every pack. OpenHTMLtoPDF still finds the places to break a URL around these
 * ({@code UrlAwareLineBreakIterator}, given this as its delegate).
 */
final class LineBreaks extends java.text.BreakIterator {

    private com.ibm.icu.text.BreakIterator icu = com.ibm.icu.text.BreakIterator.getLineInstance(ULocale.ROOT);

    @Override
    public int first() {
        return icu.first();
    }

    @Override
    public int last() {
        return icu.last();
    }

    @Override
    public int next(int n) {
        return icu.next(n);
    }

    @Override
    public int next() {
        return icu.next();
    }

    @Override
    public int previous() {
        return icu.previous();
    }

    @Override
    public int following(int offset) {
        return icu.following(offset);
    }

    @Override
    public int preceding(int offset) {
        return icu.preceding(offset);
    }

    @Override
    public boolean isBoundary(int offset) {
        return icu.isBoundary(offset);
    }

    @Override
    public int current() {
        return icu.current();
    }

    @Override
    public CharacterIterator getText() {
        return icu.getText();
    }

    @Override
    public void setText(String text) {
        icu.setText(text);
    }

    @Override
    public void setText(CharacterIterator text) {
        icu.setText(text);
    }

    @Override
    public Object clone() {
        LineBreaks copy = (LineBreaks) super.clone();
        copy.icu = (com.ibm.icu.text.BreakIterator) icu.clone();
        return copy;
    }
}
