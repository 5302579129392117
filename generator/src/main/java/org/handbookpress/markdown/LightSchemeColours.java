package org.handbookpress.markdown;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Words given a dark colour in raw HTML ({@code <p style="color:#333">}), chosen for a light page, stay readable on a dark
 * screen: the theme follows the reader's colour scheme, and a coding club's workshop had its call to action #333 on the
 * dark page's #11181c, 1.4:1. Such an element, with no background of its own (a colour and a background are a pair the
 * author chose, and stay), takes the class {@code colour-for-light}, which the theme's dark scheme gives its own text
 * colour; light screens, print, PDFs and e-books show the author's colour.
 *
 * <p>Words whose colour is too faint against the background they are written on (their own box's, or the light page's)
 * are the author's to fix, and are reported ({@value #LOW_CONTRAST}): an Instagram post's embed code, pasted into a
 * workshop, kept its grey #c9c8cd on white, 1.7:1, once its script was removed.
 */
public final class LightSchemeColours implements HtmlPass {
    public static final String CLASS = "colour-for-light";
    /**
     * A box given a light background in raw HTML ({@code <div style="background:#fff3cd">}) and no colour for its words:
     * on a dark screen its words took the dark scheme's light text, 1.2:1 on the author's pale yellow. The theme's dark
     * scheme gives such a box the light scheme's colours inside it; the box stays as the author chose it.
     */
    public static final String LIGHT_BOX = "box-for-light";
    /** The dark scheme's text (theme.css, --text there), which words with no colour of their own take. */
    private static final double DARK_SCHEME_TEXT = luminance(0xe5, 0xec, 0xef);
    /** The light named colours authors give boxes most; read for backgrounds only. */
    private static final Map<String, Integer> LIGHT_NAMED = Map.ofEntries(Map.entry("white", 0xffffff), Map.entry("ivory", 0xfffff0),
            Map.entry("beige", 0xf5f5dc), Map.entry("whitesmoke", 0xf5f5f5), Map.entry("lightyellow", 0xffffe0),
            Map.entry("lightgray", 0xd3d3d3), Map.entry("lightgrey", 0xd3d3d3), Map.entry("gainsboro", 0xdcdcdc),
            Map.entry("lightblue", 0xadd8e6), Map.entry("aliceblue", 0xf0f8ff), Map.entry("lightgreen", 0x90ee90),
            Map.entry("honeydew", 0xf0fff0), Map.entry("lavender", 0xe6e6fa), Map.entry("pink", 0xffc0cb),
            Map.entry("mistyrose", 0xffe4e1), Map.entry("lightcyan", 0xe0ffff), Map.entry("yellow", 0xffff00),
            Map.entry("lemonchiffon", 0xfffacd), Map.entry("linen", 0xfaf0e6), Map.entry("seashell", 0xfff5ee));
    public static final String LOW_CONTRAST = "html.low-contrast";
    /** The theme's light page (theme.css, --bg), which words with no background of their own are read against. */
    private static final int LIGHT_PAGE = 0xfaf8f4;
    private static final Evaluator STYLED = QueryParser.parse("[style]");
    /** The theme's dark page (theme.css, --bg in the dark scheme), which the words are read against there. */
    private static final double DARK_PAGE = luminance(0x11, 0x18, 0x1c);
    /** WCAG 1.4.3's least contrast for text of ordinary size. */
    private static final double LEAST_CONTRAST = 4.5;
    private static final Pattern COLOUR = Pattern.compile("(?:^|[;\\s])color\\s*:\\s*([^;!]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKGROUND = Pattern.compile("(?:^|[;\\s])background(?:-color|-image)?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKGROUND_VALUE = Pattern.compile("(?:^|[;\\s])background(?:-color)?\\s*:\\s*([^;!]+)", Pattern.CASE_INSENSITIVE);
    /** A size that makes words large text for WCAG, where 3:1 is enough: 24 px, or 1.5 rem or em and more. */
    private static final Pattern LARGE = Pattern.compile("(?:^|[;\\s])font-size\\s*:\\s*(?:(2[4-9]|[3-9]\\d|\\d{3})(?:\\.\\d+)?px|(1\\.[5-9]\\d*|[2-9](?:\\.\\d+)?)r?em)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{3}|[0-9a-f]{6})");
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*(\\d{1,3})[\\s,]+(\\d{1,3})[\\s,]+(\\d{1,3})\\s*(?:[,/]\\s*1(?:\\.0*)?\\s*)?\\)");
    /** The named colours dark enough to matter that authors write most. */
    private static final Map<String, Integer> NAMED = Map.ofEntries(Map.entry("black", 0x000000), Map.entry("dimgray", 0x696969),
            Map.entry("dimgrey", 0x696969), Map.entry("gray", 0x808080), Map.entry("grey", 0x808080), Map.entry("navy", 0x000080),
            Map.entry("darkblue", 0x00008b), Map.entry("blue", 0x0000ff), Map.entry("maroon", 0x800000), Map.entry("darkred", 0x8b0000),
            Map.entry("red", 0xff0000), Map.entry("green", 0x008000), Map.entry("darkgreen", 0x006400), Map.entry("purple", 0x800080),
            Map.entry("brown", 0xa52a2a), Map.entry("darkslategray", 0x2f4f4f), Map.entry("darkslategrey", 0x2f4f4f),
            Map.entry("teal", 0x008080), Map.entry("olive", 0x808000));

    private final Findings findings;

    public LightSchemeColours() {
        this(Findings.discarded());
    }

    /** @param findings where words too faint to read on their background are reported */
    public LightSchemeColours(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml page) {
        Set<String> reported = new HashSet<>();
        for (Element element : page.content().select(STYLED)) {
            String style = element.attr("style");
            Matcher m = COLOUR.matcher(style);
            if (!m.find()) {
                markLightBox(element, style);
                continue;
            }
            String written = m.group(1).strip();
            Integer rgb = rgb(written.toLowerCase(Locale.ROOT));
            if (rgb == null) {
                continue;
            }
            double words = luminance(rgb);
            Integer background = background(element);
            if (background != null) {
                double least = LARGE.matcher(style).find() ? 3.0 : LEAST_CONTRAST;
                double ratio = contrast(words, luminance(background));
                int line = SourceLines.of(element);
                if (ratio < least && reported.add(line + " " + rgb + " " + background)) {
                    findings.warning(page.page().path(), line, LOW_CONTRAST, String.format(Locale.ROOT,
                                    "words coloured %s on %s have a contrast of %.1f:1, under the %.1f:1 that readers need to make them out",
                                    written, background == LIGHT_PAGE ? "the page's background" : String.format(Locale.ROOT, "#%06x", background),
                                    ratio, least),
                            "choose a darker colour for the words, or remove color: from the style");
                }
            }
            if (!hasBackground(element) && contrast(words, DARK_PAGE) < LEAST_CONTRAST) {
                element.addClass(CLASS);
            }
        }
    }

    /** Marks a box whose own background is too light for the dark scheme's text ({@link #LIGHT_BOX}). */
    private static void markLightBox(Element element, String style) {
        Matcher m = BACKGROUND_VALUE.matcher(style);
        if (!m.find()) {
            return;
        }
        String value = m.group(1).strip().toLowerCase(Locale.ROOT);
        Integer colour = rgb(value);
        if (colour == null) {
            colour = LIGHT_NAMED.get(value);
        }
        if (colour != null && contrast(luminance(colour), DARK_SCHEME_TEXT) < LEAST_CONTRAST) {
            element.addClass(LIGHT_BOX);
        }
    }

    /**
     * What the words are read against: the colour of the nearest box with a background (their own or one around them),
     * else the theme's light page; null when that background is not a colour read here (a picture, a gradient).
     */
    private static Integer background(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            Matcher m = BACKGROUND_VALUE.matcher(e.attr("style"));
            while (m.find()) {
                String value = m.group(1).strip().toLowerCase(Locale.ROOT);
                Integer colour = rgb(value);
                if (colour != null) {
                    return colour;
                }
                if (!value.equals("transparent") && !value.equals("none") && !value.equals("inherit") && !value.equals("initial")) {
                    return null;
                }
            }
            if (BACKGROUND.matcher(e.attr("style")).find() && !BACKGROUND_VALUE.matcher(e.attr("style")).find()) {
                return null; // a background-image alone
            }
        }
        return LIGHT_PAGE;
    }

    private static double luminance(int rgb) {
        return luminance(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    /** The element or a box around it has a background of the author's, against which its colour was chosen. */
    private static boolean hasBackground(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (BACKGROUND.matcher(e.attr("style")).find()) {
                return true;
            }
        }
        return false;
    }

    /** The colour as 0xRRGGBB, or null for one not read here (a name not listed, a colour with transparency, a variable). */
    static Integer rgb(String value) {
        Matcher hex = HEX.matcher(value);
        if (hex.matches()) {
            String digits = hex.group(1);
            if (digits.length() == 3) {
                digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2) + digits.charAt(2);
            }
            return Integer.parseInt(digits, 16);
        }
        Matcher rgb = RGB.matcher(value);
        if (rgb.matches()) {
            return Math.min(255, Integer.parseInt(rgb.group(1))) << 16 | Math.min(255, Integer.parseInt(rgb.group(2))) << 8
                    | Math.min(255, Integer.parseInt(rgb.group(3)));
        }
        return NAMED.get(value);
    }

    /** WCAG's relative luminance of a colour in sRGB. */
    static double luminance(int r, int g, int b) {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }
}
