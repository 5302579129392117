package org.handbookpress.content;

import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the components MDX sites use for boxes, tabs, folds and cards stand for in the Markdown the build reads
 * ({@link MdxSource}): the Hugo shortcodes the Markdown stage reads as the same boxes. {@code <Tabs>} and its
 * {@code <TabItem>}s are tabs (named by their label, Docusaurus 1's {@code values}, Nextra's {@code items} or their
 * value), {@code <Admonition type>}, Nextra's {@code <Callout type>} and Mintlify's {@code <Note>}, {@code <Tip>},
 * {@code <Warning>}… boxes, {@code <Accordion>} and {@code <Details>} folds, a {@code <Card>} with a link a link,
 * {@code <DocCardList />} the section's pages; components that only arrange their content ({@code <Steps>}) are
 * their content.
 */
final class MdxComponents {

    /** A name's value: {@code name="x"}, {@code name='x'} or {@code name={"x"}}. */
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*[\"'`]([^\"'`]*)[\"'`]\\s*\\})");
    /** Docusaurus 1's tab labels: {@code values={[{ label: 'Python', value: 'py' }]}}, an entry's label and value. */
    private static final Pattern VALUES_ENTRY = Pattern.compile("\\{([^{}]*\\blabel\\s*:[^{}]*)\\}");
    private static final Pattern LABEL = Pattern.compile("\\blabel\\s*:\\s*[\"'`]([^\"'`]*)[\"'`]");
    private static final Pattern VALUE = Pattern.compile("\\bvalue\\s*:\\s*[\"'`]([^\"'`]*)[\"'`]");
    /** Nextra's tab names: {@code items={['pnpm', 'npm']}}. */
    private static final Pattern ITEMS = Pattern.compile("items\\s*=\\s*\\{\\s*\\[([^\\]]*)\\]\\s*\\}");
    /** Components whose tags are boxes the Markdown stage reads, by the kind of box; their closing tag closes it. */
    private static final Map<String, String> CALLOUTS = Map.ofEntries(Map.entry("Note", "note"), Map.entry("Info", "info"),
            Map.entry("Tip", "tip"), Map.entry("Check", "success"), Map.entry("Warning", "warning"),
            Map.entry("Caution", "caution"), Map.entry("Danger", "danger"), Map.entry("Important", "important"));
    /** An API field marked required: {@code required}, {@code required={true}}, not {@code required={false}}. */
    private static final Pattern REQUIRED = Pattern.compile("\\brequired\\b(?!\\s*=\\s*\\{\\s*false)");
    /** Components that only hold or arrange their content: their tags go, without a word. */
    private static final List<String> WRAPPERS = List.of("Steps", "CardGroup", "Cards", "CardGrid", "Columns", "Column", "Frame",
            "AccordionGroup", "Tooltip", "TOCInline", "BrowserWindow", "CodeGroup", "RequestExample", "ResponseExample",
            "FileTree", "Expandable");
    /** Components within a line of text that are their words: a badge its text, an icon none (a tooltip, a wrapper, its word). */
    private static final List<String> INLINE = List.of("Badge", "Icon");
    /** Components named for the HTML element they draw ({@code <Kbd>Ctrl</Kbd>}): kept, as that element. */
    static final List<String> HTML_ELEMENTS = List.of("Kbd");

    /** What a component's tag stands for: the line of its opening tag, and of its closing tag. */
    record Mapping(String opening, String closing) {
        static final Mapping NONE = new Mapping("", "");
    }

    /** The shortcodes a component known here stands for; null for a component this build does not know. */
    static Mapping mapping(String name, String attributes, Deque<Open> open) {
        String title = value(attributes, "title");
        switch (name) {
            case "Tabs":
                return new Mapping("{{< tabs >}}", "{{< /tabs >}}");
            case "TabItem", "Tab", "Tabs.Tab": {
                String value = value(attributes, "value");
                String label = first(value(attributes, "label"), title);
                Open tabs = open.stream().filter(o -> o.name.equals("Tabs")).findFirst().orElse(null);
                if (tabs != null) { // Docusaurus 1's values={[{label, value}]}, Nextra's items={[…]} in order
                    label = first(label, value == null ? null : labels(tabs.attributes).get(value),
                            items(tabs.attributes).size() > tabs.tabs ? items(tabs.attributes).get(tabs.tabs) : null);
                    tabs.tabs++;
                }
                label = first(label, value);
                return new Mapping("{{% tab name=\"" + quoted(label == null ? "Tab" : label) + "\" %}}", "{{% /tab %}}");
            }
            case "Admonition", "Callout", "Aside": // Docusaurus', Nextra's and Starlight's boxes
                return callout(first(value(attributes, "type"), "note"), title);
            case "Accordion", "Details":
                return new Mapping("{{< details summary=\"" + quoted(first(title, value(attributes, "summary"), "Details")) + "\" >}}",
                        "{{< /details >}}");
            case "Card", "Cards.Card": {
                String link = first(value(attributes, "href"), value(attributes, "link"), value(attributes, "to"));
                if (link != null) { // a card that links is one link, its content after it
                    return new Mapping("{{< card link=\"" + quoted(link) + "\" title=\"" + quoted(first(title, link)) + "\" >}}", "");
                }
                return title == null ? Mapping.NONE : new Mapping("{{< card title=\"" + quoted(title) + "\" >}}", "{{< /card >}}");
            }
            case "DocCardList":
                return new Mapping("{{% children %}}", "");
            case "LinkCard": { // Starlight's card that is a link, its description after it
                String link = value(attributes, "href");
                String description = value(attributes, "description");
                return link == null ? Mapping.NONE : new Mapping("{{< card link=\"" + quoted(link) + "\" title=\"" + quoted(first(title, link))
                        + (description == null ? "" : "\" subtitle=\"" + quoted(description)) + "\" >}}", "");
            }
            case "LinkButton": { // Starlight's link drawn as a button: the link
                String link = value(attributes, "href");
                return link == null ? Mapping.NONE : new Mapping("[", "](<" + link + ">)");
            }
            case "Step": // Mintlify's step: its title in bold, its content after it
                return new Mapping(title == null ? "" : "**" + title + "**", "");
            case "Update": { // Mintlify's changelog entry: its date in bold, then what changed
                String label = value(attributes, "label");
                String description = value(attributes, "description");
                return label == null ? Mapping.NONE : new Mapping("**" + label + "**" + (description == null ? "" : " · " + description), "");
            }
            case "ParamField", "ResponseField": { // an API field: its name, type and whether required
                String field = first(value(attributes, "name"), value(attributes, "path"), value(attributes, "query"),
                        value(attributes, "body"), value(attributes, "header"));
                if (field == null) {
                    return Mapping.NONE;
                }
                String type = value(attributes, "type");
                boolean required = REQUIRED.matcher(attributes).find();
                // Mintlify's anchor for it (thumbnails.background: #param-thumbnails-background); its name first, since a
                // line starting with a tag would be raw HTML to what reads it next (KramdownHtmlBlocks).
                String anchor = "param-" + field.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_-]+", "-");
                return new Mapping("`" + field + "`<span id=\"" + anchor + "\"></span>" + (type == null ? "" : " *" + type + "*")
                        + (required ? " (required)" : "") + " ", "");
            }
            default:
                return CALLOUTS.containsKey(name) ? callout(CALLOUTS.get(name), title) : WRAPPERS.contains(name) ? Mapping.NONE : null;
        }
    }

    /**
     * What a component written within a line of text ({@code <Badge text="New" />}, {@code <Tooltip tip="…">word</Tooltip>})
     * leaves there: a badge's text, else nothing (the words between its tags stay); null for a component not known here.
     */
    static String inline(String name, String attributes, boolean closesItself) {
        if (INLINE.contains(name)) {
            String text = closesItself ? value(attributes, "text") : null;
            return text == null ? "" : text;
        }
        return mapping(name, attributes, new java.util.ArrayDeque<>()) == null ? null : "";
    }

    private static Mapping callout(String kind, String title) {
        return new Mapping("{{< callout " + kind.toLowerCase(Locale.ROOT) + (title == null ? "" : " \"" + quoted(title) + "\"") + " >}}",
                "{{< /callout >}}");
    }

    /** An open component: its name, the line its closing tag becomes, its attributes and how many tabs it has shown. */
    static final class Open {
        final String name;
        final String closing;
        final String attributes;
        int tabs;
        /** The indentation of its content's first line, taken off each of its lines; -1 before one is read. */
        int indent = -1;
        /** The line it opens on, for an HTML element whose opening tag is marked once it is known to close. */
        int line = -1;

        Open(String name, String closing, String attributes) {
            this.name = name;
            this.closing = closing;
            this.attributes = attributes;
        }
    }

    static String value(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return first(m.group(2), m.group(3), m.group(4));
            }
        }
        return null;
    }

    private static List<String> items(String attributes) {
        Matcher m = ITEMS.matcher(attributes);
        if (!m.find()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : m.group(1).split(",")) {
            String name = item.strip().replaceAll("^[\"'`]|[\"'`]$", "");
            if (!name.isEmpty()) {
                items.add(name);
            }
        }
        return items;
    }

    /** Docusaurus 1's tab labels by value: {@code values={[{ label: 'Python', value: 'py' }, …]}}. */
    private static Map<String, String> labels(String attributes) {
        Map<String, String> labels = new HashMap<>();
        Matcher entry = VALUES_ENTRY.matcher(attributes);
        while (entry.find()) {
            Matcher label = LABEL.matcher(entry.group(1));
            Matcher value = VALUE.matcher(entry.group(1));
            if (label.find() && value.find()) {
                labels.put(value.group(1), label.group(1));
            }
        }
        return labels;
    }

    static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** A value in a shortcode's double quotes: theirs become single ones. */
    private static String quoted(String value) {
        return value.replace('"', '\'');
    }
}
