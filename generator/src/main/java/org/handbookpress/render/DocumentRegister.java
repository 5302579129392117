package org.handbookpress.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.handbookpress.content.DocumentControl;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.content.ReviewSchedule;
import org.handbookpress.labels.Labels;
import org.handbookpress.links.RelativeUrl;

/**
 * The policy register: every controlled document (policies, agreements, and any page that declares
 * document control) with its version, owner, approval and review status, overdue first. The same
 * rows make the Documents page and {@code documents.csv}, so the two never disagree.
 */
public final class DocumentRegister {

    /** Output path of the register page and of its spreadsheet copy. */
    public static final String PAGE = "documents.html";
    public static final String CSV = "documents.csv";

    private final List<Page> documents;
    private final SiteModel model;
    /** Where the register is: {@link #PAGE}, or a folder of translations' ({@code cy/documents.html}). */
    private final String url;
    /** The page whose language the register is written in: "" for the handbook's, else {@link #url}. */
    private final String writtenOn;

    public DocumentRegister(Handbook handbook, SiteModel model) {
        this(handbook, model, PAGE, page -> true);
    }

    /**
     * The register at {@code url} ({@code cy/documents.html} for a folder of translations, in its language) of the
     * documents {@code listed} keeps.
     */
    public DocumentRegister(Handbook handbook, SiteModel model, String url, java.util.function.Predicate<Page> listed) {
        this.model = model;
        this.url = url;
        this.writtenOn = url.equals(PAGE) ? "" : url;
        List<Page> docs = new ArrayList<>(handbook.pages().stream().filter(Page::isControlled).filter(listed).toList());
        Map<Page, ReviewSchedule> schedules = new java.util.IdentityHashMap<>(); // worked out once a page, not at each comparison
        docs.forEach(p -> schedules.put(p, ReviewSchedule.of(p.meta(), model.today())));
        docs.sort(Comparator.comparing((Page p) -> urgency(schedules.get(p).status()))
                // The overdue and those due soon, the most pressing first: the one overdue for a year above last week's.
                .thenComparingLong(p -> dueIn(schedules.get(p)))
                .thenComparing(p -> p.kind() == Kind.POLICY ? 0 : p.kind() == Kind.AGREEMENT ? 1 : 2)
                .thenComparing(Page::title,
                        // in the alphabetical order of the register's language (CLDR's), not by code point ("Їжа" after "Я")
                        org.handbookpress.text.Alphabetical.order(java.util.Locale.forLanguageTag(
                                writtenOn.isEmpty() ? handbook.config().language() : model.languageOf(url)))));
        this.documents = List.copyOf(docs);
    }

    public static boolean hasDocuments(Handbook handbook) {
        return handbook.pages().stream().anyMatch(Page::isControlled);
    }

    public List<Page> documents() {
        return documents;
    }

    /**
     * The rows of the register page, with links relative to it.
     *
     * @param pdfUrl the site path of a page's own PDF, or null when it has none
     */
    public List<Map<String, Object>> rows(Function<Page, String> pdfUrl) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Page page : documents) {
            Map<String, Object> d = new LinkedHashMap<>(model.link(url, page));
            d.put("kindLabel", kindLabel(page, model.labels().of(writtenOn)));
            // A page in a folder of translations (cy/…): its own words (title, summary, owner) are spoken in its language;
            // on a folder's register, a page not translated yet in the handbook's.
            String language = writtenOn.isEmpty() ? model.languages().languageOf(page.path()) : model.languageOf(page.path());
            if (language != null && (writtenOn.isEmpty() || !language.equals(model.languageOf(url)))) {
                d.put("language", language);
            }
            List<ShownName> section = model.sectionNames(page, url);
            if (!section.isEmpty()) { // each name in its language where that is not the register's (WCAG 3.1.2)
                d.put("section", section.stream().map(name -> name.into(Map.of())).toList());
            }
            d.putAll(model.review(page, writtenOn)); // in the register's language, whatever the page's
            Map<String, Object> control = model.control(page, writtenOn);
            if (control != null) {
                d.put("control", control);
            }
            String pdf = pdfUrl.apply(page);
            if (pdf != null) {
                d.put("pdfHref", RelativeUrl.between(url, pdf));
            }
            out.add(d);
        }
        return out;
    }

    /** The register as a spreadsheet: UTF-8, comma-separated, quoted where needed, CRLF line ends (RFC 4180). */
    public String csv(String baseUrl) {
        StringBuilder out = new StringBuilder();
        Labels labels = model.labels().of(writtenOn);
        row(out, Stream.of("documents.document", "kind.section", "documents.kind", "control.version", "control.owner", "documents.approved-by-column",
                "control.approved", "control.last-reviewed", "documents.review-every", "control.next", "control.status", "documents.address")
                .map(labels::text).toList());
        for (Page page : documents) {
            DocumentControl c = page.meta().control();
            ReviewSchedule review = ReviewSchedule.of(page.meta(), model.today());
            String every = page.meta().reviewEvery() == null ? "" : TimeWords.period(page.meta().reviewEvery(), labels.locale());
            row(out, List.of(page.title(), model.sectionPath(page), kindLabel(page, labels), orEmpty(c.version()), orEmpty(c.owner()), orEmpty(c.approvedBy()),
                    c.approved() == null ? "" : c.approved().toString(), review.reviewed() == null ? "" : review.reviewed().toString(),
                    every, review.nextReview() == null ? "" : review.nextReview().toString(), labels.text("review." + review.status().id()),
                    baseUrl == null ? page.url() : baseUrl.replaceAll("/+$", "") + "/" + page.url()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(SpreadsheetCell.of(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String kindLabel(Page page, Labels labels) {
        return labels.text(switch (page.kind()) {
            case POLICY, AGREEMENT, CHAPTER, SESSION -> "kind." + page.kind().id();
            default -> "kind.document";
        });
    }

    /** Days until an overdue or soon due document's review (below 0 when overdue); 0 for the rest, ordered otherwise. */
    private static long dueIn(ReviewSchedule schedule) {
        return schedule.status() == ReviewSchedule.Status.OVERDUE || schedule.status() == ReviewSchedule.Status.DUE_SOON
                ? schedule.daysUntilDue() : 0;
    }

    /** Overdue first, then due soon, then undated, then up to date: what needs an editor's attention. */
    private static int urgency(ReviewSchedule.Status status) {
        return switch (status) {
            case OVERDUE -> 0;
            case DUE_SOON -> 1;
            case NOT_REVIEWED -> 2;
            case CURRENT -> 3;
        };
    }
}
