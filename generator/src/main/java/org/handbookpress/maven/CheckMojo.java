package org.handbookpress.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildResult;

/** Runs every content check and writes nothing but its report. */
@Mojo(name = "check", requiresProject = true, threadSafe = true)
public class CheckMojo extends AbstractHandbookMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Handbook check skipped");
            return;
        }
        try {
            BuildResult result = run(options().checkingOnly());
            report(result.findings());
            getLog().info("Handbook check: " + (result.findings().isEmpty() ? "no problems found" : "passed with the findings above"));
        } catch (BuildFailure failure) {
            throw failure(failure);
        }
    }
}
