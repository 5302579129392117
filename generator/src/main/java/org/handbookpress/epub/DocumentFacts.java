package org.handbookpress.epub;

import java.util.LinkedHashMap;
import java.util.Map;
import org.handbookpress.content.Page;
import org.handbookpress.pdf.ControlFacts;
import org.handbookpress.render.SiteModel;
import org.handbookpress.render.ThemeEngine;

/**
 * A policy's or agreement's document control in the e-book, as its PDF and the pack's print it: its version, owner,
 * approval, review dates and the status on the day the book was made under its title, and its "What changed" table
 * after its text. The e-book of a pack left them out, so a policy read on a phone gave no sign of its version or of
 * whether it was still current (an independent food bank's Spanish workbook: its food safety policy's "Datos del
 * documento" in the PDF, nothing in the EPUB). Rendered by the print macros themselves ({@code print/epub-control.ftlh}
 * over {@code print/_control.ftlh}), so a theme that changes them changes both copies.
 *
 * @param facts   the block under the title, as HTML; empty when the page has none
 * @param history the "What changed" section, as HTML; empty when the page lists no changes
 */
record DocumentFacts(String facts, String history) {

    static final DocumentFacts NONE = new DocumentFacts("", "");

    static final String LAYOUT = "print/epub-control.ftlh";

    /** A page's facts, in its own language, from the same values as its web page and its PDF. */
    static DocumentFacts of(Page page, SiteModel model, ThemeEngine theme) throws ThemeEngine.TemplateFailure {
        ControlFacts control = ControlFacts.of(page, model);
        if (control.isEmpty()) {
            return NONE;
        }
        Map<String, Object> part = new LinkedHashMap<>();
        control.putInto(part);
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("part", part);
        layout.put("t", model.labelMethod(page.path()));
        layout.put("site", model.site(page.path()));
        layout.put("which", "facts");
        String facts = theme.render(LAYOUT, layout);
        layout.put("which", "history");
        return new DocumentFacts(facts.strip(), theme.render(LAYOUT, layout).strip());
    }
}
