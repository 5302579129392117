package org.handbookpress.epub;

import java.util.List;
import java.util.Map;
import org.handbookpress.content.Page;
import org.handbookpress.labels.Labels;
import org.handbookpress.render.SiteModel;
import org.handbookpress.xml.XmlText;

/**
 * A policy's or agreement's document control in the e-book, as its PDF and the pack's print it: its version, owner,
 * approval, review dates and the status on the day the book was made under its title, and its "What changed" table
 * after its text. The e-book of a pack left them out, so a policy read on a phone gave no sign of its version or of
 * whether it was still current (an independent food bank's Spanish workbook: its food safety policy's "Datos del
 * documento" in the PDF, nothing in the EPUB).
 *
 * @param facts   the block under the title, as XHTML; empty when the page has none
 * @param history the "What changed" section, as XHTML; empty when the page lists no changes
 */
record DocumentFacts(String facts, String history) {

    static final DocumentFacts NONE = new DocumentFacts("", "");

    /** A page's facts, in its own language, from the same values as its web page and its PDF (SiteModel). */
    @SuppressWarnings("unchecked")
    static DocumentFacts of(Page page, SiteModel model, Labels words) {
        Map<String, Object> control = model.control(page);
        if (control == null && !page.kind().isReviewed()) {
            return NONE;
        }
        Map<String, Object> review = model.review(page);
        String reviewed = (String) review.get("reviewed");
        String next = (String) review.get("next");
        String reviewLine = reviewed == null ? null : next == null ? words.format("print.reviewed", Map.of("date", reviewed))
                : words.format("print.reviewed-next", Map.of("date", reviewed, "next", next));
        String statusOn = words.format("print.status-on", Map.of("date", String.valueOf(model.site(page.path()).get("buildDate"))));
        String status = page.kind().isReviewed() ? String.valueOf(review.get("statusLabel")) : null;
        StringBuilder facts = new StringBuilder();
        if (control != null) {
            facts.append("<table class=\"control-facts\"><caption>").append(esc(words.text("control.heading"))).append("</caption><tbody>");
            if (control.get("version") != null) {
                row(facts, words.text("control.version"), String.valueOf(control.get("version")));
            }
            row(facts, words.text("control.owner"), control.get("owner") != null ? String.valueOf(control.get("owner")) : words.text("control.not-recorded"));
            String approvedBy = control.get("approvedBy") != null ? String.valueOf(control.get("approvedBy")) : words.text("control.not-recorded");
            row(facts, words.text("control.approved"), approvedBy + (control.get("approved") != null ? ", " + control.get("approved") : ""));
            if (status != null || reviewLine != null) {
                row(facts, words.text("print.review"), reviewLine != null ? reviewLine : words.text("control.no-date"));
            }
            if (status != null) {
                row(facts, statusOn, status);
            }
            facts.append("</tbody></table>");
        } else {
            facts.append("<p class=\"part-review\">").append(reviewLine == null ? "" : esc(reviewLine) + " · ")
                    .append(esc(statusOn)).append(": ").append(esc(status)).append("</p>");
        }
        if (Boolean.TRUE.equals(review.get("overdue"))) {
            facts.append("<p class=\"part-overdue\"><strong>").append(esc(words.text("control.overdue"))).append("</strong> ")
                    .append(esc(words.text("control.overdue.more"))).append("</p>");
        }
        StringBuilder history = new StringBuilder();
        List<Map<String, Object>> changes = control == null ? List.of() : (List<Map<String, Object>>) control.getOrDefault("changes", List.of());
        if (!changes.isEmpty()) {
            history.append("<section class=\"change-history\"><h2>").append(esc(words.text("changes.heading"))).append("</h2>")
                    .append("<table class=\"changes-table\"><thead><tr><th scope=\"col\">").append(esc(words.text("control.version")))
                    .append("</th><th scope=\"col\">").append(esc(words.text("changes.date"))).append("</th><th scope=\"col\">")
                    .append(esc(words.text("changes.heading"))).append("</th></tr></thead><tbody>");
            for (Map<String, Object> change : changes) {
                history.append("<tr><td>").append(esc(String.valueOf(change.getOrDefault("version", "—")))).append("</td><td>")
                        .append(esc(String.valueOf(change.getOrDefault("date", "—")))).append("</td><td>")
                        .append(esc(String.valueOf(change.getOrDefault("summary", "")))).append("</td></tr>");
            }
            history.append("</tbody></table></section>");
        }
        return new DocumentFacts(facts.toString(), history.toString());
    }

    private static void row(StringBuilder into, String name, String value) {
        into.append("<tr><th scope=\"row\">").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static String esc(String text) {
        return XmlText.escape(text);
    }
}
