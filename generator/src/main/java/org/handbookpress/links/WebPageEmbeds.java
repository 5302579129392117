package org.handbookpress.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;

/**
 * The images of one page whose web addresses name no picture file ({@code image.remote-page}), each shown as a link,
 * reported once for each website they come from, at the first, with how many there are and where the others are:
 * opensource.guide quotes its contributors beside their GitHub avatars (avatars.githubusercontent.com/lord?s=180),
 * and a warning for each picture made 1,610 of them, one thing to do said over and over.
 */
final class WebPageEmbeds {

    private static final String CODE = "image.remote-page";
    /** The host of a web address: what a browser would ask, and what the author searches the page for. */
    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#]*)");
    /** Lines named in the message before "and N more": enough to find them, short enough to read. */
    private static final int LINES_NAMED = 10;

    private record Embed(int line, String src, String alt) {
        String written() {
            return "![" + alt + "](" + src + ")";
        }

        String asLink() {
            return "[" + (alt.isBlank() ? "Watch the video" : alt) + "](" + src + ")";
        }
    }

    private final Map<String, List<Embed>> byHost = new LinkedHashMap<>();

    void add(int line, String src, String alt) {
        Matcher host = HOST.matcher(src);
        byHost.computeIfAbsent(host.find() ? host.group(1).toLowerCase(Locale.ROOT) : src, h -> new ArrayList<>())
                .add(new Embed(line, src, alt));
    }

    void report(Page page, Findings findings) {
        for (Map.Entry<String, List<Embed>> host : byHost.entrySet()) {
            List<Embed> embeds = new ArrayList<>();
            for (Embed embed : host.getValue()) {
                // One silenced on its own line (<!-- handbook-ignore image.remote-page -->) is counted silenced, not in the rest.
                Finding alone = alone(page, embed);
                if (findings.silences(alone)) {
                    findings.add(alone);
                } else {
                    embeds.add(embed);
                }
            }
            if (embeds.size() == 1) {
                findings.add(alone(page, embeds.get(0)));
            } else if (embeds.size() > 1) {
                Embed first = embeds.get(0);
                List<Embed> others = embeds.subList(1, embeds.size());
                String lines = org.handbookpress.findings.Listed.first(others.stream().map(e -> String.valueOf(e.line())).toList(), LINES_NAMED);
                findings.warning(page.path(), first.line(), CODE, embeds.size() + " images from " + host.getKey()
                                + " ask to show something whose address names no picture file (pictures served without a file extension, "
                                + "as avatars are, or videos, posts or pages): " + first.written() + " here, the others at line"
                                + (others.size() == 1 ? " " : "s ") + lines + "; the site makes no outside requests, so each is a link to it instead",
                        "for a picture, save it into the content folder and show it from there, as ![" + first.alt()
                                + "](images/picture.png); for a video or a page, write it as a link, " + first.asLink());
            }
        }
    }

    /** The finding of one such image on a page without others from its website. */
    private static Finding alone(Page page, Embed embed) {
        // The address may also be a picture served without a file extension (a GitHub avatar, an image service's
        // URL): the advice covers both, since which it is cannot be told without a request.
        return Finding.warning(page.path(), embed.line(), CODE, embed.written()
                        + " asks to show something from another website whose address names no picture file (a video, a post, "
                        + "a page, or a picture served without a file extension); the site makes no outside requests, so it links to it instead",
                "for a video or a page, write it as a link, " + embed.asLink() + "; for a picture, save it into the content folder and show it from there");
    }
}
