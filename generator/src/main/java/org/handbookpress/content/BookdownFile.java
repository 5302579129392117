package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
 * A bookdown book's {@code _bookdown.yml}, in the content folder: its {@code rmd_files:} lists the book's chapters in
 * their order, a list of paths ({@code ["index.Rmd", "install.Rmd"]}) or one list per output
 * ({@code html: […]}, {@code latex: […]}, of which the site is the {@code html:} one). bookdown builds only the files it
 * lists, so, as a SUMMARY.md's, the pages it leaves out are built here but are in no menu ({@code page.not-in-summary}).
 * Without {@code rmd_files:} the pages keep their usual order.
 */
public final class BookdownFile {

    static final String NAME = "_bookdown.yml";

    private BookdownFile() {
    }

    /** What the build's record of its inputs holds of the file: its path and bytes, so that an edit rebuilds. */
    public static String describe(Path contentDir) {
        return InputFiles.describe(List.of(contentDir.resolve(NAME)));
    }

    /** The chapters {@code rmd_files:} lists, in its order, of the pages ({@code paths}); empty when it lists none of them. */
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
        Set<String> pages = new HashSet<>(paths);
        List<String> listed = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Node item : YamlMap.asList(files)) {
            if (item instanceof ScalarNode scalar) {
                String path = SummaryFile.normal(scalar.getValue().strip());
                if (path != null && pages.contains(path)) {
                    listed.add(path);
                    lines.add(scalar.getStartMark().getLine() + 1);
                }
            }
        }
        return listed.isEmpty() ? Optional.empty() : Optional.of(SummaryFile.listing(listed, lines));
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
}
