package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

/**
 * A template tag or icon the build does not run is named in its finding: "this page uses a template tag" alone left the
 * editor to find which of a line's braces was meant, and on a page of several kinds of tag, which kind was first.
 */
class ForeignSyntaxTest {

    private static List<String> reported(String markdown) {
        Findings findings = new Findings();
        new ForeignSyntax(findings).check(PageFixture.html("guide/a.md", markdown).page());
        return findings.sorted().stream().map(f -> f.line() + " " + f.message()).toList();
    }

    @Test
    void theFindingNamesTheFirstTag() {
        assertEquals(List.of("3 this page uses a template tag (Liquid's {{ … }} or {% … %}, or a Hugo shortcode, {{< … >}}), which the"
                + " handbook format does not understand: '{% image \"pictures/hall.png\" \"The hall set out for a meet…'"
                + " (2 times; first here)"), reported("""
                # Venues

                {% image "pictures/hall.png" "The hall set out for a meeting with chairs in rows" %}

                Ask {{ site.office_email }} for the key.
                """));
        assertEquals(List.of("1 this page uses an icon shortcode of MkDocs Material (:material-…:, :fontawesome-…:, :octicons-…:,"
                + " :simple-…:), which needs its icon sets: ':material-check:'"), reported("Done :material-check: today.\n"));
    }
}
