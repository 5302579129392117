package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;

/**
 * What a failure inside the build becomes: one internal.error finding naming the page being processed, its cause
 * kept for {@code mvn -e}, never a stack trace in the message. (The inputs that used to reach it, found by fuzzing,
 * are now findings of their own, so the failure is raised here directly.)
 */
class InternalFailureTest {

    private static final Page PAGE = new Page("guide/deep.md", "guide/deep.html", Path.of("guide/deep.md"), FrontMatter.empty(),
            "Deep", "text", 4);

    @Test
    void aStackOverflowOnAPageIsOneFindingAtThatPage() {
        StackOverflowError overflow = new StackOverflowError();
        InternalFailure failure = assertThrows(InternalFailure.class, () -> InternalFailure.onPage(PAGE, () -> {
            throw overflow;
        }));
        assertSame(overflow, failure.getCause(), "the cause is kept for mvn -e");
        Finding finding = InternalFailure.finding(failure);
        assertEquals("internal.error", finding.code());
        assertEquals("guide/deep.md", finding.file());
        assertEquals(4, finding.line());
        assertTrue(finding.message().contains("ran out of stack on this page"), finding.message());
        assertFalse(finding.format().contains("\tat ") || finding.format().contains("Error:"), finding.format());
    }

    @Test
    void aBugElsewhereNamesItsKindAndFirstLineOnly() {
        Finding finding = InternalFailure.finding(new IllegalStateException("first line\n\tat org.example.Deep.call(Deep.java:1)"));
        assertEquals("", finding.file());
        assertEquals("internal error: IllegalStateException (first line)", finding.message());
        assertTrue(finding.fix().contains("report it"), finding.fix());
    }
}
