package org.handbookpress.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.handbookpress.files.ToolFolders;

/**
 * A repository whose Jupyter Book is in a folder of its own ({@code book/} with its {@code _toc.yml}, as
 * {@code jupyter-book create} makes it and hackweeks' and labs' handbooks keep it beside a README, {@code binder/} and
 * notes for the site's maintainers), given at its top: its pages are read from that folder, which
 * {@code jupyter-book build book/} publishes at the site's top. Read from the top, the README was the home page, the
 * maintainers' notes pages, and the book a section whose table of contents named no page.
 *
 * <p>Only when the top has no table of contents (nor a handbook.yml, which says the top is the handbook) and exactly one
 * folder directly in it has one: with two, which is the book is not guessed.
 */
final class JupyterBookFolder {

    private JupyterBookFolder() {
    }

    static Optional<Path> bookFolder(Path contentDir) {
        Path top = contentDir.toAbsolutePath().normalize();
        if (Files.exists(top.resolve(ConfigLoader.FILE)) || Files.exists(top.resolve(SummaryFile.JUPYTER_TOC))) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(top)) {
            List<Path> books = children.filter(Files::isDirectory)
                    .filter(dir -> !ContentLoader.leftOut(dir) && !ToolFolders.isToolFolder(dir))
                    .filter(dir -> Files.isRegularFile(dir.resolve(SummaryFile.JUPYTER_TOC)))
                    .toList();
            return books.size() == 1 ? Optional.of(books.get(0)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // an unreadable top is read as given, and its problems reported there
        }
    }
}
