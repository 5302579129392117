package org.handbookpress.slides;

import org.handbookpress.content.Page;

/**
 * Where a deck's files go, as site paths. The HTML deck sits beside its page
 * ({@code training/intro.html} → {@code training/intro.slides.html}), so every relative link and image
 * in the slides resolves from the deck exactly as from the page; the PDFs go under {@code downloads/}.
 */
public record DeckFiles(String page, String deck, String slidesPdf, String handoutPdf) {

    public static DeckFiles of(Page page) {
        String url = page.url();
        String stem = url.endsWith(".html") ? url.substring(0, url.length() - 5) : url;
        return new DeckFiles(url, stem + ".slides.html", "downloads/" + stem + "-slides.pdf", "downloads/" + stem + "-handout.pdf");
    }
}
