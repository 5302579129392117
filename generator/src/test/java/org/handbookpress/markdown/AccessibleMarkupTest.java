package org.handbookpress.markdown;

import org.handbookpress.labels.PageLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.testing.PageFixture;
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
                  - [ ] Its first step
                """);
        new AccessibleMarkup(PageLabels.english()).apply(html);
        List<String> names = html.content().select("input[type=checkbox]").stream().map(e -> e.attr("aria-label")).toList();
        assertEquals(List.of("Pack the first-aid kit", "Not done", "", "", "Own name", "A task", "Its first step"), names,
                "a task's box is named by its task, not its sub-tasks; its state the checkbox says itself");
    }
}
