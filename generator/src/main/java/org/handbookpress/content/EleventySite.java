package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Eleventy site whose pages are in a folder of their own: its configuration file names it as {@code dir.input}
 * ({@code dir: { input: "pages" }}, the 18F/TTS handbook's), and Eleventy publishes that folder at the site's top, so the
 * pages' links from the top ({@code /travel-and-leave/leave/}) name paths from there. Given the repository's top, the
 * build read {@code pages/} as a section of it, and each such link was broken (396 in that handbook); it now reads that
 * folder, as it reads a Jekyll site's {@code source:} ({@link ContentLoader#siteSourceFolder}). The file is JavaScript,
 * read as text and never run: a folder named any other way (a variable, an environment's) is not found, and the folder
 * given is read as it is.
 */
final class EleventySite {

    /** The names Eleventy looks for its configuration under, in its order. */
    static final List<String> FILES = List.of(".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs");
    /** {@code dir: { … input: "pages" … }}: the input folder written as a string in the configuration's {@code dir} object. */
    private static final Pattern INPUT = Pattern.compile("\\bdir\\s*:\\s*\\{[^{}]*?\\binput\\s*:\\s*([\"'`])([^\"'`$]+)\\1");

    private EleventySite() {
    }

    /** The configuration file found and the folder it names, for the goal to say so. */
    record Input(String file, Path folder) {
    }

    /**
     * The folder of pages the content folder's Eleventy configuration names: inside the content folder, not the content
     * folder itself, and there; empty otherwise.
     */
    static Optional<Input> inputFolder(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        for (String name : FILES) {
            Optional<String> text = InputFiles.text(content.resolve(name));
            if (text.isEmpty()) {
                continue;
            }
            Matcher input = INPUT.matcher(text.get());
            if (!input.find()) {
                return Optional.empty();
            }
            Path folder = content.resolve(input.group(2).strip()).normalize();
            return folder.startsWith(content) && !folder.equals(content) && Files.isDirectory(folder)
                    ? Optional.of(new Input(name, folder)) : Optional.empty();
        }
        return Optional.empty();
    }
}
