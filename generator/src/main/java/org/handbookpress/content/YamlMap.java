package org.handbookpress.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbookpress.findings.Findings;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read through SnakeYAML's node tree rather than plain Java maps, because only the
 * nodes remember the line each key came from, and every message must name that line.
 * Typed getters report a wrong type as an error naming the key, the expected and the received value.
 */
public final class YamlMap {

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();
    private final String file;
    private final int lineOffset;
    private final Findings findings;
    private final int line;
    private final MappingNode node;

    /**
     * @param lineOffset added to SnakeYAML's 0-based line numbers, so that front matter reports the
     *                   line in the Markdown file, not in the extracted block
     */
    public YamlMap(MappingNode node, String file, int lineOffset, Findings findings) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.findings = findings;
        this.line = node.getStartMark().getLine() + 1 + lineOffset;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), tuple);
            }
        }
    }

    public int line() {
        return line;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : lineOf(tuple.getKeyNode());
    }

    private int lineOf(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    /** The line of each item of a list under {@code key} (one line, the key's, for a single value written alone). */
    List<Integer> itemLines(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(this::lineOf).toList();
        }
        return List.of(lineOf(tuple.getKeyNode()));
    }

    public String string(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue().isEmpty() && isNull(scalar) ? null : scalar.getValue();
        }
        wrongType(key, "a text value", value);
        return null;
    }

    public Boolean bool(String key) {
        String text = string(key);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> {
                wrongType(key, "true or false", value(key));
                yield null;
            }
        };
    }

    public Double number(String key) {
        String text = string(key);
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            wrongType(key, "a number", value(key));
            return null;
        }
    }

    /**
     * The text of a key another tool gives ({@code permalink}, {@code linktitle}), read only when it is one plain value
     * (or a list whose first item is one): its shape is that tool's business, never an error here. Null otherwise.
     */
    public String foreignText(String key) {
        Node value = value(key);
        if (value instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            value = sequence.getValue().get(0);
        }
        return value instanceof ScalarNode scalar && !isNull(scalar) ? scalar.getValue() : null;
    }

    /** A plain value of a key, and the file line it is written on. */
    record Item(String text, int line) {
    }

    /**
     * Every plain value of a key another tool gives: the value itself, or each item of a list ({@code materials:} then
     * {@code - paper}, {@code - pens}), with its line. Other shapes (a map, a list inside the list) are that tool's
     * business, never an error here: they are left out.
     */
    List<Item> foreignItems(String key) {
        Node value = value(key);
        List<Item> items = new ArrayList<>();
        for (Node node : asList(value)) {
            if (node instanceof ScalarNode scalar && !isNull(scalar)) {
                // A value on the key's own line is found at the key, as a finding about the key is.
                items.add(new Item(scalar.getValue(), node == value ? lineOf(key) : lineOf(node)));
            }
        }
        return items;
    }

    /** A value as the list it stands for: a list's items, a value written alone as a list of one, no value as none. */
    static List<Node> asList(Node value) {
        return value instanceof SequenceNode sequence ? sequence.getValue() : value == null ? List.of() : List.of(value);
    }

    /** A list of scalars; a single scalar is accepted as a list of one, as authors often write it. */
    public List<String> strings(String key) {
        Node value = value(key);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof ScalarNode scalar) {
            if (!isNull(scalar)) {
                out.add(scalar.getValue());
            }
            return out;
        }
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    out.add(scalar.getValue());
                } else {
                    findings.error(file, lineOf(item), "config.type",
                            "'" + key + "' must be a list of text values, but an item is " + describe(item),
                            "write each item as a plain value on its own '- ' line");
                }
            }
            return out;
        }
        wrongType(key, "a list", value);
        return out;
    }

    /** The raw node of a key, for callers that need a structure (nav, packs). */
    public Node value(String key) {
        read.add(key);
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : withoutEnvironment(tuple.getValueNode());
    }

    /**
     * A value MkDocs reads from the environment ({@code site_name: !ENV ORG_NAME}, or {@code !ENV [ORG_NAME, "Our
     * handbook"]}, the last its default): the default, or none. The build does not read the machine's environment: a
     * handbook's text must not depend on it, nor publish what it holds (a CI job's secrets). A template handbook was
     * titled "ORG_NAME".
     */
    private static Node withoutEnvironment(Node value) {
        if (!"!ENV".equals(value.getTag().getValue())) {
            return value;
        }
        if (value instanceof SequenceNode names && names.getValue().size() > 1) {
            return names.getValue().get(names.getValue().size() - 1);
        }
        return null;
    }

    /** Warns about every key that no getter asked for: usually a typo the author wants to know about. */
    public void warnUnknownKeys(Set<String> known, String where) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                findings.warning(file, lineOf(entry.getValue().getKeyNode()), "config.unknown-key",
                        "unknown key '" + entry.getKey() + "' in " + where,
                        org.handbookpress.text.EditDistance.nearest(entry.getKey(), known)
                                .map(k -> "did you mean '" + k + "'? Keys are read exactly as written")
                                .orElse("known keys are: " + String.join(", ", known) + "; check the spelling or remove it"));
            }
        }
    }

    public void wrongType(String key, String expected, Node received) {
        findings.error(file, received == null ? line : lineOf(received), "config.type",
                "'" + key + "' must be " + expected + ", but received " + describe(received),
                "change the value of '" + key + "' to " + expected);
    }

    public Findings findings() {
        return findings;
    }

    public String file() {
        return file;
    }

    public int lineOffset() {
        return lineOffset;
    }

    static boolean isNull(ScalarNode scalar) {
        return scalar.getTag().getValue().endsWith(":null");
    }

    static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        if (node instanceof ScalarNode scalar) {
            return "'" + scalar.getValue() + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping (key: value pairs)";
    }

    /** The mapping under {@code key} ({@code params:} in Hugo's settings, {@code book:} in Quarto's), when it is one. */
    public Optional<YamlMap> section(String key) {
        return value(key) instanceof MappingNode map ? Optional.of(new YamlMap(map, file, lineOffset, findings)) : Optional.empty();
    }

    /**
     * The plain values of this mapping and of the mappings in it, {@code depth} levels deep, each by its dotted name
     * ({@code github.repo}); a null value as nothing, as Liquid and Jinja show it. The variables a site file gives pages.
     */
    Map<String, String> plainValues(int depth) {
        Map<String, String> out = new java.util.TreeMap<>();
        addPlainValues("", out, depth);
        return Map.copyOf(out);
    }

    private void addPlainValues(String prefix, Map<String, String> out, int depth) {
        for (String key : keys()) {
            if (value(key) instanceof ScalarNode scalar) {
                out.put(prefix + key, isNull(scalar) ? "" : scalar.getValue());
            } else if (depth > 1) {
                section(key).ifPresent(inner -> inner.addPlainValues(prefix + key + ".", out, depth - 1));
            }
        }
    }

    /**
     * The value a path of keys names, through mappings and lists: {@code [author, 1, name]} is the first author's name,
     * a list's items counted from 1 (as Quarto's {@code {{< meta author.1 >}}} counts them); null when it names none.
     */
    Node at(List<String> path) {
        Node current = node;
        for (String key : path) {
            if (current instanceof MappingNode map) {
                current = new YamlMap(map, file, lineOffset, findings).value(key);
            } else if (current instanceof SequenceNode list && key.matches("[1-9]\\d{0,5}")) {
                int index = Integer.parseInt(key) - 1;
                current = index < list.getValue().size() ? list.getValue().get(index) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    /** The keys as written, in order. */
    public Set<String> keys() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    /**
     * This mapping with some keys named anew ({@code rename} gives the new name, or the key itself), each in its place and
     * on its line: Hugo's {@code Title:} read as {@code title:}.
     */
    YamlMap withKeysNamed(java.util.function.UnaryOperator<String> rename) {
        List<NodeTuple> tuples = new ArrayList<>();
        boolean renamed = false;
        for (NodeTuple tuple : node.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode key ? rename.apply(key.getValue()) : null;
            if (tuple.getKeyNode() instanceof ScalarNode key && !name.equals(key.getValue())) {
                tuples.add(new NodeTuple(new ScalarNode(key.getTag(), name, key.getStartMark(), key.getEndMark(),
                        key.getScalarStyle()), tuple.getValueNode()));
                renamed = true;
            } else {
                tuples.add(tuple);
            }
        }
        return !renamed ? this : new YamlMap(new MappingNode(node.getTag(), true, tuples, node.getStartMark(), node.getEndMark(),
                node.getFlowStyle()), file, lineOffset, findings);
    }

    /** This mapping with {@code defaults} (handbook.yml's folder defaults) under it: its own keys win. */
    YamlMap withDefaults(Map<String, NodeTuple> defaults) {
        List<NodeTuple> tuples = new ArrayList<>();
        defaults.forEach((key, tuple) -> {
            if (!entries.containsKey(key)) {
                tuples.add(tuple);
            }
        });
        tuples.addAll(node.getValue());
        return new YamlMap(new MappingNode(node.getTag(), true, tuples, node.getStartMark(), node.getEndMark(), node.getFlowStyle()),
                file, lineOffset, findings);
    }
}
