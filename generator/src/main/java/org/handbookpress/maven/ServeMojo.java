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
import org.handbookpress.PreviewSite;
import org.handbookpress.BuildLog;
import org.handbookpress.findings.Finding;
import org.handbookpress.serve.BackgroundPrints;
import org.handbookpress.serve.BuildStatus;
import org.handbookpress.serve.ContentWatcher;
import org.handbookpress.serve.PreviewServer;

/**
 * Previews the handbook on http://127.0.0.1:8000/, updating and reloading when a file changes: an edit of
 * a page's body re-renders only that page and the pages it affects (PreviewSite); anything else rebuilds.
 */
@Mojo(name = "serve", requiresProject = true)
public class ServeMojo extends AbstractHandbookMojo {

    /** The port to serve on, on the loopback address only. */
    @Parameter(property = "handbook.port", defaultValue = "8000")
    int port;

    /** Also print the PDFs on every rebuild, in the background after the pages are served (BackgroundPrints). */
    @Parameter(property = "handbook.serve.pdfs", defaultValue = "false")
    boolean pdfs;

    /** What the last full build kept for updating single pages; null after a failed build or update. */
    private PreviewSite site;
    /** Whether a full build has run: the first shows all its findings, later ones only what changed ({@link #reportRebuild}). */
    private boolean builtOnce;

    @Override
    public void execute() throws MojoExecutionException {
        BuildStatus status = new BuildStatus();
        BackgroundPrints prints = new BackgroundPrints(output.toPath(), getLog()::info);
        rebuild(status, prints);
        try (prints;
             PreviewServer server = new PreviewServer(output.toPath(), status, port);
             ContentWatcher watcher = watcher()) {
            server.start();
            getLog().info("Previewing the handbook at http://127.0.0.1:" + server.port() + "/  (Ctrl+C stops)");
            getLog().info("Findings of the latest build: http://127.0.0.1:" + server.port() + "/__handbook/report");
            while (!Thread.currentThread().isInterrupted()) {
                ContentWatcher.Changes changes = watcher.awaitChangedFiles();
                if (!changes.everything() && update(changes, status, prints)) {
                    continue;
                }
                rebuild(status, prints);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage()
                    + " — is another preview running? Choose another port with -Dhandbook.port=8001", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The watcher of the content and templates; a system that refuses to watch at all ends the preview, saying why. */
    private ContentWatcher watcher() throws MojoExecutionException {
        try {
            // A site's static folder too (Hugo's static/, Astro's public/): its files are published; a change rebuilds all.
            List<java.nio.file.Path> roots = new java.util.ArrayList<>(List.of(content.toPath(), templates.toPath()));
            roots.addAll(org.handbookpress.content.StaticFolder.folders(content.toPath())); // and HugoBlox's media
            return new ContentWatcher(roots, output.toPath(), getLog()::warn)
                    .watchingAlso(() -> HandbookBuild.filesBeside(content.toPath())); // mkdocs.yml, sidebars.js beside the content
        } catch (IOException e) {
            throw new MojoExecutionException("The preview cannot watch the handbook's folders (" + e.getMessage() + ")."
                    + ContentWatcher.limitAdvice(e.getMessage()), e);
        }
    }

    /**
     * Updates only the pages an edit affects, then tells open pages to reload at once; false when the
     * change needs the full build (then the kept model is dropped and {@link #rebuild} runs).
     */
    private boolean update(ContentWatcher.Changes changes, BuildStatus status, BackgroundPrints prints) {
        if (site == null) {
            return false;
        }
        PreviewSite kept = site;
        PreviewSite.Update tried;
        try {
            tried = prints.buildPages(() -> kept.update(changes.files()));
        } catch (Exception e) {
            tried = null;
        }
        PreviewSite.Update update = tried;
        if (update == null || !update.applied()) {
            getLog().info("Rebuilding everything: " + (update == null ? "the update failed" : update.fullBuild()));
            site = null;
            return false;
        }
        List<Finding> before = status.findings();
        if (update.written().isEmpty() && update.findings().equals(before) && update.passed() == status.succeeded()) {
            return true; // nothing a reader could see changed (a file saved unchanged, an editor's temporary file)
        }
        status.update(update.passed(), update.findings()); // open pages reload now
        FindingChanges found = FindingChanges.between(before, update.findings());
        report(found.added(), update.findings());
        getLog().info("Updated " + String.join(", ", update.written()) + " in " + update.millis() + " ms"
                + (found.gone() > 0 ? "; " + found.gone() + " finding(s) resolved" : "")
                + (update.passed() ? "" : " — the preview shows the problems until they are fixed"));
        if (pdfs && !update.written().isEmpty()) {
            List<Finding> reported = update.findings();
            prints.print(() -> printPdfs(reported));
        }
        return true;
    }

    /**
     * A full rebuild's findings: all of them after the first build; after a later one, those the last build did not have,
     * and how many are as before or resolved. A migrated handbook with hundreds of findings printed them all again at
     * every save that rebuilt everything (a template, handbook.yml, a renamed folder), burying the one the edit caused.
     *
     * @param before the last build's findings, null before the first
     */
    void reportRebuild(List<Finding> before, List<Finding> all) {
        if (before == null) {
            report(all);
            return;
        }
        FindingChanges found = FindingChanges.between(before, all);
        long same = all.size() - found.added().size();
        long gone = found.gone();
        report(found.added(), all);
        if (same > 0 || gone > 0) {
            getLog().info((same > 0 ? same + " finding(s) as before, not shown again (the report lists them all)" : "")
                    + (same > 0 && gone > 0 ? "; " : "") + (gone > 0 ? gone + " finding(s) resolved" : ""));
        }
    }

    /** A build's findings against the last build's: those it did not have, and how many of the last's are gone. */
    private record FindingChanges(List<Finding> added, long gone) {
        static FindingChanges between(List<Finding> before, List<Finding> now) {
            java.util.Set<Finding> last = new java.util.HashSet<>(before);
            java.util.Set<Finding> current = new java.util.HashSet<>(now);
            return new FindingChanges(now.stream().filter(f -> !last.contains(f)).toList(),
                    before.stream().filter(f -> !current.contains(f)).count());
        }
    }

    /** Builds the pages (never the PDFs, which would hold up the reload), then queues the PDFs if asked for. */
    private void rebuild(BuildStatus status, BackgroundPrints prints) {
        site = null;
        List<Finding> before = builtOnce ? status.findings() : null;
        builtOnce = true;
        try {
            PreviewSite built = prints.buildPages(() -> build(options().withoutPdfs()).runForPreview());
            site = built;
            BuildResult result = built.result();
            reportRebuild(before, result.findings());
            getLog().info("Rebuilt: " + result.pages() + " pages");
            status.update(true, result.findings());
            if (pdfs) {
                prints.print(() -> printPdfs(result.findings()));
            }
        } catch (BuildFailure failure) {
            reportRebuild(before, failure.findings());
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
            report(printed.findings().stream().filter(f -> !alreadyReported.contains(f)).toList(), printed.findings());
            return folder;
        } catch (BuildFailure failure) {
            report(failure.findings().stream().filter(f -> !alreadyReported.contains(f)).toList(), failure.findings());
            return null;
        }
    }
}
