package org.handbookpress.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checkboxes (a task list's {@code - [x]}, a checkbox written in HTML) printed as the characters ☑ and ☐: OpenHTMLtoPDF
 * draws every checkbox as an empty box, whether {@code checked} or not, so a ticked task printed unticked. DejaVu Sans,
 * one of the embedded fonts, has both, and the character is text in the item's tagged content, as PDF/UA asks.
 */
final class CheckBoxes {

    static final String TICKED = "\u2611";
    static final String UNTICKED = "\u2610";

    private CheckBoxes() {
    }

    static void asCharacters(Document html) {
        for (Element box : html.select("input[type=checkbox]")) {
            box.replaceWith(new Element("span").addClass("hb-checkbox").attr("style", "font-family: 'DejaVu Sans'")
                    .text(box.hasAttr("checked") ? TICKED : UNTICKED));
        }
    }
}
