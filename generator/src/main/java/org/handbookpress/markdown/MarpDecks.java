package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Kind;
import org.handbookpress.content.MarpDirectives;
import org.handbookpress.findings.Findings;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A Marp deck ({@code marp: true}) read as Marp shows it. Its HTML comments are the speaker notes of the slide they are
 * in, but for its directives ({@code <!-- _class: lead -->}, {@code <!-- paginate: true -->}), which style the slide
 * in Marp's own themes and are left out here, and a background colour ({@code _backgroundColor}), which the deck
 * takes as reveal.js's is taken ({@link SlideBackgrounds}). Its pictures' settings are read from their alt text:
 * {@code ![bg](hall.jpg)} is the slide's background, {@code ![bg left](hall.jpg)} a picture beside the slide's words,
 * and sizes ({@code w:200}, {@code height:30%}) and filters ({@code sepia}) are no part of what a picture shows. Without
 * this, every note was lost (a comment), and "bg" was each background photograph's alt text.
 */
public final class MarpDecks implements HtmlPass {

    /** Marp's directives, local ones written with '_' before them: {@code <!-- _class: lead -->}. */
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*_?([A-Za-z]+)\\s*:(.*)$");
    /** Marp's picture keywords in alt text: a background's and its side, sizes, and the filters. */
    private static final Pattern IMAGE_KEYWORD = Pattern.compile("(?i)bg|left|right|vertical|fit|cover|contain|auto|\\d+%"
            + "|(?:w|h|width|height|left|right):\\S+|(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::\\S+)?");

    /** Makes a slide's background from Marp's, as reveal.js's is made. */
    private final SlideBackgrounds backgrounds;

    public MarpDecks(Findings findings) {
        this.backgrounds = new SlideBackgrounds(findings);
    }

    @Override
    public void apply(PageHtml page) {
        if (page.page().kind() != Kind.SLIDES || page.page().meta().deckNotes() != org.handbookpress.content.DeckNotes.COMMENTS) {
            return;
        }
        CommentLines lines = new CommentLines(page);
        for (Node node : new ArrayList<>(page.content().childNodes())) {
            if (!(node instanceof Comment comment)) {
                continue;
            }
            int line = lines.of(comment);
            List<String> said = Arrays.stream(comment.getData().strip().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (said.isEmpty()) {
                comment.remove();
            } else if (said.stream().allMatch(MarpDecks::isDirective)) {
                String colour = said.stream().map(DIRECTIVE::matcher).filter(Matcher::matches)
                        .filter(m -> m.group(1).equalsIgnoreCase("backgroundColor")).map(m -> m.group(2).strip()).findFirst().orElse(null);
                Element marker = colour == null ? null : backgrounds.marker(page, Map.of("background-color", colour), line);
                if (marker == null) {
                    comment.remove();
                } else {
                    comment.replaceWith(marker);
                }
            } else {
                comment.replaceWith(notes(comment.getData().strip(), line));
            }
        }
        for (Element image : page.content().select("img[alt]")) {
            pictureSettings(page, image);
        }
    }

    private static boolean isDirective(String line) {
        Matcher m = DIRECTIVE.matcher(line);
        return m.matches() && MarpDirectives.named(m.group(1));
    }

    /** The comment's text as speaker notes, a paragraph for each of its paragraphs, where the slide deck finds them. */
    private static Element notes(String text, int line) {
        Element notes = SpeakerNotes.block();
        if (line > 0) {
            notes.attr(MarkdownConverter.LINE, String.valueOf(line));
        }
        for (String paragraph : text.split("\\R\\s*\\R")) {
            notes.appendElement("p").text(paragraph.strip().replaceAll("\\s*\\R\\s*", " "));
        }
        return notes;
    }

    /** A picture whose alt text holds Marp's keywords: a background, or a picture with its alt text alone. */
    private void pictureSettings(PageHtml page, Element image) {
        List<String> words = Arrays.stream(image.attr("alt").strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        List<String> settings = words.stream().filter(w -> IMAGE_KEYWORD.matcher(w).matches()).toList();
        if (settings.isEmpty()) {
            return;
        }
        List<String> alt = words.stream().filter(w -> !IMAGE_KEYWORD.matcher(w).matches()).toList();
        boolean background = settings.stream().anyMatch("bg"::equalsIgnoreCase);
        boolean beside = settings.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).matches("left|right|(left|right):\\S+"));
        image.attr("alt", String.join(" ", alt));
        if (background && !beside) {
            Element marker = backgrounds.marker(page, Map.of("background-image", image.attr("src")), SourceLines.of(image));
            Element paragraph = image.parent() != null && image.parent().normalName().equals("p") && image.parent().text().isBlank()
                    && image.parent().childrenSize() == 1 ? image.parent() : null;
            if (marker != null && paragraph != null && paragraph.parent() == page.content()) {
                paragraph.replaceWith(marker); // a slide's background is the slide's, outside its paragraphs
            }
        }
    }
}
