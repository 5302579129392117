package org.handbookpress.fork;

/** The kinds of line the forked build writes ({@link org.handbookpress.findings.FindingLines} writes and reads them). */
final class ForkLines {

    static final String INFO = "info";
    static final String WARN = "warn";
    static final String ERROR = "error";
    static final String BUILT = "built";
    static final String FAILED = "failed";

    private ForkLines() {
    }
}
