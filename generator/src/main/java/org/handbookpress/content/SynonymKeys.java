package org.handbookpress.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Front-matter keys that mean one the build reads, under another name a policy register or another tool gives it
 * ({@code last_reviewed}, {@code review_frequency}, {@code approval_date}): the unknown key's finding then says which key
 * to write, and how, since a policy whose review date is under another name has none on the Documents page. These are
 * not read as the key they mean (as another tool's own keys are, {@link FrontMatterParser}'s aliases): their values are
 * written in too many ways to be taken on trust, and renaming them is one edit.
 */
final class SynonymKeys {

    /** By the key the build reads: the names meaning it, in lower case without separators. */
    private static final Map<String, List<String>> MEANING = Map.of(
            "reviewed", List.of("lastreviewed", "lastreview", "lastreviewdate", "lastrevieweddate", "reviewdate", "reviewedon",
                    "reviewedat", "datereviewed", "lastreviewedat", "reviewedate"),
            "review-every", List.of("reviewfrequency", "reviewcycle", "reviewperiod", "reviewinterval", "reviewcadence",
                    "reviewschedule", "reviewin", "reviewafter"),
            "approved", List.of("approvaldate", "approvedon", "approveddate", "dateapproved", "approvedat"),
            "approved-by", List.of("approver", "approvedby", "approvers"),
            "version", List.of("documentversion", "policyversion", "versionnumber"),
            "owner", List.of("documentowner", "policyowner", "responsibleperson"));
    /** Names of the next review's date, which the build works out itself from {@code reviewed} and {@code review-every}. */
    private static final List<String> NEXT_REVIEW = List.of("nextreview", "nextreviewdate", "reviewdue", "reviewduedate",
            "dueforreview", "reviewby", "nextreviewdue");

    private SynonymKeys() {
    }

    /** What to do with an unknown key that means one the build reads; empty for any other key. */
    static Optional<String> advice(String unknown) {
        String bare = unknown.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
        if (NEXT_REVIEW.contains(bare)) {
            return Optional.of("the build works the next review out itself: write the last review's date as 'reviewed:"
                    + " YYYY-MM-DD' and how often as 'review-every: 12 months', and remove '" + unknown + "'");
        }
        return MEANING.entrySet().stream().filter(e -> e.getValue().contains(bare)).map(Map.Entry::getKey).sorted().findFirst()
                .map(key -> "rename it '" + key + "'" + switch (key) {
                    case "reviewed", "approved" -> " (a date, YYYY-MM-DD)";
                    case "review-every" -> " (how often: 12 months, 6 months, 2 years)";
                    default -> "";
                } + ", the key the build reads for it");
    }
}
