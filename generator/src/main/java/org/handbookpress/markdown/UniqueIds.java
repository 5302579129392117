package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbookpress.findings.Findings;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An id given to more than one element of a page ({@code ## Default {#default}} three times, as MkDocs Material's
 * reference pages write them; or a heading's and a raw anchor's): a browser goes to the first, and the page is no valid
 * HTML. One keeps it (an anchor written into the text before a heading, else the first) and the others take a number,
 * as GitHub numbers headings with the same words ({@code default-1}, {@code default-2}, never an id the page has), so
 * that each can be linked. Reported once an id, as {@code page.duplicate-id}.
 */
public final class UniqueIds implements HtmlPass {
    private final Findings findings;

    public UniqueIds(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml page) {
        Elements withIds = page.content().select("[id]");
        Map<String, List<Element>> byId = new LinkedHashMap<>();
        for (Element e : withIds) {
            List<Element> named = byId.computeIfAbsent(e.id(), id -> new ArrayList<>());
            if (!named.isEmpty() && e.parents().contains(named.get(0))) {
                // One place named twice, ### <a id="introduction"></a>Introduction: the anchor adds nothing to its heading.
                e.removeAttr("id");
            } else {
                named.add(e);
            }
        }
        Set<String> taken = new HashSet<>(withIds.eachAttr("id"));
        for (Map.Entry<String, List<Element>> named : byId.entrySet()) {
            if (named.getValue().size() > 1) {
                number(page, named.getKey(), named.getValue(), taken);
            }
        }
    }

    /**
     * Keeps the id on the element a link means and numbers the rest: an anchor written into the text, which an author
     * put there to be linked ({@code <span id="testing-callback-handlers">}, as The Odin Project marks its answers), over
     * a heading, whose id may be only the one its words give it, and a MyST target over both; otherwise the first.
     */
    private void number(PageHtml page, String id, List<Element> named, Set<String> taken) {
        // A MyST target's label ((setup)=) first: {ref} and [](setup) name it, and a page titled "Setup" gives its title's
        // mark the same id from its words; numbered, the target was lost to every reference ("names no target").
        Element keeper = named.stream().filter(e -> e.hasClass(MarkdownConverter.TARGET)).findFirst()
                .or(() -> named.stream().filter(e -> PageHtml.headingLevel(e) == 0).findFirst()).orElse(named.get(0));
        List<String> given = new ArrayList<>();
        int n = 1;
        for (Element e : named) {
            if (e == keeper) {
                continue;
            }
            while (taken.contains(id + "-" + n)) {
                n++;
            }
            taken.add(id + "-" + n);
            e.id(id + "-" + n);
            given.add(id + "-" + n);
        }
        findings.warning(page.page().path(), SourceLines.of(named.get(1)), "page.duplicate-id", "the id '" + id + "' is given to "
                        + named.size() + " elements of the page: links to #" + id + " go to the " + (keeper == named.get(0) ? "first"
                        : describe(keeper) + " on line " + SourceLines.of(keeper)) + "; the " + (given.size() == 1 ? "other is #" : "others are #")
                        + String.join(", #", given),
                "give each its own id ({#…} after a heading), so that a link says which it means");
    }

    private static String describe(Element e) {
        return "<" + e.normalName() + ">";
    }
}
