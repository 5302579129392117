package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ColourSchemePicturesTest {

    @Test
    void aPictureMarkedForOneSchemeTakesItsClassAndLosesTheMarker() {
        PageHtml html = PageFixture.html("guides/a.md", """
                ![Menu](menu-light.png#only-light) ![Menu](menu-dark.png#only-dark)

                ![Logo](logo.png#gh-light-mode-only) ![Logo](logo-dark.png#gh-dark-mode-only)

                <img class="block dark:hidden" src="shot.png" alt="Shot"> <img class="hidden dark:block" src="shot-dark.png" alt="Shot">

                ![Plain](plain.png#section) ![Plain](plain.png)
                """);
        new ColourSchemePictures().apply(html);
        List<Element> pictures = html.content().select("img");
        assertEquals(List.of("menu-light.png", "menu-dark.png", "logo.png", "logo-dark.png", "shot.png", "shot-dark.png",
                "plain.png#section", "plain.png"), pictures.stream().map(p -> p.attr("src")).toList());
        assertEquals(List.of("only-light", "only-dark", "only-light", "only-dark", "only-light", "only-dark", "", ""),
                pictures.stream().map(p -> p.hasClass("only-light") ? "only-light" : p.hasClass("only-dark") ? "only-dark" : "").toList());
    }
}
