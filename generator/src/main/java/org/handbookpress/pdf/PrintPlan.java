package org.handbookpress.pdf;

import java.util.List;
import org.handbookpress.content.PackConfig;
import org.handbookpress.markdown.PageHtml;

/**
 * The PDFs a build will print, worked out (and checked) without printing anything: every pack with
 * its pages resolved from {@code include:}, in handbook.yml order (a pack matching no page is left
 * out), and the pages that get a PDF of their own.
 */
public record PrintPlan(List<Pack> packs, List<PageHtml> ownPdfs) {

    /** A pack and its pages, in print order. */
    public record Pack(PackConfig config, List<PageHtml> pages) {
    }

    public int count() {
        return packs.size() + ownPdfs.size();
    }
}
