package org.handbookpress.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Checks, before printing, that the embedded text fonts have a glyph for every character of a page,
 * so that a missing glyph is a warning naming the file, line and character rather than a blank in
 * the PDF; and that the page's scripts can be printed at all: the PDF engine lays right-to-left text out in its
 * order and joins Arabic's letters ({@link RightToLeftText}), but draws one glyph per character otherwise, so other
 * joining right-to-left scripts (Syriac, N'Ko…) and scripts whose letters join or reorder (Devanagari, Bengali,
 * Thai…) would print unreadable even where a font has the glyphs. The fonts' character maps are read once; lookups are synchronised because fontbox reads
 * its tables lazily.
 */
final class GlyphCoverage {

    /**
     * Below U+0590 (Hebrew, the first right-to-left block) no character is right to left or of a script that needs
     * shaping ({@link #NEEDS_SHAPING}), so there the check is only the fonts' coverage, looked up once per character
     * here rather than for every character of every page: most printed text is in that range.
     */
    static final int BEFORE_RIGHT_TO_LEFT = 0x0590;

    private final List<CmapLookup> cmaps = new ArrayList<>();
    /** Whether the fonts cover each character below {@link #BEFORE_RIGHT_TO_LEFT}. */
    private final boolean[] coveredEarly = new boolean[BEFORE_RIGHT_TO_LEFT];
    /** The parsed fonts, kept with their character maps, which read from them lazily. */
    private final List<TrueTypeFont> fonts = new ArrayList<>();
    private final String familyNames;

    GlyphCoverage() throws IOException {
        Set<String> families = new LinkedHashSet<>();
        for (PdfFonts.FontFile file : PdfFonts.FILES) {
            // The body text families, regular weight: bold and italic cover the same characters.
            if (file.weight() != 400 || file.style() != com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL
                    || !PdfFonts.TEXT_FAMILIES.contains("'" + file.family() + "'")) {
                continue;
            }
            try (InputStream in = PdfFonts.open(file.resource())) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                fonts.add(font);
                cmaps.add(font.getUnicodeCmapLookup());
                families.add(file.family());
            }
        }
        this.familyNames = String.join(", ", families);
        for (int cp = 0; cp < BEFORE_RIGHT_TO_LEFT; cp++) {
            coveredEarly[cp] = covers(cp);
        }
    }

    synchronized boolean covers(int codePoint) {
        if (ignorable(codePoint)) {
            return true;
        }
        for (CmapLookup cmap : cmaps) {
            if (cmap.getGlyphId(codePoint) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Scripts the engine cannot shape although they are written left to right. */
    private static final Set<Character.UnicodeScript> NEEDS_SHAPING = Set.of(Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.TIBETAN,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER, Character.UnicodeScript.MONGOLIAN);

    /**
     * Scripts already reported, for the whole handbook: a script the PDFs cannot print is one thing to fix (or accept),
     * named once at its first page and line, not on every page. Pages are checked one after another, in order.
     */
    private final Set<Character.UnicodeScript> scriptsReported = new LinkedHashSet<>();

    /**
     * Reports each missing character once per page, and each script that cannot be printed once per handbook (of
     * this instance), at its first line.
     */
    void check(String file, String title, Element content, Findings findings) {
        Set<Integer> reported = new LinkedHashSet<>();
        checkText(file, 1, title, reported, scriptsReported, findings);
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && text.parent() instanceof Element parent) {
                checkText(file, SourceLines.of(parent), text.getWholeText(), reported, scriptsReported, findings);
            }
        }, content);
    }

    private void checkText(String file, int line, String text, Set<Integer> reported, Set<Character.UnicodeScript> scripts,
                           Findings findings) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < BEFORE_RIGHT_TO_LEFT && coveredEarly[cp]) {
                continue;
            }
            checkScript(file, line, cp, scripts, findings);
            if (!covers(cp) && reported.add(cp)) {
                findings.warning(file, line, "pdf.glyph-missing", "the character " + describe(cp)
                                + " is in none of the PDF fonts (" + familyNames + "), so it cannot be printed",
                        "replace it with a character those fonts have (or with words), or add a font for it to your print.css");
            }
        }
    }

    private static void checkScript(String file, int line, int cp, Set<Character.UnicodeScript> reported, Findings findings) {
        Character.UnicodeScript script = scriptOf(cp);
        if (!unprintableScript(cp) || !reported.add(script)) {
            return;
        }
        boolean rightToLeft = rightToLeft(cp);
        String name = script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        findings.warning(file, line, "pdf.script-unsupported", name + " text (such as " + describe(cp) + ") cannot be printed"
                        + " readably: the PDFs lay " + name + " out "
                        + (rightToLeft ? "in its order but with its letters unjoined" : "a letter at a time, so its letters do not join or combine as they should"),
                "until the PDFs support " + name + ", give readers the web page for this text, or leave the page out of print");
    }

    /**
     * Whether the character is of a script the engine cannot lay out readably: one that needs shaping, left to right,
     * or right to left and joining (Syriac, N'Ko…). Right-to-left text is laid out in its order ({@link RightToLeftText}),
     * and Arabic's letters joined, so Arabic and Hebrew, and Thaana, whose letters do not join, print readably.
     */
    static boolean unprintableScript(int cp) {
        if (Character.getType(cp) == Character.FORMAT) {
            return false; // a mark (RLM, which is right to left) steers the text's order and has nothing to print
        }
        Character.UnicodeScript script = scriptOf(cp);
        if (PRINTABLE_RIGHT_TO_LEFT.contains(script)) {
            return false;
        }
        return rightToLeft(cp) || NEEDS_SHAPING.contains(script);
    }

    /** Right-to-left scripts the PDFs print: in their order, Arabic's letters joined ({@link RightToLeftText}). */
    private static final Set<Character.UnicodeScript> PRINTABLE_RIGHT_TO_LEFT = Set.of(Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.HEBREW, Character.UnicodeScript.THAANA);

    /**
     * The character's script, or for punctuation and marks shared by several scripts (Unicode's Common and Inherited:
     * the Arabic comma, question mark and semicolon, U+060C, U+061F, U+061B) the script of its block, as an author
     * knows it: "Arabic", not "Common".
     */
    static Character.UnicodeScript scriptOf(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
            return script;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == null) {
            return script;
        }
        try {
            return Character.UnicodeScript.forName(block.toString());
        } catch (IllegalArgumentException e) {
            return script; // a block not named for one script (General Punctuation…)
        }
    }

    private static boolean rightToLeft(int cp) {
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * The character, its code and its name: Java's, else ICU's, whose Unicode is newer than Java 17's 13.0 (🫙 JAR, an
     * emoji of 14.0, had none).
     */
    static String describe(int cp) {
        String name = Character.getName(cp) != null ? Character.getName(cp) : com.ibm.icu.lang.UCharacter.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + " '" + new String(Character.toChars(cp)) + "'"
                + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")");
    }

    private static boolean ignorable(int cp) {
        return Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0x00A0 || cp == 0x00AD
                || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F);
    }
}
