package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;

/**
 * A Carpentries Workbench lesson (sandpaper): a content folder whose {@code config.yaml} has the Workbench's
 * {@code carpentry} key, with pages in {@code episodes/}. What its {@code config.yaml} says of the site, as
 * {@link JekyllSite} reads a {@code _config.yml}: the files of the lesson's repository that the Workbench does not
 * publish (GitHub's README.md and CONTRIBUTING.md, the citation and authors files, R's project and renv/ files, the
 * Workbench's own config.yaml and site/ build folder) are left out of the handbook too, and the pages its
 * {@code episodes:}, {@code learners:}, {@code instructors:} and {@code profiles:} list are read in that order. For
 * any other content folder, nothing.
 */
final class WorkbenchSite {

    static final String FILE = "config.yaml";
    /** The Workbench's folders of pages, in the order its menus show them; each may be listed in config.yaml. */
    private static final List<String> FOLDERS = List.of("episodes", "learners", "instructors", "profiles");
    /**
     * What a lesson's top holds that the Workbench does not publish: sandpaper drops README and CONTRIBUTING from the
     * pages it builds (GitHub shows them), and builds only Markdown, so the rest were copied here as files of the site
     * alone. A lesson's README is mostly badges from other sites, which were most of a lesson's findings. Its
     * CODE_OF_CONDUCT.md and LICENSE.md are kept: the Workbench publishes them, and links them from every page.
     */
    private static final List<String> LEFT_OUT = List.of("README.md", "CONTRIBUTING.md", "AUTHORS", "AUTHORS.md", "CITATION",
            "CITATION.cff", FILE, "site/", "renv/");
    /** RStudio's project file, named for the lesson ({@code instructor-training.Rproj}). */
    private static final String R_PROJECT = ".Rproj";
    private static final WorkbenchSite NONE = new WorkbenchSite(null);
    /**
     * The lesson's glossary: the Workbench's lesson template keeps its terms in the learners' Reference page, which
     * its menu links from every page ("Glossary" in The Carpentries' instructor training).
     */
    static final String REFERENCE = "learners/reference.md";
    /**
     * A line that defines a term: a definition list's (a line starting ': ' under the term) or an item of a list
     * of bold terms ({@code - **Chunking**: …}), which the glossary reads as one (glossary/BoldTermLists).
     */
    private static final Pattern DEFINES = Pattern.compile("^[ ]{0,3}(?::[ \\t]|[-*+][ \\t]+(?:\\*\\*|__)\\S)");

    /** The lesson's config.yaml; null for a content folder that is no lesson. */
    private final YamlMap config;
    /** What {@link #excludes} left out, as shown in its notice; the content folder is walked on one thread. */
    private final Set<String> leftOut = new TreeSet<>();

    private WorkbenchSite(YamlMap config) {
        this.config = config;
    }

    static WorkbenchSite of(Path contentDir) {
        if (!Files.isDirectory(contentDir.resolve(FOLDERS.get(0)))) {
            return NONE;
        }
        return InputFiles.text(contentDir.resolve(FILE))
                .flatMap(text -> YamlSource.parseForeign(text, FILE, Findings.discarded()))
                .filter(yaml -> yaml.foreignText("carpentry") != null) // Hugo's older site file has the same name
                .map(WorkbenchSite::new).orElse(NONE);
    }

    /** Whether the Workbench leaves out the file or folder at this path of the content folder: only at its top. */
    boolean excludes(String rel) {
        if (config == null || rel.contains("/")) {
            return false;
        }
        for (String name : LEFT_OUT) {
            if (name.equals(rel) || name.equals(rel + "/")) {
                leftOut.add(name);
                return true;
            }
        }
        if (rel.endsWith(R_PROJECT) && rel.length() > R_PROJECT.length()) {
            leftOut.add(rel);
            return true;
        }
        return false;
    }

    /**
     * Says once what {@link #excludes} left out, so that an owner who looks for the README in the site knows why it is
     * not there.
     */
    void reportLeftOut(Findings findings) {
        if (leftOut.isEmpty()) {
            return;
        }
        findings.notice(FILE, 1, "page.workbench-left-out", "a Carpentries Workbench lesson: " + String.join(", ", leftOut)
                        + " left out of the site, as the Workbench leaves them out of the lesson's (they are the repository's"
                        + " files, for GitHub, R and the Workbench's build)",
                "to publish one of them, move it into learners/ or instructors/, where the Workbench would publish it too");
    }

    /**
     * The pages with the lesson's Reference page ({@link #REFERENCE}) made the handbook's glossary, when it defines terms
     * and no page is of kind glossary (nor says another kind): the Workbench's lessons write their glossary there, with
     * no {@code kind:} (a Workbench key no other tool reads), and its terms were linked nowhere. Its other text (a
     * cheat sheet's links, a heading) stays on the page, as on any glossary page. For a content folder that is no
     * lesson, the pages as they are.
     */
    List<Page> glossary(List<Page> pages) {
        if (config == null || pages.stream().anyMatch(p -> p.kind() == Kind.GLOSSARY)) {
            return pages;
        }
        List<Page> out = new ArrayList<>(pages);
        for (int i = 0; i < out.size(); i++) {
            Page page = out.get(i);
            if (page.path().equals(REFERENCE) && page.kind() == Kind.PAGE && !page.meta().lines().containsKey("kind")
                    && definesTerms(page.markdown())) {
                out.set(i, page.withMeta(page.meta().withKind(Kind.GLOSSARY)));
            }
        }
        return out;
    }

    /** Whether a line of the Markdown, outside code, defines a term ({@link #DEFINES}). */
    static boolean definesTerms(String markdown) {
        return CodeFences.foundOutsideCode(markdown, DEFINES);
    }

    /**
     * The order config.yaml gives the pages ({@code paths}, in the order of their paths): the home page, then each
     * folder's pages, in the folders' order, as the Workbench's menus show them: those its list names, in its order; a
     * folder without a list all its pages, by file name, as the Workbench takes them (a folder's usual order would have
     * put profiles/ after the lesson's other pages at the top). A page a list leaves out (the Workbench does not publish
     * it) keeps its usual order, after them. Empty for a lesson without such pages.
     */
    Optional<SummaryFile> order(List<String> paths) {
        if (config == null) {
            return Optional.empty();
        }
        List<String> listed = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (String folder : FOLDERS) {
            List<String> names = config.strings(folder);
            List<Integer> at = config.itemLines(folder);
            if (names.isEmpty()) {
                for (String path : paths) {
                    if (path.startsWith(folder + "/") && path.indexOf('/') == path.lastIndexOf('/')) {
                        listed.add(path);
                        lines.add(config.has(folder) ? config.lineOf(folder) : 0);
                    }
                }
            }
            for (int i = 0; i < names.size(); i++) {
                String path = folder + "/" + names.get(i).strip();
                if (paths.contains(path)) {
                    listed.add(path);
                    lines.add(at.size() == names.size() ? at.get(i) : config.lineOf(folder));
                }
            }
        }
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        if (paths.contains("index.md")) { // the lesson's home page, which its menu starts with
            listed.add(0, "index.md");
            lines.add(0, 0);
        }
        return Optional.of(SummaryFile.listing(listed, lines));
    }
}
