package org.handbookpress.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from the content folder: settings, pages in reading order, and the other files
 * (images, downloads) to copy as they are.
 */
public record Handbook(Path contentDir, HandbookConfig config, List<Page> pages, List<String> assets) {

    public Optional<Page> page(String path) {
        return pages.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    public Optional<Page> glossary() {
        return pages.stream().filter(p -> p.kind() == Kind.GLOSSARY).findFirst();
    }
}
