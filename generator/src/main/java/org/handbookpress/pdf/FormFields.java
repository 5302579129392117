package org.handbookpress.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

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
        for (PDPage page : pdf.getPages()) {
            sortWidgets(page);
        }
        try {
            form.refreshAppearances();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        form.setNeedAppearances(false);
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
