package org.handbookpress.check;

import java.time.LocalDate;
import java.util.List;
import org.handbookpress.content.DocumentControl;
import org.handbookpress.content.DocumentControl.Change;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.content.VersionOrder;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;

/**
 * Document control as a register would be audited: every policy has an owner and an approval; an
 * approval is not in the future nor older than a version it should cover; versions go up with time;
 * the history agrees with {@code version}; and a change made after the last review is flagged,
 * because the reviewed text is no longer the published one.
 */
public final class DocumentControlChecks {

    private final LocalDate today;
    /** Whether {@link #today} is the project's {@code project.build.outputTimestamp}, not the day the build runs. */
    private final boolean fixedDate;
    private final boolean strict;
    private final Findings findings;

    /** @param strict a policy without owner or approval is a warning in strict mode, a notice otherwise */
    public DocumentControlChecks(LocalDate today, boolean strict, Findings findings) {
        this(today, false, strict, findings);
    }

    /** @param fixedDate whether {@code today} comes from {@code project.build.outputTimestamp} */
    public DocumentControlChecks(LocalDate today, boolean fixedDate, boolean strict, Findings findings) {
        this.today = today;
        this.fixedDate = fixedDate;
        this.strict = strict;
        this.findings = findings;
    }

    public void check(Handbook handbook) {
        for (Page page : handbook.pages()) {
            check(page);
        }
    }

    void check(Page page) {
        DocumentControl control = page.meta().control();
        String file = page.path();
        if (page.kind() == Kind.POLICY) {
            Severity missing = strict ? Severity.WARNING : Severity.NOTICE;
            if (control.owner() == null) {
                findings.add(new Finding(file, 1, 0, missing, "control.owner", "this policy has no owner",
                        "add 'owner:' to its front matter: the person or role responsible for keeping it up to date"));
            }
            // An 'approved' written as no date ("5th March 2024") has its own finding, front-matter.date, saying how to write
            // it: "does not say when it was approved" beside it sent the volunteer looking for a key that was there.
            boolean noDate = control.approved() == null && !page.meta().lines().containsKey("approved");
            // Half an approval given: the advice asks for the other half alone, on the line of the half that is there. It
            // asked for both, and a policy that said who approved it was told to add 'approved-by:'.
            if (noDate && control.approvedBy() == null) {
                findings.add(new Finding(file, 1, 0, missing, "control.approval", "this policy does not say who approved it or when",
                        "add 'approved-by:' (e.g. the board of trustees) and 'approved: YYYY-MM-DD' to its front matter"));
            } else if (noDate) {
                findings.add(new Finding(file, Math.max(1, page.meta().lineOf("approved-by")), 0, missing, "control.approval",
                        "this policy does not say when it was approved",
                        "add 'approved: YYYY-MM-DD' to its front matter: the date " + control.approvedBy() + " approved it"));
            } else if (control.approvedBy() == null) {
                findings.add(new Finding(file, Math.max(1, page.meta().lineOf("approved")), 0, missing, "control.approval",
                        "this policy does not say who approved it",
                        "add 'approved-by:' to its front matter: who approved it" + (control.approved() == null ? ""
                                : " on " + control.approved()) + " (e.g. the board of trustees)"));
            }
        }
        if (control.isEmpty()) {
            return;
        }
        int approvedLine = page.meta().lineOf("approved");
        if (control.approved() != null && control.approved().isAfter(today)) {
            findings.warning(file, approvedLine, "control.approved-future",
                    // "today" was the pom's fixed date, which may be the one out of date (ReviewDates says why).
                    "'approved' is " + control.approved() + (fixedDate ? ", after the build's date (" + today
                            + ", from project.build.outputTimestamp in pom.xml)" : ", after today (" + today + ")"),
                    "set 'approved' to the date the approval was given, once it has been given" + (fixedDate
                            ? "; if it was given then, the build's date is out of date: update project.build.outputTimestamp" : ""));
        }
        List<Change> history = control.oldestFirst();
        checkVersionsIncrease(file, history);
        if (control.approved() != null) {
            // One finding for one wrong date, however many earlier versions it comes before: the last of them is the one
            // the approval must follow.
            List<Change> later = history.stream().filter(change -> change.version() != null && control.version() != null
                    && VersionOrder.INSTANCE.compare(change.version(), control.version()) < 0
                    && change.date() != null && change.date().isAfter(control.approved())).toList();
            if (!later.isEmpty()) {
                Change last = later.stream().max(java.util.Comparator.comparing(Change::date)).orElseThrow();
                findings.warning(file, approvedLine, "control.approved-order",
                        "'approved' (" + control.approved() + ") is before the date of an earlier version, " + last.version()
                                + " (" + last.date() + ")" + (later.size() > 1 ? ", and of " + (later.size() - 1) + " more" : ""),
                        "set 'approved' to the date version " + control.version() + " was approved, which comes after its earlier"
                                + " versions' dates (" + last.date() + " or later)");
            }
        }
        LocalDate reviewed = page.meta().reviewed();
        if (reviewed != null) {
            for (Change change : history) {
                if (change.date() != null && change.date().isAfter(reviewed)) {
                    findings.warning(file, change.line(), "control.change-after-review",
                            "the change for version " + change.version() + " (" + change.date() + ") is newer than the last review ("
                                    + reviewed + "), so the reviewed text is not the one published",
                            "review the document and set 'reviewed' to that date or later");
                }
            }
        }
        control.latestChange().ifPresent(latest -> {
            if (latest.version() != null && !latest.version().equals(control.version())) {
                int line = control.version() == null ? latest.line() : page.meta().lineOf("version");
                findings.warning(file, line, "control.version-mismatch",
                        control.version() == null
                                ? "'changes' ends at version " + latest.version() + " but the page has no 'version'"
                                : "'version' is " + control.version() + " but the newest entry of 'changes' is version " + latest.version(),
                        "make 'version' the version of the newest entry in 'changes'");
            }
        });
    }

    /** Sorted by date, each entry's version must be above the one before it. */
    private void checkVersionsIncrease(String file, List<Change> history) {
        Change previous = null;
        for (Change change : history) {
            if (change.version() == null || change.date() == null) {
                continue;
            }
            if (previous != null && VersionOrder.INSTANCE.compare(change.version(), previous.version()) <= 0) {
                findings.warning(file, change.line(), "control.version-order",
                        "version " + change.version() + " (" + change.date() + ") does not come after version " + previous.version()
                                + " (" + previous.date() + ")", "number each new version above the one before it, and check the dates");
            }
            previous = change;
        }
    }
}
