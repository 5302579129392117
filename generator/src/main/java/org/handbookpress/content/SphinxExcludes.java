package org.handbookpress.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.files.SitePath;
import org.handbookpress.findings.Findings;

/**
 * What a Sphinx project leaves out of its pages: {@code exclude_patterns} in its {@code conf.py}
 * ({@code ['_build', 'drafts']}, the Carpentries' handbook keeps its unfinished pages in drafts/), or in a Jupyter
 * Book's {@code _config.yml}. Matched as Sphinx matches them: against a path from the content folder's top, each of a
 * file's folders too, {@code *} within one folder's name and {@code **} across folders. The Python is read, never run:
 * a list of plain strings.
 */
final class SphinxExcludes {

    private static final SphinxExcludes NONE = new SphinxExcludes(List.of());
    /** {@code exclude_patterns = [ … ]}, over as many lines as it takes (group 1: what is between the brackets). */
    private static final Pattern PYTHON_LIST = Pattern.compile("^exclude_patterns\\s*=\\s*\\[([^\\]]*)\\]", Pattern.MULTILINE);
    private static final Pattern PYTHON_STRING = Pattern.compile("\"([^\"\\n]*)\"|'([^'\\n]*)'");

    private final List<Pattern> patterns;

    private SphinxExcludes(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    static SphinxExcludes of(Path contentDir) {
        List<String> written = new ArrayList<>();
        InputFiles.text(contentDir.resolve(SiteConfigFiles.SPHINX)).ifPresent(python -> {
            Matcher list = PYTHON_LIST.matcher(python);
            if (list.find()) {
                Matcher string = PYTHON_STRING.matcher(list.group(1));
                while (string.find()) {
                    written.add(string.group(1) != null ? string.group(1) : string.group(2));
                }
            }
        });
        if (java.nio.file.Files.exists(contentDir.resolve(SummaryFile.JUPYTER_TOC))) {
            Optional<String> yaml = InputFiles.text(contentDir.resolve(SiteConfigFiles.JEKYLL));
            yaml.flatMap(t -> YamlSource.parseForeign(t, SiteConfigFiles.JEKYLL, Findings.discarded()))
                    .ifPresent(config -> written.addAll(config.strings("exclude_patterns")));
        }
        return of(written);
    }

    /** These globs, from the content folder's top, matched as Sphinx matches them (an Eleventy site's {@link EleventyIgnores}). */
    static SphinxExcludes of(List<String> globs) {
        List<Pattern> patterns = globs.stream().map(String::strip).filter(p -> !p.isEmpty()).map(SphinxExcludes::glob).toList();
        return patterns.isEmpty() ? NONE : new SphinxExcludes(patterns);
    }

    /** Whether the file or folder at this path from the content folder's top, or a folder it is in, is left out. */
    boolean excludes(String rel) {
        if (patterns.isEmpty()) {
            return false;
        }
        for (String path = rel; !path.isEmpty(); path = SitePath.folderOf(path)) {
            for (Pattern pattern : patterns) {
                if (pattern.matcher(path).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sphinx's glob: {@code **} any path, {@code *} and {@code ?} within a folder's name, {@code [abc]} one of those. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        String plain = pattern.replaceFirst("^\\./", "").replaceFirst("/+$", "");
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == '*' && i + 1 < plain.length() && plain.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '[' && plain.indexOf(']', i + 1) > i + 1) {
                int end = plain.indexOf(']', i + 1);
                String set = plain.substring(i + 1, end);
                regex.append(set.startsWith("!") ? "[^" : "[");
                for (char member : (set.startsWith("!") ? set.substring(1) : set).toCharArray()) {
                    regex.append(Character.isLetterOrDigit(member) || member == '-' ? String.valueOf(member) : "\\" + member);
                }
                regex.append(']');
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
