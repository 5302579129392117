package org.handbookpress.sanitise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVG file's {@code <!DOCTYPE>}, read before its drawing is checked. Declarations in its internal subset
 * ({@code [ … ]}) change what a browser reads: an entity's text is pasted into the drawing as markup
 * ({@code <!ENTITY s "<script>…</script>">} used as {@code &s;}), and an {@code <!ATTLIST>} can give elements
 * attributes the file never writes on them. The XML parser the check uses reads none of it, so it would check one
 * drawing while the browser showed another. A file with an internal subset is therefore checked, and served, as the
 * browser reads it: its entities written out where they are used, and without the {@code <!DOCTYPE>}, so that no
 * browser has anything left to expand. What cannot be written out so (an entity read from another file or address, a
 * parameter entity, an attribute list, an entity that grows past {@link #MAX_EXPANSION} characters) is left out and
 * said. Illustrator declares its namespaces as entities ({@code xmlns:i="&ns_ai;"}): those are written out alike.
 */
final class SvgDoctype {

    /** What the file becomes (null: no internal subset, the file is read as it is), and what was left out of it. */
    record Read(String text, List<String> leftOut) {
    }

    /** Far more than any drawing's entities write; a file whose entities nest to grow past it is a "billion laughs". */
    static final int MAX_EXPANSION = 1 << 20;
    private static final int MAX_DEPTH = 16;
    private static final Set<String> PREDEFINED = Set.of("lt", "gt", "amp", "quot", "apos");
    private static final Pattern ENTITY = Pattern.compile(
            "<!ENTITY\\s+(%\\s+)?([^\\s>]+)\\s+(?:\"([^\"]*)\"|'([^']*)'|(SYSTEM|PUBLIC)[^>]*)\\s*>");
    private static final Pattern REFERENCE = Pattern.compile("&([A-Za-z_:][\\w.:-]*);");
    private static final Pattern CHARACTER = Pattern.compile("&#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}));");

    private SvgDoctype() {
    }

    static Read read(String svg) {
        int start = doctypeStart(svg);
        if (start < 0) {
            return new Read(null, List.of());
        }
        int[] subset = new int[] {-1, -1};
        int end = doctypeEnd(svg, start, subset);
        if (subset[0] < 0) {
            return new Read(null, List.of()); // a DOCTYPE naming its DTD only: browsers read no DTD
        }
        String declarations = svg.substring(subset[0], subset[1]).replaceAll("(?s)<!--.*?(-->|\\z)", "");
        List<String> leftOut = new ArrayList<>();
        Map<String, String> entities = new HashMap<>();
        Matcher entity = ENTITY.matcher(declarations);
        while (entity.find()) {
            String name = entity.group(2);
            if (entity.group(1) != null) {
                leftOut.add("the parameter entity %" + name + "; of its <!DOCTYPE>");
            } else if (entity.group(5) != null) {
                leftOut.add("the entity &" + name + "; of its <!DOCTYPE>, which reads another file or address");
            } else if (!entities.containsKey(name)) { // the first declaration of a name counts, as XML has it
                entities.put(name, characters(entity.group(3) != null ? entity.group(3) : entity.group(4)));
            }
        }
        if (declarations.toUpperCase(Locale.ROOT).contains("<!ATTLIST")) {
            leftOut.add("the attribute lists (<!ATTLIST>) of its <!DOCTYPE>, which give elements attributes the file does not show");
        }
        // The DOCTYPE gives way to as many line breaks as it held, so that findings keep the file's line numbers.
        String removed = svg.substring(start, end).replaceAll("[^\n]", "");
        StringBuilder text = new StringBuilder(svg.length()).append(svg, 0, start).append(removed);
        if (!expand(svg.substring(end), entities, text, 0, svg.length() + MAX_EXPANSION)) {
            leftOut.add("the entities of its <!DOCTYPE>, which write out more than " + MAX_EXPANSION + " characters");
            text.setLength(start);
            text.append(removed).append(REFERENCE.matcher(svg.substring(end)).replaceAll(m -> PREDEFINED.contains(m.group(1))
                    ? Matcher.quoteReplacement(m.group()) : ""));
        }
        return new Read(text.toString(), leftOut);
    }

    /**
     * Appends {@code text} with each declared entity written out, as XML does on use (its own references in turn).
     *
     * @return false when it would grow past {@code limit} characters or nest too deep
     */
    private static boolean expand(String text, Map<String, String> entities, StringBuilder out, int depth, int limit) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        Matcher reference = REFERENCE.matcher(text);
        int from = 0;
        while (reference.find()) {
            String value = entities.get(reference.group(1));
            if (value == null) {
                continue; // predefined, or declared nowhere: the XML parser reads it as it is
            }
            out.append(text, from, reference.start());
            if (!expand(value, entities, out, depth + 1, limit)) {
                return false;
            }
            from = reference.end();
            if (out.length() > limit) {
                return false;
            }
        }
        out.append(text, from, text.length());
        return out.length() <= limit;
    }

    /** An entity's literal value with its character references read, as XML reads them where the entity is declared. */
    private static String characters(String literal) {
        return CHARACTER.matcher(literal).replaceAll(m -> {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            return Matcher.quoteReplacement(Character.isValidCodePoint(code) ? Character.toString(code) : "\uFFFD");
        });
    }

    /** Where the {@code <!DOCTYPE} is, past the XML declaration, comments and processing instructions; -1 if none. */
    private static int doctypeStart(String svg) {
        int at = svg.startsWith("\uFEFF") ? 1 : 0;
        while (at < svg.length()) {
            if (Character.isWhitespace(svg.charAt(at))) {
                at++;
            } else if (svg.startsWith("<?", at)) {
                at = after(svg, "?>", at + 2);
            } else if (svg.startsWith("<!--", at)) {
                at = after(svg, "-->", at + 4);
            } else {
                return svg.regionMatches(true, at, "<!DOCTYPE", 0, 9) ? at : -1;
            }
        }
        return -1;
    }

    /**
     * The end of the DOCTYPE starting at {@code start}, past its closing {@code >}; its internal subset's bounds (inside
     * the brackets) go into {@code subset}. Quoted strings and comments may hold brackets and {@code >}.
     */
    private static int doctypeEnd(String svg, int start, int[] subset) {
        int at = start + 9;
        while (at < svg.length()) {
            char c = svg.charAt(at);
            if (c == '"' || c == '\'') {
                at = after(svg, String.valueOf(c), at + 1);
            } else if (c == '[' && subset[0] < 0) {
                subset[0] = at + 1;
                at = subsetEnd(svg, at + 1);
                subset[1] = Math.min(at, svg.length());
                at++;
            } else if (c == '>') {
                return at + 1;
            } else {
                at++;
            }
        }
        if (subset[0] >= 0 && subset[1] < 0) {
            subset[1] = svg.length();
        }
        return svg.length();
    }

    private static int subsetEnd(String svg, int at) {
        while (at < svg.length()) {
            char c = svg.charAt(at);
            if (svg.startsWith("<!--", at)) {
                at = after(svg, "-->", at + 4);
            } else if (c == '"' || c == '\'') {
                at = after(svg, String.valueOf(c), at + 1);
            } else if (c == ']') {
                return at;
            } else {
                at++;
            }
        }
        return svg.length();
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }
}
