package org.handbookpress.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.files.SitePath;

/**
 * Jekyll's {@code {% include links.md %}}, which every episode of the Carpentries' old lesson template ends with: it
 * brings the lesson's shared link definitions ({@code [r-markdown]: https://…}) from {@code _includes/links.md}, and
 * without them every {@code [RMarkdown][r-markdown]} showed its brackets. An included Markdown file under the content
 * folder's {@code _includes/} gives the page its link definitions, appended after the page's own lines (so its lines
 * stay the file's); a definition whose address is still Liquid is left out, except Jekyll's
 * {@code {{ relative_root_path }}{% link setup.md %}}, which is {@code /setup.md}. Any other include stays, and is
 * reported as Liquid.
 */
final class JekyllIncludes {

    private static final Pattern INCLUDE = Pattern.compile("\\{%-?\\s*include\\s+([\\w./-]+\\.md)\\s*-?%\\}");
    private static final Pattern DEFINITION = Pattern.compile("^[ ]{0,3}\\[[^\\]]+\\]:[ \\t]*\\S.*$");
    private static final Pattern LINK_TAG = Pattern.compile(
            "\\{\\{-?\\s*(?:relative_root_path|page\\.root|site\\.baseurl)\\s*-?\\}\\}/?\\{%-?\\s*link\\s+([^%\\s]+)\\s*-?%\\}");

    private final Path includes;
    private final Map<String, Optional<String>> definitions = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();
    /** An include is a snippet: a larger file is no template of one. */
    private static final long MAX_INCLUDE_BYTES = 256 * 1024;
    private final boolean jekyllSite;

    /** @param site what the content folder's _config.yml says, read once for the build ({@link JekyllSite#of}) */
    JekyllIncludes(Path contentDir, JekyllSite site) {
        this.includes = contentDir.resolve("_includes");
        this.jekyllSite = site.rendersWithKramdown();
    }

    /** The page's Markdown with raw HTML ended where kramdown ends it, in a Jekyll site ({@link KramdownBlockEnds}). */
    String blockEnds(String markdown) {
        return jekyllSite ? KramdownBlockEnds.apply(markdown) : markdown;
    }

    /** The page's Markdown with each include of link definitions taken out and their definitions added at the end. */
    String apply(String markdown) {
        if (markdown.indexOf("{%") < 0) {
            return markdown;
        }
        StringBuilder added = new StringBuilder();
        String body = OutsideCode.apply(markdown, text -> INCLUDE.matcher(text).replaceAll(match -> {
            Optional<String> found = definitions(match.group(1));
            if (found.isEmpty()) {
                return Matcher.quoteReplacement(match.group());
            }
            added.append(found.get());
            return "";
        }));
        return added.length() == 0 ? body : body.stripTrailing() + "\n\n" + added;
    }

    /**
     * The page's Markdown with the HTML includes of {@code _includes/} in place, line for line ({@link LiquidIncludes}).
     *
     * @param url       the page's address in the site, whose folders the include's {@code {{ site.baseurl }}} climbs
     * @param variables the site's and the page's variables filled into a text
     * @param missing   told of each include whose file is not there, shown as a link instead
     */
    String expand(String markdown, int bodyLine, String url, UnaryOperator<String> variables, LiquidIncludes.Missing missing) {
        return LiquidIncludes.apply(markdown, bodyLine, SitePath.toTop(url), this::text,
                variables, missing);
    }

    /** The file {@code _includes/name}; empty when it is none, or lies outside that folder (through a link too: not read). */
    private Optional<Path> fileOf(String name) throws IOException {
        Path file = includes.resolve(name).normalize();
        return file.startsWith(includes) && Files.isRegularFile(file) && file.toRealPath().startsWith(includes.toRealPath())
                ? Optional.of(file) : Optional.empty();
    }

    /** The text of {@code _includes/name}; empty when it is no file of that folder, or too large to be a snippet. */
    private Optional<String> text(String name) {
        return texts.computeIfAbsent(name, n -> {
            try {
                Optional<Path> file = fileOf(n).filter(f -> f.toFile().length() <= MAX_INCLUDE_BYTES);
                return file.isEmpty() ? Optional.empty() : Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8));
            } catch (IOException | java.io.UncheckedIOException e) {
                return Optional.empty();
            }
        });
    }

    /** The link definitions of {@code _includes/name}, one a line; empty when it is no file of the content folder. */
    private Optional<String> definitions(String name) {
        return definitions.computeIfAbsent(name, n -> {
            try {
                Optional<Path> file = fileOf(n);
                if (file.isEmpty()) {
                    return Optional.empty();
                }
                StringBuilder out = new StringBuilder();
                for (String line : Files.readAllLines(file.get(), StandardCharsets.UTF_8)) {
                    String definition = LINK_TAG.matcher(line).replaceAll(t -> Matcher.quoteReplacement("/" + t.group(1)));
                    if (DEFINITION.matcher(definition).matches() && !definition.contains("{{") && !definition.contains("{%")) {
                        out.append(definition).append('\n');
                    }
                }
                return Optional.of(out.toString());
            } catch (IOException | java.io.UncheckedIOException e) {
                return Optional.empty();
            }
        });
    }
}
