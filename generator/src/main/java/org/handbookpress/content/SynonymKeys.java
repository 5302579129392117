package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Front-matter keys that mean one the build reads, under another name a policy register, a compliance template or a
 * hand-written page gives it. Those whose meaning is one of ours without doubt ({@code last_reviewed}, {@code
 * review_frequency}, {@code approval_date}, {@code approved_by}, {@code policy_owner}, {@code document_version}) are read
 * as that key when the page gives none: a policy whose review date was under another name had no review status on the
 * Documents page. Their values are checked as ours are, but a value that cannot be read is a warning, not an error:
 * no tool ever checked the key, and the page is published as before. Names whose meaning is not one of ours, or not
 * one only ({@code review_date}: the last review or the next?; {@code effective}), are not read:
 * their unknown key's finding says what to write instead.
 */
final class SynonymKeys {

    /** By the key the build reads: the names read as it, in lower case without separators. */
    private static final Map<String, List<String>> READ_AS = Map.of(
            "reviewed", List.of("lastreviewed", "lastreview", "lastreviewdate", "lastrevieweddate", "lastreviewedon", "lastreviewedat",
                    "reviewedon", "reviewedat", "datereviewed", "datelastreviewed"),
            "review-every", List.of("reviewfrequency", "reviewcycle", "reviewperiod", "reviewinterval", "reviewcadence", "reviewin"),
            "approved", List.of("approvaldate", "approvedon", "approveddate", "dateapproved", "approvedat", "dateofapproval"),
            "approved-by", List.of("approvedby", "approver", "approvers"),
            "version", List.of("documentversion", "policyversion", "versionnumber"),
            "owner", List.of("documentowner", "policyowner", "ownedby", "owners"),
            // The date the next review is due, as a register keeps it; the build works it out from reviewed and
            // review-every when the page gives none.
            "next-review", List.of("nextreview", "nextreviewdate", "reviewdue", "reviewduedate", "dueforreview", "reviewby",
                    "nextreviewdue", "nextreviewon", "reviewduedateon"));
    /** {@link #READ_AS} the other way round: each page's every key is looked up in it, several times. */
    private static final Map<String, String> OURS_BY_NAME = READ_AS.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(name -> Map.entry(name, e.getKey())))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    /** A review's date, not saying whether the last or the next: policy registers write either under this name. */
    private static final List<String> REVIEW_DATE = List.of("reviewdate", "reviewedate", "dateofreview");
    /** The date a version took effect: often neither its approval's nor its last review's. */
    private static final List<String> EFFECTIVE = List.of("effective", "effectivedate", "dateeffective", "effectivefrom", "effectiveon");
    /** A last change's date: a typo's fix moves it, so it is no review, but a register may have meant its last review by it. */
    private static final List<String> LAST_CHANGED = List.of("lastupdated", "updated", "updatedon", "dateupdated", "lastmodified",
            "lastrevised", "revised", "lastchanged");
    /**
     * Who reviewed the document: the board that approved the review, or the person who keeps it up to date, as registers
     * use it; one letter from {@code reviewed}, it was told "did you mean 'reviewed'?", a date, for a name.
     */
    private static final List<String> REVIEWER = List.of("reviewer", "reviewers", "reviewedby", "reviewingofficer");
    /** Names kept as advice: what they hold is written in too many ways to be read. */
    private static final Map<String, List<String>> RENAME = Map.of(
            "review-every", List.of("reviewschedule", "reviewafter"),
            "owner", List.of("responsibleperson"));

    private SynonymKeys() {
    }

    /** The build's key another name is read as ({@code last_reviewed} → {@code reviewed}); empty for any other key. */
    static Optional<String> readAs(String key) {
        return Optional.ofNullable(OURS_BY_NAME.get(bare(key)));
    }

    /**
     * The key that the page's value for {@code ours} is read from: {@code ours} itself, then another tool's own name for
     * it ({@code exact}, as written), then a name read as it ({@link #readAs}), in the order written; a key the page
     * writes before one its folder's defaults give it, so that its own front matter wins. Null when there is none.
     */
    static String keyFor(YamlMap yaml, Set<String> own, String ours, List<String> exact) {
        List<String> candidates = names(yaml, ours, exact);
        return candidates.stream().filter(own::contains).findFirst().orElseGet(() -> candidates.stream().findFirst().orElse(null));
    }

    /** The keys of the page (and its folder's defaults) read as {@code ours}, in the order {@link #keyFor} prefers them. */
    static List<String> names(YamlMap yaml, String ours, List<String> exact) {
        List<String> candidates = new ArrayList<>();
        candidates.add(ours);
        candidates.addAll(exact);
        yaml.keys().stream().filter(k -> !candidates.contains(k) && readAs(k).filter(ours::equals).isPresent()).forEach(candidates::add);
        return candidates.stream().filter(yaml::has).toList();
    }

    /** Whether {@code key} is the build's own or the other tool's that {@code exact} lists: its value is checked as strictly as ours. */
    static boolean isStrict(String key, String ours, List<String> exact) {
        return key.equals(ours) || exact.contains(key);
    }

    /** What to do with an unknown key that means one the build reads, or one of several; empty for any other key. */
    static Optional<String> advice(String unknown) {
        String bare = bare(unknown);
        if (REVIEW_DATE.contains(bare)) {
            return Optional.of("'" + unknown + "' may be the last review's date or the next one's: if the document was last"
                    + " reviewed then, rename it 'reviewed'; if it is the date the next review is due, rename it 'next-review'"
                    + " (or write the last review's date as 'reviewed: YYYY-MM-DD' and 'review-every: 12 months')");
        }
        if (EFFECTIVE.contains(bare)) {
            return Optional.of("the date a version took effect is not shown: write the date it was approved as 'approved:"
                    + " YYYY-MM-DD' and its last review's as 'reviewed: YYYY-MM-DD', as the document's register has them"
                    + " (the same date, when it took effect on approval after a review)");
        }
        if (LAST_CHANGED.contains(bare)) {
            return Optional.of("the date the text last changed is not shown, as a typo's fix moves it: if the document was"
                    + " reviewed on that date, write it as 'reviewed: YYYY-MM-DD' (with 'review-every: 12 months'); for a new"
                    + " version, 'version:' and 'changes:' record what changed and when");
        }
        if (REVIEWER.contains(bare)) {
            return Optional.of("who reviewed the document is not shown: if they approved it (a board, a committee), write"
                    + " 'approved-by:' (with 'approved: YYYY-MM-DD'); if they are responsible for keeping it up to date, write"
                    + " 'owner:'; the review's date is 'reviewed: YYYY-MM-DD'");
        }
        if (bare.equals("status")) {
            return Optional.of("a policy's review status is worked out from 'reviewed' and 'review-every' and shown on the"
                    + " Documents page: write 'approved: YYYY-MM-DD' and 'approved-by:' for an approval, or 'draft: true'"
                    + " for a page that is not ready to publish, and remove 'status'");
        }
        return RENAME.entrySet().stream().filter(e -> e.getValue().contains(bare)).map(Map.Entry::getKey).sorted().findFirst()
                .map(key -> "rename it '" + key + "'" + (key.equals("review-every") ? " (how often: 12 months, 6 months, 2 years)" : "")
                        + ", the key the build reads for it");
    }

    /** The key in lower case without '-', '_' and spaces: every page's keys pass through it, hence no regular expression. */
    private static String bare(String key) {
        StringBuilder bare = new StringBuilder(key.length());
        key.toLowerCase(Locale.ROOT).chars().filter(c -> c != '-' && c != '_' && !Character.isWhitespace(c)).forEach(c -> bare.append((char) c));
        return bare.toString();
    }
}
