package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** react.dev's heading ids, written as MDX comments, are the ids the build reads from {@code {#id}}. */
class HeadingIdCommentsTest {

    @Test
    void aCommentAtAHeadingsEndIsItsId() {
        assertEquals("## Updates to Strict Mode {#updates-to-strict-mode}\n\nText {/*not a heading*/}.\n",
                HeadingIdComments.apply("## Updates to Strict Mode {/*updates-to-strict-mode*/}\n\nText {/*not a heading*/}.\n"));
        assertEquals("#### Capture phase events {#capture-phase-events}\n",
                HeadingIdComments.apply("#### Capture phase events {/* capture-phase-events */}  \n"));
        String inCode = "```md\n## Example {/*example*/}\n```\n";
        assertEquals(inCode, HeadingIdComments.apply(inCode), "shown as written in code");
        String words = "## A comment that is words {/* TODO: say more */}\n";
        assertEquals(words, HeadingIdComments.apply(words), "only an id-like comment is an id");
    }
}
