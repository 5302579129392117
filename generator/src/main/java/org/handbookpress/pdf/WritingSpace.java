package org.handbookpress.pdf;

import java.util.Map;
import org.handbookpress.content.Edition;
import org.handbookpress.labels.Labels;
import org.handbookpress.markdown.Callouts;
import org.jsoup.nodes.Element;

/**
 * Gives each exercise ({@code div.exercise[data-lines]}, from {@link Callouts}) ruled lines to write
 * on, and in packs with {@code forms: true} a multi-line text field over them, which OpenHTMLtoPDF
 * turns into a fillable AcroForm field (an HTML {@code textarea} inside a {@code form}).
 */
final class WritingSpace {

    /** Height of one ruled line, in millimetres; print.css draws the rules at the same pitch. */
    static final int LINE_MM = 9;
    /** The same in large print, for large handwriting; large-print.css draws them at this pitch. */
    static final int LARGE_PRINT_LINE_MM = 14;

    private final boolean forms;
    private final int lineMm;

    WritingSpace(boolean forms) {
        this(forms, Edition.STANDARD);
    }

    WritingSpace(boolean forms, Edition edition) {
        this.forms = forms;
        this.lineMm = edition == Edition.LARGE_PRINT ? LARGE_PRINT_LINE_MM : LINE_MM;
    }

    /** @return the number of fillable fields added, each named in English */
    int apply(String partId, Element content) {
        return apply(partId, content, null);
    }

    /**
     * @param words the page's labels, which name each field for a screen reader ("Your answer to exercise 2: …"); null
     *              for English
     * @return the number of fillable fields added
     */
    int apply(String partId, Element content, Labels words) {
        int number = 0;
        for (Element exercise : content.select("div.exercise")) {
            number++;
            int lines = lines(exercise.attr("data-lines"));
            Element space = exercise.appendElement("div").addClass("writing-space");
            for (int i = 0; i < lines; i++) {
                space.appendElement("div").addClass("rule");
            }
            if (forms) {
                String question = exercise.select("p:not(.callout-title)").text();
                String title = words == null ? "Your answer to exercise " + number + (question.isBlank() ? "" : ": " + shorten(question))
                        : question.isBlank() ? words.format("print.answer", Map.of("number", number))
                        : words.format("print.answer.question", Map.of("number", number, "question", shorten(question)));
                space.appendElement("form").attr("name", partId + "-form-" + number)
                        .appendElement("textarea")
                        .attr("name", partId + "-exercise-" + number)
                        .attr("title", title)
                        .attr("style", "height: " + (lines * lineMm) + "mm");
            }
        }
        return forms ? number : 0;
    }

    private static int lines(String attr) {
        try {
            return Math.max(1, Math.min(40, Integer.parseInt(attr.trim())));
        } catch (NumberFormatException e) {
            return Callouts.DEFAULT_EXERCISE_LINES;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117).replaceFirst("\\s+\\S*$", "") + "…";
    }
}
