package org.handbookpress.slides;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.render.DownloadFile;

/**
 * What the slides stage made: for every slides page with slides, its deck, where its files go, the
 * {@code page.deck} value its layout receives, and the files themselves (the reveal.js deck, and
 * unless only checking, the slides PDF and the handout PDF), in page order.
 */
public record Decks(List<Built> built) {

    /**
     * One deck.
     *
     * @param layout the page layout's {@code deck} value (templates/README.md)
     * @param output site path → bytes of the deck's files
     * @param pdfs   its PDFs as printed (the slides, then the handout), with their sizes and pages; none when none was
     * @param fits   the sizes its too-full slides print at (none when no PDF was printed)
     */
    public record Built(SlideDeck deck, DeckFiles files, Map<String, Object> layout, Map<String, byte[]> output,
                        List<DownloadFile> pdfs, SlideFits fits) {

        public Built {
            pdfs = List.copyOf(pdfs);
        }
    }

    /** The {@link DownloadFile#edition} of a deck's slides PDF, and of its handout. */
    public static final String SLIDES = "slides";
    public static final String HANDOUT = "handout";

    public Decks {
        built = List.copyOf(built);
    }

    /** Per page path, the layout's {@code deck} value. */
    public Map<String, Map<String, Object>> layouts() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        built.forEach(b -> out.put(b.deck().page().path(), b.layout()));
        return out;
    }

    /**
     * The sizes the slides PDF printed the too-full slides of the deck on page {@code path} at, for a pack's handout of
     * it to print them the same way; none for a page that is no deck.
     */
    public SlideFits fits(String path) {
        return built.stream().filter(b -> b.deck().page().path().equals(path)).map(Built::fits).findFirst().orElse(SlideFits.NONE);
    }

    /** Every file of every deck, site path → bytes, in page order. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        built.forEach(b -> out.putAll(b.output()));
        return out;
    }

    /** The number of PDFs among the files, and their pages. */
    public int pdfCount() {
        return (int) built.stream().flatMap(b -> b.output().keySet().stream()).filter(p -> p.endsWith(".pdf")).count();
    }

    public int pdfPages() {
        return built.stream().flatMap(b -> b.pdfs().stream()).mapToInt(DownloadFile::pages).sum();
    }

    /** Per page path, the PDFs printed of its deck, for the Downloads page; only the decks with any, in page order. */
    public Map<String, List<DownloadFile>> pdfFiles() {
        Map<String, List<DownloadFile>> out = new LinkedHashMap<>();
        built.stream().filter(b -> !b.pdfs().isEmpty()).forEach(b -> out.put(b.deck().page().path(), b.pdfs()));
        return out;
    }
}
