package org.handbookpress.render;

import java.util.List;
import java.util.OptionalInt;
import org.handbookpress.content.Durations;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.FrontMatterParser;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.PageLabels;

/**
 * A page's planned length ({@code duration:} in its front matter) written in its language's units, {@code 1 год 30 хв}
 * on a Ukrainian session plan, {@code 90 Min.} on a German one: read as its agenda items' lengths are ({@link
 * AgendaLengths}), once the page's language is known, which it is only when every page is read (a folder of translations
 * is one for the pages it translates). Front matter is read in English units only ({@code content.FrontMatterParser}),
 * and such a length was "not a length of time", an error on a session plan; what no language reads is said here.
 */
public final class SessionLengths {

    private SessionLengths() {
    }

    /** The handbook with each page's duration read in its language where English did not read it. */
    public static Handbook read(Handbook handbook, PageLabels labels, Findings findings) {
        List<Page> pages = handbook.pages();
        List<Page> read = pages.stream().map(page -> read(page, labels, findings)).toList();
        boolean changed = false;
        for (int i = 0; i < pages.size() && !changed; i++) {
            changed = read.get(i) != pages.get(i);
        }
        return changed ? handbook.withPages(read) : handbook;
    }

    /** The page with its duration read in its language; itself when there is none to read, or it is no length of time (said). */
    public static Page read(Page page, PageLabels labels, Findings findings) {
        FrontMatter meta = page.meta();
        String text = meta.durationText();
        if (text == null || meta.durationMinutes() != null || Durations.minutes(text).isPresent()) {
            return page; // none, or read in English units (and said there when it is no session's length)
        }
        OptionalInt minutes = AgendaLengths.of(labels.of(page.path())).minutes(text);
        int line = meta.lineOf("duration");
        if (minutes.isEmpty()) {
            findings.add(FrontMatterParser.durationUnread(page.path(), line, page.kind(), text));
            return page;
        }
        var wrong = FrontMatterParser.durationOutOfRange(page.path(), line, page.kind(), text, minutes.getAsInt());
        if (wrong.isPresent()) {
            findings.add(wrong.get());
            return page;
        }
        return page.withMeta(meta.toBuilder().duration(minutes.getAsInt(), text).build());
    }
}
