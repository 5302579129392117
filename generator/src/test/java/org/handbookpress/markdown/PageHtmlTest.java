package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Page;
import org.junit.jupiter.api.Test;

/** A page frozen before its passes goes through them again whenever its tree is made again. */
class PageHtmlTest {

    private static final Page PAGE = new Page("guide/a.md", "guide/a.html", Path.of("a.md"), FrontMatter.empty(), "A", "", 1);

    @Test
    void aPageFrozenBeforeItsPassesIsReadAndThawedWithThemApplied() {
        AtomicInteger runs = new AtomicInteger();
        HtmlPass mark = page -> {
            runs.incrementAndGet();
            page.content().select("p").addClass("marked");
        };
        PageHtml html = new PageHtml(PAGE, "<p>One</p><p>Two</p>");
        mark.apply(html);
        String passed = html.html();
        html.freezeBefore(List.of(mark));
        assertEquals(passed, html.html(), "read while frozen");
        assertEquals(2, html.content().select("p.marked").size());
        html.thaw();
        assertEquals(passed, html.html(), "thawed");
        int afterThaw = runs.get();
        html.freeze();
        html.thaw();
        assertEquals(afterThaw, runs.get(), "once thawed, the page is frozen as its HTML, passes and all");
        assertEquals(passed, html.html());
    }

    @Test
    void onlyAPageStillHoldingItsFirstTreeCanBeFrozenBeforeItsPasses() {
        PageHtml html = new PageHtml(PAGE, "<p>One</p>");
        html.freeze();
        assertThrows(IllegalStateException.class, () -> html.freezeBefore(List.of()));
    }
}
