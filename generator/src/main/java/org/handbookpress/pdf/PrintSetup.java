package org.handbookpress.pdf;

import freemarker.template.TemplateMethodModelEx;
import java.util.function.Function;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.content.Paper;
import org.handbookpress.labels.Labels;
import org.handbookpress.render.ThemeEngine;
import org.jsoup.nodes.Document;

/**
 * What every PDF of a build shares: the layouts, the site's data for them, the folder images are
 * read from (the staging site), the build's timestamp, the page lookup for links and the PDF cache.
 *
 * @param site      the {@code site} map every layout receives
 * @param baseDir   the staging folder of the site being written; print documents resolve images there
 * @param timestamp creation date written into every PDF
 * @param paper     paper of the PDFs of single pages: the first pack's, else A4
 * @param languages the handbook's folders of translations, whose pages print in their language
 * @param labels    a layout's {@code t} for a page's path ("" for the handbook's language): its labels in its language
 * @param termUsers the URLs of every page using a glossary term, in reading order, by the term's id
 * @param sites     the {@code site} map for a page's path ("" for the handbook's language): its dates in its language
 */
record PrintSetup(ThemeEngine theme, Map<String, Object> site, Path baseDir, Instant timestamp, String language,
                  String organisation, String baseUrl, Paper paper, Map<String, Page> pagesByUrl, PrintParts parts, PdfCache pdfs,
                  LanguageFolders languages, Function<String, TemplateMethodModelEx> labels,
                  Function<String, java.util.List<String>> termUsers, Function<String, Map<String, Object>> sites) {

    /**
     * The language a page's text is in: the one its front matter gives ({@code lang:}), else its folder's, in a folder of
     * translations; else the handbook's.
     */
    String languageOf(Page page) {
        return languages.textLanguageOf(page, language);
    }

    /** The language of what is printed for a path: its folder of translations', else the handbook's ("" for it). */
    String languageOf(String path) {
        String own = languages.languageOf(path);
        return own == null ? language : own;
    }

    /**
     * The path a print document of these pages is written as, for its words, dates and language: that of their folder of
     * translations when they are all in the same one (a Welsh pack of {@code cy/…} pages is in Welsh), else ""
     * (the handbook's language).
     */
    String writtenAs(java.util.List<Page> pages) {
        return languages.writtenAs(pages);
    }

    /**
     * What a print document of {@code title} says it is: {@code own} words (a pack's subtitle, a page's summary), else
     * "the title, from the handbook" in the print's words, the handbook named as {@code site} names it in that language.
     */
    static String description(String own, String title, Labels words, Map<String, Object> site) {
        return own == null || own.isBlank()
                ? words.format("print.description", Map.of("title", title, "handbook", String.valueOf(site.get("title")))) : own;
    }

    /** The PDF's metadata, its author the organisation as {@code site} names it in the print's language. */
    PdfMetadata metadata(String pdfTitle, String description, Map<String, Object> site, String printLanguage) {
        return new PdfMetadata(pdfTitle, String.valueOf(site.getOrDefault("organisation", organisation)), description, printLanguage, timestamp);
    }

    /** Lays out a print document; with {@code forms}, makes its text fields PDF/A-ready. */
    PrintJob.Printed print(Document doc, PdfMetadata meta, boolean forms) throws IOException {
        AtomicInteger pages = new AtomicInteger();
        HtmlToPdf.Printed printed = pdfs.render(doc, baseDir, meta, forms ? "forms" : "plain", pdf -> {
            if (forms) {
                FormFields.finish(pdf);
            }
        }, pdf -> pages.set(pdf.getNumberOfPages()));
        return new PrintJob.Printed(printed.bytes(), pages.get(), printed.notes());
    }
}
