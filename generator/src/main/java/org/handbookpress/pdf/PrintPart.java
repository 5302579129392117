package org.handbookpress.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.Page;
import org.handbookpress.render.ShownName;
import org.jsoup.nodes.Element;

/**
 * One page as it is printed: its own copy of the content (ids prefixed, links and images rewritten
 * for the PDF), and what the print layout shows around it.
 *
 * @param id       the part's anchor in the print document ({@code part-toolkit-02-listening-well})
 * @param label    the line above the title ("Chapter 2", "Policy", "Appendix", or its section's name), with its language
 *                 when that is not the page's (a Welsh page's section named in English, not translated yet)
 * @param review   for policies and agreements, "Reviewed … · next review …" and the dates in it, else null
 * @param overdue  its review is overdue (as the website's "Status: Review overdue" says), so the print says so too
 * @param status   for policies and agreements, where their review stands at the build ("Up to date", "Review overdue"),
 *                 else null
 * @param control  document control for the block at the top of the part (as SiteModel#control gives it), else null
 * @param content  the print copy of the content, still carrying source lines for messages
 * @param appendix printed after the other parts' style, as the glossary is
 */
public record PrintPart(Page page, String id, String title, ShownName label, String summary, Review review, boolean overdue,
                        String status, Map<String, Object> control, Element content, boolean appendix) {

    /**
     * When a policy or agreement was reviewed and is next due, as a line of its language, and the dates the line names,
     * which the layout keeps whole on a line: a narrow page broke "1 July" from "2027".
     */
    public record Review(String text, List<String> dates) {
    }

    /** The anchor in the print document of an element id of this page. */
    public static String anchor(String partId, String elementId) {
        return partId + "--" + elementId;
    }

    /** The part's anchor for a page URL: {@code toolkit/02-x.html} → {@code part-toolkit-02-x}. */
    public static String idFor(Page page) {
        String url = page.url().endsWith(".html") ? page.url().substring(0, page.url().length() - 5) : page.url();
        return "part-" + url.replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    /** The h2 headings, for the PDF's bookmarks. */
    public List<Map<String, Object>> headings() {
        return content.select("h2[id]").stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", h.id());
            m.put("text", h.text());
            return m;
        }).toList();
    }

    /** The data the print layouts receive for a part. */
    public Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", title);
        m.put("label", label.title());
        if (label.language() != null) {
            m.put("labelLanguage", label.language()); // marked so, for the tagged PDF's /Lang on it (WCAG 3.1.2)
        }
        m.put("kind", page.kind().id());
        if (summary != null && !summary.isBlank()) {
            m.put("summary", summary);
        }
        new ControlFacts(review, overdue, status, control).putInto(m);
        m.put("headings", headings());
        m.put("appendix", appendix);
        m.put("content", content.html());
        return m;
    }
}
