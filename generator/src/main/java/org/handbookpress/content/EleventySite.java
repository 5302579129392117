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
 * read as text and never run: a folder named any other way (a variable, an environment's, {@code --input} on Eleventy's
 * command line) is not found, and the folder given is read as it is.
 */
final class EleventySite {

    /** The names Eleventy looks for its configuration under, in its order. */
    static final List<String> FILES = List.of(".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs");
    /**
     * The input folder written as a string: in the {@code dir} object the configuration returns or exports
     * ({@code dir: { … input: "pages" … }}, whether from {@code module.exports = function (…) { return {…} }}, an ESM
     * {@code export default}, or {@code export const config}), or given to Eleventy 3's
     * {@code eleventyConfig.setInputDirectory("src/site")}. Group 2 is the folder.
     */
    private static final Pattern INPUT = Pattern.compile("\\bdir\\s*:\\s*\\{[^{}]*?\\binput\\s*:\\s*([\"'`])([^\"'`$]+)\\1"
            + "|\\.setInputDirectory\\s*\\(\\s*([\"'`])([^\"'`$]+)\\3\\s*\\)");
    /**
     * A JavaScript comment, a line's from {@code //} or a block's, after a space, a line's start or punctuation: so the
     * {@code //} of {@code "https://…"} and the {@code /*} of a glob, {@code "img/*"}, are none. A folder commented out, {@code // input: "old-pages",}, is not the input.
     */
    private static final Pattern COMMENT = Pattern.compile("(?<=^|[\\s;,{}()])(?:/\\*.*?\\*/|//[^\\n]*)",
            Pattern.DOTALL | Pattern.MULTILINE);
    /** How many folders up from a content folder its Eleventy site's top is looked for: an input of {@code a/b/c} at most. */
    private static final int LEVELS_UP = 3;

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
            Matcher input = INPUT.matcher(COMMENT.matcher(text.get()).replaceAll(""));
            if (!input.find()) {
                return Optional.empty();
            }
            String named = input.group(2) != null ? input.group(2) : input.group(4);
            Path folder = content.resolve(named.strip()).normalize();
            return folder.startsWith(content) && !folder.equals(content) && Files.isDirectory(folder)
                    ? Optional.of(new Input(name, folder)) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The top of the Eleventy site whose input the content folder is: the nearest folder above it with an Eleventy
     * configuration, when that configuration names the content folder as its input ({@code dir: {input: "pages"}} one
     * folder up, {@code "src/site"} two); empty otherwise. Eleventy reads a shortcode's paths from there.
     */
    static Optional<Path> siteTop(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Path above = content.getParent();
        for (int level = 0; level < LEVELS_UP && above != null; level++, above = above.getParent()) {
            Path top = above;
            if (FILES.stream().anyMatch(name -> Files.isRegularFile(top.resolve(name)))) {
                return inputFolder(top).filter(named -> named.folder().equals(content)).map(named -> top);
            }
        }
        return Optional.empty();
    }
}
