package org.handbookpress.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The emoji of a contributors table that the all-contributors bot writes into a README, between its
 * {@code <!-- ALL-CONTRIBUTORS-LIST:START -->} and {@code <!-- ALL-CONTRIBUTORS-LIST:END -->} comments: each contribution
 * is a link to {@code #ideas-ekuw}, {@code #mentoring-ekuw}, an anchor that no page has, there or on GitHub (the bot
 * writes them so that a kind of contribution has an address; only its title, "Ideas, Planning, &amp; Feedback", says
 * anything). Reported as missing anchors, a table of 14 people was 40 errors that failed the build of a Jupyter Book
 * whose README sits beside its pages (JGIBristol/ask-jgi-handbook), and its owner can fix none of them: the bot writes
 * the table again at each contribution. Such an emoji stays, with its title, as text and no link.
 */
final class ContributorsKey {

    private static final String START = "ALL-CONTRIBUTORS-LIST:START";
    private static final String END = "ALL-CONTRIBUTORS-LIST:END";
    /** The bot's anchor: a kind of contribution, a hyphen and the contributor's login ({@code #projectManagement-ekuw}). */
    private static final Pattern KEY = Pattern.compile("^#[A-Za-z0-9]+-[^\\s#/]+$");

    private ContributorsKey() {
    }

    /**
     * Takes the address off every emoji key link inside the bot's list in the page's content: it leads nowhere. The
     * page's text says at no cost whether it may hold such a list (most pages do not), counting a list that comes in
     * from an included file (a Jupyter Book or MkDocs page that includes the README).
     */
    static void unlink(PageHtml page) {
        if (!page.mayHold(START)) {
            return;
        }
        Element content = page.content();
        List<Element> keys = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean inside;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment comment) {
                    String text = comment.getData().toUpperCase(Locale.ROOT);
                    inside = text.contains(START) || inside && !text.contains(END);
                } else if (inside && node instanceof Element element && element.normalName().equals("a")
                        && KEY.matcher(element.attr("href").trim()).matches()) {
                    keys.add(element);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, content);
        for (Element key : keys) {
            key.removeAttr("href");
        }
    }
}
