package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbookpress.findings.Findings;

/**
 * A site file that may name the folder its pages are in, as Jekyll's {@code _config.yml} does with {@code source: src} and
 * a GitBook space's {@code .gitbook.yaml} with {@code root: ./docs/}: the build then reads that folder's pages whether it
 * is given the site's top or that folder, and the file at the top still counts for the folder.
 *
 * @param file the file's name ({@code _config.yml})
 * @param key  the key naming the folder of pages ({@code source})
 */
record FolderSetting(String file, String key) {

    /**
     * The folder of pages the content folder's file names: inside the content folder and not the content folder itself;
     * empty when it names none.
     */
    Optional<Path> inside(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        return read(content.resolve(file)).flatMap(settings -> folder(settings, content))
                .filter(folder -> folder.startsWith(content) && !folder.equals(content) && Files.isDirectory(folder));
    }

    /** The settings for the content folder: its own file, or the one beside it whose key names the content folder. */
    Optional<YamlMap> settings(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Optional<YamlMap> own = read(content.resolve(file));
        if (own.isPresent() || content.getParent() == null) {
            return own;
        }
        return read(content.getParent().resolve(file)).filter(beside -> folder(beside, content.getParent()).filter(content::equals).isPresent());
    }

    /** The folder a file in {@code top} names, if it names one. */
    private Optional<Path> folder(YamlMap settings, Path top) {
        String named = settings.foreignText(key);
        return named == null || named.isBlank() ? Optional.empty() : Optional.of(top.resolve(named.strip()).normalize());
    }

    /** The file's settings, when it is there and is YAML; its own findings are not the handbook's. */
    Optional<YamlMap> read(Path path) {
        return InputFiles.text(path).flatMap(text -> YamlSource.parseForeign(text, file, Findings.discarded()));
    }
}
