package org.handbookpress.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A page's front matter, validated. Absent values are null (or the documented default).
 *
 * @param lines    the line of each key in the Markdown file, so later stages can point at it
 * @param glossary false when the page opts out of glossary linking
 * @param handout  for slides: "notes" prints speaker notes on the handout
 * @param ignore   finding codes silenced on this page ({@code ignore: [placeholder.todo]}), see check/Silences
 * @param control  document control (owner, approval, version, changes); {@link DocumentControl#NONE} when unset
 */
public record FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed,
                          ReviewPeriod reviewEvery, Integer durationMinutes, String durationText, LocalTime start,
                          boolean draft, boolean glossary, String handout, Map<String, Integer> lines,
                          List<String> ignore, DocumentControl control) {

    /** Without document control, as most pages are. */
    public FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed, ReviewPeriod reviewEvery,
                       Integer durationMinutes, String durationText, LocalTime start, boolean draft, boolean glossary,
                       String handout, Map<String, Integer> lines, List<String> ignore) {
        this(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start, draft, glossary,
                handout, lines, ignore, DocumentControl.NONE);
    }

    /** Without {@code ignore:}, as most pages are. */
    public FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed, ReviewPeriod reviewEvery,
                       Integer durationMinutes, String durationText, LocalTime start, boolean draft, boolean glossary,
                       String handout, Map<String, Integer> lines) {
        this(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start, draft, glossary,
                handout, lines, List.of());
    }

    public static FrontMatter empty() {
        return new FrontMatter(null, Kind.PAGE, null, null, null, null, null, null, null, false, true, null, Map.of(), List.of(),
                DocumentControl.NONE);
    }

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
