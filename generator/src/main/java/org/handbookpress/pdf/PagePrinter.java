package org.handbookpress.pdf;

import org.handbookpress.content.Edition;
import org.handbookpress.content.Paper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.handbookpress.labels.Labels;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.render.ShownName;

/**
 * Prints one page on its own through {@code print/page.ftlh}: the "Download this chapter (PDF)" of
 * chapters, policies and agreements, and the printable glossary. Links to other pages go to the
 * website when {@code baseUrl} is set, and are plain text otherwise.
 */
final class PagePrinter {

    static final String LAYOUT = "print/page.ftlh";

    private final PrintSetup setup;

    PagePrinter(PrintSetup setup) {
        this.setup = setup;
    }

    PrintJob.Printed print(PageHtml html, Edition edition) throws Exception {
        PrintLinks links = new PrintLinks(Map.of(html.page().url(), PrintPart.idFor(html.page())), setup.pagesByUrl(), setup.baseUrl());
        Paper paper = edition == Edition.LARGE_PRINT ? setup.paper().largePrint() : setup.paper();
        PrintPart part = setup.parts().part(html, links, new WritingSpace(false, edition), edition, paper);
        if (part.appendix()) {
            // Only a pack has appendices: the glossary printed on its own is no appendix to anything, and is labelled as
            // a top-level page is.
            part = new PrintPart(part.page(), part.id(), part.title(), new ShownName("", null), part.summary(), part.review(), part.overdue(), part.status(),
                    part.control(), part.content(), false);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", part.title());
        doc.put("paper", paper.cssSize());
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> site = setup.sites().apply(html.page().path()); // its date, and the handbook's title, in the page's language
        model.put("site", site);
        model.put("t", setup.labels().apply(html.page().path()));
        model.put("doc", doc);
        Map<String, Object> partModel = part.model();
        model.put("part", partModel);
        model.put("edition", edition.id());
        // The document is in its folder's language, as its words (contents, page numbers) are; a page that says it is in
        // another (lang: cy) has its own text marked so, as in a pack, and the PDF's language is that of its text.
        String language = setup.languageOf(html.page().path());
        model.put("language", language);
        String textLanguage = setup.languageOf(html.page());
        if (!textLanguage.equals(language)) {
            partModel.put("language", textLanguage);
        }
        String summary = html.page().meta().summary();
        Labels words = setup.parts().labels(html.page().path());
        String description = PrintSetup.description(summary, part.title(), words, site);
        model.put("description", description);
        PdfMetadata meta = setup.metadata(PrintEditions.title(part.title(), edition, words), description, site, textLanguage);
        return setup.print(PrintDocument.render(setup.theme(), LAYOUT, model), meta, false);
    }
}
