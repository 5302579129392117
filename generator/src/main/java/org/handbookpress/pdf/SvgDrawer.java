package org.handbookpress.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/**
 * Batik, drawing one print's SVG pictures (scripts and outside references refused), with the PDF fonts made
 * ready for SVG text once for all prints. Given the fonts per print, as the engine's own builder does it, Batik
 * took a SHA-256 of every font file (5 MB) to look each up in its cache, for every print: a third of the CPU of
 * printing 41 PDFs, on the quick compiler that has no fast SHA-256. A print whose style sheets have
 * {@code @font-face} rules of their own gets a resolver of its own, with those fonts and the PDF fonts, as before.
 */
final class SvgDrawer extends BatikSVGDrawer {

    /** The PDF fonts for every print without {@code @font-face} rules, made when first asked for; only read once made. */
    private final Supplier<OpenHtmlFontResolver> shared;
    /** Adds the PDF fonts to a resolver. */
    private final Consumer<OpenHtmlFontResolver> pdfFonts;
    /** Whether this print has a resolver of its own. */
    private boolean ownFonts;

    SvgDrawer(Supplier<OpenHtmlFontResolver> shared, Consumer<OpenHtmlFontResolver> pdfFonts) {
        super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
        this.shared = shared;
        this.pdfFonts = pdfFonts;
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext context, double cssWidth, double cssHeight, double dotsPerPixel) {
        useSharedFontsUnlessOwn();
        return super.buildSVGImage(svg, box, context, cssWidth, cssHeight, dotsPerPixel);
    }

    @Override
    public SVGImage buildStandaloneSVGImage(Element svg, String uri, double width, double height, double dotsPerPixel) {
        useSharedFontsUnlessOwn();
        return super.buildStandaloneSVGImage(svg, uri, width, height, dotsPerPixel);
    }

    private void useSharedFontsUnlessOwn() {
        if (!ownFonts) {
            fontResolver = shared.get();
        }
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext context) {
        if (fontFaces.isEmpty()) {
            return;
        }
        ownFonts = true;
        super.importFontFaceRules(fontFaces, context); // a resolver of this print's own
        pdfFonts.accept(fontResolver);
    }

    /** The engine is given no fonts for SVG pictures ({@link PdfFonts#register}): they are in the resolver already. */
    @Override
    public void addFontStream(FSSupplier<InputStream> supplier, String family, Integer weight, FontStyle style) {
        throw new IllegalStateException("SVG fonts come from PdfFonts, not from the engine");
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
        throw new IllegalStateException("SVG fonts come from PdfFonts, not from the engine");
    }
}
