package org.handbookpress.links;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.markdown.MarkdownConverter;
import org.jsoup.nodes.Element;

/**
 * A video or a sound of the handbook given as a picture, {@code ![Bubble sort, step by step](sort.mp4)}, shown as GitLab
 * and Obsidian show one: a player, with a link to the file as what a browser that plays nothing shows and what the PDFs
 * print. It was a broken picture, which the picture checks told to be resized and saved as PNG.
 */
public final class PlayedMedia {

    /** A video's file (group 1) or a sound's (group 2), by its name. */
    private static final Pattern FILE = Pattern.compile("(?i)\\.(?:(mp4|m4v|webm|ogv|mov)|(mp3|m4a|ogg|oga|wav|opus))$");

    private PlayedMedia() {
    }

    /** "video" or "audio" for a file of either, by its name (a query or fragment after it aside); empty for any other. */
    public static Optional<String> tag(String path) {
        Matcher file = FILE.matcher(path.replaceFirst("[?#].*$", ""));
        return file.find() ? Optional.of(file.group(1) != null ? "video" : "audio") : Optional.empty();
    }

    /** The picture made a player of that kind, its alt text (else the file's name) the words of its link. */
    static void play(Element image, String tag) {
        String src = image.attr("src");
        String words = image.attr("alt").isBlank() ? src.substring(src.lastIndexOf('/') + 1) : image.attr("alt");
        Element player = new Element(tag).attr("controls", "").attr("preload", "metadata").attr("src", src);
        player.appendElement("a").attr("href", src).text(words);
        if (image.hasAttr(MarkdownConverter.LINE)) {
            player.attr(MarkdownConverter.LINE, image.attr(MarkdownConverter.LINE));
        }
        image.replaceWith(player);
    }
}
