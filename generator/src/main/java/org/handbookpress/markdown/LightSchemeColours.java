package org.handbookpress.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Words given a dark colour in raw HTML ({@code <p style="color:#333">}), chosen for a light page, stay readable on a dark
 * screen: the theme follows the reader's colour scheme, and a coding club's workshop had its call to action #333 on the
 * dark page's #11181c, 1.4:1. Such an element, with no background of its own (a colour and a background are a pair the
 * author chose, and stay), takes the class {@code colour-for-light}, which the theme's dark scheme gives its own text
 * colour; light screens, print, PDFs and e-books show the author's colour.
 */
public final class LightSchemeColours implements HtmlPass {
    public static final String CLASS = "colour-for-light";
    private static final Evaluator STYLED = QueryParser.parse("[style]");
    /** The theme's dark page (theme.css, --bg in the dark scheme), which the words are read against there. */
    private static final double DARK_PAGE = luminance(0x11, 0x18, 0x1c);
    /** WCAG 1.4.3's least contrast for text of ordinary size. */
    private static final double LEAST_CONTRAST = 4.5;
    private static final Pattern COLOUR = Pattern.compile("(?:^|[;\\s])color\\s*:\\s*([^;!]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKGROUND = Pattern.compile("(?:^|[;\\s])background(?:-color|-image)?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{3}|[0-9a-f]{6})");
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*(\\d{1,3})[\\s,]+(\\d{1,3})[\\s,]+(\\d{1,3})\\s*(?:[,/]\\s*1(?:\\.0*)?\\s*)?\\)");
    /** The named colours dark enough to matter that authors write most. */
    private static final Map<String, Integer> NAMED = Map.ofEntries(Map.entry("black", 0x000000), Map.entry("dimgray", 0x696969),
            Map.entry("dimgrey", 0x696969), Map.entry("gray", 0x808080), Map.entry("grey", 0x808080), Map.entry("navy", 0x000080),
            Map.entry("darkblue", 0x00008b), Map.entry("blue", 0x0000ff), Map.entry("maroon", 0x800000), Map.entry("darkred", 0x8b0000),
            Map.entry("red", 0xff0000), Map.entry("green", 0x008000), Map.entry("darkgreen", 0x006400), Map.entry("purple", 0x800080),
            Map.entry("brown", 0xa52a2a), Map.entry("darkslategray", 0x2f4f4f), Map.entry("darkslategrey", 0x2f4f4f),
            Map.entry("teal", 0x008080), Map.entry("olive", 0x808000));

    @Override
    public void apply(PageHtml page) {
        for (Element element : page.content().select(STYLED)) {
            String style = element.attr("style");
            Matcher m = COLOUR.matcher(style);
            if (!m.find() || hasBackground(element)) {
                continue;
            }
            Integer rgb = rgb(m.group(1).strip().toLowerCase(Locale.ROOT));
            if (rgb != null && contrast(luminance(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff), DARK_PAGE) < LEAST_CONTRAST) {
                element.addClass(CLASS);
            }
        }
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
