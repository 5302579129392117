package org.handbookpress.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Finishes the fillable exercise fields OpenHTMLtoPDF created from the print layout's textareas:
 * <ul>
 * <li>PDF/A forbids asking the viewer to draw the fields ({@code NeedAppearances}), so each field
 *     gets its appearance stream now;</li>
 * <li>OpenHTMLtoPDF adds fields in hash order, which would change the file's bytes from one build
 *     to the next; fields and widgets are put in reading order (page, then top to bottom).</li>
 * </ul>
 */
final class FormFields {

    private static final int ANSWER_POINTS = 11;

    private FormFields() {
    }

    static void finish(PDDocument pdf) {
        PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
        if (form == null) {
            return;
        }
        List<PDField> fields = new ArrayList<>(form.getFields());
        fields.sort(Comparator.comparingInt((PDField f) -> pageIndex(pdf, f)).thenComparingDouble(f -> -top(f))
                .thenComparing(PDField::getFullyQualifiedName));
        form.setFields(fields);
        TaggedFields.tag(pdf, fields);
        for (PDField field : fields) {
            // OpenHTMLtoPDF asks for auto-sized text (size 0), which shrinks long answers to nothing;
            // answers are written at the size of the body text instead.
            if (field instanceof PDTextField text && text.getDefaultAppearance().contains(" 0 Tf")) {
                text.setDefaultAppearance(text.getDefaultAppearance().replace(" 0 Tf", " " + ANSWER_POINTS + " Tf"));
            }
        }
        for (PDPage page : pdf.getPages()) {
            sortWidgets(page);
        }
        dropUnusedFonts(form, fields);
        try {
            form.refreshAppearances();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        form.setNeedAppearances(false);
    }

    /**
     * PDFBox gives every new form Helvetica and ZapfDingbats, which are never embedded; the fields use
     * the embedded text font, so fonts no field names are dropped rather than shipped unembedded.
     */
    private static void dropUnusedFonts(PDAcroForm form, List<PDField> fields) {
        PDResources resources = form.getDefaultResources();
        if (resources == null) {
            return;
        }
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            return;
        }
        StringBuilder appearances = new StringBuilder();
        String first = null;
        for (PDField field : fields) {
            if (field instanceof PDTextField text && text.getDefaultAppearance() != null) {
                appearances.append(' ').append(text.getDefaultAppearance());
                first = first == null ? text.getDefaultAppearance() : first;
            }
        }
        if (first == null) {
            return;
        }
        for (COSName name : new ArrayList<>(fonts.keySet())) {
            if (!appearances.toString().contains("/" + name.getName() + " ")) {
                fonts.removeItem(name);
            }
        }
        // The form's own default appearance named one of the dropped fonts: use the fields' instead.
        form.setDefaultAppearance(first);
    }

    /** Reorders the page's widgets top to bottom, leaving other annotations (links) where they are. */
    private static void sortWidgets(PDPage page) {
        List<PDAnnotation> annotations;
        try {
            annotations = new ArrayList<>(page.getAnnotations());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PDAnnotationWidget> widgets = new ArrayList<>();
        for (PDAnnotation a : annotations) {
            if (a instanceof PDAnnotationWidget w) {
                widgets.add(w);
            }
        }
        if (widgets.size() < 2) {
            return;
        }
        widgets.sort(Comparator.comparingDouble((PDAnnotationWidget w) -> -w.getRectangle().getUpperRightY())
                .thenComparingDouble(w -> w.getRectangle().getLowerLeftX()));
        int next = 0;
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i) instanceof PDAnnotationWidget) {
                annotations.set(i, widgets.get(next++));
            }
        }
        page.setAnnotations(annotations);
    }

    private static int pageIndex(PDDocument pdf, PDField field) {
        List<PDAnnotationWidget> widgets = field.getWidgets();
        if (widgets.isEmpty() || widgets.get(0).getPage() == null) {
            return Integer.MAX_VALUE;
        }
        return pdf.getPages().indexOf(widgets.get(0).getPage());
    }

    private static double top(PDField field) {
        List<PDAnnotationWidget> widgets = field.getWidgets();
        return widgets.isEmpty() ? 0 : widgets.get(0).getRectangle().getUpperRightY();
    }
}
