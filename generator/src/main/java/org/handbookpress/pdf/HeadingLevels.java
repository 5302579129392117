package org.handbookpress.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Heading tags of a printed PDF with no level skipped: PDF/UA lets a heading of level n+1 follow only one of level n or
 * higher (veraPDF 7.4.2-1), and pages as people write them go from {@code ##} to {@code ####} (a heading.skipped-level
 * warning on the website; Kubernetes' community folder has 75). A skipped heading is tagged one level below the heading
 * before it; what it looks like on paper is unchanged. The structure is walked in reading order, as a screen reader
 * reads it.
 */
final class HeadingLevels {

    private HeadingLevels() {
    }

    static void untangle(PDDocument pdf) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            walk(root.getKids(), new int[] {0});
        }
    }

    private static void walk(List<Object> kids, int[] previous) {
        for (Object kid : kids) {
            if (!(kid instanceof PDStructureElement element)) {
                continue;
            }
            String type = element.getStructureType();
            if (type != null && type.length() == 2 && type.charAt(0) == 'H' && type.charAt(1) >= '1' && type.charAt(1) <= '6') {
                int level = type.charAt(1) - '0';
                if (level > previous[0] + 1) {
                    level = previous[0] + 1;
                    element.setStructureType("H" + level);
                }
                previous[0] = level;
            }
            walk(element.getKids(), previous);
        }
    }
}
