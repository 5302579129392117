package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private final Findings findings = new Findings();
    private final FrontMatterParser parser = new FrontMatterParser(findings);

    @Test
    void readsEveryKeyWithItsType() {
        var split = parser.split("""
                ---
                title: Safeguarding Policy
                kind: policy
                order: 2
                summary: How we keep people safe.
                reviewed: 2026-05-10
                review-every: 12 months
                ---
                # Body
                """, "policies/safeguarding.md").orElseThrow();
        FrontMatter meta = split.meta();
        assertEquals("Safeguarding Policy", meta.title());
        assertEquals(Kind.POLICY, meta.kind());
        assertEquals(2.0, meta.order());
        assertEquals(LocalDate.of(2026, 5, 10), meta.reviewed());
        assertEquals(LocalDate.of(2027, 5, 10), meta.reviewEvery().after(meta.reviewed()));
        assertEquals("# Body\n", split.body());
        assertEquals(9, split.bodyLine());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    /**
     * An opening line with spaces after its dashes, as a hand-typed bookdown index.Rmd has it: front matter, as Jekyll,
     * Hugo and Pandoc read it. It was the page's text, its keys shown as one heading.
     */
    @Test
    void anOpeningLineEndingInSpacesStillOpensFrontMatter() {
        var split = parser.split("--- \ntitle: Volunteer Rota\nsummary: Who covers which shift.\n---\nText\n", "rota.Rmd").orElseThrow();
        assertEquals("Volunteer Rota", split.meta().title());
        assertEquals("Text\n", split.body());
        assertEquals(5, split.bodyLine());
        var toml = parser.split("+++\t\ntitle = \"Keys\"\n+++\nText\n", "keys.md").orElseThrow();
        assertEquals("Keys", toml.meta().title());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    /** A date written as a British author writes it: the fix gives the date to write, each way it can be read. */
    @Test
    void aDateWrittenDayFirstIsReportedWithTheDateToWrite() {
        parser.split("---\ntitle: Transport\nreviewed: 14/07/2025\n---\nText\n", "groups/andover/transport.md");
        parser.split("---\ntitle: Keys\nreviewed: 07.09.2025\n---\nText\n", "groups/bath/keys.md");
        parser.split("---\ntitle: Rota\nreviewed: next spring\n---\nText\n", "groups/bude/rota.md");
        assertEquals(java.util.List.of(
                "groups/andover/transport.md:3 front-matter.date: write 2025-07-14 for 14 July 2025 (YYYY-MM-DD)",
                "groups/bath/keys.md:3 front-matter.date: write 2025-09-07 for 7 September 2025, or write 2025-07-09 for 9 July 2025 (YYYY-MM-DD)",
                "groups/bude/rota.md:3 front-matter.date: write the date like 2026-03-31"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code() + ": " + f.fix()).toList());
    }

    /**
     * A date written out with its month's name, as a policy's cover gives it, reads one way only: the fix is that date,
     * not the format. Written in figures, day and month either way, both readings are given; one only when the other
     * is no date.
     */
    @Test
    void aDateWrittenWithItsMonthsNameIsGivenBackAsTheDateToWrite() {
        parser.split("---\ntitle: Safeguarding\nreviewed: 20 January 2026\n---\nText\n", "policies/safeguarding.md");
        parser.split("---\ntitle: Expenses\nreviewed: January 20, 2026\n---\nText\n", "policies/expenses.md");
        parser.split("---\ntitle: Photos\nreviewed: 3rd Sept 2025\n---\nText\n", "policies/photos.md");
        parser.split("---\ntitle: Kit\nreviewed: 30 February 2026\n---\nText\n", "policies/kit.md");
        parser.split("---\ntitle: Rota\nreviewed: 20/01/2026\n---\nText\n", "policies/rota.md");
        parser.split("---\ntitle: Keys\nreviewed: 01/02/2026\n---\nText\n", "policies/keys.md");
        parser.split("---\ntitle: Vans\nreviewed: 20 Smarch 2026\n---\nText\n", "policies/vans.md");
        assertEquals(java.util.List.of(
                "policies/expenses.md:3 write 2026-01-20 for 20 January 2026 (YYYY-MM-DD)",
                "policies/keys.md:3 write 2026-02-01 for 1 February 2026, or write 2026-01-02 for 2 January 2026 (YYYY-MM-DD)",
                "policies/kit.md:3 check the day: February 2026 has no day 30 (YYYY-MM-DD)",
                "policies/photos.md:3 write 2025-09-03 for 3 September 2025 (YYYY-MM-DD)",
                "policies/rota.md:3 write 2026-01-20 for 20 January 2026 (YYYY-MM-DD)",
                "policies/safeguarding.md:3 write 2026-01-20 for 20 January 2026 (YYYY-MM-DD)",
                "policies/vans.md:3 write the date like 2026-03-31"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.fix()).toList());
    }

    /**
     * A date written out in the handbook's own language, as a French, German, Welsh, Polish or Spanish policy's cover says
     * it, reads one way too: the exact date is given back, as for one in English. A weekday before it is read past.
     */
    @Test
    void aDateWrittenWithItsMonthsNameInAnotherLanguageIsGivenBackToo() {
        parser.split("---\ntitle: Sécurité\nreviewed: 1er juillet 2026\n---\nTexte\n", "fr/securite.md");
        parser.split("---\ntitle: Schutz\nreviewed: Dienstag, 14. Juli 2026\n---\nText\n", "de/schutz.md");
        parser.split("---\ntitle: Diogelu\nreviewed: 14 Gorffennaf 2026\n---\nTestun\n", "cy/diogelu.md");
        parser.split("---\ntitle: Ochrona\nreviewed: 14 lipca 2026 r.\n---\nTekst\n", "pl/ochrona.md");
        parser.split("---\ntitle: Protección\nreviewed: 14 de julio de 2026\n---\nTexto\n", "es/proteccion.md");
        parser.split("---\ntitle: Захист\nreviewed: 14 липня 2026\n---\nТекст\n", "uk/zakhyst.md");
        parser.split("---\ntitle: Veiligheid\nreviewed: 31 februari 2026\n---\nTekst\n", "nl/veiligheid.md");
        assertEquals(java.util.List.of(
                "cy/diogelu.md:3 write 2026-07-14 for 14 July 2026 (YYYY-MM-DD)",
                "de/schutz.md:3 write 2026-07-14 for 14 July 2026 (YYYY-MM-DD)",
                "es/proteccion.md:3 write 2026-07-14 for 14 July 2026 (YYYY-MM-DD)",
                "fr/securite.md:3 write 2026-07-01 for 1 July 2026 (YYYY-MM-DD)",
                "nl/veiligheid.md:3 check the day: February 2026 has no day 31 (YYYY-MM-DD)",
                "pl/ochrona.md:3 write 2026-07-14 for 14 July 2026 (YYYY-MM-DD)",
                "uk/zakhyst.md:3 write 2026-07-14 for 14 July 2026 (YYYY-MM-DD)"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.fix()).toList());
    }

    /**
     * A date in the right shape that is no date in the calendar, as an author slips with day and month: the message says
     * what is wrong with it (it was told to write YYYY-MM-DD, which it had), and the fix gives the date it reads as.
     */
    @Test
    void aDateOfTheRightShapeButNoDayInTheCalendarSaysWhatIsWrong() {
        parser.split("---\ntitle: Safeguarding\nreviewed: 2026-20-04\n---\nText\n", "policies/safeguarding.md");
        parser.split("---\ntitle: Expenses\nreviewed: 2026-02-30\n---\nText\n", "policies/expenses.md");
        parser.split("---\ntitle: Fridges\nreviewed: 2026-4-7\n---\nText\n", "policies/fridges.md");
        assertEquals(java.util.List.of(
                "policies/expenses.md:3 'reviewed' is '2026-02-30', which is no date: February 2026 has no day 30"
                        + " — check the day (YYYY-MM-DD, month before day)",
                "policies/fridges.md:3 'reviewed' must be a date written YYYY-MM-DD, but received '2026-4-7'"
                        + " — write 2026-04-07 for 7 April 2026 (YYYY-MM-DD: two digits for the month and the day)",
                "policies/safeguarding.md:3 'reviewed' is '2026-20-04', which is no date: there is no month 20"
                        + " — write 2026-04-20 for 20 April 2026 (YYYY-MM-DD, month before day)"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.message() + " — " + f.fix()).toList());
    }

    /**
     * A date with its time of day, as a content editor saves it (Decap CMS: 2025-05-16T17:00:00.000Z) or Jekyll writes it,
     * is its date: dxw's playbook, edited so, had 154 warnings that its review dates were no dates. A time after a day
     * that is in no calendar is still told.
     */
    @Test
    void aDateWithItsTimeOfDayIsReadAsItsDate() {
        assertEquals(LocalDate.of(2025, 5, 16), parser.split("---\ntitle: A\nreviewed: 2025-05-16T17:00:00.000Z\n---\nText\n", "a.md")
                .orElseThrow().meta().reviewed());
        assertEquals(LocalDate.of(2025, 5, 16), parser.split("---\ntitle: B\nreviewed: 2025-05-16 09:30:00 +0100\n---\nText\n", "b.md")
                .orElseThrow().meta().reviewed());
        assertEquals(LocalDate.of(2025, 5, 16), parser.split("---\ntitle: C\nlast_reviewed_at: 2025-05-16T23:30+02:00\n---\nText\n", "c.md")
                .orElseThrow().meta().reviewed());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
        parser.split("---\ntitle: D\nreviewed: 2026-02-30T10:00:00Z\n---\nText\n", "d.md");
        assertEquals(java.util.List.of("d.md:3 'reviewed' is '2026-02-30T10:00:00Z', which is no date: February 2026 has no day 30"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.message()).toList());
    }

    /** A misspelt kind names the kind it most likely means, as a misspelt link names the page. */
    @Test
    void aMisspeltKindNamesTheKindItMostLikelyMeans() {
        parser.split("---\ntitle: Sorting\nkind: chaptr\n---\nText\n", "toolkit/03-sorting.md");
        parser.split("---\ntitle: Expenses\nkind: policies\n---\nText\n", "policies/expenses.md");
        parser.split("---\ntitle: Notes\nkind: memo\n---\nText\n", "notes.md");
        assertEquals(java.util.List.of(
                "notes.md:3 use one of the listed kinds",
                "policies/expenses.md:3 did you mean 'kind: policy'? Use one of the listed kinds",
                "toolkit/03-sorting.md:3 did you mean 'kind: chapter'? Use one of the listed kinds"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.fix()).toList());
    }

    /** Front matter a Python script wrote, its strings tagged with Python's type: read as text, as Jekyll reads it. */
    @Test
    void aTagFromAnotherLanguageIsReadAsText() {
        var split = parser.split("""
                ---
                title: !!python/str "Open data and privacy"
                Author: !!python/str "Kieron O\u2019Hara"
                order: !!int 3
                ---
                A report.
                """, "resources/021/index.md").orElseThrow();
        assertEquals("Open data and privacy", split.meta().title());
        assertEquals(3.0, split.meta().order());
        assertEquals(List.of(), findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(),
                "no malformed YAML");
    }

    @Test
    void hugosTomlFrontMatterIsReadLineForLine() {
        var split = parser.split("""
                +++
                title = "Safeguarding \\"now\\""   # the policy
                kind = 'policy'
                order = 2
                reviewed = 2026-05-10
                ignore = ["heading.skipped-level"]
                weight = 3

                [params]
                colour = "teal"
                +++
                # Body
                """, "policies/safeguarding.md").orElseThrow();
        FrontMatter meta = split.meta();
        assertEquals("Safeguarding \"now\"", meta.title());
        assertEquals(Kind.POLICY, meta.kind());
        assertEquals(2.0, meta.order());
        assertEquals(LocalDate.of(2026, 5, 10), meta.reviewed());
        assertEquals("# Body\n", split.body());
        assertEquals(12, split.bodyLine());
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("policies/safeguarding.md:9 front-matter.other-tool-key"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    @Test
    void otherToolsNamesForOrderAreReadWhenThereIsNoOrder() {
        assertEquals(3.0, parser.split("+++\nweight = 3\n+++\n", "a.md").orElseThrow().meta().order());
        assertEquals(4.0, parser.split("---\nnav_order: 4\n---\n", "b.md").orElseThrow().meta().order());
        assertEquals(5.0, parser.split("---\nsidebar_position: 5\n---\n", "c.md").orElseThrow().meta().order());
        assertEquals(1.0, parser.split("---\norder: 1\nweight: 9\n---\n", "d.md").orElseThrow().meta().order());
        parser.reportUnknownKeys("front-matter");
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    /**
     * The Learn and Relearn themes' {@code chapter: true} (or false) is theirs, known: the page is a chapter's title page.
     * Another tool's {@code chapter:} (a number, a name) is none of it, still an unknown key, and no error of its type.
     */
    @Test
    void aLearnThemesChapterFlagIsKnownAndAnotherToolsChapterIsNot() {
        assertTrue(parser.split("+++\nchapter = true\n+++\n", "a/_index.md").orElseThrow().meta().chapterPage());
        assertFalse(parser.split("---\nchapter: false\n---\n", "b/_index.md").orElseThrow().meta().chapterPage());
        assertFalse(parser.split("---\nchapter: 3\n---\n", "c.md").orElseThrow().meta().chapterPage());
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("c.md:2 config.unknown-key"), findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    /**
     * Jekyll and Eleventy write a title into the page as HTML, so a character reference in it is its character:
     * {@code C&oacute;digo} is "Código" there (opensource.guide's Spanish titles), {@code &amp;} an ampersand. Shown as
     * written, the reader saw "C&oacute;digo" in the heading, the menu and the search.
     */
    @Test
    void aCharacterReferenceInATitleIsItsCharacter() {
        FrontMatter meta = parser.split("""
                ---
                title: C&oacute;mo contribuir &amp; colaborar &#8212; gu&#xED;a
                nav-title: Pr&aacute;cticas
                description: Mant&eacute;n tu trabajo
                ---
                """, "a.md").orElseThrow().meta();
        assertEquals("Cómo contribuir & colaborar — guía", meta.title());
        assertEquals("Prácticas", meta.names().navTitle());
        assertEquals("Mantén tu trabajo", meta.summary());
        // An ampersand that starts no reference is itself.
        assertEquals("Q&A, R&D &copy and AT&T;", parser.split("---\ntitle: Q&A, R&D &copy and AT&T;\n---\n", "b.md")
                .orElseThrow().meta().title());
    }

    @Test
    void aTitlesInlineTagsAreLeftOutAndItsWordsKept() {
        FrontMatter meta = parser.split("""
                ---
                title: Get travel approved <em>before</em> you book<br/>in Concur
                nav-title: <strong>Before</strong> you travel
                description: Approval, <a href="x.html">then</a> booking.
                ---
                """, "a.md").orElseThrow().meta();
        assertEquals("Get travel approved before you book in Concur", meta.title());
        assertEquals("Before you travel", meta.names().navTitle());
        assertEquals("Approval, then booking.", meta.summary());
        // What is no inline tag stays: a comparison, an element a title about HTML names, an escaped tag.
        assertEquals("Ages <16 and a < b, the <details> element, <em> shown", parser.split(
                "---\ntitle: Ages <16 and a < b, the <details> element, &lt;em&gt; shown\n---\n", "b.md").orElseThrow().meta().title());
    }

    @Test
    void obsidiansAliasesAndOtherToolsDescriptionAreRead() {
        FrontMatter meta = parser.split("---\naliases: [Safeguarding, Keeping people safe]\ndescription: Who to call.\n---\n", "a.md")
                .orElseThrow().meta();
        assertEquals(List.of("Safeguarding", "Keeping people safe"), meta.aliases());
        assertEquals("Who to call.", meta.summary());
        assertEquals(List.of("One name"), parser.split("---\naliases: One name\n---\n", "b.md").orElseThrow().meta().aliases());
        assertEquals("Own", parser.split("---\nsummary: Own\ndescription: Other\n---\n", "c.md").orElseThrow().meta().summary());
        parser.reportUnknownKeys("front-matter");
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void oldAddressesAreReadFromOurKeyAndOtherToolsKeys() {
        FrontMatter meta = parser.split("""
                ---
                title: Parental leave
                redirect-from: /policies/parental-leave-policy/
                redirect_from:
                  - /staff/leave/parental-leave
                  - /policies/parental-leave-policy/
                permalink: /parental-leave/
                aliases: [Maternity leave, /old/parental.html, leave/]
                ---
                """, "a.md").orElseThrow().meta();
        assertEquals(List.of("/policies/parental-leave-policy/", "/staff/leave/parental-leave", "/parental-leave/",
                "/old/parental.html", "leave/"), meta.redirectFrom(), "in order, each once; an alias that is a name is not one");
        assertEquals(List.of("Maternity leave", "/old/parental.html", "leave/"), meta.aliases());
        assertEquals(List.of("redirect-from:3", "redirect_from:4", "permalink:7", "aliases:8", "aliases:8"), meta.names().redirectFrom()
                .stream().map(a -> a.key() + ":" + a.line()).toList(), "each with the key it is listed under, and that key's line");
        assertEquals(List.of(), parser.split("---\npermalink: /:categories/:title/\nurl: https://example.org/a\n---\n", "b.md")
                .orElseThrow().meta().redirectFrom(), "a pattern of addresses, or another site's, is no page's old address");
        // Jekyll and Hugo read a permalink or url written without its first slash from the site's top.
        assertEquals(List.of("/first-app"), parser.split("---\npermalink: first-app\n---\n", "guides/app.md").orElseThrow().meta().redirectFrom());
        assertEquals(List.of("/setup/linux/"), parser.split("---\nurl: setup/linux/\n---\n", "g.md").orElseThrow().meta().redirectFrom());
        for (String notAnAddress : List.of("pretty", "false", "\"{{ page.fileSlug }}/\"", "\"my page\"", "./here")) {
            assertEquals(List.of(), parser.split("---\npermalink: " + notAnAddress + "\n---\n", "h.md").orElseThrow().meta().redirectFrom(),
                    notAnAddress + " is a style's name, a template or words, no address");
        }
        FrontMatter docusaurus = parser.split("---\nslug: /leave\nsidebar_label: Leave\n---\n", "d.md").orElseThrow().meta();
        assertEquals(List.of("/leave"), docusaurus.redirectFrom());
        assertEquals("Leave", docusaurus.names().navTitle());
        assertEquals("Own", parser.split("---\nnav-title: Own\nlinktitle: Hugo's\n---\n", "e.md").orElseThrow().meta().names().navTitle());
        // Other tools' keys in shapes of their own are theirs: never an error (the Carpentries' redirect_to is a list).
        FrontMatterParser.Split odd = parser.split("---\npermalink: {a: b}\nslug: [x, y]\nlinktitle: {}\n"
                + "redirect_to:\n  - https://example.org/training\n---\n", "f.md").orElseThrow();
        assertEquals(List.of("x"), odd.meta().redirectFrom());
        assertTrue(odd.body().contains("(<https://example.org/training>)"), odd.body());
        FrontMatter jekyll = parser.split("---\nbanner: page\nredirect_from: /old/\n---\n", "c.md").orElseThrow().meta();
        assertEquals(List.of("/old/"), jekyll.redirectFrom());
        assertEquals(3, jekyll.names().redirectFrom().get(0).line());
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("c.md:2 config.unknown-key"), findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(),
                "redirect_from, permalink and url are read, so only 'banner' is unknown");
    }

    /**
     * Hugo's menu names as Hugo sites write them: R-Ladies' guide (Hugo, Relearn theme) gives 56 pages a linkTitle, as
     * Hugo's documentation and Docsy spell it, and 43 a menuTitle, the Learn and Relearn themes' key; each was an unknown
     * key ('write linktitle for the build to read it'), and the menu showed the pages' long titles.
     */
    @Test
    void hugosLinkTitleAndTheLearnThemesMenuTitleNameThePageInTheMenu() {
        assertEquals("About", parser.split("---\ntitle: About RLadies+\nlinkTitle: About\n---\n", "a.md").orElseThrow().meta().names().navTitle());
        assertEquals("Abstract Review", parser.split("---\ntitle: Abstract Review System\nmenuTitle: Abstract Review\n---\n", "b.md")
                .orElseThrow().meta().names().navTitle());
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of(), findings.sorted(), "both keys are read");
    }

    /**
     * A policy register's own names for the keys the build reads (a children's charity's docs write {@code last_reviewed}
     * on 58 pages), and slips of the keyboard, are told the key to write: the policies had no review dates, and the
     * finding listed all 24 keys. A key of another meaning (a page's colour) is told the list as before.
     */
    @Test
    void anUnknownKeyThatMeansOneTheBuildReadsIsToldWhichToWrite() {
        FrontMatter meta = parser.split("---\nresponsible_person: Chair\nnext_review_date: 2026-08-08\n"
                + "reveiwed: 2025-01-01\nsumary: Short.\ncolour: teal\n---\nText.\n", "policies/safety.md").orElseThrow().meta();
        parser.reportUnknownKeys("front-matter");
        Map<String, String> fixes = new java.util.TreeMap<>();
        findings.sorted().forEach(f -> fixes.put(f.message().replaceAll("^unknown front-matter key '([^']+)'.*", "$1"), f.fix()));
        assertEquals("rename it 'owner', the key the build reads for it", fixes.get("responsible_person"));
        assertEquals(null, fixes.get("next_review_date"), "the date a register gives the next review is read as next-review");
        assertEquals(java.time.LocalDate.of(2026, 8, 8), meta.nextReview());
        assertEquals("did you mean 'reviewed'? Keys are read as written, in any capitals", fixes.get("reveiwed"));
        assertEquals("did you mean 'summary'? Keys are read as written, in any capitals", fixes.get("sumary"));
        assertTrue(fixes.get("colour").startsWith("known keys are: title, kind"), fixes.get("colour"));
    }

    /**
     * A policy's reviewer, a person or a committee, is none of the build's keys: it was told "did you mean 'reviewed'?",
     * a date. It is told where who reviewed it goes, approved-by or owner, once for the handbook, in whatever form.
     */
    @Test
    void aReviewerIsToldWhereWhoReviewedGoesNotReviewed() {
        parser.split("---\nkind: policy\nreviewer: Jo Bloggs\n---\nText.\n", "policies/a.md");
        parser.split("---\nkind: policy\nreviewer: Sam\n---\nText.\n", "policies/b.md");
        parser.split("---\nkind: policy\nreviewers: [Jo, Sam]\nReviewed_By: Board\n---\nText.\n", "policies/c.md");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("policies/a.md:3 warning 'reviewer' in 2 files", "policies/c.md:3 warning 'reviewers' in 1 file",
                        "policies/c.md:4 warning 'Reviewed_By' in 1 file"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " "
                        + f.message().replaceAll("^unknown front-matter key ('[^']+' in \\d+ files?).*", "$1")).toList());
        findings.sorted().forEach(f -> assertTrue(f.fix().contains("'approved-by:'") && f.fix().contains("'owner:'")
                && !f.fix().contains("did you mean"), f.fix()));
    }

    /** Approvers listed as maps of name and role, as compliance templates write them, are read as their values: they were nothing. */
    @Test
    void approversListedAsMapsAreTheirNamesAndRoles() {
        FrontMatter meta = parser.split("---\nkind: policy\napprovers:\n  - name: Jane Okafor\n    role: Chair of Trustees\n"
                + "  - name: Sam Reid\n    role: Treasurer\n---\nText.\n", "policies/money.md").orElseThrow().meta();
        assertEquals("Jane Okafor, Chair of Trustees; Sam Reid, Treasurer", meta.control().approvedBy());
    }

    /**
     * A policy's review and document control under the names a register or a compliance template gives them, whose
     * meaning is ours without doubt, are read as ours: a policy whose last review was under last_reviewed had no review
     * status on the Documents page, and each key was an unknown-key warning.
     */
    @Test
    void anotherNameWhoseMeaningIsOursIsReadAsOurKey() {
        FrontMatter meta = parser.split("""
                ---
                kind: policy
                last_reviewed: "2025-08-08"
                Review-Frequency: annually
                policy_owner: Designated Safeguarding Lead
                approvers:
                  - Chair of Trustees, Board
                  - Treasurer
                approval_date: 2025-08-12
                document_version: 2.1.0
                ---
                Text.
                """, "policies/safety.md").orElseThrow().meta();
        assertEquals(LocalDate.of(2025, 8, 8), meta.reviewed());
        assertEquals(LocalDate.of(2026, 8, 8), meta.reviewEvery().after(meta.reviewed()));
        assertEquals("Designated Safeguarding Lead", meta.control().owner());
        assertEquals("Chair of Trustees, Board; Treasurer", meta.control().approvedBy(), "a list of approvers, each whole");
        assertEquals(LocalDate.of(2025, 8, 12), meta.control().approved());
        assertEquals("2.1.0", meta.control().version());
        assertEquals(3, meta.lineOf("reviewed"), "findings on the review point at the line the page wrote it on");
        assertEquals(9, meta.lineOf("approved"));
        for (String other : List.of("last-reviewed", "Last Reviewed", "date_reviewed", "reviewed_on", "lastReviewDate")) {
            assertEquals(LocalDate.of(2024, 3, 1), parser.split("---\n" + other + ": 2024-03-01\n---\n", "p.md").orElseThrow().meta().reviewed(), other);
        }
        FrontMatter approved = parser.split("---\napproved_by: Board\nApprovedOn: 2024-02-02\n---\n", "q.md").orElseThrow().meta();
        assertEquals("Board", approved.control().approvedBy());
        assertEquals(LocalDate.of(2024, 2, 2), approved.control().approved());
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of(), findings.sorted());
    }

    /**
     * The page's own key wins over another name for it, and a name it writes wins over the key its folder's defaults
     * give it; handbook.yml's defaults may use the other names too.
     */
    @Test
    void thePagesOwnNameWinsOverItsFoldersDefaults(@org.junit.jupiter.api.io.TempDir java.nio.file.Path content) throws Exception {
        java.nio.file.Files.writeString(content.resolve(ConfigLoader.FILE), """
                title: Policies
                defaults:
                  - path: "policies/*.md"
                    values:
                      reviewed: 2020-01-01
                      review_cycle: 2 years
                      policy_owner: Operations Manager
                """, java.nio.charset.StandardCharsets.UTF_8);
        FolderDefaults defaults = new ConfigLoader(findings).load(content).folderDefaults();
        FrontMatterParser withDefaults = new FrontMatterParser(findings, defaults);
        FrontMatter meta = withDefaults.split("---\nlast_reviewed: 2025-08-08\n---\n", "policies/a.md").orElseThrow().meta();
        assertEquals(LocalDate.of(2025, 8, 8), meta.reviewed(), "the page's own review, not its folder's");
        assertEquals(LocalDate.of(2027, 8, 8), meta.reviewEvery().after(meta.reviewed()), "the folder's period, under another name");
        assertEquals("Operations Manager", meta.control().owner());
        FrontMatter both = withDefaults.split("---\nreviewed: 2025-01-01\nlast_reviewed: 2025-01-01\n---\n", "policies/b.md").orElseThrow().meta();
        assertEquals(LocalDate.of(2025, 1, 1), both.reviewed(), "our key over another name in one page");
        assertEquals(LocalDate.of(2020, 1, 1), withDefaults.split("Text.\n", "policies/c.md").orElseThrow().meta().reviewed());
        withDefaults.reportUnknownKeys("front-matter");
        assertEquals(List.of(), findings.sorted());
    }

    /**
     * A page that gives one value under two names, ours and another, or two others, is read by the one preferred; the
     * other, when it says otherwise, is a warning at its line, rather than a date updated under one name and left stale
     * under the other passing unseen. The same value twice says nothing.
     */
    @Test
    void twoNamesForOneValueThatSayOtherwiseAreAWarning() {
        FrontMatter meta = parser.split("---\nreviewed: 2025-06-01\nlast_reviewed: 2024-06-01\napproved_by: Board\napprover: Board\n"
                + "policy_owner: Chair\ndocument_owner: Treasurer\n---\n", "p.md").orElseThrow().meta();
        assertEquals(LocalDate.of(2025, 6, 1), meta.reviewed());
        assertEquals("Chair", meta.control().owner(), "the first written of two other names");
        assertEquals(List.of("p.md:3 front-matter.two-names 'last_reviewed' is read as 'reviewed', but the page gives 'reviewed' too, which"
                        + " says otherwise: 'reviewed' is read and 'last_reviewed: 2024-06-01' is not",
                "p.md:7 front-matter.two-names 'document_owner' is read as 'owner', but the page gives 'policy_owner' too, which says"
                        + " otherwise: 'policy_owner' is read and 'document_owner: Treasurer' is not"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code() + " " + f.message()).toList());
    }

    /**
     * A value under another name that is not what our key takes is a warning that says which key it was read as: no tool
     * checked it, and the page is published as before. Under our key, or the Tech Docs Template's, it is an error still.
     */
    @Test
    void aValueUnderAnotherNameThatCannotBeReadIsAWarning() {
        FrontMatter meta = parser.split("---\nlast_reviewed: March 2025\nreview_frequency: when needed\n---\n", "p.md").orElseThrow().meta();
        assertNull(meta.reviewed());
        assertNull(meta.reviewEvery());
        parser.split("---\nlast_reviewed_on: March 2025\n---\n", "t.md").orElseThrow();
        assertEquals(List.of("p.md:2 WARNING front-matter.date 'last_reviewed' (read as 'reviewed') must be a date written YYYY-MM-DD,"
                        + " but received 'March 2025'",
                "p.md:3 WARNING front-matter.review-every 'review_frequency' (read as 'review-every') must be a period such as"
                        + " '12 months' or '2 years', but received 'when needed'",
                "t.md:2 ERROR front-matter.date 'last_reviewed_on' must be a date written YYYY-MM-DD, but received 'March 2025'"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.severity() + " " + f.code() + " " + f.message()).toList());
    }

    /**
     * A name that may mean the last review or the next (review_date), the date a version took effect, and a workflow's
     * status are not read: each is told what to write, so that no date is given a meaning its author may not have meant.
     * A register of standards writes review_date three months after last_updated (a next review). A last change's date
     * (that register's last_updated, on 110 documents) is no review, but may have been meant as one. The next review's
     * date (a credit union's next_review, a year after effective) is read as next-review.
     */
    @Test
    void aNameOfUncertainMeaningIsToldWhatToWrite() {
        FrontMatter meta = parser.split("---\nkind: policy\nreview_date: 2026-05-01\nnext-review-date: 2027-07-01\neffective_date: 2026-07-01\n"
                + "status: approved\nlast_updated: 2026-02-12\n---\nText.\n", "policies/safety.md").orElseThrow().meta();
        parser.reportUnknownKeys("front-matter");
        Map<String, String> fixes = new java.util.TreeMap<>();
        findings.sorted().forEach(f -> fixes.put(f.message().replaceAll("^unknown front-matter key '([^']+)'.*", "$1"), f.code() + " " + f.fix()));
        assertEquals(java.util.Set.of("review_date", "effective_date", "status", "last_updated"), fixes.keySet());
        assertEquals(java.time.LocalDate.of(2027, 7, 1), meta.nextReview());
        assertTrue(fixes.get("last_updated").contains("if the document was reviewed on that date, write it as 'reviewed: YYYY-MM-DD'"),
                fixes.get("last_updated"));
        assertTrue(fixes.get("review_date").startsWith("config.unknown-key 'review_date' may be the last review's date or the next one's:"
                + " if the document was last reviewed then, rename it 'reviewed'"), fixes.get("review_date"));
        assertTrue(fixes.get("effective_date").contains("'approved: YYYY-MM-DD'"), fixes.get("effective_date"));
        assertTrue(fixes.get("status").contains("'draft: true'"), fixes.get("status"));
    }

    @Test
    void aPageThatOnlySendsTheReaderOnSaysWhere() {
        FrontMatterParser.Split moved = parser.split("---\ntitle: Billing\nredirect_to: /tock/#billing\n---\n", "b.md").orElseThrow();
        assertEquals("This page has moved: [go to its new address](</tock/#billing>).\n", moved.body());
        assertEquals("Kept.\n", parser.split("---\nredirect-to: https://example.org/\n---\nKept.\n", "c.md").orElseThrow().body(),
                "a page with words of its own keeps them");
        parser.reportUnknownKeys("front-matter");
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void tomlFrontMatterWithoutItsClosingLineIsAFinding() {
        parser.split("+++\ntitle = \"A\"\n# Body\n", "a.md").orElseThrow();
        assertEquals(List.of("a.md:1 front-matter.unclosed"), findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertTrue(findings.sorted().get(0).message().contains("'+++'"));
    }

    @Test
    void sessionTimesAndDurations() {
        FrontMatter meta = parser.split("---\nkind: session\nduration: 1h 30 min\nstart: 9:30\n---\n", "s.md").orElseThrow().meta();
        assertEquals(90, meta.durationMinutes());
        assertEquals(LocalTime.of(9, 30), meta.start());
    }

    @Test
    void aWorkbenchEpisodesStartFlagIsNoTimeToReport() {
        // The Carpentries Workbench marks the episode that begins a teaching day with start: yes (or false); on a page
        // that is no session it is that tool's flag, and "write a 24-hour time" was advice to break the lesson's schedule.
        assertNull(parser.split("---\ntitle: Welcome\nstart: yes\n---\n", "episodes/01-welcome.md").orElseThrow().meta().start());
        parser.split("---\ntitle: Live coding\nstart: no\n---\n", "episodes/17-live.md").orElseThrow();
        assertEquals(List.of(), findings.sorted());
        // In a session plan, start is when it starts: a flag there is still reported, and so is any other word on a page.
        parser.split("---\nkind: session\nstart: yes\n---\n", "plan.md").orElseThrow();
        parser.split("---\nstart: after lunch\n---\n", "page.md").orElseThrow();
        assertEquals(List.of("page.md:2 front-matter.start", "plan.md:3 front-matter.start"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    @Test
    void malformedYamlIsAnErrorOnTheRightLineOfTheFileAndThePageIsReadWithoutIt() {
        FrontMatterParser.Split split = parser.split("---\ntitle: Fine\nkind: [policy\n---\nBody\n", "bad.md").orElseThrow();
        assertEquals("Body\n", split.body()); // read on, so that the rest of the handbook is checked too
        assertEquals(5, split.bodyLine());
        assertNull(split.meta().title());
        Finding error = findings.sorted().get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("bad.md", error.file());
        assertTrue(error.line() >= 3, "line " + error.line());
        assertTrue(error.message().startsWith("malformed YAML"), error.message());
    }

    @Test
    void wrongTypesAreErrorsAndUnknownKeysWarnings() {
        parser.split("---\ntitle: X\nreviewed: last spring\nkind: poem\ncolour: blue\n---\n", "p.md");
        parser.reportUnknownKeys("front-matter"); // once per key, after every page is read
        var all = findings.sorted();
        assertTrue(all.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.line() == 3 && f.message().contains("'reviewed'")), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.line() == 4 && f.message().contains("'kind'")), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.severity() == Severity.WARNING && f.line() == 5 && f.message().contains("colour")), all.toString());
    }

    @Test
    void anUnknownKeyIsReportedOnceWithTheNumberOfFiles() {
        for (int i = 1; i <= 7; i++) {
            parser.split("---\nbanner: page\ntitle: P" + i + "\n---\nText\n", "p" + i + ".md");
        }
        parser.split("---\ntitle: Q\nsidebar: main\n---\nText\n", "q.md");
        parser.reportUnknownKeys("front-matter");
        var all = findings.sorted();
        assertEquals(2, all.size(), all.toString());
        Finding banner = all.get(0);
        assertEquals("p1.md:2 config.unknown-key", banner.file() + ":" + banner.line() + " " + banner.code());
        assertEquals("unknown front-matter key 'banner' in 7 files — ignored (p1.md, p2.md, p3.md, p4.md, p5.md and 2 more)", banner.message());
        assertEquals("unknown front-matter key 'sidebar' in 1 file — ignored (q.md)", all.get(1).message());
    }

    /**
     * A folder from Hugo has tags, categories, dates and a menu on every page, which mean nothing here: each key is one
     * notice naming how many files and the first, not a warning (hugoDocs: 737 files with categories and keywords). A key
     * by which Hugo kept a page unpublished (publishDate) is read ({@link #aPublishDateToComeLeavesThePageOutUntilThen});
     * {@code type}, Hugo's template, but what an author writes meaning {@code kind}, stays an unknown key.
     */
    @Test
    void hugoAndJekyllKeysThatMeanNothingHereAreOneNoticeEach() {
        for (String file : List.of("rota/b.md", "rota/a.md", "rota/c.md")) {
            parser.split("""
                    ---
                    title: Weekend rota
                    date: 2024-03-01
                    lastmod: 2024-05-02
                    categories: [volunteering]
                    tags: [rota, weekends]
                    menu:
                      main:
                        parent: volunteering
                    publishDate: 2099-01-01
                    ---
                    Text
                    """, file);
        }
        parser.split("---\nlayout: post\nTags: [x]\ntype: policy\n---\nText\n", "news.md");
        parser.reportUnknownKeys("front-matter");
        List<String> found = findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code()).toList();
        assertEquals(List.of("news.md:2 notice front-matter.other-tool-key", "news.md:3 notice front-matter.other-tool-key",
                "news.md:4 warning config.unknown-key",
                "rota/a.md:3 notice front-matter.other-tool-key", "rota/a.md:4 notice front-matter.other-tool-key",
                "rota/a.md:5 notice front-matter.other-tool-key", "rota/a.md:6 notice front-matter.other-tool-key",
                "rota/a.md:7 notice front-matter.other-tool-key"), found);
        Finding categories = findings.sorted().stream().filter(f -> f.message().contains("'categories'")).findFirst().orElseThrow();
        assertEquals("front-matter key 'categories' (Hugo's and Jekyll's, for lists of pages by category) means nothing in a handbook:"
                + " ignored in 3 files (rota/a.md, rota/b.md, rota/c.md)", categories.message());
    }

    /** An editor's key, the spelling checker's words (cSpell: in 66 of the TTS handbook's pages), is one notice, not an unknown key. */
    @Test
    void theSpellingCheckersWordsAreAnotherToolsKey() {
        parser.split("---\ntitle: Engineering\ncSpell:\n  words: [FedRAMP, FISMA]\n---\nText\n", "engineering.md");
        parser.split("---\ntitle: Design\ncSpell: [USWDS]\n---\nText\n", "design.md");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("design.md:3 notice front-matter.other-tool-key"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code()).toList());
        assertTrue(findings.sorted().get(0).message().contains("VS Code's spelling checker's") && findings.sorted().get(0).message()
                .contains("2 files"), findings.sorted().get(0).message());
    }

    /**
     * GitBook's page settings (icon: on every page an editor gave one, cover:) and MkDocs Material's (hide: parts of the
     * layout, template:) are other tools' keys, one notice each: as unknown keys they were warnings failing a strict build.
     */
    @Test
    void gitBooksAndMkDocsPageSettingsAreAnotherToolsKeys() {
        parser.split("---\nicon: hand-wave\ncover: .gitbook/assets/hall.png\ncoverY: 0\n---\n# Welcome\n", "README.md");
        parser.split("---\ntitle: Rota\nhide:\n  - navigation\n  - toc\ntemplate: wide.html\nicon: material/calendar\n---\nText\n", "rota.md");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("README.md:2 notice front-matter.other-tool-key", "README.md:3 notice front-matter.other-tool-key",
                "README.md:4 notice front-matter.other-tool-key", "rota.md:3 notice front-matter.other-tool-key",
                "rota.md:6 notice front-matter.other-tool-key"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code()).toList());
        assertTrue(findings.sorted().stream().anyMatch(f -> f.message().contains("'icon' (GitBook's and MkDocs Material's")
                && f.message().contains("2 files")), findings.sorted().toString());
    }

    /** A Gatsby or Next.js starter's picture keys (coverImage, featuredImage) are another tool's, one notice each. */
    @Test
    void aJavaScriptStartersPictureKeysAreAnotherToolsKeys() {
        parser.split("---\ntitle: Thank your volunteers\ncoverImage: crowd.png\n---\nText\n", "thanks.md");
        parser.split("---\ntitle: Recruiting\nfeaturedImage: ./hall.jpg\nkeywords: [recruiting]\n---\nText\n", "recruiting.md");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("recruiting.md:3 notice front-matter.other-tool-key", "recruiting.md:4 notice front-matter.other-tool-key",
                "thanks.md:3 notice front-matter.other-tool-key"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code()).toList());
        assertTrue(findings.sorted().stream().anyMatch(f -> f.message().contains("'keywords' (Hugo's and Docusaurus'")), findings.sorted().toString());
    }

    /**
     * Docsy's {@code hide_summary: true} left the page out of the list of pages on its section's page (and kept it in the
     * menu, which its {@code toc_hide} does not): one notice for the handbook, where it was an unknown-key warning in each
     * file that failed a strict build.
     */
    @Test
    void docsysHideSummaryIsAnotherToolsKey() {
        parser.split("---\ntitle: Seeds\nhide_summary: true\n---\nText\n", "garden/seeds.md");
        parser.split("---\ntitle: Soil\nhide_summary: true\n---\nText\n", "garden/soil.md");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("garden/seeds.md:3 notice front-matter.other-tool-key"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code()).toList());
        assertTrue(findings.sorted().get(0).message().contains("Docsy's, for leaving the page out of the list of pages on its"
                + " section's page"), findings.sorted().get(0).message());
    }

    /**
     * Hugo's keys that kept a page off the site (build, headless) or gave front matter to the pages under it
     * (cascade) stay warnings, each saying what the handbook does instead and what to write: the list of every known key
     * told nothing of why it mattered (hugoDocs' 12 expired pages were published).
     */
    @Test
    void hugosKeysThatKeptAPageOffTheSiteSayWhatToWrite() {
        parser.split("---\ntitle: Rotas\ncascade:\n  kind: policy\nbuild:\n  render: never\n---\nText\n", "rotas/_index.md");
        parser.reportUnknownKeys("front-matter");
        Map<String, String> fixes = new java.util.TreeMap<>();
        findings.sorted().forEach(f -> fixes.put(f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code(), f.fix()));
        assertEquals(List.of("rotas/_index.md:3 warning config.unknown-key", "rotas/_index.md:5 warning config.unknown-key"),
                List.copyOf(fixes.keySet()));
        assertTrue(fixes.get("rotas/_index.md:3 warning config.unknown-key").contains("handbook.yml's defaults:"), fixes.toString());
        assertTrue(fixes.get("rotas/_index.md:5 warning config.unknown-key").contains("write draft: true"), fixes.toString());
    }

    /**
     * Hugo's expiryDate (or unpublishdate, in any capitals): Hugo publishes no page after it, so a page whose day has come
     * is a draft here, said where its date is; one still to come is published, and a value that is no date is a warning.
     * The page was published, with a warning to write draft: true.
     */
    @Test
    void aPastExpiryDateLeavesThePageOutAsHugoDoes() {
        FrontMatterParser dated = new FrontMatterParser(findings, FolderDefaults.none(), false, LocalDate.of(2026, 12, 7));
        var past = dated.split("---\ntitle: Summer fair\nexpiryDate: 2026-09-01T18:00:00+01:00\n---\nText\n", "fair.md").orElseThrow().meta();
        assertTrue(past.draft());
        assertEquals(3, past.lineOf(FrontMatterParser.EXPIRY_DATE));
        assertTrue(dated.split("+++\ntitle = \"Today\"\nUnpublishDate = 2026-12-07\n+++\nText\n", "today.md").orElseThrow().meta().draft(),
                "from that day, in any capitals");
        assertFalse(dated.split("---\ntitle: Winter fair\nexpirydate: 2026-12-08\n---\nText\n", "winter.md").orElseThrow().meta().draft());
        assertFalse(dated.split("---\ntitle: Rota\nexpiryDate: next spring\n---\nText\n", "rota.md").orElseThrow().meta().draft());
        dated.reportUnknownKeys("front-matter");
        assertEquals(List.of("rota.md:3 warning front-matter.date"), findings.sorted().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code()).toList());
    }

    /**
     * Hugo's publishDate (or pubdate, in any capitals): Hugo publishes no page before it, so a page whose day is still to
     * come is left out until then, as a draft is; it was published with a warning telling the author to write draft: true.
     */
    @Test
    void aPublishDateToComeLeavesThePageOutUntilThen() {
        FrontMatterParser dated = new FrontMatterParser(findings, FolderDefaults.none(), false, LocalDate.of(2026, 12, 7));
        var coming = dated.split("---\ntitle: New lone-working policy\npublishDate: 2027-01-04T09:00:00Z\n---\nText\n", "lone.md")
                .orElseThrow().meta();
        assertTrue(coming.draft());
        assertEquals(3, coming.lineOf(FrontMatterParser.PUBLISH_DATE));
        assertTrue(dated.split("+++\ntitle = \"Spring fair\"\nPubDate = 2026-12-08\n+++\nText\n", "fair.md").orElseThrow().meta().draft(),
                "in any capitals");
        assertFalse(dated.split("---\ntitle: Today\npublishDate: 2026-12-07\n---\nText\n", "today.md").orElseThrow().meta().draft(),
                "from that day");
        assertFalse(dated.split("---\ntitle: Rota\npublishDate: soon\n---\nText\n", "rota.md").orElseThrow().meta().draft());
        dated.reportUnknownKeys("front-matter");
        assertEquals(List.of("rota.md:3 warning front-matter.date"), findings.sorted().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code()).toList());
    }

    /** A Hugo site's own taxonomy, {@code category:} as the CNCF glossary's terms give it, is Jekyll's built-in one too. */
    @Test
    void aCategoryIsEitherToolsTaxonomy() {
        parser.split("+++\ntitle = \"Canary release\"\ncategory = \"Concept\"\n+++\nText\n", "canary.md");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("canary.md:3 notice front-matter key 'category' (Hugo's and Jekyll's, for lists of pages by category) means"
                + " nothing in a handbook: ignored in 1 file (canary.md)"), findings.sorted().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.message()).toList());
    }

    /** A slip of the keyboard ({@code titel:}) is a warning in each file at its own line, with the key it meant. */
    @Test
    void aMisspeltKeyIsAWarningInEachFile() {
        parser.split("---\ntitel: Lone working\n---\nText\n", "a.md");
        parser.split("---\nkind: policy\ntitel: Expenses\n---\nText\n", "b.md");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("a.md:2 warning config.unknown-key unknown front-matter key 'titel' — ignored — did you mean 'title'? Keys are read as written, in any capitals",
                        "b.md:3 warning config.unknown-key unknown front-matter key 'titel' — ignored — did you mean 'title'? Keys are read as written, in any capitals"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code() + " " + f.message()
                        + " — " + f.fix()).toList());
    }

    @Test
    void aKeyWrittenWithAnUnderscoreSaysWhichKeyItMeant() {
        parser.split("---\ntitle: Lone working\nreview_every: 12 months\n---\nText\n", "p.md");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("write 'review-every' for the build to read it: keys are read as written, in any capitals"),
                findings.sorted().stream().map(Finding::fix).sorted().toList());
    }

    /**
     * Hugo reads front matter's keys in any case, and Hugo sites write {@code Title:}, {@code Weight:}, {@code Draft:}: each
     * is read as the key it is but for its capitals, ours and other tools' alike, with no finding; a draft so written is
     * one. They were unknown keys, and the draft was published.
     */
    @Test
    void aKeyInOtherCapitalsIsReadAsHugoReadsIt() {
        FrontMatter meta = parser.split("""
                ---
                Title: Lone working
                Weight: 3
                Description: Working alone
                LinkTitle: Alone
                Review-Every: 12 months
                ---
                Text
                """, "p.md").orElseThrow().meta();
        assertEquals("Lone working", meta.title());
        assertEquals(3.0, meta.order());
        assertEquals("Working alone", meta.summary());
        assertEquals("Alone", meta.names().navTitle());
        assertEquals(6, meta.lineOf("review-every"), "the line it was written on");
        assertTrue(parser.split("+++\nTitle = \"Old\"\nDraft = true\n+++\nText\n", "old.md").orElseThrow().meta().draft());
        var both = parser.split("---\ntitle: Ours\nTitle: Theirs\n---\nText\n", "both.md").orElseThrow().meta();
        assertEquals("Ours", both.title(), "the key as the build writes it wins");
        var docusaurus = new FrontMatterParser(findings, FolderDefaults.none(), true)
                .split("---\ntitle: Safety\nID: SEGAS-00017\n---\nText\n", "guides/safety.md").orElseThrow().meta();
        assertEquals(List.of(), docusaurus.redirectFrom(), "Docusaurus' id, an address only as written, is not read in capitals");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("both.md:3 front-matter.two-names"), findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " "
                + f.code()).toList(), "the second of two names is no unknown key");
    }

    /**
     * {@code title:} and {@code Title:} in one page, keys being read in any capitals: one is read and the other, when it says
     * otherwise, is one finding at its line naming both values. The second was an unknown key, told to "write 'title' for
     * the build to read it", which the page had done. The same value twice, or in three capitals, is no unknown key either.
     */
    @Test
    void aKeyGivenTwiceInOtherCapitalsIsOneFindingWhenTheyDisagree() {
        var meta = parser.split("---\ntitle: Welcome\nsummary: Start here\nTitle: Hello there\n---\nText\n", "a.md").orElseThrow().meta();
        assertEquals("Welcome", meta.title());
        assertEquals("Welcome", parser.split("---\nTitle: Welcome\nTITLE: Welcome\n---\nText\n", "b.md").orElseThrow().meta().title());
        assertEquals("Hi", parser.split("---\nTitle: Hi\nTITLE: Hello\n---\nText\n", "c.md").orElseThrow().meta().title(), "the first written");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("a.md:4 front-matter.two-names 'Title' is 'title' in other capitals, but the page gives 'title' too,"
                        + " which says otherwise: 'title' is read and 'Title: Hello there' is not",
                        "c.md:3 front-matter.two-names 'TITLE' is 'title' in other capitals, but the page gives 'title' too,"
                        + " which says otherwise: 'title' is read and 'TITLE: Hello' is not"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code() + " " + f.message()).toList());
    }

    @Test
    void aPandocTitleBlockGivesTheTitleAndIsNotShown() {
        var split = parser.split("% Safeguarding refresher\n% Sam Jones\n% March 2026\n\n# First slide\n", "deck.md").orElseThrow();
        assertEquals("Safeguarding refresher", split.meta().title());
        assertEquals("\n# First slide\n", split.body());
        assertEquals(4, split.bodyLine());
        var own = parser.split("---\ntitle: Own\n---\n% Other\nText\n", "own.md").orElseThrow();
        assertEquals("Own", own.meta().title());
        assertEquals("Text\n", own.body());
        assertEquals("%50 of people\n", parser.split("%50 of people\n", "pct.md").orElseThrow().body());
    }

    @Test
    void slideLevelMakesADeckAndIsChecked() {
        var deck = parser.split("---\nslide-level: 2\n---\n# A\n", "d.md").orElseThrow();
        assertEquals(org.handbookpress.content.Kind.SLIDES, deck.meta().kind());
        assertEquals(2, deck.meta().slideLevel());
        assertEquals(org.handbookpress.content.Kind.SLIDES, parser.split("---\nformat: revealjs\n---\n# A\n", "q.md").orElseThrow().meta().kind());
        parser.split("---\nslide-level: 7\n---\n# A\n", "bad.md");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("bad.md:2 front-matter.slide-level"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    /** Keys, then the closing line, and no opening one (CodeYourFuture's tracks/java/prep): read as front matter, said. */
    @Test
    void frontMatterWithoutItsOpeningLineIsReadAndReported() {
        var split = parser.split("title = 'prep'\nweight = 1\n[[blocks]]\nsrc='module/java/entry-criteria'\n+++\nThe work.\n", "prep.md")
                .orElseThrow();
        assertEquals("prep", split.meta().title());
        assertEquals(1.0, split.meta().order());
        assertEquals("The work.\n", split.body());
        assertEquals(6, split.bodyLine());
        var yaml = parser.split("title: Setup\nsummary: Before the first session.\n---\n# Setup\n", "setup.md").orElseThrow();
        assertEquals("Setup", yaml.meta().title());
        assertEquals(4, yaml.bodyLine());
        assertEquals(List.of("prep.md:1 front-matter.unopened", "setup.md:1 front-matter.unopened"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertTrue(findings.sorted().get(0).message().contains("'+++' on line 5"), findings.sorted().get(0).message());
        // A page's own text is never taken for it: one line over a rule (a heading), a list, a sentence.
        for (String page : List.of("Note: read this first\n---\n", "- one\n- two: three\n---\n", "Hello.\n+++\n",
                "title: Setup\n\nsummary: text\n---\n")) {
            assertEquals(page, parser.split(page, "p.md").orElseThrow().body(), page);
        }
        assertEquals(2, findings.sorted().size());
    }

    /**
     * Front matter under a blank line at the file's top, which Hugo reads (a volunteer handbook's "Admission and Register"
     * chapter): read as front matter, its page's lines kept, and said in a notice; a rule under a blank line with text
     * under it (a deck's first slide) stays the page's text.
     */
    @Test
    void frontMatterUnderBlankLinesIsReadAsHugoReadsIt() {
        var split = parser.split("\n\n---\ntitle: Admission and Register\nweight: 6\n\n---\n\n## Admission\n", "a.md").orElseThrow();
        assertEquals("Admission and Register", split.meta().title());
        assertEquals(6.0, split.meta().order());
        assertEquals("\n## Admission\n", split.body());
        assertEquals(8, split.bodyLine());
        var toml = parser.split(" \n+++\ntitle = 'Telescope'\n+++\nText\n", "t.md").orElseThrow();
        assertEquals("Telescope", toml.meta().title());
        assertEquals(5, toml.bodyLine());
        assertEquals(List.of("a.md:3 front-matter.below-blank-lines", "t.md:2 front-matter.below-blank-lines"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertEquals(Severity.NOTICE, findings.sorted().get(0).severity());
        for (String page : List.of("\n---\n# First slide\n\n---\n# Second\n", "\n---\ntitle: never closed\n\nText\n",
                "\n\n---\n\ntitle: a blank line first\n---\n")) {
            assertEquals(page, parser.split(page, "p.md").orElseThrow().body(), page);
        }
        assertEquals(2, findings.sorted().size());
    }

    @Test
    void unclosedFrontMatterIsReported() {
        FrontMatterParser.Split split = parser.split("---\ntitle: X\n\nBody text\n", "u.md").orElseThrow();
        assertEquals("front-matter.unclosed", findings.sorted().get(0).code());
        // Read up to its last key, so that the build goes on with the page: its title, and its text from line 3.
        assertEquals("X", split.meta().title());
        assertEquals("\nBody text\n", split.body());
        assertEquals(3, split.bodyLine());
        assertTrue(findings.sorted().get(0).fix().endsWith("(line 2, before the page's text)"), findings.sorted().get(0).fix());
        // Where the keys end: the first line that reads as the page's text, not a key or a value's next line.
        assertEquals(5, FrontMatterParser.lastKeyLine("---\nsection: terms\ntags:\n  - open\nurl: https://example.org/a\n"
                + "A popular form of engagement: invite people in.\n"));
        assertEquals(2, FrontMatterParser.lastKeyLine("---\ntitle: App challenge\n# App challenge\n"));
        assertEquals(1, FrontMatterParser.lastKeyLine("---\n\nA horizontal rule, then text.\n"));
    }

    /** Hugo's TOML front matter never closed is read up to its last key too, as YAML's is: it was read as having none. */
    @Test
    void unclosedTomlFrontMatterIsReadUpToItsLastKey() {
        FrontMatterParser.Split split = parser.split("+++\ntitle = \"Seed swap\"\nweight = 3\ntags = [\n  \"spring\",\n]\n"
                + "[params]\n  colour = \"green\"\n\nBring seeds in paper envelopes.\n", "swap.md").orElseThrow();
        assertEquals("front-matter.unclosed", findings.sorted().get(0).code());
        assertTrue(findings.sorted().get(0).fix().endsWith("(line 8, before the page's text)"), findings.sorted().get(0).fix());
        assertEquals("Seed swap", split.meta().title());
        assertEquals(3.0, split.meta().order());
        assertEquals("\nBring seeds in paper envelopes.\n", split.body());
        assertEquals(2, FrontMatterParser.lastKeyLine("+++\ntitle = \"x\"\n# Heading\n", true));
        assertEquals(1, FrontMatterParser.lastKeyLine("+++\nA sentence = not a key, as it has spaces.\n", true));
    }

    @Test
    void pageWithoutFrontMatterIsAllBody() {
        var split = parser.split("# Hello\n", "h.md").orElseThrow();
        assertEquals(Kind.PAGE, split.meta().kind());
        assertFalse(split.meta().draft());
        assertEquals(1, split.bodyLine());
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtTheSecond() {
        parser.split("---\ntitle: One\nkind: page\ntitle: Two\n---\nBody\n", "twice.md");
        Finding error = findings.sorted().stream().filter(f -> f.code().equals("yaml.duplicate-key")).findFirst().orElseThrow();
        assertEquals("twice.md", error.file());
        assertEquals(4, error.line(), "the second title, on line 4 of the file");
        assertTrue(error.message().contains("'title'") && error.message().contains("line 2"), error.message());
        assertEquals(Severity.ERROR, error.severity());
    }

    /** Another tool's key given twice ({@code layout:} in 18F's Jekyll pages) is a warning: it does not fail the build. */
    @Test
    void aKeyTheBuildDoesNotReadGivenTwiceIsAWarning() {
        Findings own = new Findings();
        FrontMatter meta = new FrontMatterParser(own).split("---\nlayout: page\npermalink: /about/\nlayout: post\ntitle: About\n---\nBody\n",
                "about.md").orElseThrow().meta();
        assertEquals("About", meta.title());
        Finding twice = own.sorted().stream().filter(f -> f.code().equals("yaml.duplicate-key")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, twice.severity());
        assertEquals(4, twice.line());
    }

    /** In English units; one in none is read in the page's language, and said there (render.SessionLengthsTest). */
    @Test
    void absurdSessionDurationsAreErrors() {
        for (String duration : new String[] {"0 min", "99999h"}) {
            Findings own = new Findings();
            FrontMatter meta = new FrontMatterParser(own).split("---\nkind: session\nduration: " + duration + "\n---\n", "s.md")
                    .map(FrontMatterParser.Split::meta).orElse(null);
            Finding error = own.sorted().stream().filter(f -> f.code().equals("front-matter.duration")).findFirst()
                    .orElseThrow(() -> new AssertionError(duration + ": " + own.sorted()));
            assertEquals(3, error.line());
            assertTrue(meta == null || meta.durationMinutes() == null, duration);
        }
    }
}
