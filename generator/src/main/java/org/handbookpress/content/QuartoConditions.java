package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarto's conditions on metadata, {@code ::: {.content-visible when-meta="handout.answers"}} and
 * {@code ::: {.content-hidden unless-meta="internal"}} (on a fenced div, or a bracketed span on one line), decided as
 * Quarto decides them: a condition holds when the page's metadata gives the key as YAML's {@code true} (looked up as
 * {@code {{< meta >}}} looks it up, {@link QuartoProject#truth}); a key nothing gives, or any other value, is not true.
 * Its conditions on profiles too, {@code when-profile="advanced"}: the profiles a build without arguments gives
 * ({@link QuartoProfiles}).
 * {@code content-visible} keeps its part when every condition holds, {@code content-hidden} when not all hold. Before
 * the shortcodes are filled in, as Quarto drops a hidden part before its filters run: a hidden part's
 * {@code {{< meta >}}} asks for nothing, and its missing keys are not said. The format conditions beside them are left
 * for {@link org.handbookpress.markdown.AttributeLists} (its {@code ConditionalContent}), the only ones left on the line.
 * A hidden part's lines are left blank, so every later line keeps its number in findings.
 */
public final class QuartoConditions {

    /** A fenced div's opening line: 1 its colons, 2 what follows them. */
    private static final Pattern DIV_OPEN = Pattern.compile("^[ \\t]*(:{3,})[ \\t]*(\\S.*?)[ \\t]*$");
    private static final Pattern DIV_CLOSE = Pattern.compile("^[ \\t]*:{3,}[ \\t]*$");
    /** A bracketed span and its attribute list, on one line: 1 its words, 2 the list. */
    private static final Pattern SPAN = Pattern.compile("(?<!!)\\[([^\\[\\]]*)\\]\\{([^{}]*)\\}");
    /** One condition on metadata or a profile in an attribute list: 1 when or unless, 2 meta or profile, 3 the key (quoted or not). */
    private static final Pattern META = Pattern.compile("(?<![\\w-])(when|unless)-(meta|profile)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s}]+)");
    /** A condition on the format, which stays with the part when the metadata's conditions leave it to the format. */
    private static final Pattern FORMAT = Pattern.compile("(?<![\\w-])(when|unless)-format\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s}]+)");
    private static final Pattern VISIBLE = Pattern.compile("(?<![\\w-])\\.content-visible(?![\\w-])");
    private static final Pattern HIDDEN = Pattern.compile("(?<![\\w-])\\.content-hidden(?![\\w-])");

    /** Where a page's metadata comes from, and who is told which of its front matter's keys a condition read. */
    record Metadata(QuartoProject project, QuartoProject.Values frontMatter, String folder, QuartoShortcodes.Report report) {
    }

    private QuartoConditions() {
    }

    /** Whether the text may hold a condition on metadata or a profile: most pages hold none, and are not read line by line. */
    public static boolean mayHold(String text) {
        return text.contains("-meta") || text.contains("-profile");
    }

    /**
     * The Markdown with its parts that a condition on metadata hides blanked out, and those conditions taken off the
     * parts it shows, line for line.
     *
     * @param frontMatter the page's front matter as YAML (null: none)
     * @param folder      the page's folder in the content folder, whose _metadata.yml (and its parents') count
     */
    public static String apply(String markdown, QuartoProject project, String frontMatter, String folder, QuartoShortcodes.Report report) {
        if (!mayHold(markdown)) {
            return markdown;
        }
        Metadata metadata = new Metadata(project, QuartoProject.frontMatter(frontMatter), folder, report);
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        int depth = 0;
        int hiddenFrom = -1; // the depth of the div being hidden, -1 when none is
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = line.indexOf('`') < 0 && line.indexOf('~') < 0 ? null : QuartoShortcodes.FENCE.matcher(line);
            boolean fenceLine = f != null && f.matches();
            if (fence == null && fenceLine && !(f.group(1).charAt(0) == '`' && f.group(2).indexOf('`') >= 0)) {
                fence = f.group(1);
            } else if (fence != null && fenceLine && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                    && f.group(2).isBlank()) {
                fence = null;
            } else if (fence == null && DIV_CLOSE.matcher(line).matches()) {
                depth = Math.max(0, depth - 1);
                if (hiddenFrom >= 0 && depth == hiddenFrom) {
                    hiddenFrom = -1;
                    lines[i] = "";
                    continue;
                }
            } else if (fence == null && DIV_OPEN.matcher(line).matches()) {
                depth++;
                if (hiddenFrom < 0) {
                    String decided = decided(line, metadata);
                    if (decided == null) {
                        hiddenFrom = depth - 1;
                    } else {
                        lines[i] = decided;
                    }
                }
            } else if (fence == null && hiddenFrom < 0 && line.indexOf('{') >= 0) {
                lines[i] = spans(line, metadata);
            }
            if (hiddenFrom >= 0) {
                lines[i] = "";
            }
        }
        return String.join("\n", lines);
    }

    /** A line's bracketed spans with conditions on metadata: left out, or kept without those conditions. */
    private static String spans(String line, Metadata metadata) {
        if (!mayHold(line)) {
            return line;
        }
        Matcher m = SPAN.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String decided = decided(m.group(2), metadata);
            m.appendReplacement(out, Matcher.quoteReplacement(decided == null ? "" : "[" + m.group(1) + "]{" + decided + "}"));
        }
        return m.appendTail(out).toString();
    }

    /**
     * What a div's opening line (or a span's attribute list) becomes: null when its conditions on metadata hide it; else
     * the text without them, and without every condition when they alone decide that it is shown.
     */
    private static String decided(String text, Metadata metadata) {
        boolean visible = VISIBLE.matcher(text).find();
        boolean hidden = HIDDEN.matcher(text).find();
        Matcher m = META.matcher(text);
        if (!visible && !hidden || !mayHold(text) || !m.find()) {
            return text; // no condition of Quarto's on metadata: another tool's attribute, said as such if not applied
        }
        boolean allHold = true;
        m.reset();
        while (m.find()) {
            String key = unquoted(m.group(3));
            boolean yes = m.group(2).equals("profile") ? metadata.project().profileActive(key) : holds(key, metadata);
            allHold &= m.group(1).equals("when") == yes;
        }
        String without = META.matcher(text).replaceAll("");
        boolean byFormat = FORMAT.matcher(without).find();
        if (visible) {
            return allHold ? tidy(without) : null;
        }
        if (!allHold) {
            // Not all of content-hidden's conditions hold: shown, in every format, and no longer a part to hide.
            return tidy(HIDDEN.matcher(FORMAT.matcher(without).replaceAll("")).replaceAll(""));
        }
        return byFormat ? tidy(without) : null; // content-hidden with nothing else to hold: hidden
    }

    private static boolean holds(String key, Metadata metadata) {
        QuartoProject.Truth truth = metadata.project().truth(key, metadata.frontMatter(), metadata.folder());
        if (QuartoProject.FRONT_MATTER.equals(truth.where())) {
            metadata.report().frontMatterRead(QuartoProject.Values.path(key).get(0));
        }
        return truth.yes();
    }

    /**
     * An attribute list's spaces, after conditions were taken out: one between its items, none inside its braces. A list
     * left empty names the part {@code content-visible}, shown in every format, as an opening line with no list is no div.
     */
    private static String tidy(String text) {
        String tidied = text.replaceAll("(?<=\\S)[ \\t]{2,}", " ").replaceAll("\\{[ \\t]+", "{").replaceAll("[ \\t]+}", "}")
                .replace("{}", "{.content-visible}");
        return tidied.isBlank() ? ".content-visible" : tidied;
    }

    private static String unquoted(String word) {
        boolean quoted = word.length() > 1 && (word.startsWith("\"") && word.endsWith("\"") || word.startsWith("'") && word.endsWith("'"));
        return (quoted ? word.substring(1, word.length() - 1) : word).strip();
    }
}
