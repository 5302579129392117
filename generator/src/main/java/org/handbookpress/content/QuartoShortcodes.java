package org.handbookpress.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarto's shortcodes for values, filled in as Quarto fills them ({@link QuartoProject}): {@code {{< var email.info >}}}
 * from _variables.yml, {@code {{< meta gh.repo >}}} from the page's metadata. Everywhere, code too, as Quarto fills them
 * there (its documentation shows them in code with {@code shortcodes="false"}), but not in a code block that says
 * {@code shortcodes=false} nor in a chunk Quarto runs ({@code ```{r}}), whose code is the engine's. A shortcode with an
 * extra brace each side, {@code {{{< var version >}}}}, or written {@code {{</* var version *\/>}}}, is shown as the
 * shortcode, as Quarto shows it. A key nothing
 * gives is shown as Quarto shows it, {@code ?var:version}, and said ({@link #CODE}). {@code {{< env NAME >}}}, which
 * reads the environment of the machine that renders the page, stays as written and is said: the build never reads the
 * machine's environment (a handbook's text must not depend on it, nor publish a CI job's secrets). Line for line.
 */
public final class QuartoShortcodes {

    /** The finding for a key nothing gives, and for {@code env}. */
    public static final String CODE = "syntax.quarto-variable";

    /** A shortcode on one line, or its escape: 1 its opening braces, 2 what is between {@code <} and {@code >}, 3 its closing ones. */
    private static final Pattern SHORTCODE = Pattern.compile("(\\{{2,})<(.*?)>(\\}{2,})");
    /** A code span on one line: a run of backticks, text, and a run as long. */
    static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)");
    /** A fence's line: 1 its backticks or tildes, 2 its info string. Found after quote markers and at any indentation, as {@link CodeFences}. */
    static final Pattern FENCE = Pattern.compile("^(?:[ \\t]*>)*[ \\t]*(`{3,}|~{3,})(.*)$");
    /** A chunk Quarto runs, {@code {r}} or {@code {python echo=false}}: its code is the engine's, shortcodes in it are not Quarto's. */
    private static final Pattern CHUNK = Pattern.compile("^\\s*\\{[A-Za-z][\\w-]*[\\s,}]");
    private static final Pattern NO_SHORTCODES = Pattern.compile("\\bshortcodes\\s*=\\s*[\"']?false\\b");

    /** Where a finding goes: the line of the text (from 0) it is on, what is wrong and what to do. */
    public interface Report {
        void at(int line, String message, String fix);

        /** A key of the page's front matter a {@code meta} read (the top one of a dotted key): the page's own value, in use. */
        default void frontMatterRead(String key) {
        }
    }

    private QuartoShortcodes() {
    }

    /** Whether the text may hold a shortcode or an escaped one: most pages hold none, and are not read line by line. */
    public static boolean mayHold(String text) {
        return text.contains("{{<") || text.contains("{{{");
    }

    /** Whether the text may ask Quarto's metadata for anything: a shortcode, or a condition on it ({@link QuartoConditions}). */
    public static boolean mayAsk(String text) {
        return mayHold(text) || QuartoConditions.mayHold(text);
    }

    /**
     * The Markdown as Quarto shows it from its metadata: the parts a condition on it hides left out first
     * ({@link QuartoConditions}), as Quarto drops them before filling in what they ask for, then the values filled in
     * ({@link #fill}). A page's text and an included file's, alike.
     */
    public static String shown(String markdown, QuartoProject project, String frontMatter, String folder, Report report) {
        return fill(QuartoConditions.apply(markdown, project, frontMatter, folder, report), project, frontMatter, folder, report);
    }

    /** The YAML between the {@code ---} lines a file's text starts with; null when it starts with none. */
    public static String frontMatterOf(String fileText) {
        if (!fileText.startsWith("---")) {
            return null;
        }
        String[] lines = fileText.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            return null;
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                return yaml.toString();
            }
            yaml.append(lines[i]).append('\n');
        }
        return null;
    }

    /**
     * The Markdown with its {@code var} and {@code meta} shortcodes filled in, line for line; each key nothing gives, and
     * each {@code env}, reported once, at its first line, with how many times it is there.
     *
     * @param frontMatter the page's front matter as YAML, read only when a {@code meta} asks (null: none)
     * @param folder      the page's folder in the content folder, whose _metadata.yml (and its parents') count
     */
    public static String fill(String markdown, QuartoProject project, String frontMatter, String folder, Report report) {
        if (!mayHold(markdown)) {
            return markdown;
        }
        Filler filler = new Filler(project, frontMatter, folder, report);
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        boolean skipped = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher f = lines[i].indexOf('`') < 0 && lines[i].indexOf('~') < 0 ? null : FENCE.matcher(lines[i]);
            if (fence == null && f != null && f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).indexOf('`') >= 0)) {
                fence = f.group(1);
                skipped = CHUNK.matcher(f.group(2)).find() || NO_SHORTCODES.matcher(f.group(2)).find();
                continue;
            }
            if (fence != null && f != null && f.matches() && f.group(1).charAt(0) == fence.charAt(0)
                    && f.group(1).length() >= fence.length() && f.group(2).isBlank()) {
                fence = null;
                continue;
            }
            if (lines[i].indexOf('{') < 0 || fence != null && skipped) {
                continue;
            }
            filler.line = i;
            lines[i] = fence != null ? filler.fill(lines[i], true) : outsideCode(lines[i], filler);
        }
        filler.reportUnfilled();
        return String.join("\n", lines);
    }

    /**
     * A value of a page's front matter (its title, description, navigation title) with its {@code var} and {@code meta}
     * shortcodes filled in, as Quarto fills them in the document's metadata, as text: what is not filled in is shown as
     * Quarto shows it ({@code ?var:key}, not bold) and said at line 0 of the value.
     */
    public static String fillValue(String value, QuartoProject project, String frontMatter, String folder, Report report) {
        if (value == null || !mayHold(value)) {
            return value;
        }
        Filler filler = new Filler(project, frontMatter, folder, report);
        String filled = filler.fill(value, true);
        filler.reportUnfilled();
        return filled;
    }

    /** A line outside code blocks, its code spans filled in as code. */
    private static String outsideCode(String line, Filler filler) {
        if (line.indexOf('`') < 0) {
            return filler.fill(line, false);
        }
        StringBuilder out = new StringBuilder();
        Matcher span = CODE_SPAN.matcher(line);
        int from = 0;
        while (span.find()) {
            out.append(filler.fill(line.substring(from, span.start()), false)).append(filler.fill(span.group(), true));
            from = span.end();
        }
        return out.append(filler.fill(line.substring(from), false)).toString();
    }

    /** Fills one page's (or included file's) shortcodes, and gathers what it could not fill, by shortcode. */
    private static final class Filler {

        private final QuartoProject project;
        private final Report report;
        private final String frontMatterYaml;
        private final String folder;
        private QuartoProject.Values frontMatter;
        /** The first line, the count and the finding of each shortcode not filled in, in the order found. */
        private final Map<String, int[]> unfilled = new LinkedHashMap<>();
        private final Map<String, String[]> said = new LinkedHashMap<>();
        int line;

        Filler(QuartoProject project, String frontMatterYaml, String folder, Report report) {
            this.report = report;
            this.project = project;
            this.frontMatterYaml = frontMatterYaml;
            this.folder = folder;
        }

        String fill(String text, boolean code) {
            if (text.indexOf('{') < 0) {
                return text;
            }
            Matcher m = SHORTCODE.matcher(text);
            StringBuilder out = new StringBuilder();
            int from = 0;
            while (m.find()) {
                out.append(text, from, m.start());
                from = m.end();
                String open = m.group(1);
                String close = m.group(3);
                String inner = m.group(2);
                boolean commented = inner.length() >= 4 && inner.startsWith("/*") && inner.endsWith("*/");
                if (open.length() > 2 || close.length() > 2 || commented) {
                    // Quarto's escapes, one brace more each side or Hugo's comment marks, {{</* var x */>}}: the shortcode
                    // shown as written without them. Outside code its first brace is a character reference, so that no
                    // later reader takes it for a shortcode to run or report.
                    String shown = commented ? open + "<" + inner.substring(2, inner.length() - 2) + ">" + close
                            : open.substring(1) + "<" + inner + ">" + close.substring(1);
                    out.append(code ? shown : "&#123;" + shown.substring(1));
                    continue;
                }
                out.append(replacement(m.group(), m.group(2).strip().split("\\s+"), code, text, m.start(), m.end()));
            }
            return out.append(text, from, text.length()).toString();
        }

        /** What a shortcode becomes: its value, Quarto's {@code ?var:key}, or itself (another shortcode; {@code env}). */
        private String replacement(String written, String[] words, boolean code, String text, int start, int end) {
            String name = words[0];
            if (!name.equals("var") && !name.equals("meta") && !name.equals("env") || words.length < 2) {
                return written; // another shortcode (include, video…): other readers' business
            }
            String key = unquoted(words[1]);
            if (name.equals("env")) {
                note("env " + key, "{{< env " + key + " >}} reads the environment of the machine that renders the page, which the"
                                + " build never reads (a handbook must not depend on it, nor publish what it holds): shown as written",
                        "write the value in its place, or give it in _variables.yml and write {{< var " + key + " >}}");
                return code ? written : "&#123;" + written.substring(1);
            }
            QuartoProject.Lookup found = name.equals("var") ? project.variable(key) : project.meta(key, frontMatter(), folder);
            if (found.found() != QuartoProject.Found.NONE && QuartoProject.FRONT_MATTER.equals(found.where())) {
                report.frontMatterRead(QuartoProject.Values.path(key).get(0));
            }
            if (found.found() == QuartoProject.Found.VALUE) {
                // A value's line breaks would end the paragraph, heading or table cell it is put into.
                return found.value().strip().replaceAll("\\s*\\n\\s*", " ");
            }
            String shown = "?" + name + ":" + key;
            note(name + " " + key, whyNot(name, key, found) + ": shown as " + shown + ", as Quarto shows it", fix(name, key, found));
            // Bold, as Quarto shows it, where it stands alone; as text inside an address or a word, where ** would be read as part of it.
            boolean alone = (start == 0 || Character.isWhitespace(text.charAt(start - 1)))
                    && (end == text.length() || Character.isWhitespace(text.charAt(end)) || ".,;:!?)".indexOf(text.charAt(end)) >= 0);
            return code || !alone ? shown : "**" + shown + "**";
        }

        private String whyNot(String name, String key, QuartoProject.Lookup found) {
            String tag = "{{< " + name + " " + key + " >}}";
            if (found.found() == QuartoProject.Found.NOT_ONE_VALUE) {
                return tag + " names a list or a group of values in " + found.where() + ", not one value, which Quarto cannot show either";
            }
            if (name.equals("meta")) {
                return tag + " names no key of the page's front matter, of a _metadata.yml of its folder or those above it, or of _quarto.yml";
            }
            if (!project.exists()) {
                return tag + " names a variable of a Quarto project's _variables.yml, but no _quarto.yml is in the content folder or above it";
            }
            return project.hasVariables() ? tag + " names no variable of _variables.yml"
                    : tag + " names a variable of _variables.yml, but the Quarto project has none beside its _quarto.yml";
        }

        private static String fix(String name, String key, QuartoProject.Lookup found) {
            if (found.found() == QuartoProject.Found.NOT_ONE_VALUE) {
                return "name one value in it (" + key + ".name, say), or write the text in its place";
            }
            String nested = key.contains(".") ? " (nested: " + String.join(": ", key.split("\\.")) + ": …)" : "";
            return name.equals("meta")
                    ? "add " + key + nested + " to the page's front matter or to _metadata.yml beside it, or correct the name"
                    : "add " + key + nested + " to _variables.yml beside _quarto.yml, or correct the name";
        }

        private QuartoProject.Values frontMatter() {
            if (frontMatter == null) {
                frontMatter = QuartoProject.frontMatter(frontMatterYaml);
            }
            return frontMatter;
        }

        private void note(String what, String message, String fix) {
            unfilled.computeIfAbsent(what, w -> new int[] {line, 0})[1]++;
            said.putIfAbsent(what, new String[] {message, fix});
        }

        void reportUnfilled() {
            unfilled.forEach((what, seen) -> {
                String[] finding = said.get(what);
                report.at(seen[0], finding[0] + (seen[1] > 1 ? " (" + seen[1] + " times; first here)" : ""), finding[1]);
            });
        }

        private static String unquoted(String word) {
            boolean quoted = word.length() > 1 && (word.startsWith("\"") && word.endsWith("\"") || word.startsWith("'") && word.endsWith("'"));
            return quoted ? word.substring(1, word.length() - 1) : word;
        }
    }
}
