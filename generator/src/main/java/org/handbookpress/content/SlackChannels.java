package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * The 18F/TTS handbook's tag for a chat channel, {@code {% slack_channel "people-ops" %}} (a Jekyll plugin, later an
 * Eleventy shortcode), which its site made a link into the team's Slack workspace: here it is the channel's name as
 * text, {@code #people-ops}, since the handbook gives no workspace's address and the site makes no request to another
 * one. A second value is the words the link showed ({@code "the HR channel"}): they are kept, with the channel's name
 * after them, {@code the HR channel (#people-ops)}, as the reader still needs to know where to go. Before, the tag was
 * shown as written and reported as Liquid the build does not run.
 *
 * <p>The text is written with character references for its punctuation ({@link LiteralText}), so that it is text in a
 * paragraph, a table's cell and raw HTML alike. A tag in fenced code, in a code span or in a raw block is shown as
 * written, as a page about writing the handbook shows it. A value that is no quoted text
 * ({@code {% slack_channel page.channel %}}, a variable) stays, and is reported.
 */
final class SlackChannels {

    /** A code span, kept as it is (group 1 its backticks), or the tag: group 2 the channel, 3 the words shown, if any. */
    private static final Pattern TAG = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)"
            + "|\\{%-?[ \\t]*slack_channel[ \\t]+(\"[^\"\\n]*\"|'[^'\\n]*')(?:[ \\t]*,?[ \\t]*(\"[^\"\\n]*\"|'[^'\\n]*'))?[ \\t]*-?%\\}");

    private SlackChannels() {
    }

    /** The Markdown with each {@code slack_channel} tag outside code made the channel's name. */
    static String apply(String markdown) {
        if (!QuickScan.contains(markdown, "slack_channel")) {
            return markdown;
        }
        return OutsideCode.apply(markdown, text -> LiquidRaw.outside(text, outside -> TAG.matcher(outside).replaceAll(m ->
                Matcher.quoteReplacement(m.group(1) != null ? m.group() : LiteralText.of(shown(unquoted(m.group(2)), m.group(3)))))));
    }

    /** What the reader sees: {@code #channel}, or the words given for it with the channel after them. */
    private static String shown(String channel, String words) {
        String name = "#" + channel.strip().replaceFirst("^#", "");
        String given = words == null ? "" : unquoted(words).strip();
        return given.isEmpty() || given.equals(name) || given.equals(name.substring(1)) ? name : given + " (" + name + ")";
    }

    private static String unquoted(String value) {
        return value.substring(1, value.length() - 1);
    }
}
