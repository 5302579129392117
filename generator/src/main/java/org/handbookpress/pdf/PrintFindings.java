package org.handbookpress.pdf;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Turns what the PDF engine noticed ({@link PrintNote}) into findings against the page and line it
 * came from: a PDF prints many pages, and the engine knows only URLs and text. A refused URL is found
 * by its file name in the pages' attributes (src, style…), text by its opening characters; what is
 * found in no page is reported against the PDF's own source (handbook.yml for a pack).
 */
public final class PrintFindings {

    private static final int SHOWN = 60;

    private PrintFindings() {
    }

    /**
     * @param pdf          the PDF's site path, for the message
     * @param notes        what the engine noticed while printing it
     * @param pages        the pages printed in it
     * @param fallbackFile where a note found in no page is reported
     */
    public static void report(String pdf, List<PrintNote> notes, List<PageHtml> pages, String fallbackFile, int fallbackLine,
                              Findings findings) {
        for (PrintNote note : notes) {
            Place place = locate(note, pages);
            String file = place == null ? fallbackFile : place.file();
            int line = place == null ? fallbackLine : place.line();
            switch (note.kind()) {
                case REFUSED -> findings.warning(file, line, "pdf.resource-outside", note.detail() + " (" + pdf + ")",
                        "copy the file into content/ and refer to it with a path relative to the page");
                case PICTURE_DROPPED -> findings.warning(file, line, "pdf.picture-dropped", note.detail() + " (" + pdf + ")",
                        "save the picture again at a sensible size (about 2000 pixels across is plenty for print) as PNG or JPEG");
                case TOO_WIDE -> findings.warning(file, line, "pdf.text-too-wide", note.detail() + " (" + pdf + ")",
                        "break the text with spaces, shorten it, or (in a table) use fewer columns");
                case ENGINE_ERROR -> findings.notice(file, line, "pdf.engine-error", "while printing " + pdf
                                + ", the PDF library reported: " + shorten(note.detail()),
                        "check that part of the PDF; if something is missing, report it with this page");
            }
        }
    }

    /** The first characters of a long text, for a message. */
    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
    }

    private record Place(String file, int line) {
    }

    private static Place locate(PrintNote note, List<PageHtml> pages) {
        if (note.subject().isEmpty()) {
            return null;
        }
        if (note.kind() == PrintNote.Kind.TOO_WIDE) {
            String start = note.subject().length() > 24 ? note.subject().substring(0, 24) : note.subject();
            for (PageHtml page : pages) {
                for (Element e : page.content().getElementsContainingOwnText(start)) {
                    return new Place(page.page().path(), SourceLines.of(e));
                }
            }
            return null;
        }
        String name = fileName(note.subject());
        if (name.isEmpty()) {
            return null;
        }
        for (PageHtml page : pages) {
            for (Element e : page.content().getAllElements()) {
                for (Attribute attribute : e.attributes()) {
                    String value = attribute.getValue();
                    if (value.contains(name) || decode(value).contains(name)) {
                        return new Place(page.page().path(), SourceLines.of(e));
                    }
                }
            }
        }
        return null;
    }

    private static String fileName(String uri) {
        String path = uri.replaceAll("[?#].*$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return decode(last);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
