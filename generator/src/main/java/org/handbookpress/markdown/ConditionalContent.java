package org.handbookpress.markdown;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Quarto's conditional content, {@code ::: {.content-visible when-format="pdf"}} and {@code ::: {.content-hidden
 * unless-format="html"}} (on a block or a bracketed span): a book written for Quarto gives its PDF an R chunk and its web
 * page the same text as a code block, side by side. The handbook makes a site and PDFs, and keeps each part where its
 * author asked: a part for the web only is marked {@value #SCREEN_ONLY} (left out of the PDFs and e-books), a part for
 * print only {@value #PRINT_ONLY} and {@code hidden} (left out of the web page and its search, shown again by the print),
 * a part for neither (a Word document's) is removed. The conditions on metadata and profiles ({@code when-meta},
 * {@code when-profile}) were decided in the Markdown, before its shortcodes were filled in (content.QuartoConditions).
 * Outside a Quarto project they are not known, and such a part is kept everywhere and its attribute reported as any
 * other not applied.
 */
public final class ConditionalContent {

    /** A part of a page only for its web page, left out of print. */
    public static final String SCREEN_ONLY = "screen-only";
    /** A part of a page only for its PDFs and e-books: hidden on the web page, shown by the print. */
    public static final String PRINT_ONLY = "print-only";

    /** Quarto's names that the web page answers to: its HTML formats ({@code html} names them all). */
    private static final Set<String> SCREEN = Set.of("html", "html4", "html5");
    /** Quarto's names that a PDF answers to ({@code latex} and {@code pdf} both name the LaTeX route to a PDF). */
    private static final Set<String> PRINT = Set.of("pdf", "latex", "typst", "beamer", "context");

    private ConditionalContent() {
    }

    /**
     * Applies the element's format conditions, given as Quarto writes them (a format, or several separated by commas or
     * spaces; null when not given): marks it for one output, or removes it when it is for none of them.
     */
    static void apply(Element target, String whenFormat, String unlessFormat) {
        boolean screen = shown(target, whenFormat, unlessFormat, SCREEN);
        boolean print = shown(target, whenFormat, unlessFormat, PRINT);
        if (!screen && !print) {
            target.remove();
        } else if (!print) {
            target.addClass(SCREEN_ONLY);
        } else if (!screen) {
            target.addClass(PRINT_ONLY).attr("hidden", "");
        }
    }

    private static boolean shown(Element target, String whenFormat, String unlessFormat, Set<String> output) {
        boolean met = (whenFormat == null || names(whenFormat, output)) && (unlessFormat == null || !names(unlessFormat, output));
        return target.hasClass("content-hidden") ? !met : met;
    }

    private static boolean names(String formats, Set<String> output) {
        return Arrays.stream(formats.toLowerCase(Locale.ROOT).split("[,\\s]+"))
                .map(f -> f.replaceFirst("[+-].*$", "")) // html+extension, pdf-options: the format's name
                .anyMatch(output::contains);
    }
}
