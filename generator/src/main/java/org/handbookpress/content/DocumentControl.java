package org.handbookpress.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.handbookpress.findings.Findings;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Document control, as trustees keep it in a policy register: who owns the document, who approved
 * it and when, which version this is, and what changed in each version. Unlike a "last updated"
 * date from version control, a typo fix moves none of these: they are what the author declares.
 *
 * @param owner      the person or role responsible for the document ({@code owner:})
 * @param approvedBy who approved this version: the board, a committee, a named trustee ({@code approved-by:})
 * @param approved   the date this version was approved ({@code approved:})
 * @param version    this version's number or label, e.g. {@code 2.1} ({@code version:})
 * @param changes    the history from {@code changes:}, as written (newest first or oldest first)
 */
public record DocumentControl(String owner, String approvedBy, LocalDate approved, String version, List<Change> changes) {

    /** The front-matter keys this record reads. */
    public static final List<String> KEYS = List.of("owner", "approved-by", "approved", "version", "changes");
    /** The GOV.UK Tech Docs Template's page owner, a Slack channel ({@code owner_slack: "#team"}), read as {@code owner}. */
    static final String OWNER_ALIAS = "owner_slack";

    public static final DocumentControl NONE = new DocumentControl(null, null, null, null, List.of());

    /**
     * One entry of {@code changes:}.
     *
     * @param line the line of the entry in the page's file, for findings
     */
    public record Change(String version, LocalDate date, String summary, int line) {
    }

    /** True when the page sets none of the keys: it is not a controlled document. */
    public boolean isEmpty() {
        return owner == null && approvedBy == null && approved == null && version == null && changes.isEmpty();
    }

    /** The history newest first (by date, then as written), as the page and the PDF show it. */
    public List<Change> newestFirst() {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(Change::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return sorted;
    }

    /** The history oldest first, by date; entries without a date keep their written place at the end. */
    public List<Change> oldestFirst() {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(Change::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    /** The newest entry of the history, by date. */
    public Optional<Change> latestChange() {
        return newestFirst().stream().filter(c -> c.date() != null).findFirst();
    }

    /** Reads the document-control keys of a page's front matter, reporting each malformed value. */
    static DocumentControl read(YamlMap yaml, java.util.Set<String> own, Findings findings) {
        String file = yaml.file();
        String owner = text(yaml, SynonymKeys.keyFor(yaml, own, "owner", List.of(OWNER_ALIAS)), "owner");
        String approvedBy = text(yaml, SynonymKeys.keyFor(yaml, own, "approved-by", List.of()), "approved-by");
        String approvedKey = SynonymKeys.keyFor(yaml, own, "approved", List.of());
        LocalDate approved = approvedKey == null ? null : approvedKey.equals("approved")
                ? date("approved", yaml.string("approved"), yaml.lineOf("approved"), file, findings)
                : FrontMatterParser.otherNamesDate(yaml, approvedKey, "approved", List.of(), file, findings);
        String version = text(yaml, SynonymKeys.keyFor(yaml, own, "version", List.of()), "version");
        List<Change> changes = new ArrayList<>();
        Node node = yaml.value("changes");
        if (node instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                int line = item.getStartMark().getLine() + 1 + yaml.lineOffset();
                if (!(item instanceof MappingNode entry)) {
                    findings.error(file, line, "front-matter.changes",
                            "each entry of 'changes' must be a mapping with version, date and summary, but one is " + YamlMap.describe(item),
                            "write each entry as '- version: \"1.1\"' with 'date: YYYY-MM-DD' and 'summary: …' indented below it");
                    continue;
                }
                changes.add(change(entry, line, yaml.lineOffset(), file, findings));
            }
        } else if (node != null && !(node instanceof ScalarNode scalar && YamlMap.isNull(scalar))) {
            yaml.wrongType("changes", "a list of {version, date, summary}", node);
        }
        DocumentControl control = new DocumentControl(owner, approvedBy, approved, version, List.copyOf(changes));
        return control.isEmpty() ? NONE : control;
    }

    private static Change change(MappingNode entry, int line, int lineOffset, String file, Findings findings) {
        String version = null;
        String summary = null;
        LocalDate date = null;
        boolean dated = false; // a date that is there but malformed is reported as such, not as missing
        for (NodeTuple tuple : entry.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            int keyLine = tuple.getKeyNode().getStartMark().getLine() + 1 + lineOffset;
            String value = tuple.getValueNode() instanceof ScalarNode v && !YamlMap.isNull(v) ? v.getValue().trim() : null;
            switch (key) {
                case "version" -> version = value;
                case "summary" -> summary = value;
                case "date" -> {
                    dated = value != null;
                    date = date("date", value, keyLine, file, findings);
                }
                default -> findings.warning(file, keyLine, "front-matter.changes",
                        "unknown key '" + key + "' in an entry of 'changes'", "an entry has version, date and summary");
            }
        }
        if (version == null || !dated || summary == null || summary.isBlank()) {
            findings.warning(file, line, "front-matter.changes",
                    "an entry of 'changes' lacks its " + (version == null ? "version" : !dated ? "date" : "summary"),
                    "give every entry a version, a date (YYYY-MM-DD) and a one-line summary of what changed");
        }
        return new Change(version, date, summary == null ? "" : summary, line);
    }

    private static String text(YamlMap yaml, String key) {
        String value = yaml.string(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The text under {@code key}, read as {@code ours}: under our own key or the other tool's, as written; under another
     * name ({@code approvers:}), a list's items too, joined with semicolons, as a register lists two approvers (a name
     * with its role may hold a comma); an item written as a map ({@code - name: Jane Okafor} and {@code role: Chair}, as
     * compliance templates list approvers) is its values, joined with commas: it was read as nothing, and said nothing.
     * Null when there is no key.
     */
    private static String text(YamlMap yaml, String key, String ours) {
        if (key == null) {
            return null;
        }
        if (key.equals(ours) || key.equals(OWNER_ALIAS)) {
            return text(yaml, key);
        }
        List<String> items = new ArrayList<>();
        for (Node node : YamlMap.asList(yaml.value(key))) {
            String item = node instanceof MappingNode map ? String.join(", ", map.getValue().stream().map(NodeTuple::getValueNode)
                    .filter(value -> value instanceof ScalarNode scalar && !YamlMap.isNull(scalar))
                    .map(value -> ((ScalarNode) value).getValue().strip()).filter(t -> !t.isEmpty()).toList())
                    : node instanceof ScalarNode scalar && !YamlMap.isNull(scalar) ? scalar.getValue().strip() : "";
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items.isEmpty() ? null : String.join("; ", items);
    }

    /** A blank value is no date; anything else is read as front matter reads dates. */
    private static LocalDate date(String key, String text, int line, String file, Findings findings) {
        return FrontMatterParser.date(key, text == null || text.isBlank() ? null : text, line, file, findings);
    }
}
