package org.handbookpress.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Lays out an HTML print document (a print layout's output, parsed by Jsoup) as a tagged PDF/A-3u
 * with OpenHTMLtoPDF, with the embedded fonts, no network access, and reproducible bytes.
 * Callers add what the layout engine does not (outline clean-up, form fields) in {@code finish}.
 * Instances hold no state between calls, so pages may be printed from several threads.
 */
public final class HtmlToPdf {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public HtmlToPdf() {
        QuietLog.install();
    }

    /**
     * @param html    the print document; relative image paths resolve against {@code baseDir}
     * @param baseDir the folder relative URLs in the document are resolved from (the site being written)
     * @param finish  runs on the laid-out document before it is saved; may be a no-op
     */
    public byte[] render(Document html, Path baseDir, PdfMetadata meta, Consumer<PDDocument> finish) throws IOException {
        html.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(html);
        String baseUri = baseDir.toUri().toString();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(w3c, baseUri)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .useColorProfile(SRGB)
                .withProducer("Handbook Press")
                // SVG pictures through Batik, with scripts and external references refused.
                .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                // The layout engine's own messages (font loading, timings) would flood the build log;
                // the PDF stage checks what matters (missing glyphs, links) itself.
                .withDiagnosticConsumer(diagnostic -> { })
                // Only files of the site being printed: a PDF must never fetch anything from the network.
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("file:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        PdfFonts.register(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            finish.accept(doc);
            return ReproduciblePdf.save(doc, meta);
        }
    }
}
