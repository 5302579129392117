package org.handbookpress.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handbookpress.findings.Findings;
import org.handbookpress.text.CharacterReferences;
import org.handbookpress.text.InlineTags;
import org.handbookpress.text.NamedMonths;

/** Splits front matter from a page and validates it key by key. */
public final class FrontMatterParser {

    static final Set<String> KEYS = new LinkedHashSet<>(List.of("title", "kind", "order", "summary", "reviewed",
            "review-every", "next-review", "duration", "start", "draft", "glossary", "handout", "ignore", "slide-level", "aliases", "redirect-from", "redirect-to", "nav-title", "lang", "questions"));
    /** Who to ask about a page, when its items are contacts ({@link Contact#read}); another tool's key when they are not. */
    private static final String QUESTIONS = "questions";
    /**
     * Other tools' names for {@code order}, read when a page has no {@code order}: Hugo's {@code weight}, Jekyll's
     * just-the-docs {@code nav_order}, Docusaurus' {@code sidebar_position}; so a migrated handbook keeps its order.
     */
    static final List<String> ORDER_ALIASES = List.of("weight", "nav_order", "sidebar_position");
    /**
     * Other tools' name for {@code summary}, read when a page has none: {@code description}, as Hugo, MkDocs, Docusaurus,
     * Jekyll and Obsidian Publish write it.
     */
    static final String SUMMARY_ALIAS = "description";
    /**
     * The name handbook.yml gives the handbook's language, {@code language:}, read as a page's {@code lang:} when it has
     * none: an author who wrote {@code language: cy} on a Welsh page, as handbook.yml has it, had the page marked
     * English (its words read with an English voice) and the key reported unknown.
     */
    static final String LANG_ALIAS = "language";
    /** The addresses a page was published at before ({@link FrontMatter#redirectFrom}). */
    public static final String REDIRECT_FROM = "redirect-from";
    /**
     * Other tools' keys holding a page's addresses: Jekyll's {@code redirect_from}, and the address a page had on the old
     * site, Jekyll's {@code permalink} and Hugo's {@code url}, read when written out in full ({@code /about/}, not
     * Jekyll's {@code /:title/}). Hugo's {@code aliases} entries that are addresses are read too ({@link #isAddress}).
     */
    static final List<String> REDIRECT_ALIASES = List.of("redirect_from", "permalink", "url", "slug");
    /** Docusaurus' name for a page in its folder's address ({@link #docusaurusId}). */
    static final String DOCUSAURUS_ID = "id";
    private static final Pattern DOC_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    /**
     * Other tools' names for {@code nav-title}: Hugo's {@code linktitle}, also as Hugo's documentation and Docsy write it,
     * {@code linkTitle} (Hugo reads its keys in any case), the Learn and Relearn themes' {@code menuTitle}, and Docusaurus'
     * {@code sidebar_label}.
     */
    static final List<String> NAV_TITLE_ALIASES = List.of("linktitle", "linkTitle", "menuTitle", "sidebar_label");
    /**
     * Starlight's page settings for its sidebar, a mapping: {@code sidebar: {order: 2, label: Values}}, read as
     * {@code order} and {@code nav-title} when the page gives neither. Dear Asian Youth's handbook orders every folder's
     * pages so; they were listed by title, and the key said to be unknown in ten files. A {@code sidebar:} that is not
     * a mapping is another tool's (a Jekyll theme's sidebar name) and stays unknown.
     */
    static final String STARLIGHT_SIDEBAR = "sidebar";
    /**
     * The Eleventy Navigation plugin's page settings, a mapping alike: {@code eleventyNavigation: {key, parent, order: 2,
     * title: Debrief}}, read as Starlight's {@code sidebar:} is, its {@code title} as the label (its {@code parent} and
     * {@code key} are not: the menu follows the folders). 18F's guides give it on 225 pages, listed by title here.
     */
    static final String ELEVENTY_NAVIGATION = "eleventyNavigation";
    /** The mappings of other tools' menus that give a page's order and label, each with the name of its label. */
    private static final Map<String, String> MENU_SETTINGS = Map.of(STARLIGHT_SIDEBAR, "label", ELEVENTY_NAVIGATION, "title");
    /**
     * The GOV.UK Tech Docs Template's page review ({@code last_reviewed_on: 2024-05-09}, {@code review_in: 6 months}), read
     * as {@code reviewed} and {@code review-every} when a page has neither, so its pages keep their review dates.
     */
    static final String REVIEWED_ALIAS = "last_reviewed_on";
    static final String REVIEW_EVERY_ALIAS = "review_in";
    /**
     * Jekyll's, Hexo's and Wiki.js' way to keep a page off the site, {@code published: false}: read as {@code draft: true},
     * so a page its author kept unpublished there is not published here.
     */
    public static final String PUBLISHED = "published";
    /**
     * Hugo's {@code expiryDate} (and its other name, {@code unpublishdate}): Hugo publishes no page whose date has passed,
     * so such a page, which the old site no longer showed (a past event, a withdrawn policy), is left out here too from
     * that day, as a draft is, and said so; one still to come is published. Hugo's date and time
     * ({@code 2024-10-19T00:32:13-07:00}) is read by its date.
     */
    public static final String EXPIRY_DATE = "expiryDate";
    private static final String UNPUBLISH_DATE = "unpublishdate";
    /**
     * Hugo's {@code publishDate} (and its other name, {@code pubdate}): Hugo publishes a page only from that day, so one
     * still to come (a policy in force from next month, an event's page not yet announced) is left out until then, as a
     * draft is, and said so; one that has come is published.
     */
    public static final String PUBLISH_DATE = "publishDate";
    private static final String PUB_DATE = "pubdate";
    /**
     * Other tools' ways to keep a page out of the menu, yet built and found by links and search: Docsy's {@code toc_hide},
     * the Hugo Learn and Relearn themes' {@code hidden}, just-the-docs' {@code nav_exclude} (on a site not seen as the
     * theme's too), Docusaurus' {@code unlisted}. Known only as true or false: another tool's {@code hidden: [a, b]} is none of it.
     */
    static final List<String> MENU_HIDING = List.of("toc_hide", "hidden", JustTheDocsPlace.NAV_EXCLUDE, "unlisted");
    /** Where a page that only sends the reader on sends them ({@code redirect_to:} is Jekyll's name). */
    static final String REDIRECT_TO = "redirect-to";
    /**
     * The Hugo Learn and Relearn themes' {@code chapter: true} (or false), on a section's {@code _index.md}: a chapter's
     * title page, which a folder's own page already is here; the theme then shows no title, and the page's text opens
     * with the chapter's heading block, read as such ({@link FrontMatter#chapterPage}). Elsewhere it only styles the page
     * (centred). Known only as true or false: another tool's {@code chapter: 3} or {@code chapter: Basics} is none of it.
     */
    static final String LEARN_CHAPTER = "chapter";
    /** Other tools' names for keys the build reads: known, so never reported as unknown. */
    private static final Set<String> OTHER_TOOLS_KEYS = Stream.of(ORDER_ALIASES, REDIRECT_ALIASES, NAV_TITLE_ALIASES,
            List.of("redirect_to", SUMMARY_ALIAS, LANG_ALIAS, REVIEWED_ALIAS, REVIEW_EVERY_ALIAS, DocumentControl.OWNER_ALIAS, PUBLISHED, DOCUSAURUS_ID,
                    EXPIRY_DATE, UNPUBLISH_DATE, PUBLISH_DATE, PUB_DATE))
            .flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** How many files an unknown key's message names before "and N more". */
    static final int FILES_NAMED = 5;

    static {
        KEYS.addAll(DocumentControl.KEYS);
    }

    /**
     * The keys the build reads by their lower case ({@code title}, {@code weight}, {@code linkTitle}), for a key written in
     * other capitals: Hugo reads its front matter's keys in any case, and a Hugo site's {@code Title:}, {@code Weight:} or
     * {@code Draft: true} were unknown keys here, the page untitled, out of order or published. Not Docusaurus' {@code id},
     * an address there only as written: an author's own {@code ID: SEGAS-00017} would move the page.
     */
    private static final Map<String, String> BY_LOWER_CASE = Stream.of(KEYS.stream(), OTHER_TOOLS_KEYS.stream().filter(k -> !k.equals(DOCUSAURUS_ID)).sorted(),
                    Stream.of(LEARN_CHAPTER, STARLIGHT_SIDEBAR, ELEVENTY_NAVIGATION), MENU_HIDING.stream()).flatMap(s -> s)
            .collect(java.util.stream.Collectors.toMap(k -> k.toLowerCase(Locale.ROOT), k -> k, (first, other) -> first, LinkedHashMap::new));

    private final Findings findings;
    private final FolderDefaults defaults;
    private final boolean docusaurusIds;
    private final LocalDate today;
    /** Unknown keys from other tools (layout, permalink…), by key: every file and line, reported once per key. */
    private final Map<String, List<Map.Entry<String, Integer>>> unknownKeys = new java.util.TreeMap<>();
    /**
     * Other tools' keys the site's kind makes known ({@link #readBySite}): an unknown key that is one of them but for its
     * separator is a slip ({@code grand-parent:}, {@code grand parent:} on a just-the-docs site), which the theme passes by too.
     */
    private final Set<String> siteKeys = new java.util.TreeSet<>();

    public FrontMatterParser(Findings findings) {
        this(findings, FolderDefaults.none());
    }

    /** @param defaults front matter from handbook.yml's {@code defaults:}, under each page's own */
    public FrontMatterParser(Findings findings, FolderDefaults defaults) {
        this(findings, defaults, false);
    }

    /**
     * @param docusaurusIds whether the pages are a Docusaurus site's, whose {@code id:} is a page's address: elsewhere an
     *                      {@code id:} is the author's own (a standard's number, {@code id: SEGAS-00017}), no address
     */
    public FrontMatterParser(Findings findings, FolderDefaults defaults, boolean docusaurusIds) {
        this(findings, defaults, docusaurusIds, LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** @param today the build's date, against which a Hugo page's {@code expiryDate} has passed or not ({@link #EXPIRY_DATE}) */
    public FrontMatterParser(Findings findings, FolderDefaults defaults, boolean docusaurusIds, LocalDate today) {
        this.findings = findings;
        this.defaults = defaults;
        this.docusaurusIds = docusaurusIds;
        this.today = today;
    }

    /** The page split in two: its front matter and the Markdown after it. */
    public record Split(FrontMatter meta, String body, int bodyLine) {
    }

    /**
     * @return the page's front matter and text, for every page: front matter never closed is reported and read up to its
     *         last key, front matter that is no YAML is reported and read as none
     */
    public Optional<Split> split(String text, String file) {
        Optional<Lowered> lowered = belowBlankLines(text);
        if (lowered.isPresent()) {
            // Hugo passes by the blank lines before front matter, and such a page reads rightly there; here its keys were
            // shown as a paragraph between two rules, its title and order lost (a volunteer handbook's two chapters).
            findings.notice(file, lowered.get().fenceLine(), "front-matter.below-blank-lines", "the front matter starts on line "
                            + lowered.get().fenceLine() + ", under blank lines; it is read as front matter, as Hugo reads it, but"
                            + " Jekyll, MkDocs, Docusaurus and GitHub's view of the file show it as the page's text",
                    "delete the blank lines above the '" + lowered.get().fence() + "' line, so that it is the file's first");
            text = lowered.get().text();
        }
        // Hugo's TOML front matter, between +++ lines, is read as the YAML that says the same on the same lines.
        // The opening line may end in spaces, as Jekyll, Hugo and Pandoc read it (bookdown's index.Rmd files often do):
        // it was read as the page's text, its keys shown as a heading.
        String firstLine = text.substring(0, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n')).stripTrailing();
        boolean toml = firstLine.equals("+++");
        boolean opened = toml || firstLine.equals("---");
        String unopened = opened ? null : unopenedFence(text);
        if (!opened && unopened == null) {
            FrontMatter meta = withDefaultsOnly(defaults.valuesFor(file), file);
            Optional<String> deckset = DecksetDeck.withoutSettings(text);
            if (deckset.isPresent() && (meta.kind() == Kind.PAGE || meta.kind() == Kind.SLIDES)) {
                return Optional.of(new Split(meta.toBuilder().kind(Kind.SLIDES).deckNotes(DeckNotes.CARETS).build(), deckset.get(), 1));
            }
            return Optional.of(PandocTitleBlock.apply(new Split(meta, text, 1)));
        }
        toml |= "+++".equals(unopened);
        String fence = toml ? "+++" : "---";
        int from = !opened ? 0 : text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n') + 1; // the front matter's first line
        int end = findClosingFence(text, fence);
        if (unopened != null) {
            // Keys, then a closing line, and no opening one (CodeYourFuture's tracks/java/prep): read as the front matter
            // it was meant to be, rather than shown as text with its [[blocks]] read as wiki links.
            findings.warning(file, 1, "front-matter.unopened", "the lines above the '" + fence + "' on line "
                            + (text.substring(0, end).chars().filter(c -> c == '\n').count() + 1) + " are front matter, but the"
                            + " file does not start with a '" + fence + "' line; they are read as front matter",
                    "add a line '" + fence + "' at the top of the file");
        }
        int bodyStart;
        if (end < 0) {
            int lastKey = lastKeyLine(text, toml);
            findings.error(file, 1, "front-matter.unclosed", "front matter starts with '" + fence + "' but has no closing '" + fence + "' line",
                    "add a line '" + fence + "' after the last front matter key"
                            + (lastKey > 1 ? " (line " + lastKey + ", before the page's text)" : ""));
            // Still an error, but the page is read as if the line were there, after its last key (lastKeyLine): the build
            // goes on and reports the rest of the handbook at once, and links, packs and the menu naming the page find it.
            // Left out, it stopped the build here: a volunteer's one missing '---' hid every other finding of the handbook.
            end = from;
            for (int line = 1; line < lastKey && end < text.length(); line++) {
                int next = text.indexOf('\n', end);
                end = next < 0 ? text.length() : next + 1;
            }
            bodyStart = end;
        } else {
            int closingLineEnd = text.indexOf('\n', end + 1);
            bodyStart = closingLineEnd < 0 ? text.length() : closingLineEnd + 1;
        }
        String yaml = toml ? TomlFrontMatter.asYaml(text.substring(from, end), file, opened ? 1 : 0, findings) : text.substring(from, end);
        String body = text.substring(bodyStart);
        int bodyLine = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1;
        long before = findingsErrors();
        Optional<YamlMap> parsed = YamlSource.parse(yaml, file, opened ? 1 : 0, findings, FrontMatterParser::isRead);
        // Front matter that cannot be read (a title with ': ' in it, unquoted) is an error that fails the build, but the
        // page is read without it, so that a check reports the rest of the handbook at once, and links to the page are not
        // reported broken too: one such title had hidden every other finding of a 600-page course.
        Optional<YamlMap> map = findingsErrors() > before ? Optional.empty() : parsed.map(FrontMatterParser::inReadCase);
        Map<String, org.yaml.snakeyaml.nodes.NodeTuple> folder = defaults.valuesFor(file);
        // A wrong value (order: first, a date that is none) is reported and read as not given: the page stays, so that the
        // build reports what else it finds, and links to the page and packs naming it are not reported missing too.
        FrontMatter read = map.map(m -> read(folder.isEmpty() ? m : m.withDefaults(folder), file, m.keys()))
                .orElseGet(() -> withDefaultsOnly(folder, file));
        // A Pandoc or Quarto deck (format: revealjs) that gives no slide-level splits at Pandoc's default level, the highest
        // heading level followed by content: its slides are its '##' headings, not only its '---' lines (Openscapes'
        // talks were one slide each). A deck of this handbook's own (kind: slides) splits at '---', as the format says.
        FrontMatter meta = read.kind() == Kind.SLIDES && read.slideLevel() == null && map.isPresent() && !map.get().has("kind")
                && splitsAtHeadings(map.get()) ? read.asDeck(RenderedBeside.pandocSlideLevel(body)) : read;
        String movedTo = map.map(m -> m.string(REDIRECT_TO)).or(() -> map.map(m -> m.foreignText("redirect_to"))).orElse(null);
        if (movedTo != null && !movedTo.isBlank() && body.isBlank()) {
            // Jekyll's redirect_to: a page left where it was, only to send the reader on. Its words say where, so that it
            // is no empty page in the navigation; the link is checked as any other. Never followed by itself: an address
            // on another site is the reader's to open.
            body = "This page has moved: [go to its new address](<" + movedTo.strip().replace(">", "%3E") + ">).\n";
        }
        return Optional.of(PandocTitleBlock.apply(new Split(meta, body, bodyLine)));
    }

    /** The front matter of a page that gives none (or none that can be read): its folder's defaults from handbook.yml, if any. */
    private FrontMatter withDefaultsOnly(Map<String, org.yaml.snakeyaml.nodes.NodeTuple> folder, String file) {
        return folder.isEmpty() ? FrontMatter.empty()
                : YamlSource.parse("{}", file, 0, findings).map(m -> read(m.withDefaults(folder), file, Set.of())).orElse(FrontMatter.empty());
    }

    private long findingsErrors() {
        return findings.count(org.handbookpress.findings.Severity.ERROR);
    }

    /** Index of the closing fence line's first character ('---' or '...' for YAML), line by line after the opening one. */
    private static int findClosingFence(String text, String fence) {
        int pos = text.indexOf('\n') + 1;
        while (pos > 0 && pos < text.length()) {
            int next = text.indexOf('\n', pos);
            String line = next < 0 ? text.substring(pos) : text.substring(pos, next);
            if (line.stripTrailing().equals(fence) || fence.equals("---") && line.stripTrailing().equals("...")) {
                return pos;
            }
            if (next < 0) {
                break;
            }
            pos = next + 1;
        }
        return -1;
    }

    FrontMatter read(YamlMap yaml, String file) {
        return read(yaml, file, yaml.keys());
    }

    /** @param own the keys written in the file itself (the others come from folder defaults, and have no line here) */
    private FrontMatter read(YamlMap yaml, String file, Set<String> own) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String key : KEYS) {
            if (yaml.has(key) && own.contains(key)) {
                lines.put(key, yaml.lineOf(key));
            }
        }
        if (yaml.has(PUBLISHED) && own.contains(PUBLISHED)) {
            lines.put(PUBLISHED, yaml.lineOf(PUBLISHED)); // where the notice of a page left unpublished points
        }
        if (!lines.containsKey("summary") && yaml.has(SUMMARY_ALIAS) && own.contains(SUMMARY_ALIAS)) {
            lines.put("summary", yaml.lineOf(SUMMARY_ALIAS)); // where a finding about a Quarto page's description points
        }
        String reviewedKey = SynonymKeys.keyFor(yaml, own, "reviewed", List.of(REVIEWED_ALIAS));
        String everyKey = SynonymKeys.keyFor(yaml, own, "review-every", List.of(REVIEW_EVERY_ALIAS));
        Map<String, List<String>> otherNames = Map.of("reviewed", List.of(REVIEWED_ALIAS), "review-every", List.of(REVIEW_EVERY_ALIAS),
                "owner", List.of(DocumentControl.OWNER_ALIAS), "approved-by", List.of(), "approved", List.of(), "version", List.of(),
                "next-review", List.of());
        otherNames.forEach((ours, exact) -> {
            String key = SynonymKeys.keyFor(yaml, own, ours, exact);
            if (key != null && !key.equals(ours) && own.contains(key)) {
                lines.put(ours, yaml.lineOf(key)); // where findings on the value point: the line the page wrote it on
            }
            // Two names for one value, written in the page: one is read, and the other, if it says otherwise, must not
            // pass unseen (a review date updated under one name, the other left as it was).
            SynonymKeys.names(yaml, ours, exact).stream().filter(other -> !other.equals(key) && own.contains(key) && own.contains(other)
                            && !java.util.Objects.equals(plainValue(yaml, other), plainValue(yaml, key)))
                    .forEach(other -> findings.warning(file, yaml.lineOf(other), "front-matter.two-names", "'" + other + "' is read as '"
                                    + ours + "', but the page gives '" + key + "' too, which says otherwise: '" + key + "' is read"
                                    + (plainValue(yaml, other) == null ? "" : " and '" + other + ": " + plainValue(yaml, other) + "' is not"),
                            "keep one of the two, with the right value: '" + ours + "' is the handbook's own name"));
        });
        // A layout writes the title as HTML (Jekyll, Eleventy): a character reference in it is its character, and its
        // inline tags (<em>, <br>) format it; here it is text.
        String title = asText(yaml.string("title"));
        Kind kind = Kind.PAGE;
        String kindText = yaml.string("kind");
        Integer slideLevel = slideLevel(yaml, file);
        if (kindText != null) {
            Optional<Kind> parsed = Kind.parse(kindText);
            if (parsed.isEmpty()) {
                findings.error(file, yaml.lineOf("kind"), "front-matter.kind",
                        "'kind' must be one of page, chapter, agreement, policy, slides, session, glossary, but received '" + kindText + "'",
                        Kind.near(kindText).map(k -> "did you mean 'kind: " + k.id() + "'? Use one of the listed kinds")
                                .orElse("use one of the listed kinds"));
            } else {
                kind = parsed.get();
            }
        } else if (slideLevel != null || isSlideFormat(yaml) || isMarp(yaml)) {
            kind = Kind.SLIDES; // Pandoc's and Quarto's decks say so with slide-level or format: revealjs, Marp's with marp: true
        }
        if (slideLevel == null && kind == Kind.SLIDES && isMarp(yaml)) {
            slideLevel = marpHeadingDivider(yaml); // Marp's headingDivider: 2 starts a slide at each '#' and '##'
        }
        Double order = yaml.number("order");
        for (int i = 0; order == null && i < ORDER_ALIASES.size(); i++) {
            String alias = ORDER_ALIASES.get(i);
            // just-the-docs orders by a nav_order written as text too ("b", "2a"), after the numbers
            // (JustTheDocsPlace#navText): no wrong value, where it was an error that failed the build.
            String text = alias.equals(JustTheDocsPlace.NAV_ORDER) ? yaml.foreignText(alias) : null;
            order = text != null ? plainNumber(text) : yaml.number(alias);
        }
        if (order == null && Handbook.folderPageRank(file.substring(file.lastIndexOf('/') + 1)) < 0) {
            // Not a folder's own page's: Starlight orders that page within its folder's group, which the folder's page
            // heads here anyway, and orders the groups in astro.config; read as the folder's place, it put Dear Asian
            // Youth's "About DAY" (order: 2) after all its other sections.
            order = menuSettings(yaml).map(settings -> settings.getKey().foreignText("order")).map(FrontMatterParser::plainNumber).orElse(null);
        }
        String summary = yaml.string("summary");
        if (summary == null) {
            summary = yaml.string(SUMMARY_ALIAS);
        }
        Optional<HomeHero> hero = HomeHero.read(yaml).filter(HomeHero::showsAnything);
        if (summary == null && hero.isPresent()) {
            summary = hero.get().tagline(); // shown under the title, as both themes show it
        }
        hero.filter(h -> h.image() > 0).ifPresent(h -> findings.notice(file, h.image(), "front-matter.hero-image",
                "the hero's image is not shown: the home page's layout is the handbook's own",
                "put the picture in the page's text (![…](…)) to show it there"));
        summary = asText(summary);
        LocalDate reviewed = reviewedKey == null ? null : otherNamesDate(yaml, reviewedKey, "reviewed", List.of(REVIEWED_ALIAS), file, findings);
        String nextKey = SynonymKeys.keyFor(yaml, own, "next-review", List.of());
        LocalDate nextReview = nextKey == null ? null : otherNamesDate(yaml, nextKey, "next-review", List.of(), file, findings);
        ReviewPeriod every = null;
        String everyText = everyKey == null ? null : SynonymKeys.isStrict(everyKey, "review-every", List.of(REVIEW_EVERY_ALIAS))
                ? yaml.string(everyKey) : yaml.foreignText(everyKey);
        if (everyText != null) {
            every = ReviewPeriod.parse(everyText).orElse(null);
            if (every == null) {
                boolean strict = SynonymKeys.isStrict(everyKey, "review-every", List.of(REVIEW_EVERY_ALIAS));
                findings.add(new org.handbookpress.findings.Finding(file, yaml.lineOf(everyKey), 0,
                        strict ? org.handbookpress.findings.Severity.ERROR : org.handbookpress.findings.Severity.WARNING, "front-matter.review-every",
                        "'" + everyKey + "'" + (strict ? "" : " (read as 'review-every')") + " must be a period such as '12 months' or '2 years', but received '"
                                + everyText + "'", "write a number followed by days, weeks, months or years"
                                + (strict ? "" : ", as 'review-every: 12 months'")));
            }
        }
        Integer duration = null;
        String durationText = yaml.string("duration");
        if (durationText != null) {
            // Not in English units ("1 год 30 хв"): read in the page's language once its language is known, and said
            // there if it is none (render.SessionLengths), as the lengths of its agenda items are.
            OptionalInt minutes = Durations.minutes(durationText);
            if (minutes.isPresent()) {
                Optional<org.handbookpress.findings.Finding> wrong = durationOutOfRange(file, yaml.lineOf("duration"), kind, durationText,
                        minutes.getAsInt());
                wrong.ifPresent(findings::add);
                duration = wrong.isPresent() ? null : minutes.getAsInt();
            }
        }
        LocalTime start = null;
        String startText = yaml.string("start");
        // A Carpentries Workbench episode's start: yes marks where a teaching day begins: not a time, nor one asked for.
        boolean otherToolsFlag = kind != Kind.SESSION && startText != null
                && List.of("yes", "no", "true", "false").contains(startText.trim().toLowerCase(Locale.ROOT));
        if (startText != null && !otherToolsFlag) {
            try {
                start = LocalTime.parse(startText.trim().length() == 4 ? "0" + startText.trim() : startText.trim());
            } catch (DateTimeParseException e) {
                // YAML 1.1 reads an unquoted 10:00 as a sexagesimal number (600); accept that too.
                start = sexagesimal(startText);
                if (start == null) {
                    findings.add(new org.handbookpress.findings.Finding(file, yaml.lineOf("start"), 0, severityFor(kind), "front-matter.start",
                            "'start' must be a time such as '10:00', but received '" + startText + "'",
                            "write a 24-hour time in quotes: start: \"09:30\""));
                }
            }
        }
        boolean draft = Boolean.TRUE.equals(yaml.bool("draft")) || yaml.has(PUBLISHED) && Boolean.FALSE.equals(yaml.bool(PUBLISHED));
        if (!draft && expired(yaml, own, file)) {
            draft = true;
            lines.put(EXPIRY_DATE, yaml.lineOf(yaml.has(EXPIRY_DATE) ? EXPIRY_DATE : UNPUBLISH_DATE)); // where ContentLoader's notice points
        } else if (!draft && scheduled(yaml, own, file)) {
            draft = true;
            lines.put(PUBLISH_DATE, yaml.lineOf(yaml.has(PUBLISH_DATE) ? PUBLISH_DATE : PUB_DATE));
        }
        Boolean glossary = yaml.bool("glossary");
        String handout = yaml.string("handout");
        List<String> ignore = yaml.strings("ignore").stream().map(String::trim).filter(code -> !code.isEmpty()).toList();
        DocumentControl control = DocumentControl.read(yaml, own, findings);
        List<String> aliases = yaml.strings("aliases").stream().map(String::trim).filter(alias -> !alias.isEmpty()).toList();
        List<ListedAddress> redirectFrom = redirectFrom(yaml, aliases, own, docusaurusIds ? file : null); // each with its line, for findings on it
        Optional<List<Contact>> contacts = Contact.read(yaml, QUESTIONS);
        Optional<ActivityFacts> activity = ActivityFacts.read(yaml);
        activity.ifPresent(facts -> ActivityFacts.KEYS.stream().filter(key -> facts.reads(key) && own.contains(key))
                .forEach(key -> lines.put(key, yaml.lineOf(key)))); // where a finding in a fact's text points
        for (String key : own) { // keys from folder defaults were checked on handbook.yml's lines
            boolean read = isRead(key) && !(key.equals(QUESTIONS) && contacts.isEmpty()) || activity.map(a -> a.reads(key)).orElse(false)
                    || (key.equals(LEARN_CHAPTER) || MENU_HIDING.contains(key))
                    && List.of("true", "false").contains(String.valueOf(yaml.foreignText(key)).toLowerCase(Locale.ROOT))
                    || MENU_SETTINGS.containsKey(key) && menuSettings(yaml, key).isPresent()
                    || (key.equals(HomeHero.HERO) || key.equals(HomeHero.FEATURES)) && hero.isPresent();
            String same = read ? null : inOtherCapitals(yaml, own, key);
            if (same != null) {
                // Keys are read in any capitals, so 'Title:' beside 'title:' is no unknown key but the title given twice:
                // one is read, and the other, if it says otherwise, must not pass unseen (nor be told to write 'title').
                if (!java.util.Objects.equals(plainValue(yaml, key), plainValue(yaml, same))) {
                    findings.warning(file, yaml.lineOf(key), "front-matter.two-names", "'" + key + "' is '" + same
                                    + "' in other capitals, but the page gives '" + same + "' too, which says otherwise: '" + same
                                    + "' is read" + (plainValue(yaml, key) == null ? "" : " and '" + key + ": " + plainValue(yaml, key) + "' is not"),
                            "keep one of the two, with the right value");
                }
            } else if (!read && !(isSlideFormat(yaml) && (key.equals("format") || key.equals("output"))) && !(isMarp(yaml) && MarpDirectives.named(key))) {
                unknownKeys.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(Map.entry(file, yaml.lineOf(key)));
            }
        }
        return FrontMatter.builder()
                .title(title == null ? null : title.trim())
                .kind(kind)
                .order(order)
                .summary(summary)
                .reviewed(reviewed)
                .reviewEvery(every)
                .duration(duration, durationText)
                .start(start)
                .draft(draft)
                .glossary(glossary == null || glossary)
                .handout(handout)
                .lines(Map.copyOf(lines))
                .ignore(ignore)
                .slideLevel(slideLevel)
                .control(control)
                .names(new PageNames(aliases, redirectFrom, navTitle(yaml)))
                .language(language(yaml, file))
                .contacts(contacts.orElse(List.of()))
                .activity(activity.orElse(null))
                .chapterPage("true".equalsIgnoreCase(yaml.foreignText(LEARN_CHAPTER)))
                .hero(hero.orElse(null))
                .menuPlace(JustTheDocsPlace.read(yaml))
                .deckNotes(isMarp(yaml) ? DeckNotes.COMMENTS : DeckNotes.OWN) // read by decks only
                .nextReview(nextReview)
                .outsideMenu(MENU_HIDING.stream().anyMatch(key -> "true".equalsIgnoreCase(yaml.foreignText(key))))
                .build();
    }

    /** Whether the page's {@link #EXPIRY_DATE} is today or before; a value that is no date is a warning, and the page is published. */
    private boolean expired(YamlMap yaml, Set<String> own, String file) {
        LocalDate expiry = hugoDate(yaml, yaml.has(EXPIRY_DATE) ? EXPIRY_DATE : UNPUBLISH_DATE, "the day the page is left out", own, file);
        return expiry != null && !expiry.isAfter(today);
    }

    /** Whether the page's {@link #PUBLISH_DATE} is still to come; a value that is no date is a warning, and the page is published. */
    private boolean scheduled(YamlMap yaml, Set<String> own, String file) {
        LocalDate from = hugoDate(yaml, yaml.has(PUBLISH_DATE) ? PUBLISH_DATE : PUB_DATE, "the day the page is first published", own, file);
        return from != null && from.isAfter(today);
    }

    /** One of Hugo's dates under {@code key} (its date and time, {@code 2024-10-19T00:32:13-07:00}, read by its date); null without one. */
    private LocalDate hugoDate(YamlMap yaml, String key, String readAs, Set<String> own, String file) {
        String text = yaml.foreignText(key);
        if (text == null || text.isBlank()) {
            return null;
        }
        return date("'" + key + "' (Hugo's, read as " + readAs + ")", text.strip(), own.contains(key) ? yaml.lineOf(key) : 0, file, findings,
                org.handbookpress.findings.Severity.WARNING);
    }

    /**
     * The language a page says it is written in ({@code lang:}, as Jekyll's and Quarto's pages say it), as a BCP 47 tag;
     * a locale's underscore ({@code en_GB}) is read as its hyphen. Not a tag: a warning, and the page is in its folder's
     * language as before.
     */
    private String language(YamlMap yaml, String file) {
        String key = yaml.has("lang") ? "lang" : LANG_ALIAS;
        String given = yaml.string(key);
        if (given == null || given.isBlank()) {
            return null;
        }
        String tag = given.strip().replace('_', '-');
        if (!ConfigLoader.isLanguageTag(tag)) {
            findings.warning(file, yaml.lineOf(key), "front-matter.lang",
                    "'" + key + "' must be a language tag such as cy or en-GB, but received '" + given.strip() + "': the page is taken to be in its folder's language",
                    "use a BCP 47 tag: en, en-GB, cy, pl");
            return null;
        }
        return java.util.Locale.forLanguageTag(tag).toLanguageTag();
    }

    /** A line of TOML front matter: a key ({@code weight = 1}), a table's header ({@code [[blocks]]}) or a value's next line. */
    private static final Pattern TOML_LINE = Pattern.compile("[A-Za-z_\"'][\\w.\"' -]*=.*|\\[\\[?[^\\]]+\\]\\]?\\s*|[ \t]+\\S.*");
    /** A line of YAML front matter that is a key ({@code title: Setup}). */
    private static final String YAML_KEY_LINE = "[A-Za-z_][\\w.-]*[ \t]*:(?:\\s.*)?";
    private static final Pattern YAML_KEY = Pattern.compile(YAML_KEY_LINE);
    /** How far down a page the closing line of front matter without its opening line is looked for. */
    private static final int UNOPENED_LINES = 50;

    /**
     * The fence closing front matter whose opening line is missing: {@code +++} under one or more lines of TOML, or
     * {@code ---} under two or more YAML keys, from the file's first line, with no blank line or text between; null
     * otherwise (a page's text, or a setext heading under one line).
     */
    static String unopenedFence(String text) {
        boolean toml = true;
        boolean yaml = true;
        boolean tomlKeyFirst = false; // the first line is a TOML key: what follows may be a value over several lines
        int keys = 0; // lines that are a YAML key, not a list's item or a value's next line
        int pos = 0;
        for (int i = 0; i < UNOPENED_LINES && pos < text.length(); i++) {
            int next = text.indexOf('\n', pos);
            String line = (next < 0 ? text.substring(pos) : text.substring(pos, next)).stripTrailing();
            int lineStart = pos;
            pos = next < 0 ? text.length() : next + 1;
            if (line.equals("+++")) {
                // Lines that are not each a key or a value's next line (a list's closing ']', a text over several lines,
                // a blank line) are front matter too when the whole is TOML with a key: a page's text never is.
                return i >= 1 && (toml || tomlKeyFirst && TomlFrontMatter.isTomlWithKeys(text.substring(0, lineStart))) ? "+++" : null;
            }
            if (line.equals("---")) {
                return yaml && keys >= 2 ? "---" : null;
            }
            boolean key = YAML_KEY.matcher(line).matches();
            keys += key ? 1 : 0;
            // The first line is a key in either language: a page that opens with a list, then a rule, is no front matter.
            toml &= TOML_LINE.matcher(line).matches() && (i > 0 || !Character.isWhitespace(line.charAt(0)));
            tomlKeyFirst |= i == 0 && toml;
            yaml &= FRONT_MATTER_LINE.matcher(line).matches() && (i > 0 || key);
            if (!toml && !yaml && !tomlKeyFirst) {
                return null;
            }
        }
        return null;
    }

    /** Front matter found under blank lines: the text with its opening line moved to the top, that line's number and fence. */
    private record Lowered(String text, int fenceLine, String fence) {
    }

    /**
     * Front matter under blank lines at the file's top: a {@code ---} (or {@code +++}) line after them, a key on the line
     * under it and a closing line further down. The text is given back with the opening line first and the blank lines
     * under it, so that every other line keeps its number; empty when the file does not start so (a rule under a blank
     * line, then text, is a page's text: a slide deck's first slide).
     */
    private static Optional<Lowered> belowBlankLines(String text) {
        int pos = 0;
        int blank = 0;
        int next = text.indexOf('\n');
        while (next >= 0 && text.substring(pos, next).isBlank()) {
            blank++;
            pos = next + 1;
            next = text.indexOf('\n', pos);
        }
        if (blank == 0 || next < 0) {
            return Optional.empty();
        }
        String fence = text.substring(pos, next).stripTrailing();
        int after = text.indexOf('\n', next + 1);
        String first = (after < 0 ? text.substring(next + 1) : text.substring(next + 1, after)).stripTrailing();
        boolean key = fence.equals("---") ? YAML_KEY.matcher(first).matches()
                : fence.equals("+++") && TOML_LINE.matcher(first).matches() && !Character.isWhitespace(first.isEmpty() ? ' ' : first.charAt(0));
        if (!key) {
            return Optional.empty();
        }
        String moved = fence + "\n".repeat(blank) + text.substring(next);
        return findClosingFence(moved, fence) < 0 ? Optional.empty() : Optional.of(new Lowered(moved, blank + 1, fence));
    }

    /** A line of front matter: a key ({@code title:}) or a value's next line (indented, or a list's {@code - }). */
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile(YAML_KEY_LINE + "|[ \t]+\\S.*|- .*");

    /**
     * A line of Hugo's TOML front matter: a key and its value ({@code weight = 3}, {@code "og:title" = "…"}), a table's
     * heading ({@code [params]}, {@code [[menu.main]]}), or a value's next line (an array's items, indented).
     */
    private static final Pattern TOML_FRONT_MATTER_LINE = Pattern.compile("[ \\t]*(?:[\\w.\\-\"']+[ \\t]*=.*|\\[\\[?[^\\]]+\\]\\]?[ \\t]*(?:#.*)?)"
            + "|[ \\t]+\\S.*|\\].*");

    /**
     * The line (1-based) of the last line of front matter that is never closed: the one before the first line that reads
     * as the page's text (a blank line, a heading, a sentence). 1 when the page's text starts at once.
     */
    static int lastKeyLine(String text) {
        return lastKeyLine(text, false);
    }

    /** As {@link #lastKeyLine(String)}, for TOML front matter (opened by {@code +++}) when {@code toml}. */
    static int lastKeyLine(String text, boolean toml) {
        Pattern frontMatterLine = toml ? TOML_FRONT_MATTER_LINE : FRONT_MATTER_LINE;
        String[] lines = text.split("\n", -1);
        int last = 1;
        for (int i = 1; i < lines.length && frontMatterLine.matcher(lines[i]).matches(); i++) {
            last = i + 1;
        }
        return last;
    }

    /** A key's value as written, when it is one plain value or a list of them; null otherwise. */
    private static String plainValue(YamlMap yaml, String key) {
        List<String> items = yaml.foreignItems(key).stream().map(item -> item.text().strip()).toList();
        return items.isEmpty() ? null : String.join("; ", items);
    }

    /** The navigation's title for the page, {@code nav-title} or another tool's name for it; null when none is given. */
    private static String navTitle(YamlMap yaml) {
        for (String key : Stream.concat(Stream.of("nav-title"), NAV_TITLE_ALIASES.stream()).toList()) {
            String title = key.equals("nav-title") ? yaml.string(key) : yaml.foreignText(key);
            if (title != null && !title.isBlank()) {
                return asText(title.strip());
            }
        }
        String label = menuSettings(yaml).map(settings -> settings.getKey().foreignText(settings.getValue())).orElse(null);
        return label == null || label.isBlank() ? null : asText(label.strip());
    }

    /**
     * The first of the other tools' menu mappings the page gives with an order or a label ({@link #STARLIGHT_SIDEBAR},
     * {@link #ELEVENTY_NAVIGATION}), with the name of its label.
     */
    private static Optional<Map.Entry<YamlMap, String>> menuSettings(YamlMap yaml) {
        return Stream.of(STARLIGHT_SIDEBAR, ELEVENTY_NAVIGATION).map(key -> menuSettings(yaml, key)).flatMap(Optional::stream).findFirst();
    }

    /** The page's mapping under {@code key}, when it gives an order or a label. */
    private static Optional<Map.Entry<YamlMap, String>> menuSettings(YamlMap yaml, String key) {
        String label = MENU_SETTINGS.get(key);
        return yaml.section(key).filter(settings -> settings.foreignText("order") != null || settings.foreignText(label) != null)
                .map(settings -> Map.entry(settings, label));
    }

    /** A number another tool wrote, or null when it is not one: its shape is that tool's business, never an error here. */
    private static Double plainNumber(String text) {
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The page's old addresses, in the order written: {@code redirect-from} and Jekyll's {@code redirect_from}, then a
     * {@code permalink} or {@code url} written out in full, a {@code slug}, then the {@code aliases} that are addresses;
     * each with its key, and that key's line when the page writes it ({@code own}), not a folder's defaults.
     */
    private static List<ListedAddress> redirectFrom(YamlMap yaml, List<String> aliases, Set<String> own, String file) {
        Map<String, ListedAddress> addresses = new LinkedHashMap<>(); // by address: each once, where first listed
        java.util.function.BiConsumer<String, String> add = (key, address) -> addresses.putIfAbsent(address,
                ListedAddress.inFrontMatter(address, key, own.contains(key) ? yaml.lineOf(key) : 0));
        for (String key : List.of(REDIRECT_FROM, "redirect_from")) {
            yaml.strings(key).stream().map(String::trim).filter(a -> !a.isEmpty()).forEach(a -> add.accept(key, a));
        }
        for (String key : List.of("permalink", "url")) {
            String address = yaml.foreignText(key);
            String fromTop = address == null ? null : fromTheTop(address.trim());
            if (fromTop != null) {
                add.accept(key, fromTop);
            }
        }
        // Docusaurus' and Hugo's slug: the page's address in its folder (slug: leave), or from the top (slug: /leave).
        String slug = yaml.foreignText("slug");
        if (slug != null && !slug.isBlank() && !slug.contains(":")) {
            add.accept("slug", slug.trim());
        }
        if (file != null) { // a Docusaurus site's page
            docusaurusId(yaml, file).ifPresent(id -> add.accept(DOCUSAURUS_ID, id));
        }
        aliases.stream().filter(FrontMatterParser::isAddress).forEach(a -> add.accept("aliases", a));
        return List.copyOf(addresses.values());
    }

    /** Jekyll's names of its permalink styles, which a site's settings give and no page is published at; Eleventy's false. */
    private static final Set<String> PERMALINK_STYLES = Set.of("date", "pretty", "ordinal", "weekdate", "none", "false", "true");

    /**
     * A {@code permalink:} or {@code url:} as the address it gives from the site's top, or null for none. Jekyll and Hugo
     * read one written without its first slash from the top too ({@code permalink: app} is {@code /app}): the Rails
     * Girls guides give each of their 61 pages so, and link them as {@code /app}. Not a pattern ({@code /:title/}),
     * another site's address, a template's ({@code {{ page.fileSlug }}/}), words, or the name of a style.
     */
    static String fromTheTop(String address) {
        if (address.isEmpty() || address.contains(":")) {
            return null;
        }
        if (address.startsWith("/")) {
            return address;
        }
        boolean plain = address.chars().noneMatch(c -> Character.isWhitespace(c) || c == '{' || c == '#' || c == '?' || c == '\\')
                && !address.startsWith(".");
        return plain && !PERMALINK_STYLES.contains(address.toLowerCase(Locale.ROOT)) ? "/" + address : null;
    }

    /**
     * Docusaurus' {@code id:} when it names the page otherwise than its file does ({@code id: instructors} in
     * {@code mentors.md}): Docusaurus then publishes the page at that name in its folder, and its pages link it
     * ({@code ./instructors}) and its sidebars.js lists it ({@code week-1/instructors}) by it. A plain name only, as
     * Docusaurus takes no {@code /} in an id; the file's own name (or without its number prefix) adds nothing.
     */
    static Optional<String> docusaurusId(YamlMap yaml, String file) {
        return docusaurusId(yaml.foreignText(DOCUSAURUS_ID), file);
    }

    /** The id as written ({@code id:}'s value, or null), when it names the page otherwise than its file does. */
    static Optional<String> docusaurusId(String id, String file) {
        if (id == null || !DOC_ID.matcher(id.strip()).matches()) {
            return Optional.empty();
        }
        String stem = Page.stem(file.substring(file.lastIndexOf('/') + 1));
        String name = id.strip();
        return name.equals(stem) || name.equals(stem.replaceFirst("^\\d+[-_. ]", "")) ? Optional.empty() : Optional.of(name);
    }

    /**
     * The front matter with each key that the build reads but for its capitals ({@code Title}, {@code Review-Every}) named as
     * the build reads it, as Hugo reads any key; unless the page writes that key too (or another in other capitals
     * before it), which then is the one read, and the other is a second name for it ({@link #inOtherCapitals}).
     */
    private static YamlMap inReadCase(YamlMap yaml) {
        Set<String> named = new java.util.HashSet<>();
        return yaml.withKeysNamed(key -> {
            String read = isRead(key) ? null : BY_LOWER_CASE.get(key.toLowerCase(Locale.ROOT));
            return read == null || yaml.has(read) || !named.add(read) ? key : read;
        });
    }

    /**
     * The key the build reads that {@code key} of the page is in other capitals, when the page gives that key as well
     * ({@code Title:} beside {@code title:}, or {@code TITLE:} after {@code Title:}); null otherwise.
     */
    private static String inOtherCapitals(YamlMap yaml, Set<String> own, String key) {
        String read = isRead(key) ? null : BY_LOWER_CASE.get(key.toLowerCase(Locale.ROOT));
        return read != null && !read.equals(key) && yaml.has(read) && own.contains(read) ? read : null;
    }

    /** Whether the build reads this key of front matter (its own, or another tool's name for one of its own). */
    static boolean isRead(String key) {
        return KEYS.contains(key) || OTHER_TOOLS_KEYS.contains(key) || SynonymKeys.readAs(key).isPresent();
    }

    /**
     * Whether an {@code aliases} entry is an address, as Hugo's are ({@code /old/path/}, {@code old.html}), rather than
     * another name for the page, as Obsidian's are ({@code Safeguarding}).
     */
    static boolean isAddress(String alias) {
        return alias.startsWith("/") || alias.endsWith("/") || alias.endsWith(".html");
    }

    /**
     * A key of the page's front matter that its text reads ({@code lead:} for Quarto's {@code {{< meta lead >}}}): the
     * author's own value, shown on the page, no unknown key.
     */
    void readByPage(String file, String key) {
        List<Map.Entry<String, Integer>> uses = unknownKeys.get(key);
        if (uses != null) {
            uses.removeIf(use -> use.getKey().equals(file));
            if (uses.isEmpty()) {
                unknownKeys.remove(key);
            }
        }
    }

    /**
     * A key of another tool's that the site's kind makes known ({@code parent:} on a just-the-docs site, whose menu it
     * places the page in, {@link JustTheDocsMenu}): no unknown key in any file.
     */
    void readBySite(String key) {
        unknownKeys.remove(key);
        siteKeys.add(key);
    }

    /** Takes over the unknown keys another parser met (one parser per thread while pages are read). */
    public void absorbUnknownKeys(FrontMatterParser other) {
        other.unknownKeys.forEach((key, uses) -> unknownKeys.computeIfAbsent(key, k -> new java.util.ArrayList<>()).addAll(uses));
    }

    /**
     * Reports each unknown front-matter key once, however many files use it, on the first file's line: content from
     * Jekyll or Hugo has 'permalink' or a theme's own keys in every file, and 250 warnings would drown the rest. Two kinds
     * are told otherwise. A slip of the keyboard from a key the build reads ({@code titel}) is a warning in each file, at
     * its line, since each page lost its value and is mended on its own. A key of Hugo's or Jekyll's that means nothing
     * in a handbook ({@code tags}, {@code date}, {@link OtherToolsKeys}) is a notice, once: there is nothing to mend, and
     * as warnings they failed a strict build of a migrated folder and hid the findings that matter among them.
     */
    public void reportUnknownKeys(String where) {
        for (Map.Entry<String, List<Map.Entry<String, Integer>>> key : unknownKeys.entrySet()) {
            List<Map.Entry<String, Integer>> uses = key.getValue().stream().sorted(Map.Entry.<String, Integer>comparingByKey()
                    .thenComparing(Map.Entry.comparingByValue())).toList();
            List<String> files = uses.stream().map(Map.Entry::getKey).distinct().toList();
            String named = org.handbookpress.findings.Listed.first(files, FILES_NAMED);
            String inFiles = " in " + files.size() + (files.size() == 1 ? " file" : " files");
            Optional<String> spelling = meant(key.getKey()).or(() -> siteKeys.stream().filter(k -> loose(k).equals(loose(key.getKey()))).findFirst());
            Optional<String> whose = spelling.isPresent() ? Optional.empty() : OtherToolsKeys.whose(key.getKey());
            Optional<String> synonym = spelling.isPresent() || whose.isPresent() ? Optional.empty() : SynonymKeys.advice(key.getKey());
            Optional<String> slip = spelling.isPresent() || whose.isPresent() || synonym.isPresent() ? Optional.empty() : misspelt(key.getKey());
            if (slip.isPresent()) {
                for (Map.Entry<String, Integer> use : uses) {
                    findings.warning(use.getKey(), use.getValue(), "config.unknown-key", "unknown " + where + " key '" + key.getKey() + "' — ignored",
                            "did you mean '" + slip.get() + "'? Keys are read as written, in any capitals");
                }
            } else if (whose.isPresent()) {
                findings.notice(uses.get(0).getKey(), uses.get(0).getValue(), "front-matter.other-tool-key", where + " key '"
                                + key.getKey() + "' (" + whose.get() + ") means nothing in a handbook: ignored" + inFiles + " (" + named + ")",
                        "nothing to do; remove it when no other tool reads the files");
            } else {
                findings.warning(uses.get(0).getKey(), uses.get(0).getValue(), "config.unknown-key",
                        "unknown " + where + " key '" + key.getKey() + "'" + inFiles + " — ignored (" + named + ")",
                        spelling.map(k -> "write '" + k + "' for the build to read it: keys are read as written, in any capitals")
                                .or(() -> synonym)
                                .or(() -> OtherToolsKeys.notDoneHere(key.getKey()))
                                .orElse("known keys are: " + String.join(", ", KEYS) + "; remove it, or leave it if another tool still needs it"));
            }
        }
        unknownKeys.clear();
    }

    /** The key the build reads that an unknown one is but for case and separators ({@code Description}, {@code Review_Every}). */
    private static Optional<String> meant(String unknown) {
        return Stream.concat(KEYS.stream(), OTHER_TOOLS_KEYS.stream().sorted()).filter(k -> loose(k).equals(loose(unknown))).findFirst();
    }

    /** A key but for case and separators: {@code Grand Parent}, {@code grand-parent} and {@code grand_parent} are one. */
    private static String loose(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    /**
     * The key the build reads that an unknown one is a slip of the keyboard from ({@code reveiwed}, {@code sumary}): one
     * character away, or two in a key of seven or more; none when two keys are as near.
     */
    private static Optional<String> misspelt(String unknown) {
        return org.handbookpress.text.EditDistance.nearest(unknown, KEYS);
    }

    private Integer slideLevel(YamlMap yaml, String file) {
        Double level = yaml.number("slide-level");
        if (level == null) {
            return null;
        }
        if (level != Math.floor(level) || level < 1 || level > 6) {
            findings.error(file, yaml.lineOf("slide-level"), "front-matter.slide-level",
                    "'slide-level' must be a heading level from 1 to 6, but received '" + yaml.string("slide-level") + "'",
                    "write slide-level: 1 for a slide at each '#' heading, or 2 for each '##' ('#' then start sections)");
            return null;
        }
        return level.intValue();
    }

    /** Marp's {@code marp: true}: the file is a Marp deck, its slides split at '---' as a deck of the handbook's own. */
    private static boolean isMarp(YamlMap yaml) {
        return "true".equalsIgnoreCase(String.valueOf(yaml.foreignText("marp")).trim());
    }

    /** Marp's {@code headingDivider: 2}, a slide at each heading of that level or above; null without one. */
    private static Integer marpHeadingDivider(YamlMap yaml) {
        String level = yaml.foreignText("headingDivider");
        return level != null && level.trim().matches("[1-6]") ? Integer.valueOf(level.trim()) : null;
    }

    /** Quarto's {@code format: revealjs} and R Markdown's {@code output: …revealjs…}: the file is a slide deck. */
    private static boolean isSlideFormat(YamlMap yaml) {
        return namesFormat(yaml, SLIDE_FORMAT);
    }

    private static final Pattern SLIDE_FORMAT = Pattern.compile("(?i).*(revealjs|slidy|beamer|ioslides|xaringan|pptx).*");
    private static final Pattern HEADING_SLIDE_FORMAT = Pattern.compile("(?i).*(revealjs|slidy|beamer|ioslides|pptx).*");

    /** A deck Pandoc makes (not xaringan's, whose remark.js splits at '---' only): its slides start at headings too. */
    private static boolean splitsAtHeadings(YamlMap yaml) {
        return namesFormat(yaml, HEADING_SLIDE_FORMAT);
    }

    /** Whether {@code format:} or {@code output:} (a word, or a map's first key) matches the pattern. */
    private static boolean namesFormat(YamlMap yaml, Pattern pattern) { // every page is asked: the patterns are compiled once
        for (String key : List.of("format", "output")) {
            org.yaml.snakeyaml.nodes.Node node = yaml.has(key) ? yaml.value(key) : null;
            String text = node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar ? scalar.getValue()
                    : node instanceof org.yaml.snakeyaml.nodes.MappingNode map && !map.getValue().isEmpty()
                    && map.getValue().get(0).getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode first ? first.getValue() : "";
            if (!text.isEmpty() && pattern.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Only session plans use {@code start} and {@code duration}; on other pages a value that is not a
     * time is ignored with a warning, because content migrated from other tools uses these names
     * for other things (e.g. {@code start: yes}).
     */
    /** The finding for a front matter's {@code duration} that is no length of time, in English or the page's language. */
    public static org.handbookpress.findings.Finding durationUnread(String file, int line, Kind kind, String text) {
        return new org.handbookpress.findings.Finding(file, line, 0, severityFor(kind), "front-matter.duration",
                "'duration' must be a length of time such as '6h' or '90 min', but received '" + text + "'",
                "write hours as 'h' and minutes as 'min', e.g. '1h 30 min', or the units of the page's language, as in its agenda");
    }

    /** The finding for a front matter's {@code duration} of no session's length (zero, more than a week); empty for a sensible one. */
    public static Optional<org.handbookpress.findings.Finding> durationOutOfRange(String file, int line, Kind kind, String text, int minutes) {
        return Durations.outOfRange(minutes, Durations.MAX_SESSION).map(why -> new org.handbookpress.findings.Finding(file, line, 0,
                severityFor(kind), "front-matter.duration", "'duration' " + why + ": '" + text + "' is not the length of a session",
                "write the planned length, e.g. '6h' or '1h 30 min'"));
    }

    private static org.handbookpress.findings.Severity severityFor(Kind kind) {
        return kind == Kind.SESSION ? org.handbookpress.findings.Severity.ERROR : org.handbookpress.findings.Severity.WARNING;
    }

    private static LocalTime sexagesimal(String text) {
        try {
            int minutes = Integer.parseInt(text.trim());
            return minutes >= 0 && minutes < 24 * 60 ? LocalTime.of(minutes / 60, minutes % 60) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalDate date(YamlMap yaml, String key, String file) {
        return date(key, yaml.string(key), yaml.lineOf(key), file, findings);
    }

    /** A YYYY-MM-DD date, or null (with a {@code front-matter.date} error when the text is not one). */
    static LocalDate date(String key, String text, int line, String file, Findings findings) {
        return date("'" + key + "'", text, line, file, findings, org.handbookpress.findings.Severity.ERROR);
    }

    /**
     * The date under {@code key}, read as {@code ours} ({@link SynonymKeys#keyFor}): a value under our key or the other
     * tool's own name for it that is no date is an error, as ours is; under a name no tool checked, a warning that says
     * which key it was read as, and the page has no such date.
     */
    static LocalDate otherNamesDate(YamlMap yaml, String key, String ours, List<String> exact, String file, Findings findings) {
        if (SynonymKeys.isStrict(key, ours, exact)) {
            return date(key, yaml.string(key), yaml.lineOf(key), file, findings);
        }
        String text = yaml.foreignText(key);
        return date("'" + key + "' (read as '" + ours + "')", text == null || text.isBlank() ? null : text, yaml.lineOf(key), file,
                findings, org.handbookpress.findings.Severity.WARNING);
    }

    /** @param named the key as the message names it, quoted */
    private static LocalDate date(String named, String text, int line, String file, Findings findings, org.handbookpress.findings.Severity severity) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(withoutTime(text.trim()));
        } catch (DateTimeParseException e) {
            String wrong = calendarSlip(withoutTime(text.trim()));
            findings.add(new org.handbookpress.findings.Finding(file, line, 0, severity, "front-matter.date", wrong != null
                    ? named + " is '" + text.trim() + "', which is no date: " + wrong
                    : named + " must be a date written YYYY-MM-DD, but received '" + text + "'", dateFix(text.trim())));
            return null;
        }
    }

    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** A date with a time of day after it, and maybe its offset: {@code 2025-05-16T17:00:00.000Z}, {@code 2025-05-16 09:30:00 +0100}. */
    private static final Pattern DATE_AND_TIME = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})(?:T|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

    /**
     * The date of a date and time, as content editors write them (Decap CMS, TinaCMS and Forestry save a date field as
     * 2025-05-16T17:00:00.000Z; Jekyll's {@code date:} is 2025-05-16 09:30:00 +0100), as written; other text as it is.
     * A review is kept by the day: the time says nothing more of it, so it is read without a word (Hugo and Jekyll read
     * both shapes too). The date is the one written, not moved into another time zone by its offset.
     */
    static String withoutTime(String text) {
        java.util.regex.Matcher m = DATE_AND_TIME.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    /**
     * What is wrong with a date written year, month, day that is in no calendar ("there is no month 20"), or null when
     * it is not written so or is only short of its zeros (2026-4-7): telling an author who wrote 2026-20-04 to write
     * YYYY-MM-DD, as they had, did not show them the day and month swapped.
     */
    private static String calendarSlip(String text) {
        java.util.regex.Matcher m = YEAR_MONTH_DAY.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        java.time.YearMonth yearMonth = java.time.YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return yearMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year + " has no day " + day;
        }
        return null;
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    /**
     * The date to write for one written as most of the world writes it, 14/07/2025 (day first) or, in the United
     * States, 07/14/2025: each reading that is a date, so that the author need not work the order out.
     */
    static String dateFix(String text) {
        java.util.regex.Matcher ymd = YEAR_MONTH_DAY.matcher(text);
        if (ymd.matches()) {
            int year = Integer.parseInt(ymd.group(1));
            int month = Integer.parseInt(ymd.group(2));
            int day = Integer.parseInt(ymd.group(3));
            LocalDate meant = dateOrNull(year, month, day);
            if (meant != null) { // 2026-4-7: only the zeros are missing
                return "write " + meant + " for " + spoken(meant) + " (YYYY-MM-DD: two digits for the month and the day)";
            }
            LocalDate swapped = dateOrNull(year, day, month);
            return swapped != null ? "write " + swapped + " for " + spoken(swapped) + " (YYYY-MM-DD, month before day)"
                    : (month < 1 || month > 12 ? "check the month" : "check the day") + " (YYYY-MM-DD, month before day)";
        }
        java.util.regex.Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            List<String> readings = new java.util.ArrayList<>();
            for (int[] dayMonth : new int[][] {{a, b}, {b, a}}) {
                try {
                    LocalDate date = LocalDate.of(year, dayMonth[1], dayMonth[0]);
                    String iso = date.toString();
                    String said = "write " + iso + " for " + dayMonth[0] + " "
                            + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year;
                    if (!readings.contains(said)) { // 03/03/2025 is read the same both ways
                        readings.add(said);
                    }
                } catch (java.time.DateTimeException notADate) {
                    // 14 is no month: that reading is not the author's
                }
            }
            if (!readings.isEmpty()) {
                return String.join(", or ", readings) + " (YYYY-MM-DD)";
            }
        }
        String named = namedMonthFix(text);
        return named != null ? named : "write the date like 2026-03-31";
    }

    /**
     * A month written by its name or its first letters, in English or another of the theme's languages ({@link NamedMonths}),
     * with a day and a year either side: "3rd Sept 2025", "January 20, 2026", "14. Juli 2026", "1er juillet 2026",
     * "14 de julio de 2026", "14 lipca 2026 r.". A weekday before it ("Tuesday, 14 July 2026") is read past.
     */
    private static final String MONTH = "(?<month>\\p{L}{3,12}\\.?)";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th|er|\\.|º|ª)?";
    private static final String WEEKDAY = "(?:\\p{L}+,?\\s+)?";
    private static final String YEAR = "(?<year>\\d{4})(?:\\s*(?:r|р)\\.)?";
    private static final Pattern DAY_NAMED_MONTH_YEAR = Pattern.compile(
            WEEKDAY + DAY + "(?:\\s+(?:of|de|del|di))?[\\s-]+" + MONTH + ",?(?:\\s+(?:de|del))?[\\s-]+" + YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAMED_MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The date to write for one written out, 20 January 2026 or January 20, 2026 (as a policy's cover says it): naming its
     * month, it reads only one way, so the author is given the date itself rather than the format to work it out from.
     * Null when the text is not written so or names no month.
     */
    private static String namedMonthFix(String text) {
        for (Pattern pattern : List.of(DAY_NAMED_MONTH_YEAR, NAMED_MONTH_DAY_YEAR)) {
            java.util.regex.Matcher m = pattern.matcher(text);
            if (!m.matches()) {
                continue;
            }
            Optional<java.time.Month> named = NamedMonths.of(m.group("month"));
            if (named.isEmpty()) {
                return null;
            }
            java.time.Month month = named.get();
            int year = Integer.parseInt(m.group("year"));
            int day = Integer.parseInt(m.group("day"));
            LocalDate meant = dateOrNull(year, month.getValue(), day);
            if (meant == null) {
                return "check the day: " + month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year
                        + " has no day " + day + " (YYYY-MM-DD)";
            }
            return "write " + meant + " for " + spoken(meant) + " (YYYY-MM-DD)";
        }
        return null;
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException notADate) {
            return null;
        }
    }

    private static String spoken(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }

    /** A title or description written for a layout that reads it as HTML, as text ({@link InlineTags}, {@link CharacterReferences}). */
    static String asText(String html) {
        return CharacterReferences.decode(InlineTags.strip(html));
    }
}
