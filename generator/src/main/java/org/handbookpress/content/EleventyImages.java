package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.files.FileNames;
import org.handbookpress.files.SitePath;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.SilenceComments;

/**
 * Eleventy's picture shortcodes, {@code {% image "_img/rota.png" "The rota board" %}} and {@code {% image_with_class
 * "_img/rota.png" "border" "The rota board" %}} (the 18F/TTS handbook's, 41 of them), which that site ran through
 * eleventy-img. Their path is from the Eleventy site's top, where its .eleventy.js is (a folder above the content
 * folder when that names it as its input), not from the page. A picture there that the site publishes, a file of the
 * content folder outside the folders it leaves out, becomes Markdown's own picture, {@code ![The rota
 * board](../images/rota.png)}, checked as every picture is; the class, the old theme's look, is left out. One the site
 * cannot show (18F keeps them in {@code _img/}, beside its pages' folder, which is the content folder) is reported with
 * the Markdown to write once the picture is moved in, and shown as its alt text meanwhile, as a browser shows a picture
 * it cannot load. Before, each was reported only as Liquid the build does not run, and shown as written. Copying
 * pictures from outside the content folder was not chosen: the build reads and watches that folder alone, and the
 * author is better told once where the picture belongs.
 *
 * <p>A tag in fenced code, in a code span or in a raw block is shown as written, as a page about writing the handbook
 * shows it; one whose values are not quoted text (a variable) stays, and is reported as Liquid.
 */
final class EleventyImages {

    public static final String CODE = "syntax.eleventy-image";
    /** A code span, kept as it is (group 1 its backticks), or a tag: group 2 its name, 3 the path in quotes, 4 the rest. */
    private static final Pattern TAG = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)"
            + "|\\{%-?[ \\t]*(image|image_with_class)[ \\t]+(\"[^\"\\n]*\"|'[^'\\n]*')([^\\n]*?)[ \\t]*-?%\\}");
    /** The class of {@code image_with_class}, in quotes (group 1), and what follows it (2). */
    private static final Pattern CLASS = Pattern.compile("[ \\t]*,?[ \\t]*(\"[^\"\\n]*\"|'[^'\\n]*')(.*)");
    /** Marks where a picture the site cannot show was, for its finding's line: a NUL is in no page's text (SourceText). */
    private static final char UNSHOWN = '\0';

    private EleventyImages() {
    }

    /** A picture the site cannot show: its path as written, its alt text, why, and where in the content folder it could go. */
    private record Unshown(String path, String alt, String why, String moveTo) {
    }

    /**
     * Where a tag's picture is: its path in the content folder, when the site publishes it ({@code why} null); else why
     * not, and a path there it could be moved to.
     */
    private record Found(String path, String why) {
    }

    /**
     * The Markdown with each picture tag outside code made a picture, or its alt text when the site cannot show the
     * picture, which is then reported at its line ({@code bodyLine} that of the Markdown's first) of {@code page}.
     */
    static String apply(String markdown, Path contentDir, String page, int bodyLine, Findings findings) {
        if (markdown.indexOf("{%") < 0 || !markdown.contains("image")) {
            return markdown;
        }
        Path content = contentDir.toAbsolutePath().normalize();
        Path siteTop = siteTop(content);
        List<Unshown> unshown = new ArrayList<>();
        String out = OutsideCode.apply(markdown, text -> LiquidRaw.outside(text, outside -> TAG.matcher(outside).replaceAll(m -> {
            String alt = m.group(1) != null ? null : alt(m.group(2), m.group(4));
            if (alt == null) {
                return Matcher.quoteReplacement(m.group()); // code, or values that are not text
            }
            Found found = find(content, siteTop, SitePath.fromTop(unquoted(m.group(3))));
            if (found.why() == null) {
                return Matcher.quoteReplacement(picture(alt, SitePath.toTop(page) + found.path()));
            }
            unshown.add(new Unshown(unquoted(m.group(3)), alt, found.why(), found.path()));
            return Matcher.quoteReplacement(UNSHOWN + LiteralText.of(alt));
        })));
        if (unshown.isEmpty()) {
            return out;
        }
        List<Integer> lines = new ArrayList<>();
        int line = bodyLine;
        for (int at = 0; at < out.length(); at++) {
            if (out.charAt(at) == '\n') {
                line++;
            } else if (out.charAt(at) == UNSHOWN) {
                lines.add(line);
            }
        }
        // A tag an author silenced is a finding of its own, at its line, for the silence to take (and count): the
        // page's finding is of the others. Gathered into it, a silence counted only on the first tag's line, and
        // there it silenced every other tag of the page too.
        Map<Integer, Set<String>> silences = SilenceComments.read(out, bodyLine);
        List<Unshown> rest = new ArrayList<>();
        List<Integer> restLines = new ArrayList<>();
        for (int i = 0; i < unshown.size(); i++) {
            if (SilenceComments.namesAny(silences.get(lines.get(i)), CODE)) {
                report(List.of(unshown.get(i)), List.of(lines.get(i)), page, findings);
            } else {
                rest.add(unshown.get(i));
                restLines.add(lines.get(i));
            }
        }
        if (!rest.isEmpty()) {
            report(rest, restLines, page, findings);
        }
        return out.replace(String.valueOf(UNSHOWN), "");
    }

    /** The alt text a tag gives ({@code ""} for none), or null when its values are not quoted text. */
    private static String alt(String name, String rest) {
        if (name.equals("image_with_class")) {
            Matcher withClass = CLASS.matcher(rest);
            rest = withClass.matches() ? withClass.group(2) : rest;
        }
        // The alt text runs to the last quote before the tag's end: 18F writes "don't click "allow"" as Liquid reads it.
        String value = rest.strip().replaceFirst("^,\\s*", "");
        if (value.isEmpty()) {
            return "";
        }
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? unquoted(value).strip() : null;
    }

    /**
     * Where Eleventy reads a picture's path from: the site's top, above the content folder when its configuration names
     * the content folder as the site's input ({@code dir: {input: "src"}}, where eleventy-img's own examples write
     * {@code "./src/images/cat.jpg"}; 18F's {@code pages}; two folders up for {@code "src/site"}), else the content
     * folder's top.
     */
    private static Path siteTop(Path content) {
        return EleventySite.siteTop(content).orElse(content);
    }

    /** The picture at {@code path} from the site's top: its path in the content folder, or why the site cannot show it. */
    private static Found find(Path content, Path siteTop, String path) {
        Path file;
        try {
            file = path.isEmpty() ? null : FileNames.resolve(siteTop, path).normalize();
        } catch (IllegalArgumentException e) { // InvalidPathException too
            file = null; // a name no file can have
        }
        // Its path in the content folder; or, for a picture beside it (18F's _img/), the same path from the site's top.
        String inContent = file == null || file.getFileName() == null ? path
                : file.startsWith(content) ? FileNames.relative(content, file)
                : file.startsWith(siteTop) ? FileNames.relative(siteTop, file) : file.getFileName().toString();
        if (file == null || !Files.isRegularFile(file)) {
            return new Found(published(inContent), "which is no file (Eleventy reads the path from the site's top, beside its"
                    + " .eleventy.js)");
        }
        if (!file.startsWith(content)) {
            return new Found(published(inContent), "which is outside the content folder (the site publishes only the files in it)");
        }
        for (String name : inContent.split("/")) {
            if (leftOut(name)) {
                return new Found(published(inContent), "which is in a folder the build leaves out, as its name starts with '"
                        + name.charAt(0) + "'");
            }
        }
        return new Found(inContent, null);
    }

    /** The path with each name the build leaves out without its leading '_' or '.': where the site would publish it. */
    private static String published(String path) {
        List<String> names = new ArrayList<>();
        for (String name : path.split("/")) {
            names.add(leftOut(name) ? name.substring(1) : name);
        }
        return String.join("/", names);
    }

    private static boolean leftOut(String name) {
        return (name.startsWith("_") || name.startsWith(".")) && !ContentLoader.ASSET_FOLDERS.contains(name);
    }

    /** How many of the other tags' lines a page's finding names; the rest are counted. */
    private static final int LINES_NAMED = 10;

    /**
     * One finding a page, at its first such tag's line ({@code lines} are the tags'): 18F's handbook has 39 such tags on
     * a few pages, the same mistake many times (the pictures' folder is outside the content folder), and one finding per
     * tag buried the others. The first tag's picture, why, and the Markdown to write for it are said; the others' lines.
     */
    private static void report(List<Unshown> pictures, List<Integer> lines, String page, Findings findings) {
        Unshown picture = pictures.get(0);
        String alt = picture.alt();
        String write = picture(alt.isEmpty() ? "what the picture shows" : alt, SitePath.toTop(page) + picture.moveTo());
        if (pictures.size() == 1) {
            findings.warning(page, lines.get(0), CODE, "Eleventy's picture shortcode names '" + picture.path() + "', " + picture.why()
                            + (alt.isEmpty() ? ": it is left out" : ": its alt text is shown instead, '" + alt + "'"),
                    "move the picture into the content folder, to " + picture.moveTo() + " say, and write " + write + " in place of the tag");
            return;
        }
        List<Integer> others = lines.subList(1, lines.size());
        String otherLines = org.handbookpress.findings.Listed.first(others.stream().map(String::valueOf).toList(), LINES_NAMED);
        findings.warning(page, lines.get(0), CODE, pictures.size() + " {% image %} tags (Eleventy's picture shortcode) name pictures"
                        + " the site cannot show, and each is shown as its alt text instead: this one names '" + picture.path() + "', "
                        + picture.why() + "; the others are at line" + (others.size() == 1 ? " " : "s ") + otherLines,
                "move the pictures into the content folder and write Markdown's picture in place of each tag: for this one, move it"
                        + " to " + picture.moveTo() + " say, and write " + write);
    }

    /** Markdown's picture: its alt text's brackets escaped, and a path with spaces or parentheses in angle brackets. */
    private static String picture(String alt, String path) {
        String words = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        return "![" + words + "](" + (path.matches(".*[\\s()].*") ? "<" + path + ">" : path) + ")";
    }

    private static String unquoted(String value) {
        return value.substring(1, value.length() - 1);
    }
}
