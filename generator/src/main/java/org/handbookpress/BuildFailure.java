package org.handbookpress;

import java.util.List;
import org.handbookpress.findings.Finding;

/** A build that stopped: the findings say why, each with its file and line. */
public final class BuildFailure extends Exception {

    private final transient List<Finding> findings;

    public BuildFailure(String message, List<Finding> findings) {
        super(message);
        this.findings = List.copyOf(findings);
    }

    /** A failure inside the build: the findings name it, the cause is for Maven's {@code -e}. */
    public BuildFailure(String message, List<Finding> findings, Throwable cause) {
        super(message, cause);
        this.findings = List.copyOf(findings);
    }

    /** How a failure's message starts: "Handbook check failed" for handbook:check, which builds nothing. */
    public static String opening(boolean checkOnly) {
        return checkOnly ? "Handbook check failed" : "Handbook build failed";
    }

    public List<Finding> findings() {
        return findings;
    }
}
