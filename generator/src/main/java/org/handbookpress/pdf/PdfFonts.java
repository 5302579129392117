package org.handbookpress.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts embedded (subset) in every PDF: Liberation Sans, Serif and Mono for text (SIL Open Font
 * Licence, from the openpdf-fonts-extra jar), DejaVu Sans as the fallback for symbols and rarer
 * scripts. Print layouts name them in their CSS font-family lists.
 *
 * <p>The font files are read from the plugin's jar once per instance, and parsed once for each print running
 * at the same time, not once per PDF (parsing them was a tenth of a print's time). PDFBox applies a
 * font's glyph substitutions (its GSUB table) to every word it draws in that font, building and compiling a
 * regular expression of all the font's substitutable glyph sequences for each word: over half the time of
 * printing a text-heavy PDF went there. The Liberation fonts' only substitutions compose IPA tone letters
 * (U+02E5–U+02E9), so a font gets substitution switched off for a document that has none of the characters
 * its substitutions involve, which draws exactly the same glyphs; otherwise it is on, as before.
 */
public final class PdfFonts {

    /** The CSS font-family list print layouts should use for body text. */
    public static final String TEXT_FAMILIES = "'Liberation Sans', 'DejaVu Sans'";

    record FontFile(String resource, String family, int weight, FontStyle style) {
    }

    /**
     * CSS's generic families, each drawn with one of the embedded families, so that a style whose font list ends
     * with one ({@code font-family: Arial, sans-serif}), and an element the layout engine's own style sheet gives one
     * ({@code samp} and {@code pre} are monospace, the default is serif), find a font. The engine does not fall back
     * by itself: with no font for an element it stopped the print, or left that text and what followed out of the PDF.
     * The engine looks serif, sans-serif and monospace up as Java's names for them (Serif, SansSerif, Monospaced).
     */
    static final Map<String, List<String>> GENERIC_FAMILIES = Map.of(
            "Liberation Sans", List.of("SansSerif", "system-ui", "ui-sans-serif", "ui-rounded", "cursive", "fantasy"),
            "Liberation Serif", List.of("Serif", "ui-serif"),
            "Liberation Mono", List.of("Monospaced", "ui-monospace"));

    static final List<FontFile> FILES = List.of(
            new FontFile("/liberation/LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL),
            new FontFile("/liberation/LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL),
            new FontFile("/liberation/LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC),
            new FontFile("/liberation/LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, FontStyle.ITALIC),
            new FontFile("/liberation/LiberationSerif-Regular.ttf", "Liberation Serif", 400, FontStyle.NORMAL),
            new FontFile("/liberation/LiberationSerif-Bold.ttf", "Liberation Serif", 700, FontStyle.NORMAL),
            new FontFile("/liberation/LiberationSerif-Italic.ttf", "Liberation Serif", 400, FontStyle.ITALIC),
            new FontFile("/liberation/LiberationMono-Regular.ttf", "Liberation Mono", 400, FontStyle.NORMAL),
            new FontFile("/liberation/LiberationMono-Bold.ttf", "Liberation Mono", 700, FontStyle.NORMAL),
            new FontFile("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new FontFile("/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL));

    /** Each file's bytes, in the order of {@link #FILES}. */
    private final List<byte[]> files;
    /** For each file, the characters whose glyphs are part of one of its glyph substitutions. */
    private final List<Set<Integer>> substituted;
    /** Parsed fonts (one of each file, or null until used) that no print is using; a print takes one set. */
    private final Queue<TrueTypeFont[]> idle = new ConcurrentLinkedQueue<>();
    /** Each embedded font's line metrics, as the layout engine first read them, for every later print (see {@link Metrics}). */
    private final Metrics metrics = new Metrics();
    /** How many fonts the prints have made part of their documents (for tests: each is a widths table built). */
    private final java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
    /** The fonts for SVG text, shared by every print ({@link SvgDrawer}); null until a print asks. */
    private OpenHtmlFontResolver svgFonts;

    private PdfFonts(List<byte[]> files, List<Set<Integer>> substituted) {
        this.files = files;
        this.substituted = substituted;
    }

    /** Reads every font file and the characters their substitutions involve. */
    static PdfFonts load() throws IOException {
        List<byte[]> files = new ArrayList<>();
        List<Set<Integer>> substituted = new ArrayList<>();
        for (FontFile font : FILES) {
            byte[] bytes;
            try (InputStream in = open(font.resource())) {
                bytes = in.readAllBytes();
            }
            files.add(bytes);
            try (TrueTypeFont ttf = parse(bytes)) {
                substituted.add(Set.copyOf(substitutedCharacters(ttf)));
            }
        }
        return new PdfFonts(List.copyOf(files), List.copyOf(substituted));
    }

    /** The characters the glyph substitutions of the font file {@code resource} involve (empty when it has none). */
    Set<Integer> substitutedCharacters(String resource) {
        for (int i = 0; i < FILES.size(); i++) {
            if (FILES.get(i).resource().equals(resource)) {
                return substituted.get(i);
            }
        }
        throw new IllegalArgumentException("not a PDF font: " + resource);
    }

    /**
     * Registers every font with the builder of a print into {@code doc}. A font file is parsed when a print
     * first uses it, and the parsed font is kept for the next print ({@link Fonts#close} hands it back): the
     * PDF keeps only a subset of the glyphs, made when the document is saved, so a font serves one print at a time.
     *
     * @param text all the document's text (its markup will do): a font's substitutions are applied only when
     *             the text has a character they involve
     */
    Fonts register(PdfRendererBuilder builder, PDDocument doc, CharSequence text) {
        BitSet characters = new BitSet();
        text.codePoints().forEach(characters::set);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        TrueTypeFont[] borrowed = idle.poll();
        Fonts fonts = new Fonts(borrowed == null ? new TrueTypeFont[FILES.size()] : borrowed);
        for (int i = 0; i < FILES.size(); i++) {
            int index = i;
            FontFile font = FILES.get(i);
            byte[] bytes = files.get(i);
            boolean substitutions = substituted.get(i).stream().anyMatch(characters::get);
            List<String> names = new ArrayList<>();
            names.add(font.family());
            names.addAll(GENERIC_FAMILIES.getOrDefault(font.family(), List.of()));
            for (String name : names) {
                // A font the document uses under two names is embedded twice, each a subset of the glyphs it draws.
                builder.useFont(new PDFontSupplier(null) {
                    @Override
                    public PDFont supply() {
                        try {
                            TrueTypeFont ttf = fonts.parsed(index, bytes);
                            ttf.setEnableGsub(substitutions); // read by PDType0Font as it is made
                            made.incrementAndGet();
                            return PDType0Font.load(doc, ttf, true);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot read the font " + font.resource(), e);
                        }
                    }
                }, name, font.weight(), font.style(), true);
            }
        }
        // SVG pictures' text is drawn by Batik, with the fonts made ready for it once (SvgDrawer).
        builder.useSVGDrawer(new SvgDrawer(this::svgFonts, this::addSvgFonts));
        return fonts;
    }

    /** How many fonts the prints so far have made part of their documents. */
    int fontsMade() {
        return made.get();
    }

    /** Makes the fonts for SVG text now, rather than when the first SVG picture is printed ({@link HtmlToPdf#warmUp}). */
    void readyForSvgText() {
        svgFonts();
    }

    /** The fonts as Batik draws SVG text with them, made once: the first picture printed fills them. */
    private synchronized OpenHtmlFontResolver svgFonts() {
        if (svgFonts == null) {
            OpenHtmlFontResolver resolver = new OpenHtmlFontResolver();
            addSvgFonts(resolver);
            svgFonts = resolver;
        }
        return svgFonts;
    }

    /** Adds the PDF fonts to a resolver of Batik's: the shared one, or a print's own with its {@code @font-face} fonts. */
    private void addSvgFonts(OpenHtmlFontResolver resolver) {
        try {
            for (int i = 0; i < FILES.size(); i++) {
                byte[] bytes = files.get(i);
                FontFile font = FILES.get(i);
                resolver.addFontStream(() -> new ByteArrayInputStream(bytes), font.family(), font.weight(), font.style());
            }
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the PDF fonts cannot be read for SVG pictures: " + e.getMessage(), e);
        }
    }

    /**
     * The line metrics (ascent, descent, underline) of the embedded fonts, kept from the first print for every print
     * after it. The layout engine measures a line by every font of its family list, so without them each print made
     * the fallback DejaVu Sans a font of its document, its widths table built and read back for all its 6,000 glyphs,
     * to read two numbers, though the text hardly ever draws a glyph of it (the PDF benchmark's fonts made: 3.8% of
     * its samples before, 1.9% after; its PDFs embed only Liberation Sans either way, and are the same bytes). The engine keys a family's metrics by its name, weight and
     * style; only the names this class registers are kept, the same font files in every print. A style sheet's own
     * {@code @font-face} under one of those names would be measured as the embedded font of the name.
     */
    private static final class Metrics implements FSCacheEx<String, FSCacheValue> {
        private static final Set<String> FAMILIES = families();
        private final Map<String, FSCacheValue> kept = new ConcurrentHashMap<>();

        private static Set<String> families() {
            Set<String> names = new java.util.HashSet<>();
            for (FontFile font : FILES) {
                names.add(font.family());
                names.addAll(GENERIC_FAMILIES.getOrDefault(font.family(), List.of()));
            }
            return Set.copyOf(names);
        }

        /** Whether the engine's key ({@code font-metrics2:Liberation Sans:400:normal}) names a registered family. */
        private static boolean ours(String key) {
            int end = key.lastIndexOf(':', key.lastIndexOf(':') - 1);
            return end > 0 && FAMILIES.contains(key.substring(key.indexOf(':') + 1, end));
        }

        @Override
        public void put(String key, FSCacheValue value) {
            if (ours(key)) {
                kept.putIfAbsent(key, value);
            }
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> make) {
            FSCacheValue value = get(key);
            if (value != null) {
                return value;
            }
            try {
                value = make.call();
            } catch (Exception e) {
                throw new IllegalStateException("font metrics for " + key + ": " + e.getMessage(), e);
            }
            put(key, value);
            return value;
        }

        @Override
        public FSCacheValue get(String key) {
            return kept.get(key);
        }
    }

    /** The parsed fonts one print uses; closing hands them back for the next print, once its PDF is saved. */
    final class Fonts implements Closeable {
        private final TrueTypeFont[] parsed;

        private Fonts(TrueTypeFont[] parsed) {
            this.parsed = parsed;
        }

        private TrueTypeFont parsed(int index, byte[] bytes) throws IOException {
            if (parsed[index] == null) {
                parsed[index] = parse(bytes);
            }
            return parsed[index];
        }

        @Override
        public void close() {
            idle.add(parsed);
        }
    }

    static InputStream open(String resource) {
        InputStream in = PdfFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font " + resource + " is missing from the plugin's classpath");
        }
        return in;
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static Set<Integer> substitutedCharacters(TrueTypeFont ttf) throws IOException {
        GsubData gsub = ttf.getGsubData();
        Set<Integer> characters = new TreeSet<>();
        if (gsub == GsubData.NO_DATA_FOUND) {
            return characters;
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        for (String name : gsub.getSupportedFeatures()) {
            ScriptFeature feature = gsub.getFeature(name);
            for (List<Integer> glyphs : feature.getAllGlyphIdsForSubstitution()) {
                for (int glyph : glyphs) {
                    List<Integer> codes = cmap == null ? null : cmap.getCharCodes(glyph);
                    if (codes != null) {
                        characters.addAll(codes);
                    }
                }
            }
        }
        return characters;
    }
}
