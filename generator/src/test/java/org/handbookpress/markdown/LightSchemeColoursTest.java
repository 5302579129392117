package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.findings.Findings;
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

    /** A box given a light background and no colour for its words is marked, for the dark scheme to keep them dark. */
    @Test
    void aLightBoxWithoutAColourForItsWordsIsMarked() {
        PageHtml html = PageFixture.html("guides/a.md", """
                <div style="background:#fff3cd; padding:1em">Pale yellow, no colour.</div>

                <div style="background-color: white">White.</div> <div style="background: LightYellow">Light yellow.</div>

                <div style="background:#fff3cd; color:#5c4400">Its own colour.</div> <div style="background:#1b2a33">Dark.</div>

                <div style="background:url(paper.png)">A picture.</div> <div style="border:1px solid #eee">No background.</div>
                """);
        new LightSchemeColours().apply(html);
        assertEquals(List.of("Pale yellow, no colour.", "White.", "Light yellow."),
                html.content().select("." + LightSchemeColours.LIGHT_BOX).eachText());
    }

    @Test
    void contrastIsWcags() {
        assertEquals(21.0, LightSchemeColours.contrast(LightSchemeColours.luminance(0, 0, 0), LightSchemeColours.luminance(255, 255, 255)), 0.01);
        assertEquals(0x333333, LightSchemeColours.rgb("#333"));
    }

    /**
     * Words too faint on the background they are written on are the author's to fix, and are told, with where: an
     * Instagram post's embed code pasted into a workshop (NuevoFoundation/workshops) kept its grey #c9c8cd on white.
     */
    @Test
    void wordsTooFaintOnTheirBackgroundAreReported() {
        Findings findings = new Findings();
        PageHtml html = PageFixture.html("news.md", """
                # News

                <blockquote style="background:#FFF; border:0"><div style="padding:16px">
                <p style="color:#c9c8cd; font-size:14px">A post shared by our choir</p>
                </div></blockquote>

                <p style="color:#999">Light grey on the page.</p>

                <p style="color:#888; font-size:2rem">Large words, where 3:1 is enough.</p>

                <p style="color:#333">Dark grey, readable.</p> <p style="color:#ffd400; background:#222">Yellow on near black.</p>

                <div style="background-image:url(paper.png)"><p style="color:#ccc">On a picture, which is not judged.</p></div>
                """);
        new LightSchemeColours(findings).apply(html);
        assertEquals(List.of("news.md:4 words coloured #c9c8cd on #ffffff have a contrast of 1.7:1, under the 4.5:1 that readers need to make them out",
                        "news.md:7 words coloured #999 on the page's background have a contrast of 2.7:1, under the 4.5:1 that readers need to make them out"),
                findings.sorted().stream().filter(f -> f.code().equals(LightSchemeColours.LOW_CONTRAST))
                        .map(f -> f.file() + ":" + f.line() + " " + f.message()).toList());
    }
}
