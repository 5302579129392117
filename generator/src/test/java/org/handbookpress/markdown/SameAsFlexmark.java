package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.handbookpress.TestHandbooks;

/** For a quicker path through Flexmark: the HTML it gives is Flexmark's own, on samples and on real pages. */
final class SameAsFlexmark {

    private SameAsFlexmark() {
    }

    /**
     * @param flexmark the HTML Flexmark's own extension or renderer gives a page
     * @param quick    the HTML with the quicker path in its place
     * @param samples  Markdown written to reach every branch of the quicker path
     */
    static void onSamplesAndRealPages(Function<String, String> flexmark, Function<String, String> quick, List<String> samples)
            throws IOException {
        for (String markdown : samples) {
            assertEquals(flexmark.apply(markdown), quick.apply(markdown), markdown);
        }
        // The example handbook's pages, and the real-world curricula's when ../shared is beside the repository.
        List<Path> pages = TestHandbooks.realMarkdownPages();
        for (Path page : pages) {
            String markdown = Files.readString(page, StandardCharsets.UTF_8);
            assertEquals(flexmark.apply(markdown), quick.apply(markdown), page.toString());
        }
        assertTrue(pages.size() >= 16, "pages compared: " + pages.size());
    }
}
