package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.handbookpress.content.FrontMatterParser;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.LabelCatalogues;
import org.handbookpress.labels.PageLabels;
import org.junit.jupiter.api.Test;

class SessionLengthsTest {

    private static final PageLabels UKRAINIAN = new PageLabels(new LabelCatalogues(null), "uk", path -> null);

    private static Page session(String duration, Findings findings) {
        var split = new FrontMatterParser(findings).split("---\nkind: session\nduration: " + duration + "\n---\n- [15 хв] Чай\n",
                "training/s.md").orElseThrow();
        return new Page("training/s.md", "training/s.html", Path.of("s.md"), split.meta(), "S", split.body(), split.bodyLine());
    }

    private static List<String> said(Findings findings) {
        return findings.sorted().stream().map(f -> f.line() + " " + f.code() + " " + f.severity()).toList();
    }

    /**
     * A Ukrainian session plan's planned length, {@code duration: 1 год 30 хв}, as its agenda items and the build write
     * lengths there: it was "not a length of time", an error that failed the build, and the total was never compared.
     */
    @Test
    void aDurationInThePagesLanguageIsRead() {
        Findings findings = new Findings();
        Page page = SessionLengths.read(session("1 год 30 хв", findings), UKRAINIAN, findings);
        assertEquals(90, page.meta().durationMinutes());
        assertEquals("1 год 30 хв", page.meta().durationText());
        assertEquals(List.of(), said(findings));
        Page english = session("2h", findings);
        assertSame(english, SessionLengths.read(english, UKRAINIAN, findings), "read in English units already");
    }

    /** What no language reads is said where it is written, as before; so is a length in the language of no session. */
    @Test
    void aDurationNoLanguageReadsIsSaid() {
        for (String duration : new String[] {"8 days", "-2h", "довго", "9999 год"}) {
            Findings findings = new Findings();
            Page page = SessionLengths.read(session(duration, findings), UKRAINIAN, findings);
            assertNull(page.meta().durationMinutes(), duration);
            assertEquals(List.of("3 front-matter.duration ERROR"), said(findings), duration);
        }
        Findings english = new Findings();
        SessionLengths.read(session("1 год", english), PageLabels.english(), english);
        Finding error = english.sorted().get(0);
        assertEquals("'duration' must be a length of time such as '6h' or '90 min', but received '1 год'", error.message());
    }
}
