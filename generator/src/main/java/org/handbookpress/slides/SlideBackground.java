package org.handbookpress.slides;

import java.util.LinkedHashMap;
import java.util.Map;
import org.handbookpress.markdown.SlideBackgrounds;
import org.jsoup.nodes.Element;

/**
 * A slide's background, as {@link SlideBackgrounds} read and checked it from the slide's heading or reveal.js comment.
 * Its content is set on a panel of the deck's paper colour: whatever the colour or photograph behind, the slide's text
 * keeps the contrast the theme gives it (WCAG 1.4.3), which no one can check on a photograph.
 *
 * @param color    a CSS colour, or null
 * @param image    the picture's address relative to the page (the link pass has re-pointed it), or null
 * @param size     {@code cover} unless given
 * @param position {@code center} unless given
 * @param repeat   {@code no-repeat} unless given
 * @param opacity  from 0 to 1, {@code 1} unless given
 */
public record SlideBackground(String color, String image, String size, String position, String repeat, String opacity) {

    /** The background a slide's markers give, the later one's values over the earlier's; null when they give none. */
    static SlideBackground of(Iterable<Element> markers) {
        String color = null;
        String image = null;
        String size = null;
        String position = null;
        String repeat = null;
        String opacity = null;
        for (Element marker : markers) {
            color = value(marker, "color", color);
            size = value(marker, "size", size);
            position = value(marker, "position", position);
            repeat = value(marker, "repeat", repeat);
            opacity = value(marker, "opacity", opacity);
            Element picture = marker.selectFirst("> img[src]");
            image = picture == null ? image : picture.attr("src");
        }
        return color != null || image != null ? new SlideBackground(color, image, size == null ? "cover" : size, position == null ? "center" : position,
                repeat == null ? "no-repeat" : repeat, opacity == null ? "1" : opacity) : null;
    }

    private static String value(Element marker, String name, String otherwise) {
        String value = marker.attr("data-background-" + name);
        return value.isEmpty() ? otherwise : value;
    }

    /** The {@code data-background-*} attributes reveal.js reads on the slide's {@code <section>}. */
    public Map<String, String> revealAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (color != null) {
            attributes.put("data-background-color", color);
        }
        if (image != null) {
            attributes.put("data-background-image", image);
            attributes.put("data-background-size", size);
            attributes.put("data-background-position", position);
            attributes.put("data-background-repeat", repeat);
            attributes.put("data-background-opacity", opacity);
        }
        return attributes;
    }
}
