package org.handbookpress.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives every font list in a print document a font the PDFs have. A browser that has none of the families a style
 * names uses its default font; the layout engine draws nothing, leaving that text out of the PDF without a word
 * ({@code h2 { font-family: Arial }} in an author's print.css printed no headings). So a {@code font-family} (or a
 * {@code font} shorthand) whose families are all unknown gets {@code sans-serif} (drawn with Liberation Sans,
 * {@link PdfFonts#GENERIC_FAMILIES}) added at its end; a list that names an embedded or a generic family is left as written.
 */
final class FontFallback {

    /** A font-family or font declaration in a style sheet or a style attribute: the property, its value, what ends it. */
    private static final Pattern DECLARATION = Pattern.compile(
            "(?i)((?<![-\\w])font(?:-family)?\\s*:\\s*)([^;{}!]*?)(\\s*(?:!\\s*important\\s*)?(?:;|}|$))");

    private FontFallback() {
    }

    /**
     * Style sheets as given and as fixed: every print of a build carries the same few (the theme's print styles), tens
     * of KB that the declarations' expression would otherwise search again for each PDF. Emptied when it holds more
     * than {@link #SHEETS_KEPT}, so pages with style sheets of their own cannot grow it without end.
     */
    private static final Map<String, String> SHEETS = new ConcurrentHashMap<>();
    private static final int SHEETS_KEPT = 32;

    /** Adds the fallback to the document's style elements and style attributes, where a list needs it. */
    static void apply(Document html) {
        for (Element style : html.getElementsByTag("style")) {
            String css = style.data();
            String fixed = SHEETS.get(css);
            if (fixed == null) {
                fixed = inCss(css);
                if (SHEETS.size() >= SHEETS_KEPT) {
                    SHEETS.clear();
                }
                SHEETS.put(css, fixed);
            }
            if (!fixed.equals(css)) {
                style.empty();
                style.appendChild(new DataNode(fixed));
            }
        }
        for (Element element : html.getElementsByAttribute("style")) {
            String css = element.attr("style");
            String fixed = inCss(css);
            if (!fixed.equals(css)) {
                element.attr("style", fixed);
            }
        }
    }

    /**
     * The CSS with {@code sans-serif} added to each font-family list that names no family the PDFs have. A family the
     * style sheet declares itself with {@code @font-face} counts as one the PDFs have, and the declaration in the
     * {@code @font-face} rule, which names one family, is left alone.
     */
    static String inCss(String css) {
        if (css.indexOf("font") < 0 && css.toLowerCase(Locale.ROOT).indexOf("font") < 0) {
            return css;
        }
        List<int[]> faces = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        Matcher face = FONT_FACE.matcher(css);
        while (face.find()) {
            faces.add(new int[] {face.start(), face.end()});
            Matcher family = DECLARATION.matcher(face.group());
            if (family.find()) {
                declared.add(name(family.group(2)));
            }
        }
        Matcher m = DECLARATION.matcher(css);
        StringBuilder out = new StringBuilder(css.length() + 32);
        while (m.find()) {
            String value = m.group(2);
            boolean inFace = faces.stream().anyMatch(range -> m.start() >= range[0] && m.start() < range[1]);
            // In the font shorthand the families follow the size (and a line height): "bold 14pt/1.2 Arial, Helvetica".
            String families = m.group(1).toLowerCase(Locale.ROOT).startsWith("font-family") ? value : shorthandFamilies(value);
            String replacement = inFace || families == null || families.isBlank() || drawable(families, declared) ? m.group()
                    : m.group(1) + value + ", sans-serif" + m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A font size in the font shorthand, with its line height if any; the families follow it. */
    private static final Pattern SHORTHAND_SIZE = Pattern.compile("(?i)(?:^|\\s)(?:[0-9.]+(?:[a-z]+|%)|xx-small|x-small|small"
            + "|medium|large|x-large|xx-large|xxx-large|smaller|larger)(?:\\s*/\\s*[^\\s]+)?\\s+(.+)$");

    /** The family list of a font shorthand's value; null when it has none to read (a system font such as caption). */
    private static String shorthandFamilies(String value) {
        Matcher size = SHORTHAND_SIZE.matcher(value.strip());
        return size.find() ? size.group(1) : null;
    }

    /** An {@code @font-face} rule: its block holds declarations only, no nested braces. */
    private static final Pattern FONT_FACE = Pattern.compile("(?i)@font-face\\s*\\{[^}]*}");

    /** Whether a font list names a family the PDFs embed, one the style sheet declares, a generic one, or a keyword such as inherit. */
    private static boolean drawable(String list, Set<String> declared) {
        for (String family : list.split(",")) {
            String name = name(family);
            if (KNOWN.contains(name) || KEYWORDS.contains(name) || declared.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** A family's name as written in a list, unquoted, in lower case. */
    private static String name(String family) {
        return family.strip().replaceAll("^['\"]|['\"]$", "").strip().toLowerCase(Locale.ROOT);
    }

    private static final Set<String> KEYWORDS = Set.of("inherit", "initial", "unset", "revert", "revert-layer");
    private static final Set<String> KNOWN = known();

    private static Set<String> known() {
        Set<String> names = new HashSet<>();
        for (PdfFonts.FontFile file : PdfFonts.FILES) {
            names.add(file.family().toLowerCase(Locale.ROOT));
        }
        PdfFonts.GENERIC_FAMILIES.values().forEach(list -> list.forEach(name -> names.add(name.toLowerCase(Locale.ROOT))));
        names.addAll(Set.of("serif", "sans-serif", "monospace")); // as CSS writes them
        return Set.copyOf(names);
    }
}
