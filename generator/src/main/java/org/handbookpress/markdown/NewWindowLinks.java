package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.jsoup.nodes.Element;

/**
 * Links whose attribute list asks for a new window ({@code [form](https://…){:target="_blank"}}, as Jekyll sites write
 * nearly every outside link), or whose HTML does ({@code <a href="…" target="_blank">}), gathered over the whole handbook and told once, as a notice. The list is not applied: a
 * link opens where the reader is, as WCAG advises unless its words say otherwise (technique G201, 3.2.5), and the
 * reader who wants another window can open one; so it leaves nothing to mend. Said once a list, such lists were 16 of
 * 407 findings of a French training course's site (IFB's FAIR data training), as warnings that failed a strict build.
 * Thread-safe: the pages' passes run in parallel.
 */
public final class NewWindowLinks {

    public static final String CODE = "syntax.link-target";
    /** A link's attributes that only choose its window and what the opened page is told of the one it came from. */
    private static final Set<String> WINDOW = Set.of("target", "rel");
    /** How many files the notice names before "and N more". */
    private static final int FILES_NAMED = 5;

    private final List<Finding> places = new ArrayList<>();

    /** Whether the attribute, on this element, only chooses the window a link opens in. */
    static boolean choosesWindow(Element element, String key) {
        return element.normalName().equals("a") && WINDOW.contains(key);
    }

    /** The place of one link's list (a notice there), when the author has not silenced it. */
    static Finding place(String file, int line) {
        return Finding.notice(file, line, CODE, "this link asks for a new window (target=\"_blank\"), which the handbook does not open",
                "nothing to do");
    }

    synchronized void add(Finding place) {
        places.add(place);
    }

    /** One notice for every link gathered, at the first in report order, with how many there are and in which files. */
    public synchronized void report(Findings findings) {
        if (places.isEmpty()) {
            return;
        }
        List<Finding> sorted = places.stream().sorted(Finding.REPORT_ORDER).toList(); // two on a line are two links
        List<String> files = sorted.stream().map(Finding::file).distinct().toList();
        String named = org.handbookpress.findings.Listed.first(files, FILES_NAMED);
        Finding first = sorted.get(0);
        findings.notice(first.file(), first.line(), CODE, (sorted.size() == 1 ? "a link asks" : sorted.size() + " links ask")
                        + " to open in a new window ({:target=\"_blank\"} or <a target=\"_blank\">), which the handbook does not do: "
                        + (sorted.size() == 1 ? "it opens" : "they open") + " in the reader's own window, as WCAG advises unless the"
                        + " link's words say so (first here; " + files.size() + (files.size() == 1 ? " file: " : " files: ") + named + ")",
                "nothing to do: a reader can open a link in a new window themselves; remove the targets when no other tool reads the files");
        places.clear();
    }
}
