package org.handbookpress.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.PackConfig;
import org.handbookpress.content.Page;
import org.handbookpress.files.FileNames;
import org.handbookpress.files.Globs;

/**
 * Resolves a pack's {@code include:} entries to pages, in the order written: a file
 * ({@code glossary.md}), a folder ({@code toolkit/}: its pages in reading order, sub-folders included)
 * or a glob ({@code policies/*.md}). A page named twice is printed once, where it first appears.
 */
public final class PackIncludes {

    private final Handbook handbook;
    private final Findings findings;

    public PackIncludes(Handbook handbook, Findings findings) {
        this.handbook = handbook;
        this.findings = findings;
    }

    /** The pack's pages in print order; an entry matching no page is an error naming handbook.yml and the pack. */
    public List<Page> resolve(PackConfig pack) {
        Set<Page> pages = new LinkedHashSet<>();
        for (int index = 0; index < pack.include().size(); index++) {
            String raw = pack.include().get(index);
            String entry = raw.trim().replace('\\', '/');
            while (entry.startsWith("./")) {
                entry = entry.substring(2);
            }
            List<Page> matched = match(entry);
            if (matched.isEmpty()) {
                report(pack, raw, entry, pack.includeLine(index));
            }
            pages.addAll(matched);
        }
        return List.copyOf(pages);
    }

    private List<Page> match(String entry) {
        List<Page> out = new ArrayList<>();
        if (entry.isEmpty()) {
            return out;
        }
        if (Globs.isPattern(entry)) {
            PathMatcher glob;
            try {
                glob = Globs.matcher(FileNames.forMatching(entry));
            } catch (IllegalArgumentException e) {
                return out;
            }
            for (Page page : handbook.pages()) {
                if (glob.matches(Path.of(FileNames.forMatching(page.path())))) {
                    out.add(page);
                }
            }
            return out;
        }
        String folder = entry.endsWith("/") ? entry : null;
        if (folder == null) {
            String asFile = Page.isPageFile(entry) ? entry : entry + ".md";
            if (handbook.page(asFile).isPresent()) {
                return List.of(handbook.page(asFile).get());
            }
            folder = entry + "/";
        }
        for (Page page : handbook.pages()) {
            if (page.path().startsWith(folder)) {
                out.add(page);
            }
        }
        return out;
    }

    private void report(PackConfig pack, String raw, String entry, int line) {
        Path root = handbook.contentDir().toAbsolutePath().normalize();
        Path onDisk = FileNames.resolve(root, entry).normalize();
        if (onDisk.startsWith(root) && Files.isRegularFile(onDisk) && Page.isPageFile(entry)) {
            // The file exists but is not a page of this build: a draft, or a name starting with _ or ".".
            findings.warning(ConfigLoader.FILE, line, "pack.include-draft", "pack '" + pack.id() + "' includes '" + raw
                    + "', which is a draft or hidden page and is left out", "publish the page, or remove it from the pack");
            return;
        }
        findings.error(ConfigLoader.FILE, line, "pack.include-missing", "pack '" + pack.id() + "' includes '" + raw
                        + "', which matches no page",
                "name a page (toolkit/01-setting-up.md), a folder (toolkit/) or a pattern (policies/*.md), relative to the content folder");
    }
}
