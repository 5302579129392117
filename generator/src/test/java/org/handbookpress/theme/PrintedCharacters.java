package org.handbookpress.theme;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every character a printed page's text is made of, with its place: for the tests of what a browser prints. */
final class PrintedCharacters extends PDFTextStripper {
    final List<TextPosition> all = new ArrayList<>();

    PrintedCharacters() throws IOException {
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        all.add(text);
        super.processTextPosition(text);
    }
}
