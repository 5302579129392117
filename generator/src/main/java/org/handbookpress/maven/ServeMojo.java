package org.handbookpress.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.BuildLog;
import org.handbookpress.findings.Finding;
import org.handbookpress.serve.BackgroundPrints;
import org.handbookpress.serve.BuildStatus;
import org.handbookpress.serve.ContentWatcher;
import org.handbookpress.serve.PreviewServer;

/** Previews the handbook on http://127.0.0.1:8000/, rebuilding and reloading when a file changes. */
@Mojo(name = "serve", requiresProject = true)
public class ServeMojo extends AbstractHandbookMojo {

    /** The port to serve on, on the loopback address only. */
    @Parameter(property = "handbook.port", defaultValue = "8000")
    int port;

    /** Also print the PDFs on every rebuild, in the background after the pages are served (BackgroundPrints). */
    @Parameter(property = "handbook.serve.pdfs", defaultValue = "false")
    boolean pdfs;

    @Override
    public void execute() throws MojoExecutionException {
        BuildStatus status = new BuildStatus();
        BackgroundPrints prints = new BackgroundPrints(output.toPath(), getLog()::info);
        rebuild(status, prints);
        try (prints;
             PreviewServer server = new PreviewServer(output.toPath(), status, port);
             ContentWatcher watcher = new ContentWatcher(List.of(content.toPath(), templates.toPath()), output.toPath())) {
            server.start();
            getLog().info("Previewing the handbook at http://127.0.0.1:" + server.port() + "/  (Ctrl+C stops)");
            getLog().info("Findings of the latest build: http://127.0.0.1:" + server.port() + "/__handbook/report");
            while (!Thread.currentThread().isInterrupted()) {
                watcher.awaitChanges();
                rebuild(status, prints);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage()
                    + " — is another preview running? Choose another port with -Dhandbook.port=8001", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds the pages (never the PDFs, which would hold up the reload), then queues the PDFs if asked for. */
    private void rebuild(BuildStatus status, BackgroundPrints prints) {
        try {
            BuildResult result = prints.buildPages(() -> build(options().withoutPdfs()).run());
            report(result.findings());
            getLog().info("Rebuilt: " + result.pages() + " pages");
            status.update(true, result.findings());
            if (pdfs) {
                prints.print(() -> printPdfs(result.findings()));
            }
        } catch (BuildFailure failure) {
            report(failure.findings());
            getLog().error(failure.getMessage() + " — the preview shows the problems until they are fixed");
            status.update(false, failure.findings());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole build, PDFs included, into a folder beside the output; reports only what the pages' build did not. */
    private Path printPdfs(List<Finding> alreadyReported) {
        Path folder = output.toPath().resolveSibling(output.getName() + "-pdfs");
        try {
            BuildResult printed = new HandbookBuild(options().withOutput(folder).withReport(null), BuildLog.SILENT).run();
            report(printed.findings().stream().filter(f -> !alreadyReported.contains(f)).toList());
            return folder;
        } catch (BuildFailure failure) {
            report(failure.findings().stream().filter(f -> !alreadyReported.contains(f)).toList());
            return null;
        }
    }
}
