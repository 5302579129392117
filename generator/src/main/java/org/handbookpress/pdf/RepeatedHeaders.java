package org.handbookpress.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * A table's header row, repeated at the top of each page a long table goes on to ({@code -fs-table-paginate} in
 * print.css), tagged once: the layout engine tags every copy as more content of the same header cells, so a screen
 * reader would read a ten-page directory's "Phone" column as "Phone Phone Phone…". The copies after the first page of
 * a header cell become pagination artifacts, as running headers are; what is printed is unchanged.
 */
final class RepeatedHeaders {

    private static final COSName PAGINATION = COSName.getPDFName("Pagination");

    private RepeatedHeaders() {
    }

    static void asArtifacts(PDDocument pdf) throws IOException {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        Map<PDPage, Set<Integer>> copies = new LinkedHashMap<>();
        walk(root.getKids(), false, copies);
        for (Map.Entry<PDPage, Set<Integer>> page : copies.entrySet()) {
            untag(pdf, page.getKey(), page.getValue());
            unlist(root, page.getKey(), page.getValue());
        }
    }

    private static void walk(List<Object> kids, boolean inHead, Map<PDPage, Set<Integer>> copies) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                boolean head = inHead || "THead".equals(element.getStructureType());
                if (head) {
                    keepFirstPage(element, copies);
                }
                walk(element.getKids(), head, copies);
            }
        }
    }

    /** Drops the element's marked content on pages after its first, noting it in {@code copies}. */
    private static void keepFirstPage(PDStructureElement element, Map<PDPage, Set<Integer>> copies) {
        PDPage first = null;
        List<Object> dropped = new ArrayList<>();
        for (Object kid : element.getKids()) {
            PDPage page;
            int mcid;
            if (kid instanceof Integer id) {
                page = element.getPage();
                mcid = id;
            } else if (kid instanceof PDMarkedContentReference reference) {
                page = reference.getPage() != null ? reference.getPage() : element.getPage();
                mcid = reference.getMCID();
            } else {
                continue;
            }
            if (page == null) {
                continue;
            }
            if (first == null) {
                first = page;
            } else if (!page.equals(first)) {
                copies.computeIfAbsent(page, p -> new HashSet<>()).add(mcid);
                dropped.add(kid);
            }
        }
        for (Object kid : dropped) {
            if (kid instanceof Integer id) {
                element.removeKid(COSInteger.get(id));
            } else {
                element.removeKid((PDMarkedContentReference) kid);
            }
        }
    }

    /** Marks the page's marked content with these ids as pagination artifacts. */
    private static void untag(PDDocument pdf, PDPage page, Set<Integer> mcids) throws IOException {
        List<Object> tokens;
        PDFStreamParser parser = new PDFStreamParser(page);
        tokens = parser.parse();
        boolean changed = false;
        for (int i = 2; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")) {
                COSDictionary properties = properties(page, tokens.get(i - 1));
                if (properties != null && mcids.contains(properties.getInt(COSName.MCID))) {
                    COSDictionary artifact = new COSDictionary();
                    artifact.setItem(COSName.TYPE, PAGINATION);
                    tokens.set(i - 2, COSName.ARTIFACT);
                    tokens.set(i - 1, artifact);
                    changed = true;
                }
            }
        }
        if (changed) {
            PDStream stream = new PDStream(pdf);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            page.setContents(stream);
        }
    }

    private static COSDictionary properties(PDPage page, Object operand) {
        if (operand instanceof COSDictionary dictionary) {
            return dictionary;
        }
        if (operand instanceof COSName name && page.getResources() != null) {
            PDPropertyList list = page.getResources().getProperties(name);
            return list == null ? null : list.getCOSObject();
        }
        return null;
    }

    /** Clears the parent tree's entries for the ids, which no longer name marked content of the structure. */
    private static void unlist(PDStructureTreeRoot root, PDPage page, Set<Integer> mcids) throws IOException {
        int key = page.getStructParents();
        if (key < 0 || root.getParentTree() == null) {
            return;
        }
        Object value = root.getParentTree().getValue(key);
        if (value instanceof COSObjectable objectable && objectable.getCOSObject() instanceof COSArray array) {
            for (int mcid : mcids) {
                if (mcid >= 0 && mcid < array.size()) {
                    array.set(mcid, COSNull.NULL);
                }
            }
        }
    }
}
