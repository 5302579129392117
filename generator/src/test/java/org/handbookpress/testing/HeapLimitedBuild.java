package org.handbookpress.testing;

import java.nio.file.Path;
import org.handbookpress.BuildFailure;
import org.handbookpress.findings.Finding;

/**
 * Builds one project in a JVM of its own, so a test can give it a small heap: prints each finding,
 * then "BUILT" or "FAILED". Exits 3 on an error that is not a build failure (such as running out of memory).
 */
public final class HeapLimitedBuild {

    private HeapLimitedBuild() {
    }

    public static void main(String[] args) {
        ProjectFixture project = new ProjectFixture(Path.of(args[0]));
        try {
            for (Finding finding : project.build().findings()) {
                System.out.println(finding.format());
            }
            System.out.println("BUILT");
        } catch (BuildFailure failure) {
            for (Finding finding : failure.findings()) {
                System.out.println(finding.format());
            }
            System.out.println("FAILED");
        } catch (Throwable t) {
            System.out.println("CRASHED " + t);
            System.exit(3);
        }
    }
}
