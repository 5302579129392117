package org.handbookpress.pdf;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDF/A forbids a picture asking the viewer to smooth it (an image's {@code Interpolate} true: veraPDF 6.2.8-3), which
 * the layout engine asks for some pictures (docsify's documentation printed two). Each picture of each page, and of
 * the drawings on it, is left as it is drawn.
 */
final class ImageInterpolation {

    private ImageInterpolation() {
    }

    static void off(PDDocument pdf) throws IOException {
        Set<COSBase> seen = new HashSet<>();
        for (PDPage page : pdf.getPages()) {
            off(page.getResources(), seen);
        }
    }

    private static void off(PDResources resources, Set<COSBase> seen) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object == null || !seen.add(object.getCOSObject())) {
                continue;
            }
            if (object instanceof PDImageXObject image && image.getInterpolate()) {
                image.setInterpolate(false);
            } else if (object instanceof PDFormXObject form) {
                off(form.getResources(), seen);
            }
        }
    }
}
