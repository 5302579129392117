package org.handbookpress.markdown;

import org.handbookpress.content.EmojiShortcodes;

/** A page's emoji shortcodes ({@code :tada:}) as the emoji they name, outside code ({@link EmojiShortcodes}). */
public final class Emoji implements HtmlPass {

    @Override
    public void apply(PageHtml page) {
        if (page.mayHold(EmojiShortcodes::occurIn)) {
            EmojiShortcodes.replaceIn(page.content());
        }
    }
}
