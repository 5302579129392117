package org.handbookpress.content;

import java.io.StringReader;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbookpress.findings.Findings;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Parses a YAML text into a {@link YamlMap}, turning SnakeYAML's exceptions into findings with a line. */
public final class YamlSource {

    private YamlSource() {
    }

    /**
     * @return the top-level mapping, or empty when the text is empty or was reported as malformed
     */
    public static Optional<YamlMap> parse(String text, String file, int lineOffset, Findings findings) {
        return parse(text, file, lineOffset, findings, false, key -> true);
    }

    /**
     * As above, for front matter, where {@code read} says which top-level keys the build reads: a key it does not read
     * given twice is a warning, not an error ({@code layout:} twice in 18F's Jekyll pages, where the later wins). A tag
     * is taken as written, as in another tool's file: pages written out by a Python script carry its types
     * ({@code Author: !!python/str "…"} in the Open Data Handbook's resources), which Jekyll reads as text.
     */
    static Optional<YamlMap> parse(String text, String file, int lineOffset, Findings findings, java.util.function.Predicate<String> read) {
        return parse(text, file, lineOffset, findings, true, read);
    }

    /**
     * As {@link #parse}, for another tool's file, whose tags may name its own types ({@code !!python/name:…} in an
     * mkdocs.yml): taken as written, since nothing here is ever constructed from a tag, only read as text.
     */
    static Optional<YamlMap> parseForeign(String text, String file, Findings findings) {
        return parse(text, file, 0, findings, true, key -> true);
    }

    /** A line {@code key: words: more words}, its value not quoted (group 2), as front matter often has a title. */
    private static final java.util.regex.Pattern UNQUOTED_COLON = java.util.regex.Pattern.compile(
            "^\\s*(?:- )?([\\w][\\w .-]*):[ \\t]+([^\\s'\"\\[{>|&*!%@`#][^#]*?:\\s.*?)\\s*$");

    /**
     * The line of the text, mended, when YAML stumbled on it for a value holding {@code ": "} not in quotes
     * ({@code title: Unit 1: basics} is {@code title: "Unit 1: basics"}); null for any other line.
     */
    static String quoted(String text, int lineIndex) {
        String[] lines = text.split("\n", -1);
        if (lineIndex < 0 || lineIndex >= lines.length) {
            return null;
        }
        java.util.regex.Matcher m = UNQUOTED_COLON.matcher(lines[lineIndex]);
        if (!m.matches()) {
            return null;
        }
        String value = m.group(2);
        String written = value.contains("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value.replace("\\", "\\\\") + "\"";
        return lines[lineIndex].substring(0, m.start(2)) + written;
    }

    /** The spaces and tabs a line of the text starts with; "" for a line not in it. */
    static String indentation(String text, int lineIndex) {
        String[] lines = text.split("\n", -1);
        if (lineIndex < 0 || lineIndex >= lines.length) {
            return "";
        }
        String line = lines[lineIndex];
        int end = 0;
        while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
            end++;
        }
        return line.substring(0, end);
    }

    private static Optional<YamlMap> parse(String text, String file, int lineOffset, Findings findings, boolean anyTag,
                                           java.util.function.Predicate<String> read) {
        LoaderOptions options = new LoaderOptions();
        if (anyTag) {
            options.setTagInspector(tag -> true);
        }
        options.setAllowDuplicateKeys(false);
        // Aliases can expand exponentially ("billion laughs"); handbooks never need many.
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(5 * 1024 * 1024);
        Node root;
        try {
            // Composed straight to nodes: a Yaml object also makes the constructor and representer it would need to
            // build Java objects or write YAML, which took over half the time of reading a page's front matter.
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            // At the end of the text the problem is only noticed; the construct left open is where it started.
            long lines = text.chars().filter(c -> c == '\n').count();
            if (mark != null && mark.getLine() >= lines && e.getContextMark() != null) {
                mark = e.getContextMark();
            }
            int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            String quoted = mark == null ? null : quoted(text, mark.getLine());
            String indent = mark == null ? "" : indentation(text, mark.getLine());
            if (indent.indexOf('\t') >= 0) {
                // SnakeYAML's words for it ("found character '\t(TAB)' that cannot start any token") name no remedy, and a
                // tab is what an editor or a copy from a document puts there unseen.
                findings.error(file, line, "yaml.malformed", "malformed YAML: this line is indented with a tab, and YAML"
                                + " allows only spaces there",
                        "replace the tab with spaces, lining the key up with the keys it belongs with");
                return Optional.empty();
            }
            findings.error(file, line, "yaml.malformed", "malformed YAML: " + problem + context, quoted != null
                    ? "a value with ': ' in it must be in quotes: write " + quoted
                    : "check the indentation and the ':' after each key; quote values that contain ': ' or start with a special character");
            return Optional.empty();
        } catch (YAMLException e) {
            findings.error(file, lineOffset + 1, "yaml.malformed", "malformed YAML: " + e.getMessage(),
                    "check the YAML syntax");
            return Optional.empty();
        }
        if (root == null || (root instanceof ScalarNode scalar && YamlMap.isNull(scalar))) {
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            findings.error(file, root.getStartMark().getLine() + 1 + lineOffset, "yaml.not-mapping",
                    "expected 'key: value' lines, but found " + YamlMap.describe(root),
                    "write settings as 'key: value', one per line");
            return Optional.empty();
        }
        reportDuplicateKeys(mapping, file, lineOffset, findings, Collections.newSetFromMap(new IdentityHashMap<>()), read);
        return Optional.of(new YamlMap(mapping, file, lineOffset, findings));
    }

    /**
     * A key given twice in one mapping is an error at the second one: SnakeYAML's node tree keeps both
     * (its allowDuplicateKeys setting only acts when it builds Java maps), and the later would silently win.
     */
    private static void reportDuplicateKeys(Node node, String file, int lineOffset, Findings findings, Set<Node> seen,
                                            java.util.function.Predicate<String> read) {
        if (!seen.add(node)) {
            return; // an alias of a node already checked
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Integer> lines = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !key.getValue().equals("<<")) {
                    int line = key.getStartMark().getLine() + 1 + lineOffset;
                    Integer first = lines.putIfAbsent(key.getValue(), line);
                    if (first != null) {
                        String twice = "the key '" + key.getValue() + "' is given twice (first on line " + first + "); ";
                        if (read.test(key.getValue())) {
                            findings.error(file, line, "yaml.duplicate-key", twice + "only one value can count",
                                    "remove one of the two, or merge them");
                        } else {
                            findings.warning(file, line, "yaml.duplicate-key", twice + "the build does not read it, and the tool"
                                    + " that does may take either value", "remove one of the two, or merge them");
                        }
                    }
                }
                // Below the top level every key counts: it is part of a value the build may read.
                reportDuplicateKeys(tuple.getValueNode(), file, lineOffset, findings, seen, key -> true);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                reportDuplicateKeys(item, file, lineOffset, findings, seen, key -> true);
            }
        }
    }
}
