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
 * @param slideLevel for slides: headings of this level (1–6) start a new slide, higher ones are section
 *                 title slides (Pandoc's and Quarto's {@code slide-level}); null when only {@code ---} splits
 * @param control  document control (owner, approval, version, changes); {@link DocumentControl#NONE} when unset
 * @param names    the other names the page goes by: wiki-link aliases, old addresses, a navigation title
 * @param language the language the page is written in ({@code lang:}, a BCP 47 tag), when it says; null otherwise
 *                 (its folder's or the handbook's)
 * @param contacts who to ask about the page ({@code questions:}), shown under it; empty for most pages
 * @param activity what a training activity's reader needs first ({@code time}, {@code prereq}…), shown above it; null
 *                 for most pages
 */
public record FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed,
                          ReviewPeriod reviewEvery, Integer durationMinutes, String durationText, LocalTime start,
                          boolean draft, boolean glossary, String handout, Map<String, Integer> lines,
                          List<String> ignore, Integer slideLevel, DocumentControl control, PageNames names, String language,
                          List<Contact> contacts, ActivityFacts activity) {

    /** Without an activity's facts, as most pages are. */
    public FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed, ReviewPeriod reviewEvery,
                       Integer durationMinutes, String durationText, LocalTime start, boolean draft, boolean glossary,
                       String handout, Map<String, Integer> lines, List<String> ignore, Integer slideLevel, DocumentControl control,
                       PageNames names, String language, List<Contact> contacts) {
        this(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start, draft, glossary,
                handout, lines, ignore, slideLevel, control, names, language, contacts, null);
    }

    /** Without {@code questions:}, as most pages are. */
    public FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed, ReviewPeriod reviewEvery,
                       Integer durationMinutes, String durationText, LocalTime start, boolean draft, boolean glossary,
                       String handout, Map<String, Integer> lines, List<String> ignore, Integer slideLevel, DocumentControl control,
                       PageNames names, String language) {
        this(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start, draft, glossary,
                handout, lines, ignore, slideLevel, control, names, language, List.of());
    }

    /** Without {@code lang:}, as most pages are. */
    public FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed, ReviewPeriod reviewEvery,
                       Integer durationMinutes, String durationText, LocalTime start, boolean draft, boolean glossary,
                       String handout, Map<String, Integer> lines, List<String> ignore, Integer slideLevel, DocumentControl control,
                       PageNames names) {
        this(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start, draft, glossary,
                handout, lines, ignore, slideLevel, control, names, null);
    }

    /** With only aliases among its other names. */
    public FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed, ReviewPeriod reviewEvery,
                       Integer durationMinutes, String durationText, LocalTime start, boolean draft, boolean glossary,
                       String handout, Map<String, Integer> lines, List<String> ignore, Integer slideLevel, DocumentControl control,
                       List<String> aliases) {
        this(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start, draft, glossary,
                handout, lines, ignore, slideLevel, control, new PageNames(aliases, List.of(), null));
    }

    /** Other names a wiki link may use for the page. */
    public List<String> aliases() {
        return names.aliases();
    }

    /** The addresses the page was published at before. */
    public List<String> redirectFrom() {
        return names.redirectFrom();
    }

    /** Without aliases, as most pages are. */
    public FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed, ReviewPeriod reviewEvery,
                       Integer durationMinutes, String durationText, LocalTime start, boolean draft, boolean glossary,
                       String handout, Map<String, Integer> lines, List<String> ignore, Integer slideLevel, DocumentControl control) {
        this(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start, draft, glossary,
                handout, lines, ignore, slideLevel, control, List.of());
    }

    /** Without document control. */
    public FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed, ReviewPeriod reviewEvery,
                       Integer durationMinutes, String durationText, LocalTime start, boolean draft, boolean glossary,
                       String handout, Map<String, Integer> lines, List<String> ignore, Integer slideLevel) {
        this(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start, draft, glossary,
                handout, lines, ignore, slideLevel, DocumentControl.NONE);
    }

    /** Without {@code slide-level:}. */
    public FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed, ReviewPeriod reviewEvery,
                       Integer durationMinutes, String durationText, LocalTime start, boolean draft, boolean glossary,
                       String handout, Map<String, Integer> lines, List<String> ignore) {
        this(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start, draft, glossary,
                handout, lines, ignore, (Integer) null);
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
                null, DocumentControl.NONE);
    }

    /** The same front matter as a slide deck split at headings of {@code level} (a deck found by the build, not declared). */
    public FrontMatter asDeck(Integer level) {
        return new FrontMatter(title, Kind.SLIDES, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start,
                draft, glossary, handout, lines, ignore, level, control, names, language, contacts, activity);
    }

    /** The same front matter with a title (from a Pandoc title block) when it has none. */
    public FrontMatter withTitle(String newTitle) {
        return new FrontMatter(newTitle, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start,
                draft, glossary, handout, lines, ignore, slideLevel, control, names, language, contacts, activity);
    }

    /** The same front matter of another kind (a MyST glossary's page, {@link MystGlossaryPage}). */
    FrontMatter withKind(Kind newKind) {
        return new FrontMatter(title, newKind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start,
                draft, glossary, handout, lines, ignore, slideLevel, control, names, language, contacts, activity);
    }

    /** The same front matter with a place in its folder (from a sidebar file, {@link SidebarFiles}). */
    public FrontMatter withOrder(Double newOrder) {
        return new FrontMatter(title, kind, newOrder, summary, reviewed, reviewEvery, durationMinutes, durationText, start,
                draft, glossary, handout, lines, ignore, slideLevel, control, names, language, contacts, activity);
    }

    /** The same front matter with other names (a navigation title from a sidebar file). */
    public FrontMatter withNames(PageNames newNames) {
        return new FrontMatter(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start,
                draft, glossary, handout, lines, ignore, slideLevel, control, newNames, language, contacts, activity);
    }

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
