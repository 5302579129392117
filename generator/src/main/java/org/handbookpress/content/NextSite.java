package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Next.js site that keeps its pages in {@code content/} (Nextra's own folder for them since its version 4, and the
 * folder handbooks built on Next.js keep theirs in), given at its top: its pages are read from there, as the site reads
 * them, and the top's README (how to work on the site), page templates and source stay out. Without this the README was
 * the handbook's home page and the real home page a section's. Only a {@code content/} with a home page of its own
 * ({@code index.md}, {@code index.mdx}) is taken; a handbook.yml at the top says the top is the handbook.
 */
final class NextSite {

    static final String CONTENT = "content";
    private static final List<String> CONFIGS = List.of("next.config.js", "next.config.mjs", "next.config.ts");
    private static final List<String> HOME_PAGES = List.of("index.md", "index.mdx");

    private NextSite() {
    }

    /** The folder of pages and the configuration file that makes the site one, or empty. */
    record Pages(Path folder, String config) {
    }

    static Optional<Pages> contentFolder(Path contentDir) {
        Path top = contentDir.toAbsolutePath().normalize();
        Path content = top.resolve(CONTENT);
        if (Files.exists(top.resolve(ConfigLoader.FILE)) || !Files.isDirectory(content)
                || HOME_PAGES.stream().noneMatch(name -> Files.isRegularFile(content.resolve(name)))) {
            return Optional.empty();
        }
        return CONFIGS.stream().filter(name -> Files.isRegularFile(top.resolve(name))).findFirst()
                .map(config -> new Pages(content, config));
    }
}
