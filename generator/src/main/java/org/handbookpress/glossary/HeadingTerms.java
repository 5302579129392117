package org.handbookpress.glossary;

import java.util.ArrayList;
import java.util.List;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;

/**
 * A glossary written as a heading for each term and its definition in the paragraphs under it ({@code #### Loot} and
 * below it {@code Non-voting shares in the guild.}), as wikis, Docusaurus and MkDocs sites write one (Raid Guild's
 * handbook, NHS England's RAP community of practice, CHAOSS' terminology): read as the definition list it stands for, so
 * that its terms are the glossary's, linked and explained where the pages use them. The page had "no terms"
 * (glossary.no-terms) and none was linked.
 * <p>
 * Only on a glossary page with no definition list of its own (nor bold terms, {@link BoldTermLists}), and only the
 * headings that are terms: those of one level that have text under them and no heading below them. A letter heading
 * ("A", holding the terms that start with it) or a group's ("Working groups around software") holds headings, so it stays
 * a heading; so do headings of other levels. At least two headings must read so: a page with one heading and its text
 * is a page, not a list of terms.
 */
final class HeadingTerms {

    private static final int MIN_TERMS = 2;

    private HeadingTerms() {
    }

    /** Turns the term headings of {@code content}, with what is under each, into definition lists, when it has none. */
    static void asDefinitions(Element content) {
        if (!TermAnchors.lists(content).isEmpty()) {
            return;
        }
        List<Element> blocks = content.children();
        int level = termLevel(blocks);
        if (level < 0) {
            return;
        }
        Element list = null;
        java.util.Set<Element> lists = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            Element heading = blocks.get(i);
            if (!isTerm(blocks, i, level)) {
                continue; // a letter's heading, the text above the terms, or a term's text already moved
            }
            if (list == null || list.nextElementSibling() != heading) { // a heading that is no term ends the list before it
                list = new Element("dl");
                heading.before(list);
                lists.add(list);
            }
            Element dt = new Element("dt").text(heading.text().strip());
            if (!heading.id().isEmpty()) {
                dt.id(heading.id()); // a link to glossary.md#loot, the heading's anchor, still finds its term
            }
            if (heading.hasAttr(MarkdownConverter.LINE)) {
                dt.attr(MarkdownConverter.LINE, heading.attr(MarkdownConverter.LINE));
            }
            Element dd = new Element("dd");
            for (Element block : under(blocks, i)) {
                dd.appendChild(block); // moves it out of the page's top level
            }
            heading.remove();
            list.appendChild(dt);
            list.appendChild(dd);
        }
        removeHeadingsOfTermsAlone(content, lists, level);
    }

    /**
     * Takes away the headings that held nothing but terms: a letter's ("B" over the terms that start with it) or a group's.
     * The glossary page files every term under its own letter headings (GlossaryPage), so the author's were left behind
     * empty, one above the A to Z and the rest after the last term. From the last heading up, so that a group's heading
     * over letters' goes once the letters' have. Only headings above the terms' level, under the title.
     */
    private static void removeHeadingsOfTermsAlone(Element content, java.util.Set<Element> lists, int termLevel) {
        List<Element> blocks = content.children();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element heading = blocks.get(i);
            int level = PageHtml.headingLevel(heading);
            if (level < 2 || level >= termLevel) {
                continue; // the page's title, and headings of the terms' level or below, are the author's to keep
            }
            boolean termsAlone = false;
            for (Element next = heading.nextElementSibling();
                 next != null && (PageHtml.headingLevel(next) == 0 || PageHtml.headingLevel(next) > level); next = next.nextElementSibling()) {
                if (!lists.contains(next)) {
                    termsAlone = false;
                    break;
                }
                termsAlone = true;
            }
            if (termsAlone) {
                heading.remove();
            }
        }
    }

    /**
     * The heading level (2 to 6) whose headings are the terms: the one with the most headings that {@link #isTerm read as
     * terms}, when every heading of that level does and there are at least two; -1 when none is.
     */
    private static int termLevel(List<Element> blocks) {
        int best = -1;
        int bestCount = 0;
        for (int level = 2; level <= 6; level++) {
            int terms = 0;
            int headings = 0;
            for (int i = 0; i < blocks.size(); i++) {
                if (PageHtml.headingLevel(blocks.get(i)) == level) {
                    headings++;
                    terms += isTerm(blocks, i, level) ? 1 : 0;
                }
            }
            if (terms >= MIN_TERMS && terms == headings && terms > bestCount) {
                best = level;
                bestCount = terms;
            }
        }
        return best;
    }

    /** Whether the block at {@code i} is a heading of {@code level} with text under it and no heading before its next. */
    private static boolean isTerm(List<Element> blocks, int i, int level) {
        Element heading = blocks.get(i);
        if (PageHtml.headingLevel(heading) != level || heading.text().isBlank()) {
            return false;
        }
        return i + 1 < blocks.size() && !isHeading(blocks.get(i + 1)) && !blocks.get(i + 1).text().isBlank();
    }

    /** The blocks under the heading at {@code i}, up to the next heading. */
    private static List<Element> under(List<Element> blocks, int i) {
        List<Element> under = new ArrayList<>();
        for (int j = i + 1; j < blocks.size() && !isHeading(blocks.get(j)); j++) {
            under.add(blocks.get(j));
        }
        return under;
    }

    private static boolean isHeading(Element element) {
        return PageHtml.headingLevel(element) > 0;
    }
}
