package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Converting a page costs in proportion to the page, not to the square of a paragraph: measured by the bytes the
 * conversion allocates (not by time, which varies with the machine), at two sizes of the same page. Twice the lines
 * should cost about twice the bytes; a step that goes over the paragraph for each of its lines costs four times.
 */
class LinearConversionTest {

    private static final MarkdownConverter CONVERTER = new MarkdownConverter();

    private static long bytesAllocated(String markdown) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        CONVERTER.toHtml(markdown, 1);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static void assertLinear(IntFunction<String> page) {
        CONVERTER.toHtml(page.apply(500), 1);
        long small = bytesAllocated(page.apply(3_000));
        long large = bytesAllocated(page.apply(6_000));
        assertTrue(large < 3 * small, "twice the lines allocated " + (double) large / small + " times the bytes: " + small + " → " + large);
    }

    private static String lines(int count, IntFunction<String> line) {
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < count; i++) {
            markdown.append(line.apply(i)).append('\n');
        }
        return markdown.toString();
    }

    @Test
    void aLongTable() {
        // A table is a paragraph until it is made one. (Its rows once cost time, not bytes, with the paragraph: QuickHeadingsTest.)
        assertLinear(rows -> "| Group | Contact |\n|---|---|\n" + lines(rows, i -> "| Group " + i + " | [contact](groups/g" + i + ".md) |"));
        assertTrue(CONVERTER.toHtml(lines(3, i -> "| " + i + " |") + "---", 1).contains("<h2"), "a setext heading still ends a paragraph");
    }

    @Test
    void aParagraphOfLinks() {
        // Links one a line with no blank line between them: one paragraph, every link matched by regular expressions.
        assertLinear(count -> lines(count, i -> "[Note " + i + "](notes/n" + i + ".md \"Note " + i + "\") and <notes/m" + i + ".md>"));
        assertEquals("<p data-hb-line=\"1\"><a href=\"a.md\" title=\"t\" data-hb-line=\"1\">x</a>\n<a href=\"b.md\" data-hb-line=\"2\">y</a></p>\n",
                CONVERTER.toHtml("[x](a.md \"t\")\n[y]( b.md )", 1));
    }
}
