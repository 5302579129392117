package org.handbookpress.pdf;

import java.util.List;
import java.util.Map;
import org.handbookpress.render.DownloadFile;
import org.handbookpress.render.PackDownload;

/**
 * What the PDF stage printed: the packs (for the layouts' download lists), the site path of each
 * page's own PDF by page path, and the files to write.
 *
 * @param largePrintPdfs per page path, the site path of its large-print PDF (editions: [large-print])
 * @param pageFiles per page path, its own PDFs (standard, then large print) with their sizes and pages, for the
 *                  Downloads page's list of every file
 * @param files    site path → PDF bytes, in print order
 * @param pdfPages the total number of pages of every PDF printed
 */
public record Prints(List<PackDownload> packs, Map<String, String> pagePdfs, Map<String, String> largePrintPdfs,
                     Map<String, List<DownloadFile>> pageFiles, Map<String, byte[]> files, int pdfPages) {

    public static Prints none() {
        return new Prints(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0);
    }
}
