package org.handbookpress.content;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Quarto or R Markdown source beside the Markdown it renders to: {@code README.qmd} with {@code format: gfm} (or
 * {@code README.Rmd} with {@code output: github_document}, a chapter knitted with {@code keep_md: true}) writes
 * {@code README.md} beside it, for GitHub's front page, and both are committed. The {@code .md} is the page, as it holds
 * what the code chunks made (their tables, their figures' pictures), which the build does not run (page.code-chunks
 * advises rendering to it); the source stays a file, as a Jupytext notebook beside its Markdown does
 * ({@link Notebooks#leavePaired}). Without this the two were one address, an error (page.same-output) that stopped the
 * build of a Quarto book whose repository has a README.qmd.
 */
final class KnittedPairs {

    private static final List<String> SOURCES = List.of(".qmd", ".rmd");

    private KnittedPairs() {
    }

    /**
     * @param files  every page file found, from which sources rendered beside are taken
     * @param assets the content folder's other files, to which they are added
     */
    static void leavePaired(Path contentDir, List<Path> files, List<String> assets) {
        Set<String> rendered = new HashSet<>();
        for (Path file : files) {
            String name = file.toString();
            if (".md".equals(Page.extension(name)) && !name.toLowerCase(Locale.ROOT).endsWith(".html.md")) {
                rendered.add(Page.stem(name));
            }
        }
        files.removeIf(file -> {
            String name = file.toString();
            boolean paired = SOURCES.contains(Page.extension(name)) && rendered.contains(Page.stem(name));
            if (paired) {
                assets.add(ContentLoader.relative(contentDir, file));
            }
            return paired;
        });
    }
}
