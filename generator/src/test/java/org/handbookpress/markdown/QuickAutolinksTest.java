package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick autolinks give exactly the HTML of Flexmark's own extension: it is only spared text that holds no link. */
class QuickAutolinksTest {

    private static String html(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void everyKindOfLinkIsStillFound() throws IOException {
        SameAsFlexmark.onSamplesAndRealPages(m -> html(AutolinkExtension.create(), m), m -> html(QuickAutolinks.create(), m), List.of(
                "See https://example.org/a?b=c#d, or ftp://files.example.org.",
                "Write to help@example.org (not help at example dot org).",
                "Visit www.example.org and WWW.EXAMPLE.ORG and Www.example.org today.",
                "Entities: http&#58;//example.org and www&period;example.org and a&#64;example.org",
                "Escapes: www\\.example.org and https\\://example.org and a\\@example.org",
                "A bare scheme https:// alone, and mailto:someone@example.org",
                "*emphasis https://example.org/x* and `https://code.example.org` and [a link](https://x.org) https://y.org",
                "| a | b |\n|---|---|\n| www.example.org | c |",
                "Plain prose with no link at all, a colon: here, and a wow moment.",
                ""));
    }

    @Test
    void textWithoutTheCharactersOfALinkIsPassedOver() {
        assertFalse(QuickAutolinks.mayHoldLink("Plain prose, a window and a wow, nothing more."));
        assertTrue(QuickAutolinks.mayHoldLink("Note: a colon"));
        assertTrue(QuickAutolinks.mayHoldLink("someone@example"));
        assertTrue(QuickAutolinks.mayHoldLink("wWw"));
        assertTrue(QuickAutolinks.mayHoldLink("&#58;"));
        assertTrue(QuickAutolinks.mayHoldLink("a\\b"));
    }
}
