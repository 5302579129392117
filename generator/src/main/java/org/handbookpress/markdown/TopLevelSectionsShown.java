package org.handbookpress.markdown;

import java.util.List;
import org.handbookpress.content.TopLevelSections;
import org.handbookpress.findings.Findings;
import org.jsoup.nodes.Element;

/**
 * Shows a document whose sections are {@code #} headings ({@link TopLevelSections}: a Word document converted with
 * Pandoc) with each heading a level lower, under the title its file's name gives it: its "Purpose" and "Who to contact"
 * are the page's {@code h2}s, not second and third {@code h1}s. Says so once, as a notice.
 */
public final class TopLevelSectionsShown implements HtmlPass {
    private final Findings findings;

    public TopLevelSectionsShown(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml page) {
        List<String> sections = TopLevelSections.of(page.page().markdown(), page.page().path(), page.page().meta());
        if (sections.isEmpty()) {
            return;
        }
        for (Element heading : page.content().select(PageHtml.HEADINGS)) {
            int level = PageHtml.headingLevel(heading);
            heading.tagName("h" + Math.min(6, level + 1));
        }
        findings.notice(page.page().path(), page.page().bodyLine(), "page.sections-at-top", "the page's " + sections.size()
                        + " '#' headings are its sections (the first is '" + sections.get(0) + "'): it is titled '" + page.page().title()
                        + "', from its file's name, and its headings are shown a level lower",
                "give it a title in its front matter (title: …) to name it otherwise");
    }
}
