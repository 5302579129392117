package org.handbookpress.fork;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The warm-up swallows its failures (it is only a head start), so this checks that it does work: every part of its page renders. */
class WarmUpTest {

    @Test
    void itsPageGoesThroughTheParsersItIsThereToLoad() throws Exception {
        String html = WarmUp.warm();
        for (String part : new String[] {"<h1", "<h2", "<em>", "<strong>", "<code>", "<table", "<ol", "<ul", "<blockquote",
            "<pre", "footnote-ref", "data-warm"}) {
            assertTrue(html.contains(part), part + " in " + html);
        }
    }
}
