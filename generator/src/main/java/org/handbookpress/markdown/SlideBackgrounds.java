package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Kind;
import org.handbookpress.findings.Findings;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A slide's background, as trainers write it for a title slide over a photograph or a section slide in the
 * organisation's colour: Quarto's and Pandoc's attributes on the slide's heading ({@code ## Welcome
 * {background-image="images/hall.jpg"}}) and reveal.js's Markdown comment in the slide
 * ({@code <!-- .slide: data-background-color="#003366" -->}). Each becomes a hidden marker in the slide, which the
 * slide deck takes out again ({@code SlideDeck}) and gives to the deck and its PDF: the picture in the marker is an
 * {@code <img>}, so the link pass finds, checks and re-points it as it does every picture (a missing one, or one on
 * another website, is reported and never shown). Values are kept only when they are plainly what they say (a colour,
 * a size, a position): they go into a style, where anything else could fetch from another website.
 */
public final class SlideBackgrounds implements HtmlPass {
    /** The marker's class; its {@code data-background-*} attributes hold the values, its {@code <img>} the picture. */
    public static final String MARKER = "hb-slide-background";
    public static final String CODE = "slides.background";

    private static final Pattern COMMENT = Pattern.compile("^\\s*\\.slide:\\s*(.*?)\\s*$", Pattern.DOTALL);
    private static final Pattern COMMENT_PAIR = Pattern.compile("([\\w-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|\\S+)");
    /** A colour: #rgb, #rrggbb (with alpha), rgb()/hsl() of numbers, or a colour's name. Nothing that can name a file. */
    private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})"
            + "|(?:rgb|rgba|hsl|hsla)\\(\\s*[0-9.]+%?(?:\\s*[,/ ]\\s*[0-9.]+(?:%|deg)?){2,3}\\s*\\)|[a-zA-Z]{3,20}");
    private static final Pattern SIZE = Pattern.compile("cover|contain|auto|(?:\\d+(?:\\.\\d+)?(?:px|%|em|rem)(?:\\s+\\d+(?:\\.\\d+)?(?:px|%|em|rem)|\\s+auto)?)");
    private static final Pattern POSITION = Pattern.compile("(?:(?:top|bottom|left|right|center|\\d+(?:\\.\\d+)?(?:px|%))\\s*){1,2}");
    private static final Pattern REPEAT = Pattern.compile("repeat|no-repeat|repeat-x|repeat-y|space|round");
    private static final Pattern OPACITY = Pattern.compile("0|1|0?\\.\\d+|1\\.0+");

    private final Findings findings;

    public SlideBackgrounds(Findings findings) {
        this.findings = findings;
    }

    /** Whether a heading's attribute {@code key} is a slide background here: on a heading that starts a slide in a deck. */
    static boolean isBackground(PageHtml page, Element heading, String key) {
        if (page.page().kind() != Kind.SLIDES || !key.startsWith("background-") || !KEYS.containsKey(key.substring("background-".length()))) {
            return false;
        }
        Integer slideLevel = page.page().meta().slideLevel();
        int level = PageHtml.headingLevel(heading);
        return level > 0 && (slideLevel == null || level <= slideLevel);
    }

    /** What each value must look like, by the name after {@code background-}. */
    private static final Map<String, Pattern> KEYS = Map.of("color", COLOUR, "image", Pattern.compile(".+"), "size", SIZE,
            "position", POSITION, "repeat", REPEAT, "opacity", OPACITY);

    /** reveal.js's comments in a deck's slides, each made the marker in its place (its slide). */
    @Override
    public void apply(PageHtml page) {
        if (page.page().kind() != Kind.SLIDES || !page.mayHold(".slide:")) {
            return;
        }
        CommentLines lines = new CommentLines(page);
        for (Node node : new ArrayList<>(page.content().childNodes())) {
            if (!(node instanceof Comment comment)) {
                continue;
            }
            Matcher m = COMMENT.matcher(comment.getData());
            if (!m.matches()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            Matcher pair = COMMENT_PAIR.matcher(m.group(1));
            while (pair.find()) {
                String key = pair.group(1).toLowerCase(Locale.ROOT);
                String value = AttributeLists.unquote(pair.group(2));
                if (key.equals("data-background")) {
                    // reveal.js's short form: a colour, or else a picture.
                    key = COLOUR.matcher(value).matches() ? "data-background-color" : "data-background-image";
                }
                if (key.startsWith("data-background-") && KEYS.containsKey(key.substring("data-background-".length()))) {
                    values.put(key.substring("data-".length()), value);
                } else {
                    ignored.add(pair.group());
                }
            }
            int line = lines.of(comment);
            if (!ignored.isEmpty()) {
                findings.warning(page.page().path(), line, CODE, "the slide's settings " + String.join(", ", ignored)
                                + " are not applied: the handbook's decks take a background (colour, picture, its size, position, repeat, opacity)",
                        "remove them, or write the slide's background as data-background-color=\"#003366\" or data-background-image=\"picture.jpg\"");
            }
            Element marker = marker(page, values, line);
            if (marker == null) {
                comment.remove();
            } else {
                comment.replaceWith(marker);
            }
        }
    }

    /**
     * Puts a heading's background after it, in its slide: {@code values} by their attribute names
     * ({@code background-color}, …).
     */
    void mark(PageHtml page, Element heading, Map<String, String> values) {
        Element marker = marker(page, values, SourceLines.of(heading));
        if (marker != null) {
            heading.after(marker);
        }
    }

    Element marker(PageHtml page, Map<String, String> values, int line) {
        Element marker = new Element("div").addClass(MARKER).attr("hidden", true);
        if (line > 0) {
            marker.attr(MarkdownConverter.LINE, String.valueOf(line));
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            String name = value.getKey().substring("background-".length());
            String text = value.getValue().trim();
            if (!KEYS.get(name).matcher(text).matches()) {
                findings.warning(page.page().path(), line, CODE, "the slide's background " + name + " '" + text + "' is not "
                                + switch (name) {
                                    case "color" -> "a colour the handbook can use";
                                    case "size" -> "a size (cover, contain, auto or a length)";
                                    case "position" -> "a position (top, center, left, 50% …)";
                                    case "repeat" -> "repeat, no-repeat, repeat-x or repeat-y";
                                    default -> "a number from 0 to 1";
                                } + ", and is left out",
                        switch (name) {
                            case "color" -> "write the colour as #rrggbb (#003366), rgb(0, 51, 102) or a colour's name (navy)";
                            default -> "correct the value, or remove it to take the default";
                        });
            } else if (name.equals("image")) {
                marker.appendElement("img").attr("src", text).attr("alt", "");
            } else {
                marker.attr("data-background-" + name, text.toLowerCase(Locale.ROOT));
            }
        }
        return marker.childrenSize() == 0 && marker.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("data-background-"))
                ? null : marker;
    }
}
