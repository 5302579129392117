package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Notion's callouts, as its Markdown export writes them, are boxes of Markdown, with the page's lines kept. */
class NotionCalloutsTest {

    @Test
    void anAsideIsABoxOfTheKindItsIconSays() {
        String page = "<aside>\n💡 Bring **photo ID**.\n\n</aside>\n\n<aside>\n⚠️ Never share a phone number.\n</aside>\n";
        assertEquals("::: tip\nBring **photo ID**.\n\n:::\n\n::: warning\nNever share a phone number.\n:::\n", NotionCallouts.apply(page));
    }

    @Test
    void anotherIconStaysInANote() {
        assertEquals("::: note\n🎉 We reached 100 volunteers.\n:::", NotionCallouts.apply("<aside>\n🎉 We reached 100 volunteers.\n</aside>"));
    }

    @Test
    void anAsideNeverClosedOrInCodeStaysAsWritten() {
        String open = "<aside>\n💡 Never closed.\n";
        assertSame(open, NotionCallouts.apply(open));
        String code = "```html\n<aside>\nx\n</aside>\n```\n";
        assertSame(code, NotionCallouts.apply(code));
        String inline = "<aside>A one-line aside</aside>\n";
        assertSame(inline, NotionCallouts.apply(inline));
    }
}
