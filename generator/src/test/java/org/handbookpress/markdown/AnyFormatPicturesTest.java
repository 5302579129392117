package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

class AnyFormatPicturesTest {

    @Test
    void aPictureOfAnyFormatNamesTheFirstFileABrowserShows() {
        PageHtml html = PageFixture.html("guides/setup.md",
                "![Room](../figures/room.*)\n\n![Door](door.*)\n\n![Map](map.*)\n\n![Plain](plain.png)\n");
        new AnyFormatPictures(Set.of("figures/room.jpg", "figures/room.png", "guides/door.webp", "guides/map.pdf")).apply(html);
        assertEquals(List.of("../figures/room.png", "door.webp", "map.*", "plain.png"), html.content().select("img").eachAttr("src"),
                "PNG before JPEG; a PDF is no picture to show, so map.* stays and is reported missing");
    }
}
