package org.handbookpress.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import java.util.List;

/**
 * The fonts embedded (subset) in every PDF: Liberation Sans, Serif and Mono for text (SIL Open Font
 * Licence, from the openpdf-fonts-extra jar), DejaVu Sans as the fallback for symbols and rarer
 * scripts. Print layouts name them in their CSS font-family lists.
 */
public final class PdfFonts {

    /** The CSS font-family list print layouts should use for body text. */
    public static final String TEXT_FAMILIES = "'Liberation Sans', 'DejaVu Sans'";

    record FontFile(String resource, String family, int weight, FontStyle style) {
    }

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

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        for (FontFile font : FILES) {
            builder.useFont(() -> open(font.resource()), font.family(), font.weight(), font.style(), true);
        }
    }

    static InputStream open(String resource) {
        InputStream in = PdfFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font " + resource + " is missing from the plugin's classpath");
        }
        return in;
    }
}
