package org.handbookpress.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbookpress.findings.Findings;

/**
 * A GitHub wiki's {@code _Footer.md} (beside its {@code Home.md} or {@code _Sidebar.md}), which GitHub shows at the foot of
 * every page of the wiki: a contact line, a licence. Its name starts with '_', so it is no page; it is read here as a
 * page at the top of the site, whose links are resolved from there as GitHub resolves them from every page (a wiki's
 * pages share one folder of addresses), and which the build shows at the foot of every page (render/SiteFooter).
 */
public final class WikiFooter {

    /** The footer's file, at the top of the content folder. */
    public static final String FILE = "_Footer.md";

    private WikiFooter() {
    }

    /**
     * The footer as a page at the top ({@code _Footer.md}, its lines numbered as in the file), when the content folder is
     * a GitHub wiki's and has one with text; empty otherwise. What reading it finds (a name or bytes that are not UTF-8)
     * is said as for a page.
     */
    public static Optional<Page> read(Path contentDir, Findings findings) throws IOException {
        Path file = contentDir.resolve(FILE);
        boolean wiki = Files.isRegularFile(contentDir.resolve(Handbook.WIKI_HOME))
                || Files.isRegularFile(contentDir.resolve(SummaryFile.WIKI_SIDEBAR));
        // Named as on disk: on a file system that ignores case, _Footer.md would find a _footer.md, which is not GitHub's.
        if (!wiki || !Files.isRegularFile(file) || !file.toRealPath().getFileName().toString().equals(FILE)) {
            return Optional.empty();
        }
        Optional<String> text = SourceText.read(file, FILE, findings);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty(); // GitHub shows nothing for an empty footer either
        }
        return Optional.of(new Page(FILE, Page.address(FILE), file, FrontMatter.empty(), "_Footer", text.get(), 1));
    }
}
