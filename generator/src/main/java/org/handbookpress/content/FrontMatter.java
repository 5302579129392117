package org.handbookpress.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A page's front matter, validated. Absent values are null (or the documented default). Made value by value with
 * {@link #builder()}, or from another with {@link #toBuilder()}, so that no caller lists twenty values in order.
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
 * @param chapterPage the Hugo Learn and Relearn themes' {@code chapter: true}: the page is a chapter's title page, whose
 *                 text opens with the chapter's heading block ({@code ### Chapter 1} over {@code # Basics}), as the
 *                 theme shows no title of its own there
 * @param hero     a VitePress or Starlight home page's buttons and feature boxes ({@link HomeHero}), put before its text;
 *                 null for most pages
 * @param menuPlace where the page puts itself in a just-the-docs site's menu ({@code parent:}, {@code nav_exclude:}…);
 *                 {@link JustTheDocsPlace#NONE} for most pages
 * @param nextReview the date the next review is due when the page says so ({@code next-review:}, or a register's
 *                 {@code next_review}); null when the next review follows from {@code reviewed} and {@code review-every}
 * @param deckNotes for slides: how the deck writes its speaker notes besides the handbook's own ways: in HTML comments,
 *                 as a Marp deck ({@code marp: true}) does, or on lines starting '^', as a Deckset deck does;
 *                 {@link DeckNotes#OWN} for every other page, whose comments are the author's own
 * @param outsideMenu the page asks to be left out of the menu, yet built and found by links and search: Docsy's
 *                 {@code toc_hide: true}, the Hugo Learn and Relearn themes' {@code hidden: true}, just-the-docs'
 *                 {@code nav_exclude: true}
 */
public record FrontMatter(String title, Kind kind, Double order, String summary, LocalDate reviewed,
                          ReviewPeriod reviewEvery, Integer durationMinutes, String durationText, LocalTime start,
                          boolean draft, boolean glossary, String handout, Map<String, Integer> lines,
                          List<String> ignore, Integer slideLevel, DocumentControl control, PageNames names, String language,
                          List<Contact> contacts, ActivityFacts activity, boolean chapterPage, HomeHero hero,
                          JustTheDocsPlace menuPlace, DeckNotes deckNotes, LocalDate nextReview, boolean outsideMenu) {

    /** Other names a wiki link may use for the page. */
    public List<String> aliases() {
        return names.aliases();
    }

    /** The addresses the page was published at before, as written. */
    public List<String> redirectFrom() {
        return names.redirectFrom().stream().map(ListedAddress::written).toList();
    }

    /** A page's front matter with nothing set: every value its default, as for a page without front matter. */
    public static FrontMatter empty() {
        return builder().build();
    }

    /** Front matter to fill in, every value its default until set: a page, linked to the glossary, with no other names. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this front matter's values, to make a copy that differs in a few. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same front matter as a slide deck split at headings of {@code level} (a deck found by the build, not declared). */
    public FrontMatter asDeck(Integer level) {
        return toBuilder().kind(Kind.SLIDES).slideLevel(level).build();
    }

    /** The same front matter with a title (from a Pandoc title block) when it has none. */
    public FrontMatter withTitle(String newTitle) {
        return toBuilder().title(newTitle).build();
    }

    /** The same front matter of another kind (a MyST glossary's page, {@link MystGlossaryPage}). */
    FrontMatter withKind(Kind newKind) {
        return toBuilder().kind(newKind).build();
    }

    /** The same front matter with a place in its folder (from a sidebar file, {@link SidebarFiles}). */
    public FrontMatter withOrder(Double newOrder) {
        return toBuilder().order(newOrder).build();
    }

    /** The same front matter with other names (a navigation title from a sidebar file). */
    public FrontMatter withNames(PageNames newNames) {
        return toBuilder().names(newNames).build();
    }

    /**
     * Front matter value by value, each named as its key: what the parser reads, and the few values a test or another
     * tool's files give. A value not set keeps its default, that of a page whose front matter does not mention it.
     */
    public static final class Builder {
        private String title;
        private Kind kind = Kind.PAGE;
        private Double order;
        private String summary;
        private LocalDate reviewed;
        private ReviewPeriod reviewEvery;
        private Integer durationMinutes;
        private String durationText;
        private LocalTime start;
        private boolean draft;
        private boolean glossary = true;
        private String handout;
        private Map<String, Integer> lines = Map.of();
        private List<String> ignore = List.of();
        private Integer slideLevel;
        private DocumentControl control = DocumentControl.NONE;
        private PageNames names = PageNames.NONE;
        private String language;
        private List<Contact> contacts = List.of();
        private ActivityFacts activity;
        private boolean chapterPage;
        private HomeHero hero;
        private JustTheDocsPlace menuPlace = JustTheDocsPlace.NONE;
        private DeckNotes deckNotes = DeckNotes.OWN;
        private LocalDate nextReview;
        private boolean outsideMenu;

        private Builder() {
        }

        private Builder(FrontMatter from) {
            title = from.title;
            kind = from.kind;
            order = from.order;
            summary = from.summary;
            reviewed = from.reviewed;
            reviewEvery = from.reviewEvery;
            durationMinutes = from.durationMinutes;
            durationText = from.durationText;
            start = from.start;
            draft = from.draft;
            glossary = from.glossary;
            handout = from.handout;
            lines = from.lines;
            ignore = from.ignore;
            slideLevel = from.slideLevel;
            control = from.control;
            names = from.names;
            language = from.language;
            contacts = from.contacts;
            activity = from.activity;
            chapterPage = from.chapterPage;
            hero = from.hero;
            menuPlace = from.menuPlace;
            deckNotes = from.deckNotes;
            nextReview = from.nextReview;
            outsideMenu = from.outsideMenu;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder kind(Kind value) {
            kind = value;
            return this;
        }

        public Builder order(Double value) {
            order = value;
            return this;
        }

        public Builder summary(String value) {
            summary = value;
            return this;
        }

        public Builder reviewed(LocalDate value) {
            reviewed = value;
            return this;
        }

        public Builder reviewEvery(ReviewPeriod value) {
            reviewEvery = value;
            return this;
        }

        /** {@code duration:}, as minutes when it reads as a length of time, and as written. */
        public Builder duration(Integer minutes, String asWritten) {
            durationMinutes = minutes;
            durationText = asWritten;
            return this;
        }

        public Builder start(LocalTime value) {
            start = value;
            return this;
        }

        public Builder draft(boolean value) {
            draft = value;
            return this;
        }

        public Builder glossary(boolean value) {
            glossary = value;
            return this;
        }

        public Builder handout(String value) {
            handout = value;
            return this;
        }

        public Builder lines(Map<String, Integer> value) {
            lines = value;
            return this;
        }

        public Builder ignore(List<String> value) {
            ignore = value;
            return this;
        }

        public Builder slideLevel(Integer value) {
            slideLevel = value;
            return this;
        }

        public Builder control(DocumentControl value) {
            control = value;
            return this;
        }

        public Builder names(PageNames value) {
            names = value;
            return this;
        }

        /** Only wiki-link aliases among the page's other names. */
        public Builder aliases(List<String> value) {
            names = new PageNames(value, List.of(), null);
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder contacts(List<Contact> value) {
            contacts = value;
            return this;
        }

        public Builder activity(ActivityFacts value) {
            activity = value;
            return this;
        }

        public Builder chapterPage(boolean value) {
            chapterPage = value;
            return this;
        }

        public Builder hero(HomeHero value) {
            hero = value;
            return this;
        }

        public Builder menuPlace(JustTheDocsPlace value) {
            menuPlace = value;
            return this;
        }

        public Builder deckNotes(DeckNotes value) {
            deckNotes = value;
            return this;
        }

        public Builder nextReview(LocalDate value) {
            nextReview = value;
            return this;
        }

        public Builder outsideMenu(boolean value) {
            outsideMenu = value;
            return this;
        }

        public FrontMatter build() {
            return new FrontMatter(title, kind, order, summary, reviewed, reviewEvery, durationMinutes, durationText, start, draft,
                    glossary, handout, lines, ignore, slideLevel, control, names, language, contacts, activity, chapterPage, hero,
                    menuPlace, deckNotes, nextReview, outsideMenu);
        }
    }

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
