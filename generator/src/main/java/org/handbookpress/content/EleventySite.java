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
 * given is read as it is. Eleventy's {@code --input} in package.json's scripts ({@code "build": "npx @11ty/eleventy
 * --input=src"}), which Eleventy takes over the configuration's, is read too.
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
    /** The file whose scripts run Eleventy with its command line. */
    static final String PACKAGE = "package.json";
    /** A script of package.json: its name (group 1) and its command as JSON writes it (group 2). */
    private static final Pattern SCRIPT = Pattern.compile("\"([^\"\\\\]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /**
     * Eleventy run with an input, {@code eleventy --input=src}, {@code npx @11ty/eleventy --input src} or
     * {@code --input='src'}: group 1 is what it is given, quotes and all.
     */
    private static final Pattern COMMAND_INPUT = Pattern.compile("(?<![\\w-])eleventy(?![\\w-])[^&|;]*?\\s--input(?:=|\\s+)([^\\s&|;]+)");
    /** A folder named as it is: not from a variable ({@code $INPUT}), nor a glob of files ({@code src/**}{@code /*.md}). */
    private static final Pattern LITERAL = Pattern.compile("[^$*?{}\\[\\]`]+");
    /** How many folders up from a content folder its Eleventy site's top is looked for: an input of {@code a/b/c} at most. */
    private static final int LEVELS_UP = 3;

    private EleventySite() {
    }

    /** The file found, the folder it names and how it names it, for the goal to say so. */
    record Input(String file, Path folder, String how) {
    }

    /**
     * The folder of pages the content folder's Eleventy configuration names: inside the content folder, not the content
     * folder itself, and there; empty otherwise.
     */
    static Optional<Input> inputFolder(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Optional<String> commandLine = commandLineInput(content);
        if (commandLine.isPresent()) { // Eleventy's command line wins over its configuration, whatever that names
            return commandLine.filter(named -> LITERAL.matcher(named).matches()).flatMap(named -> within(content, named))
                    .map(folder -> new Input(PACKAGE, folder, "--input in its scripts"));
        }
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
            return within(content, named).map(folder -> new Input(name, folder, "dir.input"));
        }
        return Optional.empty();
    }

    /** The folder named, when it is one inside the content folder and not the content folder itself. */
    private static Optional<Path> within(Path content, String named) {
        Path folder = content.resolve(named.strip()).normalize();
        return folder.startsWith(content) && !folder.equals(content) && Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /**
     * The input package.json's scripts give Eleventy on its command line, without its quotes: the build script's
     * ("build", which a host such as Netlify runs), else the first script's that gives one; empty when none does.
     */
    static Optional<String> commandLineInput(Path content) {
        Optional<String> text = InputFiles.text(content.resolve(PACKAGE));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String first = null;
        for (Matcher script = SCRIPT.matcher(text.get()); script.find(); ) {
            Matcher input = COMMAND_INPUT.matcher(script.group(2).replace("\\\"", "\""));
            if (input.find()) {
                String given = input.group(1).replaceAll("^(['\"])(.*)\\1$", "$2");
                if (script.group(1).equals("build")) {
                    return Optional.of(given);
                }
                first = first == null ? given : first;
            }
        }
        return Optional.ofNullable(first);
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
            if (FILES.stream().anyMatch(name -> Files.isRegularFile(top.resolve(name))) || commandLineInput(top).isPresent()) {
                return inputFolder(top).filter(named -> named.folder().equals(content)).map(named -> top);
            }
        }
        return Optional.empty();
    }
}
