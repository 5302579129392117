package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.junit.jupiter.api.Test;

class SlideBreaksTest {

    static List<Finding> check(String markdown, Kind kind) {
        FrontMatter meta = FrontMatter.builder().title("Deck").kind(kind).build();
        Findings findings = new Findings();
        SlideBreaks.checkAll(List.of(new Page("training/deck.md", "training/deck.html", Path.of("deck.md"), meta, "Deck", markdown, 6)),
                findings);
        return findings.sorted();
    }

    @Test
    void aBreakStraightUnderTextIsReportedWithItsLine() {
        List<Finding> found = check("""
                ## One

                Some text
                ---

                ## Two
                """, Kind.SLIDES);
        assertEquals(1, found.size(), found.toString());
        assertEquals("slides.break-under-text", found.get(0).code());
        assertEquals(9, found.get(0).line(), "line 4 of a body that starts on line 6");
    }

    @Test
    void breaksAfterBlankLinesListsAndInsideCodeAreFine() {
        assertEquals(List.of(), check("""
                ## One

                - a point
                ---

                ```yaml
                title: x
                ---
                ```

                ---
                """, Kind.SLIDES));
    }

    @Test
    void onlySlideDecksAreChecked() {
        assertEquals(List.of(), check("Heading\n---\n", Kind.PAGE));
    }

    @Test
    void anEmptySlideInsideADeckIsANoticeButNotOneAtEitherEnd() {
        List<Finding> found = check("---\n\n## One\n\n---\n\n---\n\n## Two\n\n---\n", Kind.SLIDES);
        assertEquals(List.of("slides.empty:10"), found.stream().map(f -> f.code() + ":" + f.line()).toList());
        assertEquals(List.of(), check("## One\n\n---\n\nNote: only notes\n\n---\n\n## Two\n", Kind.SLIDES));
    }
}
