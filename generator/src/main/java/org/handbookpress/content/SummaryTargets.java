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
            String path = SummaryFile.normal(file.strip());
            if (path == null || pages.contains(path)) {
                continue;
            }
            String withMd = path.endsWith("/") ? null : path + ".md";
            String suffix = hash < 0 ? "" : address.substring(hash);
            String folderPage = folderPage(path, pages);
            if (withMd != null && !path.toLowerCase(Locale.ROOT).endsWith(".md") && pages.contains(withMd) || folderPage != null) {
                // A folder's entry (- [Recipes](recipes/)) names its own page too, as a web server shows a folder's.
                String meant = folderPage != null ? (file.strip().endsWith("/") ? file.strip() : file.strip() + "/")
                        + folderPage.substring(folderPage.lastIndexOf('/') + 1) : file.strip() + ".md";
                withMd = folderPage != null ? folderPage : withMd;
                findings.warning(shown, i + 1, CODE, "'" + file.strip() + "' is " + (folderPage != null ? "a folder" : "not a Markdown file")
                                + ": did you mean " + meant
                                + "? A table of contents lists chapters by their .md file (mdBook opens the file named exactly,"
                                + " and stops); it is read here as " + withMd,
                        "write " + meant + suffix + " in the entry");
                String target = m.group(2).startsWith("<") ? "<" + meant + suffix + ">" : meant + suffix;
                lines[i] = m.group(1) + target + m.group(3);
                changed = true;
            } else if (Files.exists(contentDir.resolve(path))) {
                findings.warning(shown, i + 1, CODE, "'" + file.strip() + "' is not a chapter: a table of contents lists Markdown"
                                + " pages (.md files), so this entry is left out of the menu",
                        "link the file from a chapter's page instead ([its name](" + file.strip() + ")), or list the .md page"
                                + " that presents it");
            } else {
                findings.warning(shown, i + 1, CODE, "'" + file.strip() + "' is not in the content folder, so this entry is"
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
