package org.handbookpress.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SlideBackgrounds;
import org.handbookpress.markdown.SourceLines;
import org.handbookpress.markdown.SpeakerNotes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A {@code kind: slides} page cut into slides: a new slide at every top-level {@code <hr>} (the
 * Markdown thematic break {@code ---}), and with {@code slide-level: N} also at every heading of level
 * N or higher (Pandoc's and Quarto's rule: a heading above level N stands on a section title slide).
 * In each slide a paragraph beginning {@code Note:} starts the speaker notes, which run to the end of
 * the slide, and a {@code ::: notes} div is speaker notes wherever it stands. Empty slides (two breaks
 * in a row, a break at the end) are dropped, so they never become blank pages.
 */
public record SlideDeck(Page page, List<Slide> slides) {

    private static final Pattern NOTE_PREFIX = Pattern.compile("^\\s*notes?:\\s*", Pattern.CASE_INSENSITIVE);

    public SlideDeck {
        slides = List.copyOf(slides);
    }

    /** Whether the handout prints the speaker notes ({@code handout: notes} in front matter). */
    public boolean handoutWithNotes() {
        return "notes".equalsIgnoreCase(page.meta().handout() == null ? "" : page.meta().handout().trim());
    }

    /** Splits the page's content as it stands after the HTML passes; the page itself is left unchanged. */
    public static SlideDeck of(PageHtml html) {
        List<Slide> slides = new ArrayList<>();
        for (Element[] slide : split(html)) {
            Element body = slide[0];
            Element notes = slide[1];
            markFigures(body);
            int line = lineOf(body.children().isEmpty() ? notes : body);
            Element heading = body.selectFirst("h1, h2, h3, h4, h5, h6");
            SourceLines.strip(body);
            SourceLines.strip(notes);
            slides.add(new Slide(slides.size() + 1, line, heading == null ? "" : heading.text(),
                    body.html().strip(), notes.html().strip(), SlideBackground.of(slide[2].children())));
        }
        return new SlideDeck(html.page(), slides);
    }

    /**
     * What the deck's PDFs print of the page, its source lines kept (for the PDF fonts' glyph check): the slides, and the
     * speaker notes only when the handout prints them ({@code handout: notes}); one element holding them, in order.
     */
    public static Element printedContent(PageHtml html) {
        return content(html, new SlideDeck(html.page(), List.of()).handoutWithNotes());
    }

    /**
     * The deck's text as its web page shows it, each slide and then its speaker notes, without their {@code Note:}
     * markers: what search reads of it (the page's own HTML still holds the markers, which snippets showed).
     */
    public static Element shownContent(PageHtml html) {
        return content(html, true);
    }

    private static Element content(PageHtml html, boolean withNotes) {
        Element content = new Element("div");
        for (Element[] slide : split(html)) {
            content.appendChild(slide[0]);
            if (withNotes) {
                content.appendChild(slide[1]);
            }
        }
        return content;
    }

    /**
     * Each slide as three elements, its content and its speaker notes, with their source lines, and its background's
     * markers ({@link SlideBackgrounds}), taken out of the slide; empty slides left out.
     */
    private static List<Element[]> split(PageHtml html) {
        Element content = html.content().clone();
        List<List<Node>> groups = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        Integer slideLevel = html.page().meta().slideLevel();
        for (Node node : new ArrayList<>(content.childNodes())) {
            if (node instanceof Element e && e.tagName().equals("hr")) {
                groups.add(current);
                current = new ArrayList<>();
            } else {
                if (slideLevel != null && node instanceof Element e && startsSlide(e, slideLevel)
                        && current.stream().anyMatch(n -> n instanceof Element || !n.outerHtml().isBlank())) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                current.add(node);
            }
        }
        groups.add(current);

        List<Element[]> slides = new ArrayList<>();
        // Slides are serialised from a document of their own, unindented like the page they came from.
        Document shell = Jsoup.parseBodyFragment("");
        shell.outputSettings().prettyPrint(false);
        for (List<Node> group : groups) {
            Element body = shell.body().appendElement("div");
            Element notes = shell.body().appendElement("div");
            Element background = new Element("div");
            boolean inNotes = false;
            for (Node node : group) {
                if (node instanceof Element marker && marker.hasClass(SlideBackgrounds.MARKER)) {
                    background.appendChild(marker);
                    continue;
                }
                if (node instanceof Element div && SpeakerNotes.is(div)) {
                    // ::: notes (Pandoc, Quarto): its content, without the box's title, is the speaker notes.
                    div.select("> .fenced-div-title").remove();
                    for (Node child : new ArrayList<>(div.childNodes())) {
                        notes.appendChild(child);
                    }
                    continue;
                }
                if (!inNotes && node instanceof Element p && p.tagName().equals("p") && startsWithNote(p)) {
                    inNotes = true;
                    removeNotePrefix(p);
                    if (p.text().isBlank() && p.children().isEmpty()) {
                        continue;
                    }
                }
                (inNotes ? notes : body).appendChild(node);
            }
            if (isEmpty(body) && isEmpty(notes) && background.childrenSize() == 0) { // a photograph alone is a slide
                continue;
            }
            slides.add(new Element[] {body, notes, background});
        }
        return slides;
    }

    /**
     * Marks paragraphs that hold only a picture ({@code slide-figure}), and when content other than a heading follows
     * one, sets it beside that content ({@code slide-figure-beside}): a picture above a list rarely fits a 16:9 slide, a
     * picture beside it does. A picture after the slide's content (a diagram under a table) has nothing to stand beside:
     * floated, it went below the table at the right, and where that left it no room the PDF engine moved it onto the next
     * slide's page, unreported; it stays under the content, where a too-full slide is measured and reported.
     */
    private static void markFigures(Element body) {
        for (Element p : body.select("> p")) {
            if (p.childrenSize() == 1 && p.child(0).tagName().equals("img") && p.ownText().isBlank()) {
                p.addClass("slide-figure");
            }
        }
        for (Element figure : body.select("> p.slide-figure")) {
            List<Element> after = figure.nextElementSiblings().not(".slide-figure");
            if (after.stream().anyMatch(e -> PageHtml.headingLevel(e) == 0)) {
                figure.addClass("slide-figure-beside");
                // Print layouts cannot tell a box from the float beside it (no BFC); they keep these clear.
                after.forEach(e -> e.addClass("slide-beside-figure"));
            }
        }
    }

    /** A heading of the slide level or above starts a slide (Pandoc: above it, a section title slide). */
    private static boolean startsSlide(Element e, int slideLevel) {
        int level = PageHtml.headingLevel(e);
        return level > 0 && level <= slideLevel;
    }

    private static boolean startsWithNote(Element p) {
        return NOTE_PREFIX.matcher(p.text()).find();
    }

    /** Drops the {@code Note:} marker, whether plain text or emphasised ({@code **Note:**}). */
    private static void removeNotePrefix(Element p) {
        Node first = p.childNodeSize() == 0 ? null : p.childNode(0);
        if (first instanceof TextNode text) {
            Matcher m = NOTE_PREFIX.matcher(text.getWholeText());
            if (m.find()) {
                text.text(text.getWholeText().substring(m.end()));
            }
        } else if (first instanceof Element marker && NOTE_PREFIX.matcher(marker.text()).replaceFirst("").isEmpty()) {
            marker.remove();
            if (p.childNodeSize() > 0 && p.childNode(0) instanceof TextNode text) {
                text.text(text.getWholeText().stripLeading());
            }
        }
    }

    private static boolean isEmpty(Element e) {
        return e.text().isBlank() && e.select("img, table, pre, svg, video, iframe").isEmpty();
    }

    private static int lineOf(Element container) {
        Element first = container.firstElementChild();
        return first == null ? 0 : SourceLines.of(first);
    }
}
