package org.handbookpress;

import java.nio.file.Path;
import java.util.List;
import org.handbookpress.findings.Finding;

/**
 * What a successful build did.
 *
 * @param output   the output folder, or null for a check-only run
 * @param findings every warning and notice (errors fail the build instead)
 * @param summary  what the build did: counts and stage times (also printed at the end)
 */
public record BuildResult(Path output, int pages, List<Finding> findings, BuildSummary summary) {

    public BuildResult(Path output, int pages, List<Finding> findings) {
        this(output, pages, findings, null);
    }
}
