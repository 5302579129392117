package org.handbookpress.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildResult;

/** Builds the handbook: the website, its PDFs and slides, into {@code target/handbook/}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = true, threadSafe = true)
public class BuildMojo extends AbstractHandbookMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Handbook build skipped");
            return;
        }
        try {
            BuildResult result = run(options());
            report(result.findings());
            // True of a build and of one that found the last build up to date (which said so before its findings).
            getLog().info("Handbook ready: " + result.pages() + " pages in " + result.output());
        } catch (BuildFailure failure) {
            throw failure(failure);
        }
    }
}
