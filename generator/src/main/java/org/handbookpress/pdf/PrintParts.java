package org.handbookpress.pdf;

import java.util.List;
import java.util.Map;
import org.handbookpress.content.Edition;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.content.Paper;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.labels.Labels;
import org.handbookpress.render.ShownName;
import org.handbookpress.render.SiteModel;
import org.handbookpress.render.ThemeEngine;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Makes the print copy of a page for one PDF. The page's own HTML is shared with the website and
 * is never changed here: each PDF works on its own clone, whose ids are prefixed with the part's id
 * (so that pages printed together cannot clash), whose links suit a PDF, and whose exercises get
 * writing space.
 *
 * <p>Slide decks ({@code kind: slides}) print as their handout, made by the slides package and
 * handed in as {@link Handouts} (so that printing does not depend on the slides, which print with it).
 */
public final class PrintParts {

    /**
     * Makes a deck's handout body from the print copy of its page (links and pictures already right for the PDF), for a
     * document on {@code paper}: how much of a slide's speaker notes fits beside it depends on it.
     */
    @FunctionalInterface
    public interface Handouts {
        String body(PageHtml printCopy, Edition edition, Paper paper) throws ThemeEngine.TemplateFailure;
    }

    private static final List<String> ID_REFERENCES = List.of("aria-labelledby", "aria-describedby", "aria-controls", "for");

    private final SiteModel model;
    private final Handouts handout;

    PrintParts(SiteModel model, Handouts handout) {
        this.handout = handout;
        this.model = model;
    }

    /** The labels of the page at a path, in its language; the handbook's for "" (a pack). */
    Labels labels(String path) {
        return path.isEmpty() ? model.labels().handbook() : model.labels().of(path);
    }

    /** @param paper the paper the part prints on: a deck's handout sizes its columns for it */
    PrintPart part(PageHtml html, PrintLinks links, WritingSpace writing, Edition edition, Paper paper) throws ThemeEngine.TemplateFailure {
        return part(html, links, writing, edition, paper, false);
    }

    /** @param nameSections whether a chapter's label names its section too ({@link #chapterLabel}) */
    PrintPart part(PageHtml html, PrintLinks links, WritingSpace writing, Edition edition, Paper paper, boolean nameSections)
            throws ThemeEngine.TemplateFailure {
        Page page = html.page();
        String id = PrintPart.idFor(page);
        Document holder = Document.createShell("");
        holder.outputSettings().prettyPrint(false);
        Element content = holder.body().appendElement("div").addClass("part-content");
        for (Node child : html.content().childNodes()) {
            content.appendChild(child.clone());
        }
        links.dropUnreachableUses(page, content); // before the ids change: a term's uses are found by its entry's id
        for (Element e : content.select("[id]")) {
            e.attr("id", PrintPart.anchor(id, e.id()));
        }
        for (String attr : ID_REFERENCES) {
            for (Element e : content.select("[" + attr + "]")) {
                StringBuilder refs = new StringBuilder();
                for (String ref : e.attr(attr).trim().split("\\s+")) {
                    refs.append(refs.isEmpty() ? "" : " ").append(PrintPart.anchor(id, ref));
                }
                e.attr(attr, refs.toString());
            }
        }
        ScreenOnlyMarkup.tidy(content);
        links.rewrite(page, id, content);
        writing.apply(id, content, model.labels().of(page.path()));
        if (page.kind() == Kind.SLIDES) {
            // A deck prints as its handout: three slides a page with room for notes; in large print one slide
            // a page, reflowed as text, since a miniature slide cannot keep its text at 16 pt.
            content.html(handout.body(new PageHtml(page, content.html()), edition, paper));
        }
        ControlFacts facts = ControlFacts.of(page, model);
        return new PrintPart(page, id, page.title(), label(page, nameSections), page.meta().summary(), facts.review(), facts.overdue(),
                facts.status(), facts.control(), content, page.kind() == Kind.GLOSSARY);
    }

    /**
     * The line above a part's title: its kind in the page's language, or its section's name as the website's eyebrow
     * gives it (the book's chapter it is nested under, when the menu is a book's table of contents), which a Welsh page's
     * section not translated yet gives in English, marked so as the eyebrow marks it (a tagged PDF's /Lang on it).
     */
    private ShownName label(Page page, boolean nameSections) {
        Labels words = model.labels().of(page.path());
        return switch (page.kind()) {
            case CHAPTER -> chapterLabel(page, nameSections, model.chapterNumber(page) > 0 ? words.format("chapter.number", Map.of("number", model.chapterNumber(page)))
                    : words.text("kind.chapter")); // a chapter the menu leaves out has no number
            case POLICY, AGREEMENT, SESSION -> new ShownName(words.text("kind." + page.kind().id()), null);
            case SLIDES -> new ShownName(words.text("print.slides"), null);
            case GLOSSARY -> new ShownName(words.text("print.appendix"), null);
            default -> java.util.Objects.requireNonNullElse(model.eyebrow(page), new ShownName("", null));
        };
    }

    /**
     * A chapter's number, and in a pack of chapters from several folders its section as the website's eyebrow gives it
     * ("Chapter 1 · Stock"): chapters are numbered within their folder, and a pack of a toolkit in folders listed "Chapter
     * 1", "Chapter 2" once for each folder, its contents reading 1, 2, 1, 2, 1, 2 with nothing to tell them apart. The
     * number alone where the section is named in another language than the page's (a Welsh page in a section with no
     * Welsh name yet): one label has one language.
     */
    private ShownName chapterLabel(Page page, boolean nameSections, String number) {
        ShownName section = nameSections ? model.eyebrow(page) : null;
        return section == null || section.language() != null || section.title().isBlank() ? new ShownName(number, null)
                : new ShownName(number + " · " + section.title(), null);
    }
}
