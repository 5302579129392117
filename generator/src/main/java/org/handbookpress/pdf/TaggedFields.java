package org.handbookpress.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Puts each form field's widget in the PDF's structure tree inside a {@code Form} element, as PDF/UA
 * requires (OpenHTMLtoPDF tags text, links and pictures, not form controls). The element goes at the
 * end of the part (the top-level structure element) the field's page belongs to, which is where
 * exercises stand in a chapter, so assistive technology meets the field after its question.
 */
final class TaggedFields {

    private TaggedFields() {
    }

    static void tag(PDDocument pdf, List<PDField> fields) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        PDStructureElement document = firstElement(root.getKids());
        if (document == null) {
            return;
        }
        // OpenHTMLtoPDF writes the parent tree as one flat /Nums array; the fields are appended to it.
        COSDictionary parentTree = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
        if (parentTree == null) {
            parentTree = new COSDictionary();
            root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        }
        if (parentTree.containsKey(COSName.KIDS)) {
            return;
        }
        COSArray nums = parentTree.getCOSArray(COSName.NUMS);
        if (nums == null) {
            nums = new COSArray();
            parentTree.setItem(COSName.NUMS, nums);
        }
        int nextKey = root.getParentTreeNextKey();
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            if (nums.getObject(i) instanceof COSInteger key) {
                nextKey = Math.max(nextKey, key.intValue() + 1);
            }
        }
        for (PDField field : fields) {
            for (PDAnnotationWidget widget : field.getWidgets()) {
                PDPage page = widget.getPage();
                PDStructureElement parent = partFor(pdf, document, page);
                PDStructureElement form = new PDStructureElement(StandardStructureTypes.FORM, parent);
                form.setPage(page);
                if (field.getAlternateFieldName() != null) {
                    form.setAlternateDescription(field.getAlternateFieldName());
                }
                PDObjectReference reference = new PDObjectReference();
                reference.setReferencedObject(widget);
                reference.setPage(page);
                form.appendKid(reference);
                parent.appendKid(form);
                widget.setStructParent(nextKey);
                nums.add(COSInteger.get(nextKey));
                nums.add(form.getCOSObject());
                nextKey++;
            }
        }
        root.setParentTreeNextKey(nextKey);
    }

    /** The last top-level element that starts on or before the page, else the document itself. */
    private static PDStructureElement partFor(PDDocument pdf, PDStructureElement document, PDPage page) {
        int target = pdf.getPages().indexOf(page);
        PDStructureElement best = document;
        for (Object kid : document.getKids()) {
            if (kid instanceof PDStructureElement element && element.getPage() != null) {
                int start = pdf.getPages().indexOf(element.getPage());
                if (start >= 0 && start <= target) {
                    best = element;
                }
            }
        }
        return best;
    }

    private static PDStructureElement firstElement(List<Object> kids) {
        List<Object> all = new ArrayList<>(kids);
        for (Object kid : all) {
            if (kid instanceof PDStructureElement element) {
                return element;
            }
        }
        return null;
    }
}
