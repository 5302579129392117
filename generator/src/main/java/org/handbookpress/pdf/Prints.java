package org.handbookpress.pdf;

import java.util.List;
import java.util.Map;
import org.handbookpress.render.PackDownload;

/**
 * What the PDF stage printed: the packs (for the layouts' download lists), the site path of each
 * page's own PDF by page path, and the files to write.
 *
 * @param largePrintPdfs per page path, the site path of its large-print PDF (editions: [large-print])
 * @param files    site path → PDF bytes, in print order
 * @param pdfPages the total number of pages of every PDF printed
 */
public record Prints(List<PackDownload> packs, Map<String, String> pagePdfs, Map<String, String> largePrintPdfs,
                     Map<String, byte[]> files, int pdfPages) {

    public static Prints none() {
        return new Prints(List.of(), Map.of(), Map.of(), Map.of(), 0);
    }
}
