package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an Eleventy site leaves out of its pages: the globs of its {@code .eleventyignore}, one a line, at the site's top
 * (from there: {@code docs/*}{@code /*.template.md}, {@code README.md}, {@code technical-docs/}) and in its input folder
 * (from that folder). The Home Office's engineering guidance keeps its page templates so, 18F's guides their README and
 * notes for developers: Eleventy published none of them, and the handbook published them all as pages. A glob naming a
 * place outside the content folder leaves nothing out; {@code !} (keep after all) is not read.
 */
public final class EleventyIgnores {

    private static final String FILE = ".eleventyignore";

    private EleventyIgnores() {
    }

    /** The content folder's Eleventy ignores, as globs from its top, matched as Sphinx's exclude_patterns are. */
    static SphinxExcludes of(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Optional<Path> top = siteTop(content);
        if (top.isEmpty()) {
            return SphinxExcludes.of(List.of());
        }
        String into = top.get().relativize(content).toString().replace('\\', '/');
        List<String> globs = new ArrayList<>();
        globs.addAll(fromContent(lines(top.get().resolve(FILE)), into.isEmpty() ? "" : into + "/"));
        if (!into.isEmpty()) {
            globs.addAll(fromContent(lines(content.resolve(FILE)), ""));
        }
        return SphinxExcludes.of(globs);
    }

    /** The ignore files' paths and bytes, for the inputs' digest: an edit to one above the content folder builds again. */
    public static String describe(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        return siteTop(content).map(top -> InputFiles.describe(List.of(top.resolve(FILE), content.resolve(FILE)))).orElse("");
    }

    /** The Eleventy site's top: the content folder when its configuration is there, else the one whose input it is. */
    private static Optional<Path> siteTop(Path content) {
        boolean eleventy = EleventySite.FILES.stream().anyMatch(name -> Files.isRegularFile(content.resolve(name)));
        return eleventy ? Optional.of(content) : EleventySite.siteTop(content);
    }

    private static List<String> lines(Path file) {
        return InputFiles.text(file).map(text -> text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!")).toList()).orElse(List.of());
    }

    /** The globs written from a folder {@code into} above the content folder, made globs from the content folder's top. */
    private static List<String> fromContent(List<String> globs, String into) {
        List<String> inside = new ArrayList<>();
        for (String glob : globs) {
            String plain = glob.replaceFirst("^\\./", "");
            if (into.isEmpty() || plain.startsWith("**/")) {
                inside.add(plain);
            } else if (plain.startsWith(into)) {
                inside.add(plain.substring(into.length()));
            }
        }
        return inside;
    }
}
