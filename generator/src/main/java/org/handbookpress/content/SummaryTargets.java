package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;

/**
 * The entries of a SUMMARY.md that name no page of the handbook, said at their line: a chapter linked without its
 * {@code .md} ({@code - [Client contracts](./client_contracts)}), a PDF or picture, a file that is not there. The table
 * of contents is read for links to {@code .md} files only, so each such entry was left out of the menu without a word,
 * and its chapter with it.
 *
 * <p>An entry whose name with {@code .md} added is a page is read as that page: the author named the chapter and
 * left off its extension, and a menu without the chapter, or a build that stops, would help nobody; mdBook opens the
 * file named exactly, so the warning asks for the {@code .md} all the same.
 */
final class SummaryTargets {

    /** The warning for an entry that names no page. */
    static final String CODE = "nav.summary-not-a-page";

    /**
     * An entry's link at the start of its line, after its list mark if any (mdBook's prefix and suffix chapters have
     * none): group 1 what comes before the address, 2 the address (bare or in angle brackets), 3 what follows.
     */
    private static final Pattern ENTRY = Pattern.compile("^(\\s*(?:(?:[-*+]|\\d+[.)])\\s+)?\\[[^\\[\\]]*\\]\\(\\s*)(<[^>]*>|[^)\\s]+)(.*)$");

    private SummaryTargets() {
    }

    /**
     * The table of contents with each entry that names a page without its {@code .md} naming it with it, and a warning
     * for each entry that names no page.
     *
     * @param shown      the file as findings name it ({@code SUMMARY.md})
     * @param pages      every Markdown file's path in the content folder, drafts too
     * @param contentDir the content folder, where a listed file that is no page may be
     */
    static String apply(String text, String shown, Set<String> pages, Path contentDir, Findings findings) {
        String[] lines = text.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i])) {
                continue;
            }
            Matcher m = ENTRY.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String address = m.group(2).startsWith("<") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
            int hash = address.indexOf('#');
            String file = hash < 0 ? address : address.substring(0, hash);
            if (file.isBlank() || file.contains("://") || file.startsWith("mailto:")) {
                continue; // a draft chapter, a heading of this page, another website: none is a file of the book
            }
            String written = file.strip();
            String path = SummaryFile.normal(written);
            if (path == null || pages.contains(path)) {
                continue;
            }
            String suffix = hash < 0 ? "" : address.substring(hash);
            // The page the entry is read as: the chapter named without its .md, else the folder's own page (- [Recipes](recipes/)),
            // as a web server shows a folder's.
            String withMd = path.endsWith("/") || path.toLowerCase(Locale.ROOT).endsWith(".md") ? null : path + ".md";
            String readAs = withMd != null && pages.contains(withMd) ? withMd : folderPage(path, pages);
            if (readAs != null) {
                boolean folder = !readAs.equals(withMd);
                String meant = folder ? (written.endsWith("/") ? written : written + "/") + readAs.substring(readAs.lastIndexOf('/') + 1)
                        : written + ".md";
                findings.warning(shown, i + 1, CODE, "'" + written + "' is " + (folder ? "a folder" : "not a Markdown file")
                                + ": did you mean " + meant
                                + "? A table of contents lists chapters by their .md file (mdBook opens the file named exactly,"
                                + " and stops); it is read here as " + readAs,
                        "write " + meant + suffix + " in the entry");
                String target = m.group(2).startsWith("<") ? "<" + meant + suffix + ">" : meant + suffix;
                lines[i] = m.group(1) + target + m.group(3);
                changed = true;
            } else if (Files.exists(contentDir.resolve(path))) {
                findings.warning(shown, i + 1, CODE, "'" + written + "' is not a chapter: a table of contents lists Markdown"
                                + " pages (.md files), so this entry is left out of the menu",
                        "link the file from a chapter's page instead ([its name](" + written + ")), or list the .md page"
                                + " that presents it");
            } else {
                findings.warning(shown, i + 1, CODE, "'" + written + "' is not in the content folder, so this entry is"
                                + " left out of the menu",
                        "correct the path (from " + shown + "'s folder), add the page, or make the entry a draft chapter"
                                + " with an empty link ([its title]()) until the page is written");
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    /**
     * The page of the folder {@code path} names ({@code recipes/}, {@code recipes}): its own page, of the names the
     * handbook gives a folder's page ({@link Handbook#FOLDER_PAGE_NAMES}: README.md, index.md); null if none.
     */
    private static String folderPage(String path, Set<String> pages) {
        String folder = path.isEmpty() || path.endsWith("/") ? path : path + "/";
        for (String name : Handbook.FOLDER_PAGE_NAMES) {
            if (pages.contains(folder + name)) {
                return folder + name;
            }
        }
        return null;
    }
}
