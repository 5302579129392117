package org.handbookpress.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.Edition;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Paper;
import org.handbookpress.content.PackConfig;
import org.handbookpress.content.Page;
import org.handbookpress.labels.Labels;
import org.handbookpress.markdown.PageHtml;

/**
 * Prints a pack from handbook.yml through {@code print/pack.ftlh}: cover, contents, then every
 * included page as a part; links between included pages become links inside the PDF.
 */
final class PackPrinter {

    static final String LAYOUT = "print/pack.ftlh";

    private final PrintSetup setup;

    PackPrinter(PrintSetup setup) {
        this.setup = setup;
    }

    PrintJob.Printed print(PackConfig pack, List<PageHtml> pages, Edition edition) throws Exception {
        Map<String, String> partIds = new LinkedHashMap<>();
        for (PageHtml html : pages) {
            partIds.put(html.page().url(), PrintPart.idFor(html.page()));
        }
        PrintLinks links = new PrintLinks(partIds, setup.pagesByUrl(), setup.baseUrl(), setup.termUsers());
        WritingSpace writing = new WritingSpace(pack.forms(), edition);
        // A pack is in the handbook's language, or in its pages' when they are all in one folder of translations (cy/…).
        String writtenAs = setup.writtenAs(pages.stream().map(PageHtml::page).toList());
        String language = setup.languageOf(writtenAs);
        // Large print is reflowed, never an enlarged copy of a smaller page: on A4, or on Letter for a Letter pack.
        Paper paper = edition == Edition.LARGE_PRINT ? pack.paper().largePrint() : pack.paper();
        // Chapters are numbered within their folder: from several folders, each says its section, or the contents list
        // "Chapter 1" once for each.
        boolean nameSections = pages.stream().map(PageHtml::page).filter(page -> page.kind() == Kind.CHAPTER)
                .map(Page::folder).distinct().count() > 1;
        List<Map<String, Object>> parts = new ArrayList<>();
        for (PageHtml html : pages) {
            Map<String, Object> part = setup.parts().part(html, links, writing, edition, paper, nameSections).model();
            // A Welsh chapter in an English pack: its text is marked Welsh, for a screen reader's voice (WCAG 3.1.2).
            String partLanguage = setup.languageOf(html.page());
            if (!partLanguage.equals(language)) {
                part.put("language", partLanguage);
            }
            parts.add(part);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", pack.id());
        p.put("title", pack.title());
        p.put("subtitle", pack.subtitle());
        p.put("paper", paper.cssSize());
        p.put("forms", pack.forms());
        p.put("hasSlides", pages.stream().anyMatch(h -> h.page().kind() == Kind.SLIDES));
        p.put("hasGlossary", pages.stream().map(PageHtml::page).map(Page::kind).anyMatch(k -> k == Kind.GLOSSARY));
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> site = setup.sites().apply(writtenAs); // the handbook's title and date in the pack's language
        model.put("site", site);
        model.put("language", language);
        model.put("t", setup.labels().apply(writtenAs));
        model.put("pack", p);
        model.put("parts", parts);
        model.put("edition", edition.id());
        Labels words = setup.parts().labels(writtenAs); // the pack's language, as its cover and contents are
        String description = PrintSetup.description(pack.subtitle(), pack.title(), words, site);
        model.put("description", description);
        PdfMetadata meta = setup.metadata(PrintEditions.title(pack.title(), edition, words), description, site, language);
        return setup.print(PrintDocument.render(setup.theme(), LAYOUT, model), meta, pack.forms());
    }

}
