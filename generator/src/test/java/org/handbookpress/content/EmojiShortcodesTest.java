package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EmojiShortcodesTest {

    @Test
    void namesInGitHubsListBecomeTheirEmoji() {
        assertEquals("Thanks for coming \uD83C\uDF89 and \uD83D\uDC4D", EmojiShortcodes.replace("Thanks for coming :tada: and :+1:"));
        assertEquals("\uD83D\uDC4E\uD83D\uDCDD", EmojiShortcodes.replace(":-1::memo:"), "side by side, and a name GitHub reads as :pencil: too");
        assertEquals("\uD83D\uDCDD", EmojiShortcodes.replace(":pencil:"), "an alias");
        assertEquals("done: \u2705\uFE0F", EmojiShortcodes.replace("done: :white_check_mark:"));
    }

    @Test
    void aSymbolTextFontsAlsoDrawAsksForItsEmojiForm() {
        assertEquals("\u2764\uFE0F \u26A0\uFE0F", EmojiShortcodes.replace(":heart: :warning:"));
    }

    @Test
    void timesRatiosUnknownNamesAndGitHubsOwnPicturesStayAsWritten() {
        for (String text : new String[] {"at 10:30:00", "ratio 12:100:30", "a::b", ":not_an_emoji:", ":octocat: :shipit:",
                ":Smile:", "list[1:100:2]", "http://example.org/a:b:c", ": smile :", "done:smile:", ":smile:d"}) {
            assertNull(EmojiShortcodes.replace(text), text);
            assertFalse(EmojiShortcodes.occurIn(text), text);
        }
        assertEquals("a::\uD83D\uDE04", EmojiShortcodes.replace("a:::smile:"), "a colon that closes nothing can open the next");
        assertTrue(EmojiShortcodes.occurIn("first line\n\nsay :wave:\n"));
    }

    @Test
    void codeIsLeftAsWritten() {
        Element body = Jsoup.parseBodyFragment("<p>Type <code>:smile:</code> to get :smile:</p><pre><code>:tada:</code></pre>"
                + "<p><a href=\"x.html\" title=\":tada:\">:tada: <em>:heart:</em></a></p>").body();
        EmojiShortcodes.replaceIn(body);
        assertEquals("<p>Type <code>:smile:</code> to get \uD83D\uDE04</p><pre><code>:tada:</code></pre>"
                + "<p><a href=\"x.html\" title=\":tada:\">\uD83C\uDF89 <em>\u2764\uFE0F</em></a></p>", body.html().replace("\n", ""));
    }
}
