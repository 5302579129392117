package org.handbookpress.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.files.FileNames;

/**
 * Where each of a handbook's files (pictures, downloads) is read from: the content folder, or, for a file of the folder a
 * site publishes at its root (Hugo's and Docusaurus' {@code static/}, Next.js' and Astro's {@code public/}), that folder
 * ({@link StaticFolder}). Every stage that reads a file by its path in the handbook asks here, so the site, its PDFs,
 * its EPUB, its checks and the record of its inputs read the same file.
 *
 * @param contentDir   the content folder
 * @param outside      the folders outside the content folder whose files are published: that folder, and a Hugo
 *                     site's {@code assets/} ({@link StaticFolder#assets})
 * @param fromStatic   the files published from them by their path in the handbook ({@code images/rota.png}; VitePress'
 *                     {@code public/logo.svg} as {@code logo.svg}; HugoBlox's {@code assets/media/menu.jpg} as
 *                     {@code media/menu.jpg}); none of them is also in the content folder, whose file would win
 */
public record AssetFiles(Path contentDir, List<Path> outside, Map<String, Path> fromStatic) {

    public AssetFiles {
        outside = List.copyOf(outside);
        fromStatic = Map.copyOf(fromStatic);
    }

    /** A handbook that reads its content folder only. */
    public static AssetFiles of(Path contentDir) {
        return new AssetFiles(contentDir, List.of(), Map.of());
    }

    /** The file the handbook's file at {@code path} is read from. */
    public Path file(String path) {
        Path outside = fromStatic.get(path);
        return outside != null ? outside : FileNames.resolve(contentDir, path);
    }

    /**
     * The file a path in the content folder stands for: the static folder's for a file published from there (a PDF's
     * picture, which the layout engine looks for beside the page), else the path itself.
     */
    public Path locate(Path path) {
        if (fromStatic.isEmpty()) {
            return path;
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path content = contentDir.toAbsolutePath().normalize();
        if (!absolute.startsWith(content) || absolute.equals(content)) {
            return path;
        }
        Path outside = fromStatic.get(content.relativize(absolute).toString().replace('\\', '/'));
        return outside != null ? outside : path;
    }

    /** The folders files are read from: the content folder, then those outside it. */
    public List<Path> folders() {
        List<Path> folders = new ArrayList<>(List.of(contentDir));
        folders.addAll(outside);
        return folders;
    }
}
