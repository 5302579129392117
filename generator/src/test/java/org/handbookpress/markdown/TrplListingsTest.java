package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrplListingsTest {

    /** A chapter as The Rust Programming Language writes its listings (src/ch01-02-hello-world.md, ch05-01 in a quote). */
    private static final Map<String, String> BOOK = Map.of(
            "SUMMARY.md", "# Summary\n\n- [Hello, world!](hello.md)\n",
            "hello.md", """
                    # Hello, world!

                    Enter the code in Listing 1-1.

                    <Listing number="1-1" file-name="main.rs" caption="A program that prints `Hello, world!`">

                    ```rust
                    fn main() {
                        println!("Hello, world!");
                    }
                    ```

                    </Listing>

                    <Listing file-name="src/lib.rs">

                    ```rust
                    pub fn add() {}
                    ```

                    </Listing>

                    > <Listing number="5-2" caption='Using `user1`, *again*'>
                    >
                    > ```rust
                    > let user2 = user1;
                    > ```
                    >
                    > </Listing>
                    """);

    private static final String BOOK_TOML = """
            [book]
            title = "The Rust Programming Language"

            [preprocessor.trpl-listing]
            command = "cargo run --manifest-path packages/mdbook-trpl/Cargo.toml --bin mdbook-trpl-listing"
            output-mode = "default"
            """;

    /**
     * In a book whose book.toml runs mdbook-trpl's trpl-listing, a listing is a figure as that preprocessor makes it: its
     * code, its file's name above it and "Listing 1-1: …" as its caption (its Markdown read), with the preprocessor's id.
     * The build dropped the element with its number, caption and file name, which the text refers to, and said once a
     * listing that its HTML was not allowed (424 such notices in the Rust book).
     */
    @Test
    void aListingIsAFigureWithItsNumberCaptionAndFileName(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), BOOK);
        Files.writeString(content.getParent().resolve("book.toml"), BOOK_TOML);
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertEquals(List.of(), codes(result));
        Document page = TestHandbooks.page(out, "hello.html");
        List<Element> figures = page.select("main figure.listing");
        assertEquals(3, figures.size(), page.select("main").html());
        Element first = figures.get(0);
        assertEquals("listing-1-1", first.id());
        assertEquals(List.of("p", "pre", "figcaption"), first.children().stream().map(Element::tagName).toList());
        assertEquals("Filename: main.rs", first.selectFirst(".listing-file").text());
        assertEquals("fn main() {\n    println!(\"Hello, world!\");\n}", first.selectFirst("pre code").wholeText().strip());
        assertEquals("Listing 1-1: A program that prints Hello, world!", first.selectFirst("figcaption").text());
        assertEquals("Hello, world!", first.selectFirst("figcaption code").text(), "the caption's Markdown is read");
        Element second = figures.get(1);
        assertEquals("", second.id());
        assertNull(second.selectFirst("figcaption"), "no number and no caption: no caption");
        assertEquals("Filename: src/lib.rs", second.selectFirst(".listing-file").text());
        Element quoted = figures.get(2);
        assertEquals("blockquote", quoted.parent().tagName());
        assertEquals("Listing 5-2: Using user1, again", quoted.selectFirst("figcaption").text());
        assertEquals("again", quoted.selectFirst("figcaption em").text());
        assertNull(page.selectFirst("main listing"));
    }

    /** Elsewhere <listing> is HTML a page may not use, as before: its content kept, the element reported. */
    @Test
    void withoutThePreprocessorAListingIsHtmlAPageMayNotUse(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), BOOK);
        Files.writeString(content.getParent().resolve("book.toml"), "[book]\ntitle = \"A book\"\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertEquals(List.of("hello.md:5 html.unsupported", "hello.md:15 html.unsupported", "hello.md:23 html.unsupported"),
                codes(result));
        Document page = TestHandbooks.page(out, "hello.html");
        assertEquals(List.of(), page.select("main figure").eachText());
        assertEquals(3, page.select("main pre code").size(), "the code kept");
    }

    /** The build's findings but the notice that book.toml names the book, which every book without handbook.yml has. */
    private static List<String> codes(BuildResult result) {
        return TestHandbooks.codes(result).stream().filter(code -> !code.endsWith(" config.site-file")).toList();
    }
}
