package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

class LightSchemeColoursTest {

    @Test
    void darkWordsWithoutABackgroundOfTheirOwnAreMarked() {
        PageHtml html = PageFixture.html("guides/a.md", """
                <p style="text-align:center; color:#333;">Dark grey.</p>

                <p style="color: NAVY">Navy.</p> <p style="color:rgb(90, 20, 20)">Dark red.</p> <p style="color:#fc0">Amber, light enough.</p>

                <p style="background-color:#eee; color:#333">A pair the author chose.</p>

                <div style="background:#fff7d6"><p style="color:#333">On its box's background.</p></div>

                <p style="color:var(--brand)">A variable.</p> <p style="border-color:#000">A border.</p>
                """);
        new LightSchemeColours().apply(html);
        assertEquals(List.of("Dark grey.", "Navy.", "Dark red."), html.content().select("." + LightSchemeColours.CLASS).eachText());
    }

    @Test
    void contrastIsWcags() {
        assertEquals(21.0, LightSchemeColours.contrast(LightSchemeColours.luminance(0, 0, 0), LightSchemeColours.luminance(255, 255, 255)), 0.01);
        assertEquals(0x333333, LightSchemeColours.rgb("#333"));
    }
}
