package org.handbookpress.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an mdBook's {@code book.toml} says about how its pages show, beyond the title {@link SiteConfigFiles} reads: its
 * being there at all makes the handbook an mdBook book, whose Rust code hides the lines mdBook hides, and whose includes
 * reach the book's folder; and its {@code [output.html.code.hidelines]} table gives other languages a prefix that hides a
 * line ({@code python = "~"}). Read from the content folder or beside it, as mdBook keeps its {@code src/} beside the
 * file, whether or not a handbook.yml names the site: these settings are no part of handbook.yml.
 *
 * @param folder             the book's folder, book.toml's: the content folder, or the folder holding it
 * @param hiddenLinePrefixes by a code block's language, the prefix that hides its lines; none for Rust, whose rule is fixed
 * @param preprocessors      the preprocessors book.toml runs ({@code [preprocessor.trpl-listing]}), by name: a book's
 *                           own markup that the build reads only in the books that use it
 */
public record MdBookSettings(Path folder, Map<String, String> hiddenLinePrefixes, java.util.Set<String> preprocessors) {

    private static final String PREPROCESSOR = "preprocessor.";

    /** Whether book.toml runs the preprocessor of that name. */
    public boolean runs(String preprocessor) {
        return preprocessors.contains(preprocessor);
    }

    private static final String HIDDEN_LINES = "output.html.code.hidelines";
    /** Folders of what tools make (mdBook's book/ at the top, Cargo's target/), never what a page includes. */
    private static final java.util.Set<String> MADE = java.util.Set.of("node_modules", "target");
    /** How many files beside the content folder the record of inputs holds at most: a book's folder is not a whole disk. */
    private static final int MAX_RECORDED = 5000;

    /** The book's settings, or empty when there is no readable book.toml (the handbook is no mdBook book). */
    public static Optional<MdBookSettings> of(Path contentDir) {
        for (Path file : InputFiles.nearby(contentDir, List.of(SiteConfigFiles.MDBOOK), List.of(SiteConfigFiles.MDBOOK))) {
            Optional<String> text = InputFiles.text(file);
            if (text.isPresent()) {
                Map<String, Map<String, String>> tables = SiteConfigFiles.tomlStrings(text.get());
                java.util.Set<String> preprocessors = new java.util.HashSet<>();
                for (String table : tables.keySet()) {
                    if (table.startsWith(PREPROCESSOR) && !table.substring(PREPROCESSOR.length()).contains(".")) {
                        preprocessors.add(table.substring(PREPROCESSOR.length()));
                    }
                }
                return Optional.of(new MdBookSettings(file.getParent(), Map.copyOf(tables.getOrDefault(HIDDEN_LINES, Map.of())),
                        java.util.Set.copyOf(preprocessors)));
            }
        }
        return Optional.empty();
    }

    /**
     * What the record of a build's inputs holds of the files an mdBook book's pages may include from beside the content
     * folder (the Rust book's {@code listings/}): each file's path, size and date, so that an edit to one builds again. Its
     * dates, not its bytes: the preview asks for this record every 300 ms, and the Rust book keeps 2,500 files there.
     * Hidden files and folders, Cargo's {@code target/} and mdBook's own {@code book/} are left out. "none" when the book's
     * folder is the content folder, or there is no book.
     */
    public static String describeBeside(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Optional<MdBookSettings> book = of(contentDir);
        if (book.isEmpty() || book.get().folder().equals(content)) {
            return "none";
        }
        Path top = book.get().folder();
        List<String> record = new ArrayList<>();
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean leftOut = !dir.equals(top) && (name.startsWith(".") || MADE.contains(name)
                            || dir.equals(top.resolve("book")) || dir.equals(content));
                    return leftOut ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.getFileName().toString().startsWith(".") && attrs.isRegularFile()) {
                        record.add(top.relativize(file) + " " + attrs.size() + " " + attrs.lastModifiedTime().toMillis());
                    }
                    return record.size() < MAX_RECORDED ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable: left out of the record, as it is of the build
                }
            });
        } catch (IOException e) {
            // unreadable: left out of the record, as it is of the build
        }
        java.util.Collections.sort(record); // in the folders' order whatever order the disk lists them in
        return record.isEmpty() ? "none" : String.join("\n", record);
    }
}
