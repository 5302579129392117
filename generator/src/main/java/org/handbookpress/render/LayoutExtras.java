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
 */
public record LayoutExtras(List<PackDownload> packs, Map<String, String> pagePdfs, Map<String, String> largePrintPdfs,
                           Map<String, Map<String, Object>> decks) {

    public LayoutExtras {
        packs = List.copyOf(packs);
        pagePdfs = Map.copyOf(pagePdfs);
        largePrintPdfs = Map.copyOf(largePrintPdfs);
        decks = Map.copyOf(decks);
    }

    public static LayoutExtras none() {
        return new LayoutExtras(List.of(), Map.of(), Map.of(), Map.of());
    }
}
