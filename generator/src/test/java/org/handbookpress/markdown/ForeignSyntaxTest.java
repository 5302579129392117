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

    /**
     * A tag an author has put out of sight in an HTML comment is shown to no reader: Maths et Maryam's page
     * (MichelDeudon/maths-et-maryam, asso/soutien-scolaire-montpellier.md) keeps a figure it no longer shows as
     * {@code <!-- {{< figure … >}} -->}, and was told to replace it. One after the comment, or on a line of its own, is still said.
     */
    @Test
    void aTagInAnHtmlCommentIsNotReported() {
        assertEquals(List.of(), reported("""
                # Soutien scolaire

                <!-- {{< figure src="assos/lutte-exclusions.png" caption="Partenaires.">}} -->

                <!--
                {% include old-banner.html %}
                -->
                Text.
                """));
        assertEquals(List.of("3 this page uses a template tag (Liquid's {{ … }} or {% … %}, or a Hugo shortcode, {{< … >}}), which the"
                + " handbook format does not understand: '{{ site.email }}' (2 times; first here)"), reported("""
                # Contact

                <!-- old address --> Write to {{ site.email }}.

                Or {{ site.email }}.
                """));
    }
}
