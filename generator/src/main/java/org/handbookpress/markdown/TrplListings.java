package org.handbookpress.markdown;

import java.util.Map;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The Rust book's listings, which its own mdBook preprocessor (mdbook-trpl's trpl-listing) turns into figures:
 * <pre>
 * &lt;Listing number="1-1" file-name="src/main.rs" caption="A program that prints `Hello, world!`"&gt;
 *
 * ```rust
 * fn main() { … }
 * ```
 *
 * &lt;/Listing&gt;
 * </pre>
 * is a {@code <figure class="listing" id="listing-1-1">}: the file's name above the code ("Filename: src/main.rs"), and
 * "Listing 1-1: A program that prints {@code Hello, world!}" as its caption, the caption's Markdown read as the page's
 * own text is. Without this, {@code <Listing>} was HTML no page may use, and the build kept the code but dropped the
 * number, the caption and the file name, which the book's text refers to ("enter the code in Listing 1-1").
 *
 * <p>Only for a book whose book.toml runs that preprocessor: elsewhere {@code <listing>} is an old HTML element (shown
 * as preformatted text by browsers), and is handled as any other HTML a page may not use. Runs before the sanitiser,
 * which then judges the figure as it does any other.
 */
public final class TrplListings implements HtmlPass {

    /** The preprocessor's name in book.toml ({@code [preprocessor.trpl-listing]}). */
    public static final String PREPROCESSOR = "trpl-listing";

    private final PageLabels labels;
    private final MarkdownConverter converter;

    /**
     * @param labels    the words around a listing ("Listing", "Filename"), in the page's language
     * @param converter the pages' own converter, for the captions' Markdown
     */
    public TrplListings(PageLabels labels, MarkdownConverter converter) {
        this.labels = labels;
        this.converter = converter;
    }

    @Override
    public void apply(PageHtml page) {
        if (!page.mayHold("<Listing")) {
            return;
        }
        Labels words = labels.of(page.page().path());
        for (Element listing : page.content().getElementsByTag("listing")) {
            Element figure = new Element("figure").addClass("listing");
            String number = listing.attr("number").strip();
            if (!number.isEmpty()) {
                figure.id("listing-" + number); // the preprocessor's id, which the book's links may name
            }
            String file = listing.attr("file-name").strip();
            if (!file.isEmpty()) {
                figure.appendElement("p").addClass("listing-file").text(words.format("listing.file", Map.of("file", file)));
            }
            figure.insertChildren(-1, new java.util.ArrayList<>(listing.childNodes())); // moved: a listing inside is found after
            String caption = listing.attr("caption").strip();
            if (!number.isEmpty() || !caption.isEmpty()) {
                Element figcaption = figure.appendElement("figcaption");
                if (!number.isEmpty()) {
                    figcaption.appendText(words.format("listing.number", Map.of("number", number)) + (caption.isEmpty() ? "" : ": "));
                }
                if (!caption.isEmpty()) {
                    figcaption.append(inline(caption, line(listing)));
                }
            }
            listing.replaceWith(figure);
        }
    }

    /** The caption's Markdown as HTML, without the paragraph a line of Markdown is. */
    private String inline(String markdown, int line) {
        Element body = Jsoup.parseBodyFragment(converter.toHtml(markdown, line)).body();
        Element only = body.children().size() == 1 && body.child(0).tagName().equals("p") ? body.child(0) : body;
        return only.html();
    }

    /** The listing's line, near enough: its first located element's (the code), as its own tag carries none. */
    private static int line(Element listing) {
        Element located = listing.selectFirst("[" + MarkdownConverter.LINE + "]");
        return SourceLines.of(located != null ? located : listing);
    }
}
