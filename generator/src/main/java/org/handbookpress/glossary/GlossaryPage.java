package org.handbookpress.glossary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.Page;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;

/**
 * Rewrites the glossary page once every other page is linked: the author's definition lists become an
 * A–Z jump list and the entries in alphabetical order, each with its anchor, its definition (with the
 * terms it uses linked to their own entries), its other forms and the pages that use it. The result is
 * plain page content, so any layout and the PDF packs show the same glossary. Warns about terms no page uses.
 */
public final class GlossaryPage {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Glossary glossary;
    private final Findings findings;

    public GlossaryPage(Glossary glossary, Findings findings) {
        this.glossary = glossary;
        this.findings = findings;
    }

    /** @param pages every page in reading order, the glossary page among them */
    public void write(List<PageHtml> pages, GlossaryLinker usage) {
        Page page = glossary.page().orElse(null);
        PageHtml html = pages.stream().filter(p -> p.page() == page).findFirst().orElse(null);
        if (html == null || glossary.isEmpty()) {
            return;
        }
        List<Element> lists = TermAnchors.lists(html.content());
        Element block = new Element("div").addClass("glossary");
        block.appendChild(jumpList());
        TermLinker linker = new TermLinker(glossary);
        int index = 0;
        for (Glossary.LetterGroup group : glossary.byLetter()) {
            block.appendElement("h2").id(group.id()).addClass("glossary-letter").text(group.letter());
            Element dl = block.appendElement("dl").addClass("glossary-entries");
            for (GlossaryEntry entry : group.entries()) {
                List<Page> users = new ArrayList<>();
                for (PageHtml other : pages) {
                    if (usage.uses(other.page().path(), index)) {
                        users.add(other.page());
                    }
                }
                dl.appendElement("dt").id(entry.id()).text(entry.term());
                Element dd = dl.appendElement("dd");
                Element definition = dd.appendElement("div").addClass("glossary-definition").html(entry.definitionHtml());
                linker.link(definition, page.url(), Set.of(index), new BitSet());
                if (!entry.forms().isEmpty()) {
                    dd.appendElement("p").addClass("glossary-forms").text("Also: " + String.join(", ", new LinkedHashSet<>(entry.forms())));
                }
                if (!users.isEmpty()) {
                    Element used = dd.appendElement("div").addClass("glossary-used-in");
                    used.appendElement("span").addClass("glossary-used-in-label").text("Used in:");
                    Element list = used.appendElement("ul");
                    for (Page user : users) {
                        list.appendElement("li").appendElement("a").attr("href", RelativeUrl.between(page.url(), user.url())).text(user.title());
                    }
                } else {
                    findings.warning(page.path(), entry.line(), "glossary.unused",
                            "no page uses the term '" + entry.term() + "'"
                                    + (entry.forms().isEmpty() ? "" : " or its other forms (" + String.join(", ", entry.forms()) + ")"),
                            "use it on a page, add the form the pages use to its 'Also:' line, or remove the entry");
                }
                index++;
            }
        }
        if (lists.isEmpty()) {
            html.content().appendChild(block);
            return;
        }
        lists.get(0).before(block);
        lists.forEach(Element::remove);
    }

    /** Every letter A–Z (those without terms as plain text), then any other initials the terms use. */
    private Element jumpList() {
        List<Glossary.LetterGroup> groups = glossary.byLetter();
        Element nav = new Element("nav").addClass("glossary-az").attr("aria-label", "Glossary A to Z");
        Element ul = nav.appendElement("ul");
        List<String> letters = new ArrayList<>();
        ALPHABET.chars().forEach(c -> letters.add(String.valueOf((char) c)));
        groups.stream().map(Glossary.LetterGroup::letter).filter(l -> !letters.contains(l)).forEach(letters::add);
        for (String letter : letters) {
            Element li = ul.appendElement("li");
            boolean present = groups.stream().anyMatch(g -> g.letter().equals(letter));
            if (present) {
                li.appendElement("a").attr("href", "#" + Glossary.letterId(letter)).text(letter);
            } else {
                li.appendElement("span").addClass("glossary-az-empty").text(letter);
            }
        }
        return nav;
    }
}
