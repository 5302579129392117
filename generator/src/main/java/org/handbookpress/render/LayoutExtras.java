package org.handbookpress.render;

import java.util.List;
import java.util.Map;

/**
 * What the PDF and slide stages made that the layouts link to: the one hand-off from those stages
 * to the site's layouts. HandbookBuild builds it from the stages' results ({@code Prints},
 * {@code Decks}); a stage that adds something for the layouts adds it here.
 *
 * @param packs    the packs printed, in handbook.yml order
 * @param pagePdfs per page path, the site path of the page's own PDF
 * @param largePrintPdfs per page path, the site path of its large-print PDF
 * @param decks    per slides page path, its {@code page.deck} value (templates/README.md)
 * @param pageFiles per page path, every PDF printed of that page alone (its own PDF and large-print edition, a deck's
 *                 slides and handout), first the one the Downloads page links by the page's title
 */
public record LayoutExtras(List<PackDownload> packs, Map<String, String> pagePdfs, Map<String, String> largePrintPdfs,
                           Map<String, Map<String, Object>> decks, Map<String, List<DownloadFile>> pageFiles) {

    public LayoutExtras {
        packs = List.copyOf(packs);
        pagePdfs = Map.copyOf(pagePdfs);
        largePrintPdfs = Map.copyOf(largePrintPdfs);
        decks = Map.copyOf(decks);
        Map<String, List<DownloadFile>> files = new java.util.HashMap<>();
        pageFiles.forEach((path, list) -> files.put(path, List.copyOf(list)));
        pageFiles = Map.copyOf(files);
    }

    public static LayoutExtras none() {
        return new LayoutExtras(List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }
}
