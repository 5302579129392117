package org.handbookpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every file of a built site's search index, as one text: for tests asking what the index holds of the pages. */
final class SearchIndexText {

    private SearchIndexText() {
    }

    static String of(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("assets/search"))) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
