package org.handbookpress.maven;

import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildResult;
import org.handbookpress.serve.BuildStatus;
import org.handbookpress.serve.ContentWatcher;
import org.handbookpress.serve.PreviewServer;

/** Previews the handbook on http://127.0.0.1:8000/, rebuilding and reloading when a file changes. */
@Mojo(name = "serve", requiresProject = true)
public class ServeMojo extends AbstractHandbookMojo {

    /** The port to serve on, on the loopback address only. */
    @Parameter(property = "handbook.port", defaultValue = "8000")
    int port;

    /** Also print the PDFs on every rebuild (slower: seconds rather than a second for a typical handbook). */
    @Parameter(property = "handbook.serve.pdfs", defaultValue = "false")
    boolean pdfs;

    @Override
    public void execute() throws MojoExecutionException {
        BuildStatus status = new BuildStatus();
        rebuild(status);
        try (PreviewServer server = new PreviewServer(output.toPath(), status, port);
             ContentWatcher watcher = new ContentWatcher(List.of(content.toPath(), templates.toPath()))) {
            server.start();
            getLog().info("Previewing the handbook at http://127.0.0.1:" + server.port() + "/  (Ctrl+C stops)");
            getLog().info("Findings of the latest build: http://127.0.0.1:" + server.port() + "/__handbook/report");
            while (!Thread.currentThread().isInterrupted()) {
                watcher.awaitChanges();
                rebuild(status);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage()
                    + " — is another preview running? Choose another port with -Dhandbook.port=8001", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rebuild(BuildStatus status) {
        try {
            BuildResult result = build(pdfs ? options() : options().withoutPdfs()).run();
            report(result.findings());
            getLog().info("Rebuilt: " + result.pages() + " pages");
            status.update(true, result.findings());
        } catch (BuildFailure failure) {
            report(failure.findings());
            getLog().error(failure.getMessage() + " — the preview shows the problems until they are fixed");
            status.update(false, failure.findings());
        }
    }
}
