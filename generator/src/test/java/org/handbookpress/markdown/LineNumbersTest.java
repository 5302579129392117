package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The line of every offset is the line Flexmark's Document.getLineNumber gives, whatever the line ends. */
class LineNumbersTest {

    private static void sameAsFlexmark(String text) {
        Document document = new Document(new MutableDataSet(), BasedSequence.of(text));
        LineNumbers lines = LineNumbers.of(text);
        for (int offset = 0; offset <= text.length() + 1; offset++) {
            assertEquals(document.getLineNumber(offset), lines.of(offset), "offset " + offset + " of " + text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    @Test
    void linesAreFlexmarksOnTrickyText() {
        for (String text : List.of("", "a", "\n", "\n\n", "\r", "\r\n", "\r\r\n", "\n\r", "a\nb", "a\r\nb\r\n", "a\rb\nc\r\nd", "# T\n\ntext\n\n- x\n- y\n")) {
            sameAsFlexmark(text);
        }
    }

    @Test
    void linesAreFlexmarksOnGeneratedText() {
        List<String> parts = List.of("a", "bc", "\n", "\r", "\r\n", "\n\n", " ");
        Random random = new Random(11);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(parts.get(random.nextInt(parts.size())));
            }
            sameAsFlexmark(text.toString());
        }
    }
}
