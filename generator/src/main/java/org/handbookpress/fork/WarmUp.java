package org.handbookpress.fork;

import java.io.IOException;
import java.util.Locale;
import org.handbookpress.content.TextDirection;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.offline.AppIcons;
import org.handbookpress.render.ThemeEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Loads and initialises, on a thread of its own while the build reads its content, the libraries the first pages
 * need: Flexmark's parser and renderer, Jsoup's parser and selectors, Freemarker, and Java's 2D graphics. In a fresh JVM that is about 0.6 s
 * of class loading and first-run code on one thread (measured on the build machine: the converter 0.22 s, its first
 * page 0.17 s, Jsoup's first parse 0.08 s, the theme engine 0.12 s; the app icons' graphics 0.2 s), which the build would otherwise do at the start
 * of its Markdown stage while the other cores wait on the same classes; reading the content leaves a core free for
 * it. Nothing it makes is kept: the build's output cannot depend on it.
 */
final class WarmUp {

    /** A page with the common kinds of Markdown, so that their parsers and renderers are loaded. */
    private static final String PAGE = """
            # A short page

            Some *emphasis*, **strong** words, `code`, a [link](other.md#part) and a footnote.[^1]

            ## A list and a table

            - one
            - two with [a link](https://example.org)

            1. first
            2. second

            | Term | Meaning |
            |------|---------|
            | a    | b       |

            > A quotation.

            ```
            a code block
            ```

            [^1]: The note.
            """;

    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread of low priority, and returns at once. */
    static void start() {
        Thread thread = new Thread(WarmUp::run, "handbook-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            warm();
        } catch (IOException | RuntimeException | Error e) {
            // Only a head start: whatever fails here fails again where the build meets it, and is reported there.
        }
    }

    /** Does the warm-up's work on this thread: the sample page through Flexmark and Jsoup, and a theme engine; its HTML. */
    static String warm() throws IOException {
        String html = new MarkdownConverter().toHtml(PAGE, 0);
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("a[href], h2[id], table").forEach(e -> e.attr("data-warm", ""));
        new ThemeEngine(null, Locale.ROOT);
        // ICU's messages and plural rules, for the labels ("3 pages and 1 section"): 0.1–0.2 s on first use.
        PageLabels.english().handbook().format("count.both", java.util.Map.of("pages", 3, "sections", 1));
        TextDirection.rightToLeft("en-GB"); // and its likely-subtags data, which every page's layout asks of

        // Java's 2D graphics, its fonts and PNG writer, which the offline stage's icons need (0.2 s in a fresh JVM).
        AppIcons.png("Warm", "#336699", 8);
        return doc.body().html();
    }
}
