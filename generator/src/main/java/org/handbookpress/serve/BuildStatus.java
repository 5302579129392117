package org.handbookpress.serve;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handbookpress.findings.Finding;
import org.handbookpress.report.HtmlReport;
import org.handbookpress.findings.Report;

/**
 * The outcome of the latest preview build, and a version number that grows with every build, which
 * waiting browsers compare to know when to reload. Shared between the build thread and the server.
 */
public final class BuildStatus {

    private long version;
    private boolean succeeded = true;
    private List<Finding> findings = List.of();

    public synchronized void update(boolean ok, List<Finding> latest) {
        this.succeeded = ok;
        this.findings = List.copyOf(latest);
        this.version++;
        notifyAll();
    }

    public synchronized long version() {
        return version;
    }

    public synchronized boolean succeeded() {
        return succeeded;
    }

    public synchronized List<Finding> findings() {
        return findings;
    }

    /** Waits until a build newer than {@code since} has finished, or the timeout passes. */
    public synchronized long awaitChange(long since, long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (version <= since) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                break;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return version;
    }

    public synchronized String reportHtml() {
        return HtmlReport.render(new Report(findings, 0, false), "this handbook", "en");
    }
}
