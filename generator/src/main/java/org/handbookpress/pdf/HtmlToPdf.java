package org.handbookpress.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Lays out an HTML print document (a print layout's output, parsed by Jsoup) as a tagged PDF/A-3u
 * with OpenHTMLtoPDF, with the embedded fonts, and reproducible bytes. It reads nothing outside the
 * handbook ({@link PrintResources}: the base folder, the folders given to the constructor, the theme),
 * gets large pictures scaled down, and reports what it refused, text that runs off the page and the
 * PDF library's errors as {@link PrintNote}s ({@link #print}).
 * Callers add what the layout engine does not (outline clean-up, form fields) in {@code finish}.
 * Instances keep only scaled pictures and the font files ({@link PdfFonts}) between calls (thread-safe), so
 * pages may be printed from several threads.
 */
public final class HtmlToPdf {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** Keeps nothing between calls: one for every print. */
    private static final RightToLeftText REORDERER = new RightToLeftText();

    private final List<Path> folders;
    private final java.util.function.UnaryOperator<Path> locate;
    private final PrintPictures pictures = new PrintPictures();
    /** Read when the first PDF is printed, then shared by every print of this instance. */
    private PdfFonts fonts;

    /** A printer that reads from each document's base folder and the plugin's theme only. */
    public HtmlToPdf() {
        this(List.of());
    }

    /** @param folders further folders a print may read from (the content, the user's templates); null entries are skipped */
    public HtmlToPdf(List<Path> folders) {
        this(folders, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param folders further folders a print may read from (the content, the user's templates, a site's static folder)
     * @param locate  the file a path under a document's base stands for ({@code AssetFiles.locate}: a Hugo site's
     *                picture, published from its static folder, is looked for beside the page)
     */
    public HtmlToPdf(List<Path> folders, java.util.function.UnaryOperator<Path> locate) {
        QuietLog.install();
        this.folders = folders.stream().filter(java.util.Objects::nonNull).toList();
        this.locate = locate;
    }

    /** The file a path under a document's base is read from. */
    Path locate(Path path) {
        return locate.apply(path);
    }

    /**
     * A laid-out PDF and what the engine noticed on the way.
     *
     * @param notes loads refused, pictures left out, text wider than the page, the PDF library's errors
     */
    public record Printed(byte[] bytes, List<PrintNote> notes) {
    }

    /** The PDF's bytes only; what the engine noticed is dropped (it is still refused, not loaded). */
    public byte[] render(Document html, Path baseDir, PdfMetadata meta, Consumer<PDDocument> finish) throws IOException {
        return print(html, baseDir, meta, finish).bytes();
    }

    /**
     * @param html    the print document; relative image paths resolve against {@code baseDir}
     * @param baseDir the folder relative URLs in the document are resolved from (the site being written)
     * @param finish  runs on the laid-out document before it is saved; may be a no-op
     */
    public Printed print(Document html, Path baseDir, PdfMetadata meta, Consumer<PDDocument> finish) throws IOException {
        return print(html, baseDir, meta, null, finish);
    }

    /**
     * As above, with the PDF's document ID given: the first 16 bytes of {@code inputDigest}, a digest of everything the
     * PDF is made from ({@link PdfCache}), so that its bytes need not be digested after saving; null digests them.
     */
    public Printed print(Document html, Path baseDir, PdfMetadata meta, byte[] inputDigest, Consumer<PDDocument> finish)
            throws IOException {
        return print(html, baseDir, meta, inputDigest, null, finish);
    }

    /**
     * As above, with the document's markup as the caller serialised it ({@link PdfCache} digests it), read for the
     * characters the PDF may draw instead of serialising the document again; null serialises it. The print's own
     * changes to the document (styles moved to its head, fallback fonts, drawings' alt text) add no character a
     * font's substitutions involve.
     */
    Printed print(Document html, Path baseDir, PdfMetadata meta, byte[] inputDigest, String markup, Consumer<PDDocument> finish)
            throws IOException {
        List<Path> readable = new ArrayList<>(folders);
        readable.add(baseDir);
        PrintResources resources = new PrintResources(readable, pictures, locate);
        EngineLog.Captured<byte[]> printed;
        try {
            printed = EngineLog.during(() -> {
                try {
                    return layOut(html, baseDir, meta, inputDigest, markup, finish, resources);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // distinct: a document laid out twice (a table too wide with its words whole) meets the same things twice.
        List<PrintNote> notes = new ArrayList<>(resources.notes().stream().distinct().toList());
        for (String error : printed.errors().stream().distinct().toList()) {
            notes.add(new PrintNote(PrintNote.Kind.ENGINE_ERROR, "", error));
        }
        return new Printed(printed.result(), List.copyOf(notes));
    }

    private byte[] layOut(Document html, Path baseDir, PdfMetadata meta, byte[] inputDigest, String markup,
                          Consumer<PDDocument> finish, PrintResources resources) throws IOException {
        html.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        PageStyles.toHead(html);
        FontFallback.apply(html);
        CheckBoxes.asCharacters(html);
        InlineDrawings.name(html);
        LongWords.mark(html);
        BidiMarks.hide(html);
        if (html.selectFirst("[dir=rtl]") != null) {
            LeftToRightRuns.keepInOrder(html);
            RightToLeftTables.mirror(html);
        }
        // Every character the PDF may draw, for the fonts' substitutions.
        CharSequence characters = markup != null ? markup : html.outerHtml();
        byte[] pdf = layOut(html, baseDir, meta, inputDigest, characters, finish, resources, true);
        return pdf != null ? pdf : layOut(html, baseDir, meta, inputDigest, characters, finish, resources, false);
    }

    /**
     * @param wholeWords true for the first layout, which keeps every ordinary word of a table whole: when that makes a
     *                   table wider than the page, its cells are let break any word ({@link LongWords#breakAnyWord}) and
     *                   null is returned for the caller to lay the document out again
     */
    private byte[] layOut(Document html, Path baseDir, PdfMetadata meta, byte[] inputDigest, CharSequence characters,
                          Consumer<PDDocument> finish, PrintResources resources, boolean wholeWords) throws IOException {
        PdfFonts fonts = fonts();
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(html);
        String baseUri = baseDir.toUri().toString();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .useFastMode()
                    // Lines break where Unicode's rules allow (LineBreaks): never inside a time such as 18:00.
                    .useUnicodeLineBreaker(new com.openhtmltopdf.layout.UrlAwareLineBreakIterator(new LineBreaks()))
                    .withW3cDocument(w3c, baseUri)
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                    .useColorProfile(SRGB)
                    .withProducer("Handbook Press")
                    // The layout engine's own messages (font loading, timings) would flood the build log;
                    // the PDF stage checks what matters (missing glyphs, links) itself.
                    .withDiagnosticConsumer(diagnostic -> { })
                    // Only files of the handbook: never another folder, another jar or the network.
                    .useExternalResourceAccessControl(resources::allows, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useProtocolsStreamImplementation(resources.files(), "file")
                    .useHttpStreamImplementation(resources.nothing())
                    .useProtocolsStreamImplementation(resources.nothing(), "ftp", "jrt");
            if (html.selectFirst("html[dir=rtl]") != null) {
                builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
            }
            // Right-to-left text in its order, Arabic letters joined; a document without any is laid out as before.
            // A right-to-left page needs them for its left-to-right paragraphs too (LeftToRightRuns): without them the
            // engine gives every block the page's direction, whatever its own dir says.
            if (RightToLeftText.present(characters) || html.selectFirst("[dir=rtl]") != null) {
                builder.useUnicodeBidiSplitter(RightToLeftText.splitters())
                        .useUnicodeBidiReorderer(REORDERER);
            }
            // The fonts, and SVG pictures through Batik with scripts and external references refused (SvgDrawer).
            try (PdfFonts.Fonts opened = fonts.register(builder, pdf, characters);
                 PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                java.util.Set<org.w3c.dom.Element> overflowing = LayoutOverflow.overflowing(renderer.getRootBox());
                if (wholeWords) {
                    java.util.Set<Integer> tooWide = LayoutOverflow.tables(overflowing, w3c);
                    if (!tooWide.isEmpty()) {
                        LongWords.breakAnyWord(html, tooWide);
                        return null;
                    }
                }
                return save(renderer, overflowing, meta, inputDigest, finish, resources);
            }
        }
    }

    /**
     * Reads the fonts, and makes them ready for SVG text when {@code svgText}, on a thread of its own, for a caller with
     * a core to spare before the printing starts: otherwise the first print on every worker waits for them (measured on
     * the PDF benchmark: the fonts 0.1 s, Batik's copies for SVG text 0.15 s more, on the first print that has an SVG
     * picture, while the other worker prints). It prints nothing and keeps only what the first print would have made
     * the same way; if it fails, the first print reads the fonts again and reports why.
     */
    public void warmUp(boolean svgText) {
        Thread thread = new Thread(() -> {
            try {
                PdfFonts ready = fonts();
                if (svgText) {
                    ready.readyForSvgText();
                }
            } catch (IOException | RuntimeException e) {
                // left for the first print, which reports it with its file
            }
        }, "handbook-pdf-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many fonts this engine's prints have made part of their documents ({@link PdfFonts#fontsMade}). */
    synchronized int fontsMade() {
        return fonts == null ? 0 : fonts.fontsMade();
    }

    private synchronized PdfFonts fonts() throws IOException {
        if (fonts == null) {
            fonts = PdfFonts.load();
        }
        return fonts;
    }

    private static byte[] save(PdfBoxRenderer renderer, java.util.Set<org.w3c.dom.Element> overflowing, PdfMetadata meta,
                               byte[] inputDigest, Consumer<PDDocument> finish, PrintResources resources) throws IOException {
        for (String text : LayoutOverflow.texts(overflowing)) {
            resources.note(new PrintNote(PrintNote.Kind.TOO_WIDE, text, "'" + PrintFindings.shorten(text)
                    + "' is wider than the page, so the PDF cuts it off or leaves it out"));
        }
        renderer.createPDFWithoutClosing();
        PDDocument doc = renderer.getPdfDocument();
        for (String text : PageOverflow.find(doc)) {
            resources.note(new PrintNote(PrintNote.Kind.TOO_WIDE, text, "the text '" + PrintFindings.shorten(text)
                    + "' runs past the edge of the page, so part of it is cut off in the PDF"));
        }
        HeadingLevels.untangle(doc);
        RepeatedHeaders.asArtifacts(doc);
        ImageInterpolation.off(doc);
        finish.accept(doc);
        return ReproduciblePdf.save(doc, meta, inputDigest);
    }
}
