package org.handbookpress.pdf;

import java.util.List;
import java.util.Map;
import org.handbookpress.content.Page;
import org.handbookpress.labels.Labels;
import org.handbookpress.render.SiteModel;

/**
 * What a printed copy of a page says of its standing: its document control, and for a policy or agreement when it was
 * reviewed, where its review stands at the build and whether it is overdue. The PDFs and the e-book print these through
 * the same macros ({@code print/_control.ftlh}), from this one reading, so the two copies cannot disagree.
 *
 * @param review  "Reviewed … · next review …" and the dates it names, for a reviewed page with a review date; else null
 * @param overdue a reviewed page past its review date at the build (its web page says "Review overdue")
 * @param status  for policies and agreements, where their review stands ("Up to date"), else null
 * @param control document control as {@link SiteModel#control} gives it, else null
 */
public record ControlFacts(PrintPart.Review review, boolean overdue, String status, Map<String, Object> control) {

    /** A page's facts, in its own language. */
    public static ControlFacts of(Page page, SiteModel model) {
        if (!page.kind().isReviewed()) {
            return new ControlFacts(null, false, null, model.control(page));
        }
        // A printed copy is read long after the build: it says where the review stood always, not only when overdue.
        Map<String, Object> review = model.review(page);
        return new ControlFacts(review(review, model.labels().of(page.path())), Boolean.TRUE.equals(review.get("overdue")),
                String.valueOf(review.get("statusLabel")), model.control(page));
    }

    private static PrintPart.Review review(Map<String, Object> review, Labels words) {
        Object reviewed = review.get("reviewed");
        Object next = review.get("next");
        if (reviewed == null) {
            return null;
        }
        return next == null ? new PrintPart.Review(words.format("print.reviewed", Map.of("date", reviewed)), List.of(reviewed.toString()))
                : new PrintPart.Review(words.format("print.reviewed-next", Map.of("date", reviewed, "next", next)),
                        List.of(reviewed.toString(), next.toString()));
    }

    /** Whether there is nothing to print: a page neither reviewed nor under document control. */
    public boolean isEmpty() {
        return review == null && status == null && control == null;
    }

    /** Adds the part's keys that {@code print/_control.ftlh}'s {@code facts} and {@code history} read. */
    public void putInto(Map<String, Object> part) {
        if (review != null) {
            part.put("review", review.text());
            part.put("reviewDates", review.dates());
        }
        part.put("overdue", overdue);
        if (status != null) {
            part.put("status", status);
        }
        if (control != null) {
            part.put("control", control);
        }
    }
}
