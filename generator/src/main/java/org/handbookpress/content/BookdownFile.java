package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.handbookpress.findings.Findings;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A bookdown book's {@code _bookdown.yml}, in the content folder, and the chapters bookdown makes the book of, in their
 * order. By default the R Markdown files at the top of the book, by name; {@code rmd_files:} lists them instead, a list of
 * paths ({@code ["index.Rmd", "install.Rmd"]}) or one list per output ({@code html: […]}, {@code latex: […]}, of which the
 * site is the {@code html:} one); {@code rmd_subdir:} adds those in sub-folders after them, of every one
 * ({@code rmd_subdir: true}, by path) or of the folders it lists, in its order ({@code rmd_subdir: ["basics", "advanced"]}),
 * each with the folders in it; {@code include_md: true} takes {@code .md} files as well. A file whose name starts with
 * {@code _} is never a chapter, and {@code index.Rmd} is always the first. bookdown builds only those files, so, as a
 * SUMMARY.md's, the pages it leaves out are built here but are in no menu ({@code page.not-in-summary}). Without
 * {@code rmd_files:} or {@code rmd_subdir:} the pages keep their usual order.
 */
public final class BookdownFile {

    static final String NAME = "_bookdown.yml";

    private BookdownFile() {
    }

    /** What the build's record of its inputs holds of the file: its path and bytes, so that an edit rebuilds. */
    public static String describe(Path contentDir) {
        return InputFiles.describe(List.of(contentDir.resolve(NAME)));
    }

    /**
     * The chapters {@code rmd_files:} and {@code rmd_subdir:} make the book of, in their order, of the pages
     * ({@code paths}); empty when the file says neither, or they name none of them.
     */
    static Optional<SummaryFile> order(Path contentDir, List<String> paths) {
        Path file = contentDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return InputFiles.text(file).flatMap(text -> read(text, paths));
    }

    static Optional<SummaryFile> read(String text, List<String> paths) {
        // Another tool's file: what is wrong in it is bookdown's to say; the pages then keep their usual order.
        Optional<YamlMap> yaml = YamlSource.parseForeign(text, NAME, Findings.discarded());
        Node files = yaml.map(y -> y.value("rmd_files")).orElse(null);
        if (files instanceof MappingNode outputs) {
            files = null;
            for (NodeTuple output : outputs.getValue()) {
                if (output.getKeyNode() instanceof ScalarNode key && key.getValue().equals("html")) {
                    files = output.getValueNode();
                }
            }
        }
        Set<String> pages = new java.util.HashSet<>(paths);
        List<String> listed = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Node item : YamlMap.asList(files)) {
            if (item instanceof ScalarNode scalar) {
                String path = SummaryFile.normal(scalar.getValue().strip());
                if (path != null && pages.contains(path) && !isLeftOut(path)) {
                    listed.add(path);
                    lines.add(scalar.getStartMark().getLine() + 1);
                }
            }
        }
        Node subdir = yaml.map(y -> y.value("rmd_subdir")).orElse(null);
        boolean markdownToo = yaml.map(y -> isTrue(y.value("include_md"))).orElse(false);
        Optional<List<String>> folders = subFolders(subdir);
        if (folders.isPresent()) {
            int line = subdir.getStartMark().getLine() + 1;
            if (listed.isEmpty()) { // without rmd_files:, the files at the top come first, by name
                for (String path : sorted(paths)) {
                    if (!path.contains("/") && isChapter(path, markdownToo)) {
                        listed.add(path);
                        lines.add(line);
                    }
                }
            }
            for (String path : inFolders(folders.get(), paths, markdownToo)) {
                listed.add(path);
                lines.add(line);
            }
        }
        List<String> chapters = new ArrayList<>(new LinkedHashSet<>(listed));
        if (chapters.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> chapterLines = chapters.stream().map(path -> lines.get(listed.indexOf(path))).toList();
        int index = chapters.indexOf("index.Rmd") >= 0 ? chapters.indexOf("index.Rmd") : chapters.indexOf("index.md");
        if (index > 0) { // bookdown puts it first, wherever it is listed
            List<String> moved = new ArrayList<>(chapters);
            List<Integer> movedLines = new ArrayList<>(chapterLines);
            moved.add(0, moved.remove(index));
            movedLines.add(0, movedLines.remove(index));
            chapters = moved;
            chapterLines = movedLines;
        }
        return Optional.of(SummaryFile.listing(chapters, chapterLines));
    }

    /**
     * bookdown's chapters without a {@code _bookdown.yml} that says which: the R Markdown files at the top of the book, by
     * name, {@code index.Rmd} first. The order its parts are read in when the pages have no other.
     */
    static SummaryFile defaultOrder(List<String> paths) {
        List<String> chapters = new ArrayList<>();
        for (String path : sorted(paths)) {
            if (!path.contains("/") && isChapter(path, false)) {
                chapters.add(path.equals("index.Rmd") ? 0 : chapters.size(), path);
            }
        }
        return SummaryFile.listing(chapters, chapters.stream().map(path -> 0).toList());
    }

    /**
     * The folders {@code rmd_subdir:} takes chapters from: every one for {@code true} (the empty name), those it lists (one
     * written alone is a list of one); empty when it is not there, or {@code false}.
     */
    private static Optional<List<String>> subFolders(Node subdir) {
        if (subdir == null || subdir instanceof ScalarNode scalar && List.of("false", "no", "off", "null", "~", "")
                .contains(scalar.getValue().strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (isTrue(subdir)) {
            return Optional.of(List.of(""));
        }
        List<String> folders = new ArrayList<>();
        for (Node item : YamlMap.asList(subdir)) {
            if (item instanceof ScalarNode scalar) {
                String folder = scalar.getValue().strip().replace('\\', '/');
                while (folder.startsWith("./")) {
                    folder = folder.substring(2);
                }
                folders.add(folder.equals(".") ? "" : folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder);
            }
        }
        return folders.isEmpty() ? Optional.empty() : Optional.of(folders);
    }

    /** The chapters in sub-folders of each folder, a folder after another, each's by path; "" is the book's every sub-folder. */
    private static List<String> inFolders(List<String> folders, List<String> paths, boolean markdownToo) {
        List<String> found = new ArrayList<>();
        for (String folder : folders) {
            String prefix = folder.isEmpty() ? "" : folder + "/";
            for (String path : sorted(paths)) {
                if (path.startsWith(prefix) && path.indexOf('/') > 0 && isChapter(path, markdownToo)) {
                    found.add(path);
                }
            }
        }
        return found;
    }

    private static List<String> sorted(List<String> paths) {
        return paths.stream().sorted().toList();
    }

    /** Whether bookdown takes the file as a chapter when it looks for them: R Markdown, Markdown with include_md. */
    private static boolean isChapter(String path, boolean markdownToo) {
        String lower = path.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".rmd") || markdownToo && lower.endsWith(".md")) && !isLeftOut(path);
    }

    /** A file whose name starts with {@code _}, which bookdown leaves out even when rmd_files: names it (a child document). */
    private static boolean isLeftOut(String path) {
        return path.substring(path.lastIndexOf('/') + 1).startsWith("_");
    }

    private static boolean isTrue(Node node) {
        return node instanceof ScalarNode scalar && List.of("true", "yes", "on").contains(scalar.getValue().strip().toLowerCase(Locale.ROOT));
    }
}
