package org.handbookpress.links;

import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A link with nothing to read, {@code [](https://…)} (Mozilla's training has one after the sentence that links the
 * same page): a screen reader announces "link" and nothing else, and axe-core fails the page (link-name, WCAG 2.4.4 and
 * 4.1.2). Reported, and given its address as its words, as an autolink shows it, so that the page stays usable. A link
 * around a picture is named by the picture's alt text; one without (image.alt-missing says so) is named by its address.
 */
public final class NamelessLinks implements HtmlPass {

    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator NAMED_PICTURES = QueryParser.parse("img[alt~=\\S], svg title, svg[aria-label~=\\S]");

    private final Findings findings;

    public NamelessLinks(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml page) {
        for (Element link : page.content().select(LINKS)) {
            if (!link.text().isBlank() || !link.attr("aria-label").isBlank() || !link.attr("aria-labelledby").isBlank()
                    || !link.attr("title").isBlank() || !link.select(NAMED_PICTURES).isEmpty()) {
                continue;
            }
            String address = link.attr("href");
            if (address.isBlank() || (!link.id().isEmpty() && address.equals("#" + link.id()))) {
                // A place to link to, not a link: mkdocs-autorefs' [](){#install} (heig-vd's handbook has 120), and the
                // anchor GitBook writes into a heading, <a href="#setup" id="setup"></a> (49 in Open Collective's docs).
                link.removeAttr("href");
                continue;
            }
            if (address.startsWith("#") && address.length() > 1 && linksToItsOwnPlace(link, UrlPath.decode(address.substring(1)))) {
                // A permalink its site's style drew as a symbol, <th id="m3"><a class="anchor" href="#m3"></a>M3</th>:
                // nothing to read here, and the layout gives headings their own.
                link.remove();
                continue;
            }
            if (link.selectFirst("img, svg") != null) {
                link.attr("aria-label", address); // its picture has no alt text: image.alt-missing has said so
                continue;
            }
            findings.warning(page.page().path(), SourceLines.of(link), "link.no-text", "the link to '" + address
                    + "' has no words to read or follow, so a screen reader says only \"link\"; it shows its address instead",
                    "write the words a reader should follow between the brackets: [the project's README](" + address + ")");
            link.text(address);
        }
    }

    /** Whether the link is inside the element it names (its address is the id of one of its ancestors). */
    private static boolean linksToItsOwnPlace(Element link, String id) {
        for (Element up = link.parent(); up != null; up = up.parent()) {
            if (id.equals(up.id())) {
                return true;
            }
        }
        return false;
    }
}
