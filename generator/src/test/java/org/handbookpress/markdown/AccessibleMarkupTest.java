package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Checkboxes an author writes in HTML get a name as task lists' do; those named already keep theirs. */
class AccessibleMarkupTest {

    @Test
    void aCheckboxWrittenInHtmlIsNamedByTheWordsBesideIt() {
        PageHtml html = PageFixture.html("list.md", """
                # Checklist

                <ul><li><input type="checkbox" checked> Pack the first-aid kit</li><li><input type="checkbox"></li></ul>

                <p><label><input type="checkbox"> Already labelled</label></p>

                <p><input type="checkbox" id="agree"> <label for="agree">I agree</label></p>

                <p><input type="checkbox" aria-label="Own name"> words</p>

                - [x] A task
                """);
        new AccessibleMarkup().apply(html);
        List<String> names = html.content().select("input[type=checkbox]").stream().map(e -> e.attr("aria-label")).toList();
        assertEquals(List.of("Pack the first-aid kit", "Not done", "", "", "Own name", "Done"), names);
        Element task = html.content().selectFirst("input.task-list-item-checkbox");
        assertEquals("Done", task.attr("aria-label"), "a task list's box is named by its state, as before");
    }
}
