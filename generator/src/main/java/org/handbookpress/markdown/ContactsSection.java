package org.handbookpress.markdown;

import java.util.List;
import org.handbookpress.content.Contact;
import org.handbookpress.labels.PageLabels;
import org.jsoup.nodes.Element;

/**
 * Who to ask about a page ({@code questions:} in its front matter, as the 18F/TTS handbook's 116 pages give their chat
 * channels and e-mail addresses), shown under its text as a "Questions?" section with the id {@code questions}, as that
 * handbook's layout shows it, on the site and in print. Before, the contacts were dropped as an unknown key, and the
 * handbook's links to a page's {@code #questions} were broken.
 */
public final class ContactsSection implements HtmlPass {

    /** The section's id, which links to a page's contacts name. */
    static final String ID = "questions";

    private final PageLabels labels;

    /** @param labels the section's heading, in the page's language */
    public ContactsSection(PageLabels labels) {
        this.labels = labels;
    }

    @Override
    public void apply(PageHtml page) {
        List<Contact> contacts = page.page().meta().contacts();
        if (contacts.isEmpty()) {
            return;
        }
        // A page with a heading of its own called Questions keeps the id for it: the section is no author's to rename.
        boolean idTaken = page.content().getElementById(ID) != null;
        Element section = page.content().appendElement("section").addClass("page-contacts");
        Element heading = section.appendElement("h2").text(labels.of(page.page().path()).text(ID));
        if (!idTaken) {
            heading.id(ID);
        }
        Element list = section.appendElement("ul");
        for (Contact contact : contacts) {
            Element item = list.appendElement("li");
            if (contact.url() == null) {
                item.text(contact.text());
            } else {
                item.appendElement("a").attr("href", contact.url()).text(contact.text());
            }
        }
    }
}
