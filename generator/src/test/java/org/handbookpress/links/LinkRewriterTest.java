package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.LeadingTitle;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LinkRewriterTest {

    private final MarkdownConverter converter = new MarkdownConverter();

    private PageHtml page(String path, String title, String markdown) {
        Page page = new Page(path, path.replace(".md", ".html"), Path.of(path), FrontMatter.empty(), title, markdown, 1);
        return new PageHtml(page, converter.toHtml(markdown, 1));
    }

    /** Front matter giving only aliases. */
    private static FrontMatter aliased(String... aliases) {
        return FrontMatter.builder().aliases(List.of(aliases)).build();
    }

    /** Each finding as "file:line code". */
    private static List<String> codes(Findings findings) {
        return findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }

    @Test
    void rewritesMarkdownAndWikiLinksToRelativeUrls() {
        PageHtml chapter = page("toolkit/01-a.md", "Setting up", """
                [policy](../policies/safeguarding.md#who-to-contact) [next](02-b.md) [section](./)
                [[Safeguarding Policy]] [[safeguarding policy#Who to contact|who]] [[toolkit/02-b]]
                ![chairs](../images/chairs.svg) [form](../files/form.pdf) [top](#intro)

                ## Intro
                """);
        PageHtml policy = page("policies/safeguarding.md", "Safeguarding Policy", "## Who to contact\n");
        PageHtml next = page("toolkit/02-b.md", "Listening", "Text\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(chapter, policy, next), List.of("images/chairs.svg", "files/form.pdf"),
                Set.of("toolkit/index.html"));
        new LinkRewriter(index, findings).apply(chapter);
        var hrefs = chapter.content().select("a").eachAttr("href");
        assertEquals(List.of("../policies/safeguarding.html#who-to-contact", "02-b.html", "index.html",
                "../policies/safeguarding.html", "../policies/safeguarding.html#who-to-contact", "02-b.html",
                "../files/form.pdf", "#intro"), hrefs);
        assertEquals("Safeguarding Policy", chapter.content().select("a.wiki-link").get(0).text());
        assertEquals("who", chapter.content().select("a.wiki-link").get(1).text());
        assertEquals("Listening", chapter.content().select("a.wiki-link").get(2).text());
        assertEquals("../images/chairs.svg", chapter.content().selectFirst("img").attr("src"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    /**
     * The all-contributors bot's table links each emoji to #kind-login, an anchor no page has: JGIBristol/ask-jgi-handbook's
     * README had 40 link.anchor-missing errors from it. Inside the bot's list such a link is text with its title; outside
     * it, and a link to an anchor of the page inside it, are checked as ever.
     */
    @Test
    void theContributorsTablesEmojiKeyIsTextNotABrokenLink() {
        PageHtml readme = page("README.md", "Handbook", """
                # Handbook

                ## Contributors

                <!-- ALL-CONTRIBUTORS-LIST:START - Do not remove or modify this section -->
                <table>
                  <tr>
                    <td><a href="https://github.com/amira"><b>Amira</b></a><br /><a href="#ideas-amira" title="Ideas, Planning, & Feedback">🤔</a> <a href="#projectManagement-amira" title="Project Management">📆</a> <a href="#contributors" title="Back">↑</a></td>
                  </tr>
                </table>
                <!-- ALL-CONTRIBUTORS-LIST:END -->

                See [the ideas](#ideas-amira).
                """);
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(readme), List.of(), Set.of()), findings).apply(readme);
        assertEquals(List.of("README.md:13 link.anchor-missing"), codes(findings), "only the link written outside the bot's list");
        Element ideas = readme.content().selectFirst("td a[title^=Ideas]");
        assertFalse(ideas.hasAttr("href"));
        assertEquals("🤔", ideas.text());
        assertEquals("#contributors", readme.content().selectFirst("td a[title=Back]").attr("href"));
    }

    /**
     * The bot's list on a page that includes the README (a Jupyter Book's intro with MyST's include, MkDocs' snippets) is
     * in the page's HTML but not in its own Markdown, which holds only the include's marker: its keys are text as well.
     */
    @Test
    void theContributorsTablesEmojiKeyIsTextOnAPageThatIncludesIt() {
        String included = """
                <h2 id="contributors">Contributors</h2>
                <!-- ALL-CONTRIBUTORS-LIST:START - Do not remove or modify this section -->
                <table><tr><td><b>Amira</b><br><a href="#ideas-amira" title="Ideas, Planning, &amp; Feedback">🤔</a></td></tr></table>
                <!-- ALL-CONTRIBUTORS-LIST:END -->
                """;
        String markdown = "# Welcome\n\n" + org.handbookpress.content.IncludeLines.MARKER + "3 file:README.md -->\n";
        PageHtml intro = new PageHtml(new Page("intro.md", "intro.html", Path.of("intro.md"), FrontMatter.empty(), "Welcome",
                markdown, 1), "<h1 id=\"welcome\">Welcome</h1>\n" + included);
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(intro), List.of(), Set.of()), findings).apply(intro);
        assertEquals(List.of(), codes(findings));
        assertFalse(intro.content().selectFirst("td a[title^=Ideas]").hasAttr("href"));
    }

    /**
     * An avatar inside a link (the bot's table links each person's picture to their profile) whose address names no picture
     * file is the picture's words, not a link to it within the link: JGIBristol/ask-jgi-handbook's README had fourteen
     * links inside links, which is no HTML. A picture of that kind on its own is still a link to it.
     */
    @Test
    void aWebPagePictureInsideALinkIsItsWordsNotALinkWithinALink() {
        PageHtml readme = page("README.md", "Handbook", """
                <a href="https://github.com/amira"><img src="https://avatars.githubusercontent.com/u/76116294?v=4" alt="Amira"/><br /><b>Amira</b></a>

                ![The video](https://www.youtube.com/watch?v=abc)
                """);
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(readme), List.of(), Set.of()), findings).apply(readme);
        assertTrue(readme.content().select("a a").isEmpty(), readme.content().html());
        assertEquals("Amira", readme.content().selectFirst("a[href*=github] > span").text());
        assertEquals("https://www.youtube.com/watch?v=abc", readme.content().selectFirst("a:contains(The video)").attr("href"));
    }

    @Test
    void aFoldersIndexHtmlWrittenForAPageOfThatNameIsThatPage() {
        PageHtml appendices = page("guide/appendices/index.md", "Appendices", "[formats](file-formats/index.html)"
                + " [rights](rights/index.html)\n");
        PageHtml formats = page("guide/appendices/file-formats.md", "File formats", "Text\n");
        PageHtml rights = page("guide/appendices/rights/index.md", "Rights", "Text\n");
        PageHtml rightsBeside = page("guide/appendices/rights.md", "Rights in short", "Text\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(appendices, formats, rights, rightsBeside), List.of(), Set.of()), findings).apply(appendices);
        assertEquals(List.of("file-formats.html", "rights/index.html"), appendices.content().select("a[href]").eachAttr("href"),
                "file-formats.md is published at file-formats/index.html on a site of pretty addresses; a real index.md wins");
        assertEquals(List.of(), codes(findings));
    }

    /** A book's chapters are one document to Quarto and bookdown: in their pages #id is that section, on whichever page has it. */
    @Test
    void anIdOnOneOtherPageIsThatPagesSection() {
        PageHtml cheatsheet = page("bot_cheatsheet.Rmd", "Bot", "See [the review process](#review-process) and [both](#setup).\n");
        PageHtml notes = page("notes.md", "Notes", "See [the review process](#review-process).\n");
        PageHtml policies = page("softwarereview_policies.md", "Policies", "## Review process\n\n## Setup\n");
        PageHtml guide = page("guide.md", "Guide", "## Setup\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(cheatsheet, notes, policies, guide), List.of(), Set.of());
        new LinkRewriter(index, findings).apply(cheatsheet);
        new LinkRewriter(index, findings).apply(notes);
        assertEquals(List.of("softwarereview_policies.html#review-process"), cheatsheet.content().select("a[href]").eachAttr("href"),
                "#setup is on two other pages: which one is not known");
        assertEquals(List.of(), notes.content().select("a[href]").eachAttr("href"));
        assertEquals(List.of("bot_cheatsheet.Rmd:1 link.anchor-missing", "notes.md:1 link.anchor-missing"), codes(findings),
                "in a Markdown page a #id the page lacks is a heading renamed or mistyped: another page's id is no answer");
        List<String> fixes = findings.sorted().stream().map(Finding::fix).toList();
        assertTrue(fixes.get(0).endsWith("or link to the page it is on: softwarereview_policies.md#setup, guide.md#setup"), fixes.get(0));
        assertTrue(fixes.get(1).endsWith("or link to that heading on its page: softwarereview_policies.md#review-process"), fixes.get(1));
    }

    /** An id written by hand (transliterated, shortened) is found among the target's headings, which the fix names. */
    @Test
    void aMissingAnchorsFixNamesTheTargetsHeadings() {
        PageHtml arrival = page("arrival.md", "Прибуття", "## Перший день\n\n## Документи\n\nText.\n");
        PageHtml home = page("index.md", "Home", "[first day](arrival.md#pershyi-den)\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(arrival, home), List.of(), Set.of());
        new LinkRewriter(index, findings).apply(home);
        assertEquals(List.of("use the id of one of its headings (lower case, spaces as hyphens) — its headings are #перший-день, #документи"),
                findings.sorted().stream().map(Finding::fix).toList());
    }

    /**
     * GOV.UK's developer docs: a heading misspelt (## Kubernernetes Probes) under a link spelt right, and a link a letter
     * off its heading (#…-applications for "… application"): the fix names the heading meant, on the page or another.
     */
    @Test
    void aMissingAnchorASlipAwayFromAHeadingNamesIt() {
        PageHtml probes = page("healthchecks.md", "Healthchecks", "# Healthchecks\n\nSee [probes](#kubernetes-probes).\n\n## Startup\n\n"
                + "## Kubernernetes Probes\n\n## Readiness\n\n## Liveness\n\n## Lifecycle\n\n## Endpoints\n\n## More\n");
        PageHtml language = page("language.md", "Languages", "## 1. Add support for your new language to the frontend rendering application\n\n"
                + "## 2. Publishing components\n\nText.\n");
        PageHtml home = page("index.md", "Home", "[steps](language.md#1-add-support-for-your-new-language-to-the-frontend-rendering-applications)"
                + " [end](language.md#3-govspeak)\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(probes, language, home), List.of(), Set.of());
        new LinkRewriter(index, findings).apply(probes);
        new LinkRewriter(index, findings).apply(home);
        assertEquals(List.of("use the id of a heading on this page (lower case, spaces as hyphens) — did you mean #kubernernetes-probes?",
                "use the id of one of its headings (lower case, spaces as hyphens) — did you mean"
                        + " #1-add-support-for-your-new-language-to-the-frontend-rendering-application?",
                "use the id of one of its headings (lower case, spaces as hyphens) — its headings are"
                        + " #1-add-support-for-your-new-language-to-the-frontend-rendering-application, #2-publishing-components"),
                findings.sorted().stream().map(Finding::fix).toList());
    }

    @Test
    void aMissingIdNamesNoPageWhereItIsOnlyAFootnotesOrATermsId() {
        PageHtml a = page("a.md", "A", "See [the note](#fn-1) and [the heading](#gone).\n");
        PageHtml b = page("b.md", "B", "Text.[^1]\n\n[^1]: A note.\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(a, b), List.of(), Set.of());
        assertTrue(index.anchorsOf("b.md").contains("fn-1"), index.anchorsOf("b.md").toString());
        new LinkRewriter(index, findings).apply(a);
        assertEquals(List.of("use the id of a heading on this page (lower case, spaces as hyphens)",
                "use the id of a heading on this page (lower case, spaces as hyphens)"), findings.sorted().stream().map(Finding::fix).toList());
    }

    @Test
    void anAnchorNamedTheOldWayIsATarget() {
        PageHtml notes = page("notes.md", "Notes", "Loaded early.<sup><a href=\"#note-1\">[1]</a></sup> [again](notes.md#note-1)\n\n"
                + "* <sup><a name=\"note-1\">[1]</a></sup>: It was simpler.\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(notes), List.of(), Set.of()), findings).apply(notes);
        assertEquals(List.of("#note-1", "#note-1"), notes.content().select("a[href]").eachAttr("href"));
        assertEquals(List.of(), codes(findings), "browsers go to <a name> for a fragment, as WP-CLI's handbook relies on");
    }

    /**
     * An address in a word processor's curly quotes ({@code [rota](“rota.md”)}, as Word's smart quotes write it) was
     * reported as a missing file with "add the file to the content folder": the fix now says to take the quotes out,
     * with the address to write. A link or picture without them keeps its usual fix.
     */
    @Test
    void anAddressInCurlyQuotesIsToldToLoseThem() {
        PageHtml page = page("camp.md", "Camp", """
                See the [rota](“rota.md”), the [site](“https://example.org/”) and <a href=“rota.md”>this</a>.

                ![The camp](‘images/camp.png’) and [old](gone.md).
                """);
        PageHtml rota = page("rota.md", "Rota", "Text\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(page, rota), List.of("images/camp.png"), Set.of()), findings).apply(page);
        String quotes = ": a word processor's quotes “ ” are read as part of the address, and Markdown needs none there";
        assertEquals(List.of("1 take the curly quotes out and write the address as (https://example.org/)" + quotes,
                        "1 take the curly quotes out and write the address as (rota.md)" + quotes,
                        "1 take the curly quotes out and write the address as (rota.md)" + quotes,
                        "3 take the curly quotes out and write the address as (images/camp.png)" + quotes,
                        "3 check the file name, or create the page"),
                findings.sorted().stream().map(f -> f.line() + " " + f.fix()).toList());
    }

    @Test
    void aPictureNamedInAnotherCaseSaysWhichFileItMeans() {
        PageHtml page = page("camp.md", "Camp", "![The camp](<images/summer camp photo.png>)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(page), List.of("images/Summer Camp PHOTO.PNG"), Set.of()), findings).apply(page);
        assertEquals(List.of("camp.md:1 image.missing"), codes(findings));
        String message = findings.sorted().get(0).message();
        assertTrue(message.contains("'images/Summer Camp PHOTO.PNG'"), message);
    }

    @Test
    void aLinkToNowhereKeepsNothingOnlyALinkMayCarry() {
        PageHtml page = page("contributing.md", "Contributing", "Please <a href=\"missing.md\" rel=\"external\" target=\"_blank\">get in touch</a>.\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(page), List.of(), Set.of()), findings, org.handbookpress.findings.Severity.WARNING).apply(page);
        Element link = page.content().selectFirst("a");
        assertEquals("broken-link", link.className());
        assertEquals(1, link.attributesSize() - (link.hasAttr(org.handbookpress.markdown.MarkdownConverter.LINE) ? 1 : 0), link.outerHtml());
    }

    @Test
    void aPathThatNamesNoPageFromItsFolderIsReadFromTheTopAsHugoReadsIt() {
        PageHtml sharing = page("docs/how-we-work/sharing.md", "Sharing", "[talks](docs/events/talks.md) [edi](docs/people/edi)"
                + " [here](events/talks.md) [dot](./docs/events/talks.md)\n");
        PageHtml talks = page("docs/events/talks.md", "Talks", "Text\n");
        PageHtml edi = page("docs/people/edi.md", "EDI", "Text\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(sharing, talks, edi), List.of(), Set.of()), findings).apply(sharing);
        assertEquals(List.of("../events/talks.html", "../people/edi.html"), sharing.content().select("a[href]").eachAttr("href"));
        assertEquals(List.of("docs/how-we-work/sharing.md:1 link.broken", "docs/how-we-work/sharing.md:1 link.broken",
                "docs/how-we-work/sharing.md:1 link.from-top", "docs/how-we-work/sharing.md:1 link.from-top"), codes(findings),
                "a path from the top that is none (events/talks.md), and one that says it starts here (./), are broken");
        assertTrue(findings.sorted().get(2).fix().contains("../events/talks.md"), findings.sorted().get(2).fix());
    }

    /**
     * A Hugo site's links as its readers see its addresses (Lake Afton Public Observatory's volunteer handbook): a
     * section's own page, _index.md, is published at its folder, so its {@code ./welcome/} is the folder beside it, not
     * one inside "_index"; and a folder named with capitals, spaces and punctuation is at Hugo's spelling of it, in lower
     * case with hyphens for spaces, {@code /handbook/admission-and-register/}, {@code what-if/} for "What If?".
     */
    @Test
    void aHugoSitesLinksFindThePagesAtTheAddressesHugoGivesThem() {
        PageHtml handbook = page("Handbook/_index.md", "Volunteer Handbook", "Next: [Welcome!](./welcome/)\n");
        PageHtml welcome = page("Handbook/Welcome/_index.md", "Welcome", "Next: [Admission](/handbook/admission-and-register/)"
                + " [What if?](../what-if/) [home](../../)\n");
        PageHtml admission = page("Handbook/Admission and Register/_index.md", "Admission and Register", "Text\n");
        PageHtml whatIf = page("Handbook/What If?/_index.md", "What If?", "Text\n");
        PageHtml home = page("_index.md", "Home", "[Volunteer Handbook](./handbook)\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(handbook, welcome, admission, whatIf, home), List.of(), Set.of());
        for (PageHtml page : List.of(handbook, welcome, home)) {
            new LinkRewriter(index, findings).apply(page);
        }
        assertEquals(List.of(), codes(findings));
        assertEquals(List.of("Welcome/_index.html"), handbook.content().select("a[href]").eachAttr("href"));
        assertEquals(List.of("../Admission%20and%20Register/_index.html", "../What%20If%3F/_index.html"),
                welcome.content().select("a[href]").eachAttr("href").subList(0, 2));
        assertEquals(List.of("Handbook/_index.html"), home.content().select("a[href]").eachAttr("href"));
    }

    @Test
    void aGitHubWikiLinkWithItsWordsFirstFindsThePageAfterTheBar() {
        PageHtml home = page("Home.md", "Home", "[[How we meet|Meetings]] and [[Meetings|our meetings]] and [[Nowhere|Neither]]\n");
        PageHtml meetings = page("Meetings.md", "Meetings", "Text\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(home, meetings), List.of(), Set.of()), findings).apply(home);
        assertEquals(List.of("Meetings.html", "Meetings.html"), home.content().select("a[href]").eachAttr("href"));
        assertEquals(List.of("How we meet", "our meetings"), home.content().select("a[href]").eachText(),
                "GitHub's order, words then page, and Obsidian's, page then words");
        assertEquals(List.of("Home.md:1 link.wiki-missing"), codes(findings));
    }

    @Test
    void aTitleSeveralPagesShareFindsTheNearestAndTwoEquallyNearAreReported() {
        // A federation: each local group has its "Contacts" and its "Transport Policy"; reading order puts Leek first.
        PageHtml leek = page("groups/midlands/leek/contacts.md", "Contacts", "Text\n");
        PageHtml bewdley = page("groups/midlands/bewdley/policies/transport.md", "Transport Policy", "Text\n");
        PageHtml kendal = page("groups/north/kendal/contacts.md", "Contacts",
                "Our own [[Transport Policy]]; see [[Contacts]] and [[Regional plan]].\n");
        PageHtml kendalTransport = page("groups/north/kendal/policies/transport.md", "Transport Policy",
                "Back to [[Contacts]]; the [[Transport Policy|policy]] of the [[Regional plan]].\n");
        PageHtml penrithPlan = page("groups/north/penrith/plan.md", "Regional plan", "Text\n");
        PageHtml hexhamPlan = page("groups/north/hexham/plan.md", "Regional plan", "Text\n");
        PageHtml home = page("index.md", "Home", "[[Contacts]]\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(leek, bewdley, kendal, kendalTransport, penrithPlan, hexhamPlan, home), List.of(), Set.of());
        LinkRewriter rewriter = new LinkRewriter(index, findings);
        rewriter.apply(kendal);
        rewriter.apply(kendalTransport);
        assertEquals(List.of("policies/transport.html", "contacts.html", "../penrith/plan.html"),
                kendal.content().select("a[href]").eachAttr("href"), "its own group's pages, not Bewdley's or Leek's");
        assertEquals(List.of("../contacts.html", "transport.html", "../../penrith/plan.html"),
                kendalTransport.content().select("a[href]").eachAttr("href"), "the folder above before a sibling group's");
        assertEquals(List.of("groups/north/kendal/contacts.md:1 link.wiki-ambiguous",
                "groups/north/kendal/policies/transport.md:1 link.wiki-ambiguous"), codes(findings),
                "Penrith's and Hexham's plans are equally near Kendal's pages: the first is taken, and both are named");
        assertTrue(findings.sorted().get(0).message().contains("groups/north/penrith/plan.md, groups/north/hexham/plan.md"),
                findings.sorted().get(0).message());
        rewriter.apply(home);
        assertEquals(List.of("groups/midlands/leek/contacts.html"), home.content().select("a[href]").eachAttr("href"));
        assertEquals(3, findings.sorted().size(), "from the top, every group's Contacts is as near: reported too");
    }

    @Test
    void anchorsSluggedByOtherRulesFindTheOneHeadingWithTheirLettersAndDigits() {
        PageHtml leave = page("people/leave.md", "Leave", """
                [first](#step-1:-tell-your-manager-&-the-people-team) [GitHub's](#step-2--book-it) [two alike](#step-3:-ask)

                ## Step 1: Tell your manager & the People team

                ## Step 2 / book it

                ## Step 3: ask

                ## Step 3 - ask
                """);
        PageHtml other = page("people/index.md", "People", "[leave](leave.md#step-1:-tell-your-manager-&-the-people-team)\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(leave, other), List.of(), Set.of());
        new LinkRewriter(index, findings).apply(leave);
        new LinkRewriter(index, findings).apply(other);
        assertEquals(List.of("#step-1-tell-your-manager-the-people-team", "#step-2-book-it"), leave.content().select("a[href]").eachAttr("href"));
        assertEquals("leave.html#step-1-tell-your-manager-the-people-team", other.content().selectFirst("a").attr("href"));
        assertEquals(List.of("people/leave.md:1 link.anchor-missing"), codes(findings), "two headings have the letters 'step3ask', so neither is guessed");
    }

    @Test
    void glossaryEntriesCanBeLinkedByTheTermsOwnSlug() {
        PageHtml chapter = page("toolkit/01-a.md", "A", "[a peer](../glossary.md#peer)\n");
        PageHtml glossary = page("glossary.md", "The words we use", "Text\n");
        glossary.content().appendElement("dt").id("term-peer").text("Peer");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter, glossary), List.of(), Set.of()), findings).apply(chapter);
        assertEquals("../glossary.html#term-peer", chapter.content().selectFirst("a").attr("href"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void headingLinksCopiedFromGitHubPandocOrJekyllFindTheHeading() {
        PageHtml chapter = page("toolkit/01-a.md", "A", """
                [rules](#ground-rules--expectations) [again](#ground-rules--expectations-1) [ours](#ground-rules-expectations)
                [policy](../policies/s.md#who-to-call--when) [jekyll](../policies/s.md#caf-rules) [case](#Ground-Rules--Expectations)

                ## Ground Rules & Expectations

                ## Ground Rules & Expectations
                """);
        PageHtml policy = page("policies/s.md", "Safeguarding", "## Who to call / when\n\n## Café rules\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter, policy), List.of(), Set.of()), findings).apply(chapter);
        assertEquals(List.of("#ground-rules-expectations", "#ground-rules-expectations-1", "#ground-rules-expectations",
                        "../policies/s.html#who-to-call-when", "../policies/s.html#caf%C3%A9-rules", "#ground-rules-expectations"),
                chapter.content().select("a").eachAttr("href"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void aLinkCopiedFromGitHubFindsThePagesTitleHeadingToo() {
        // The page's opening heading is its title, which the layout shows: the heading goes, its id stays on an empty
        // element, and GitHub's id for it (a hyphen for every space: "people--talent") still reaches it.
        PageHtml team = page("people/team.md", "People & Talent team", "# People & Talent team\n\nText.\n");
        new LeadingTitle().apply(team);
        assertTrue(team.content().select("h1").isEmpty(), team.content().html());
        PageHtml chapter = page("a.md", "A", "[team](people/team.md#people--talent-team) [ours](people/team.md#people-talent-team)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter, team), List.of(), Set.of()), findings).apply(chapter);
        assertEquals(List.of("people/team.html#people-talent-team", "people/team.html#people-talent-team"),
                chapter.content().select("a").eachAttr("href"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
        assertFalse(SourceLines.stripped(team.html()).contains("data-hb"), "the heading's text is not written out");
    }

    @Test
    void anIdOfThePageWinsOverAnotherToolsSlug() {
        PageHtml chapter = page("toolkit/01-a.md", "A", """
                [to the heading](#a--b)

                ## A & B

                ## A--B {#a--b}
                """);
        Findings findings = new Findings();
        new org.handbookpress.markdown.AttributeLists(findings).apply(chapter);
        new LinkRewriter(new PageIndex(List.of(chapter), List.of(), Set.of()), findings).apply(chapter);
        assertEquals("#a--b", chapter.content().selectFirst("a").attr("href"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void obsidianLinksToFilesAndPagesByTheirNames() {
        PageHtml chapter = page("toolkit/01-a.md", "A", """
                Chairs: ![[chairs.png]] and ![[chairs.png|300]] and ![[images/chairs.png|A circle of chairs]]

                Forms: [[consent.pdf]], [[files/consent.pdf|the consent form]] and [[02-listening]].

                Shown inside: ![[02-listening]]
                """);
        PageHtml next = page("toolkit/02-listening.md", "Listening well", "Text\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter, next), List.of("images/chairs.png", "files/consent.pdf"), Set.of()), findings)
                .apply(chapter);
        var images = chapter.content().select("img");
        assertEquals(List.of("../images/chairs.png", "../images/chairs.png", "../images/chairs.png"), images.eachAttr("src"));
        assertEquals(List.of("", "", "A circle of chairs"), images.eachAttr("alt"));
        assertEquals("300", images.get(1).attr("width"));
        assertEquals(1, SourceLines.of(images.get(0)));
        assertTrue(!chapter.content().text().contains("!"), chapter.content().html());
        assertEquals(List.of("../files/consent.pdf", "../files/consent.pdf", "02-listening.html", "02-listening.html"),
                chapter.content().select("a").eachAttr("href"));
        assertEquals(List.of("consent.pdf", "the consent form", "Listening well", "Listening well"), chapter.content().select("a").eachText());
        assertEquals(List.of("toolkit/01-a.md:5 link.embed"),
                codes(findings));
    }

    @Test
    void obsidianPicturesWithPlacementWordsSizesAndSpacesAroundTheBar() {
        // A vault's pictures placed by a style sheet's word and sized, ![[name.png|center|400]]: the name is up to the
        // first bar (Flexmark splits at the last), and spaces around a bar are no part of the name.
        PageHtml chapter = page("toolkit/01-a.md", "A", """
                ![[stool.png|center|420]]

                ![[stool.png | 250]] and ![[stool.png|A tall stool|300x200]]

                [[stool.png |the stool]] and [[02-listening | Listening]]
                """);
        PageHtml next = page("toolkit/02-listening.md", "Listening well", "Text\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter, next), List.of("Attachments/stool.png"), Set.of()), findings)
                .apply(chapter);
        var images = chapter.content().select("img");
        assertEquals(List.of("../Attachments/stool.png", "../Attachments/stool.png", "../Attachments/stool.png"),
                images.eachAttr("src"));
        assertEquals(List.of("420", "250", "300"), images.eachAttr("width"));
        assertEquals(List.of("", "", "A tall stool"), images.eachAttr("alt"));
        assertEquals("200", images.get(2).attr("height"));
        assertEquals(List.of("../Attachments/stool.png", "02-listening.html"), chapter.content().select("a").eachAttr("href"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void obsidianHelpVaultShapes() {
        // As Obsidian's own help vault writes them: icons with a style hint, a picture by its name alone, a link in a
        // table with its bar escaped, a path of headings, a block reference, a heading as written, a video.
        PageHtml chapter = page("toolkit/01-a.md", "A", """
                Select ![[lucide-grid.svg#icon]] **Cards**, see ![Screen](screen.png#interface) and [[consent.pdf#page=2]].

                | Where | Why |
                |---|---|
                | [[02-listening\\|Listening]] | [[02-listening#Part one#Detail]] |

                Quoted: [[02-listening#^quote]], asked: [[02-listening#Why listen]], shown: [[02-listening#`Code` words]].

                ![](https://www.youtube.com/watch?v=abc)
                """);
        PageHtml next = page("toolkit/02-listening.md", "Listening well", """
                ## Part one

                ### Detail

                Some words worth quoting. ^quote

                ## Why listen?

                ## `Code` words
                """);
        new org.handbookpress.markdown.BlockIds().apply(next);
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter, next),
                List.of("Attachments/icons/lucide-grid.svg", "Attachments/screen.png", "files/consent.pdf"), Set.of()), findings)
                .apply(chapter);
        var images = chapter.content().select("img");
        assertEquals(List.of("../Attachments/icons/lucide-grid.svg", "../Attachments/screen.png"), images.eachAttr("src"));
        assertEquals(List.of("", "Screen"), images.eachAttr("alt"), "an icon named by its file has no alt text of its own");
        assertEquals(List.of("../files/consent.pdf#page=2", "02-listening.html", "02-listening.html#detail",
                        "02-listening.html#%5Equote", "02-listening.html#why-listen", "02-listening.html#code-words",
                        "https://www.youtube.com/watch?v=abc"),
                chapter.content().select("a").eachAttr("href"));
        assertEquals("Listening", chapter.content().selectFirst("td a").text());
        assertEquals(List.of("Listening", "Listening well › Detail", "Listening well", "Listening well › Why listen"),
                chapter.content().select("a").eachText().subList(1, 5), "a link without a label reads as Obsidian shows it");
        assertEquals(List.of("toolkit/01-a.md:9 image.remote-page"), codes(findings));
        // Such an address may be a picture served without an extension (an avatar): the finding says so, and what to do.
        var remote = findings.sorted().get(0);
        assertTrue(remote.message().contains("a picture served without a file extension"), remote.message());
        assertTrue(remote.fix().contains("[Watch the video](https://www.youtube.com/watch?v=abc)")
                && remote.fix().contains("save it into the content folder"), remote.fix());
        assertEquals("^quote", next.content().selectFirst("p").id());
        assertEquals("Some words worth quoting.", next.content().selectFirst("p").text(), "the marker is hidden");
    }

    @Test
    void mkdocsCitationsAndPicturesWrittenForPrettyAddresses() {
        // MkDocs serves user-guide/themes.md at user-guide/themes/, and its raw HTML reaches the picture from there;
        // its release notes cite with [[1]](…), a link whose text is in brackets, not a wiki link.
        PageHtml themes = page("user-guide/themes.md", "Themes", """
                <img src="../../img/light.png" alt="Light">

                See [[1]](../about/contributing.md#themes) and [[2]](contributing.md).
                """);
        PageHtml contributing = page("about/contributing.md", "Contributing", "## Themes\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(themes, contributing), List.of("img/light.png"), Set.of()), findings).apply(themes);
        assertEquals("../img/light.png", themes.content().selectFirst("img").attr("src"));
        assertEquals(List.of("../about/contributing.html#themes"), themes.content().select("a").eachAttr("href"));
        assertTrue(themes.content().select("a").get(1).hasClass("broken-link"));
        assertEquals(List.of("[1]", "[2]"), themes.content().select("a").eachText());
        assertTrue(!themes.content().text().contains("("), themes.content().text());
        assertEquals(List.of("user-guide/themes.md:3 link.broken"), codes(findings), "a citation to a missing page is checked as a link");

        // The same to a web address, which the autolinks make a link of its own first (Kubernetes' meeting notes).
        PageHtml notes = page("notes.md", "Notes", "RSVP [[here]](https://example.org/summit?x=1), and [[notes]](https://example.org/n).\n");
        Findings none = new Findings();
        new LinkRewriter(new PageIndex(List.of(notes), List.of(), Set.of()), none).apply(notes);
        assertEquals(List.of("https://example.org/summit?x=1", "https://example.org/n"), notes.content().select("a").eachAttr("href"));
        assertEquals(List.of("[here]", "[notes]"), notes.content().select("a").eachText());
        assertEquals("RSVP [here], and [notes].", notes.content().text());
        assertEquals(List.of(), codes(none));
    }

    @Test
    void obsidianAliasesNameAPageAsItsTitleDoes() {
        PageHtml chapter = page("toolkit/01-a.md", "A", "[[Keeping people safe]], [[safeguarding|the policy]] and [[Shared]]\n");
        Page policy = new Page("policies/s.md", "policies/s.html", Path.of("policies/s.md"),
                aliased("Keeping people safe", "Safeguarding", "Shared"), "Safeguarding policy", "Text\n", 1);
        Page second = new Page("policies/t.md", "policies/t.html", Path.of("policies/t.md"), aliased("Shared"), "Travel", "Text\n", 1);
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter, new PageHtml(policy, converter.toHtml("Text\n", 1)),
                new PageHtml(second, converter.toHtml("Text\n", 1))), List.of(), Set.of()), findings).apply(chapter);
        assertEquals(List.of("../policies/s.html", "../policies/s.html"), chapter.content().select("a").eachAttr("href"));
        assertEquals(List.of("toolkit/01-a.md:1 link.wiki-missing"), codes(findings), "an alias two pages give names neither");
    }

    /**
     * A bare wiki link by an alias shows the alias as written, as Obsidian does: the author chose that name for the
     * sentence, and it read "see Safeguarding policy" where they wrote "see [[Safeguarding]]". By its title in other
     * letters, or by its file name, it shows the page's title still.
     */
    @Test
    void aWikiLinkByAnAliasShowsTheAlias() {
        PageHtml chapter = page("toolkit/01-a.md", "A",
                "[[Safeguarding]] [[keeping people safe#Who to contact]] [[safeguarding policy]] [[s]] [[Safeguarding|the policy]]\n");
        Page policy = new Page("policies/s.md", "policies/s.html", Path.of("policies/s.md"),
                aliased("Keeping people safe", "Safeguarding"), "Safeguarding policy", "## Who to contact\n", 1);
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter, new PageHtml(policy, converter.toHtml("## Who to contact\n", 1))),
                List.of(), Set.of()), findings).apply(chapter);
        assertEquals(List.of("Safeguarding", "keeping people safe › Who to contact", "Safeguarding policy", "Safeguarding policy",
                "the policy"), chapter.content().select("a").eachText());
        assertEquals(List.of(), codes(findings));
    }

    @Test
    void aFileNameTwoFilesShareIsNoTarget() {
        PageHtml chapter = page("toolkit/01-a.md", "A", "[[notes.pdf]] [[intro]]\n");
        PageHtml one = page("toolkit/intro.md", "One", "Text\n");
        PageHtml two = page("policies/intro.md", "Two", "Text\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter, one, two), List.of("a/notes.pdf", "b/notes.pdf"), Set.of()), findings)
                .apply(chapter);
        assertEquals(List.of("toolkit/01-a.md:1 link.wiki-missing", "toolkit/01-a.md:1 link.wiki-missing"),
                codes(findings));
    }

    @Test
    void aLinkEndingInASlashToThePageBesideSaysWhichPageItMeant() {
        // Written for the page's pretty address (guide/leave/), 'rota/' is read from guide/leave/ there and from guide/
        // here: a folder neither site has. The page beside of that name is what the author meant: the fix names it.
        PageHtml leave = page("guide/leave.md", "Leave", "See [the rota](rota/#weekends).\n");
        PageHtml rota = page("guide/rota.md", "Rota", "## Weekends\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(leave, rota), List.of(), Set.of()), findings).apply(leave);
        assertEquals(List.of("guide/leave.md:1 link.broken"), codes(findings));
        assertTrue(findings.sorted().get(0).fix().contains("rota.md#weekends"), findings.sorted().get(0).fix());
    }

    @Test
    void linksWrittenForPrettyAddressesAsJekyllServesPages() {
        // Jekyll with permalink /:path/ serves ar/building-community.md at ar/building-community/.
        PageHtml community = page("ar/building-community.md", "Community", """
                [start](../starting-a-project/#the-readme) [root](/starting-a-project/) [home](../) [gone](../nowhere/)
                (a link that names something the plain way, as ../ here, keeps that meaning)
                """);
        PageHtml arStart = page("ar/starting-a-project.md", "Start (ar)", "## The README\n");
        PageHtml start = page("starting-a-project.md", "Start", "Text\n");
        PageHtml english = page("building-community.md", "Community (en)", "[start](../starting-a-project/) [same](./)\n");
        PageHtml home = page("index.md", "Home", "Text\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(community, arStart, start, english, home), List.of(), Set.of());
        new LinkRewriter(index, findings).apply(community);
        new LinkRewriter(index, findings).apply(english);
        assertEquals(List.of("starting-a-project.html#the-readme", "../starting-a-project.html", "../index.html"),
                community.content().select("a[href]").eachAttr("href").subList(0, 3));
        assertEquals(List.of("starting-a-project.html", "index.html"), english.content().select("a[href]").eachAttr("href"));
        assertEquals(List.of("ar/building-community.md:1 link.broken"),
                codes(findings));

        // A page named like a version (Node.js' release notes): its pretty address ends in '/', so v5.1.1 is no extension.
        PageHtml release = page("blog/release/v5.1.1.md", "Node v5.1.1", "Text\n");
        PageHtml security = page("blog/vulnerability/december.md", "Security", "Upgrade to [v5.1.1](/blog/release/v5.1.1/).\n");
        Findings none = new Findings();
        new LinkRewriter(new PageIndex(List.of(release, security), List.of(), Set.of()), none).apply(security);
        assertEquals(List.of("../release/v5.1.1.html"), security.content().select("a[href]").eachAttr("href"));
        assertEquals(List.of(), codes(none));
    }

    @Test
    void reportsEveryMissingTargetWithItsLine() {
        PageHtml chapter = page("toolkit/01-a.md", "A", """
                Intro line

                [gone](missing.md) and [bad anchor](02-b.md#nowhere)
                [[Safeguardng Policy]] and [[Listening#No such heading]]
                ![missing](../images/none.png) [escape](../../etc/passwd)
                """);
        PageHtml next = page("toolkit/02-b.md", "Listening", "Text\n");
        PageHtml policy = page("policies/s.md", "Safeguarding Policy", "Text\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter, next, policy), List.of(), Set.of()), findings).apply(chapter);
        List<Finding> all = findings.sorted();
        assertEquals(6, all.size(), all.toString());
        assertTrue(all.stream().allMatch(f -> f.file().equals("toolkit/01-a.md")));
        assertTrue(all.stream().anyMatch(f -> f.code().equals("link.broken") && f.line() == 3));
        assertTrue(all.stream().anyMatch(f -> f.code().equals("link.anchor-missing") && f.line() == 3));
        assertTrue(all.stream().anyMatch(f -> f.code().equals("link.wiki-missing") && f.line() == 4
                && f.fix().contains("[[Safeguarding Policy]]")), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.code().equals("link.anchor-missing") && f.line() == 4));
        assertTrue(all.stream().anyMatch(f -> f.code().equals("image.missing") && f.line() == 5));
        assertTrue(all.stream().anyMatch(f -> f.code().equals("link.outside") && f.line() == 5));
    }

    @Test
    void linksOutOfTheContentFolderAreWarningsWhenBrokenLinksAre() {
        // A docs folder brought from a repository links the repository's README and LICENSE, outside the content folder.
        PageHtml chapter = page("guide/a.md", "A", "See [the readme](../../README.md) and [licence](../../LICENSE).\n");
        for (Severity missing : Severity.values()) {
            if (missing == Severity.NOTICE) {
                continue;
            }
            Findings findings = new Findings();
            PageHtml copy = page("guide/a.md", "A", chapter.page().markdown());
            new LinkRewriter(new PageIndex(List.of(copy), List.of(), Set.of()), findings, missing).apply(copy);
            assertEquals(List.of("guide/a.md:1 link.outside " + missing, "guide/a.md:1 link.md-outside " + missing),
                    findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code() + " " + f.severity()).toList());
            assertEquals(List.of(), copy.content().select("a").eachAttr("href"), "the links are taken away either way");
            assertEquals("See the readme and licence.", copy.content().text());
        }
    }

    @Test
    void addressesATemplateWritesAreNotLookedForAsFiles() {
        // Just the Docs' home page lists its contributors in a Liquid loop; the page's syntax.liquid finding says that
        // its templates are not run, once, and each address is not a missing page or picture as well.
        PageHtml home = page("index.md", "Home", "<a href=\"{{ contributor.html_url }}\"><img src=\"{{ contributor.avatar_url }}\" "
                + "alt=\"{{ contributor.login }}\"></a>\n\nSee [the setup]({{site.baseurl}}/setup.md) and [{% link a.md %}](x).\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(home), List.of(), Set.of()), findings).apply(home);
        assertEquals(List.of("link.broken"), findings.sorted().stream().map(Finding::code).toList(),
                "only the link to x: " + findings.sorted() + home.content().html());
        assertEquals(List.of(), home.content().select("a[href~=\\{]").eachAttr("href"));
        assertTrue(home.content().select("img").isEmpty(), home.content().html());
        assertTrue(home.content().text().contains("[{{ contributor.login }}]"), home.content().text());
        // ERB's, in a Middleman page, as written and in angle brackets, which the Markdown takes for the address's own.
        PageHtml erb = page("apps.html.md.erb", "Apps", "See [each app](<%= app.link %>), [its repo](/repos/<%= app.name %>.html)"
                + " and [the list](<%= data.list %>).\n");
        Findings erbFindings = new Findings();
        new LinkRewriter(new PageIndex(List.of(erb), List.of(), Set.of()), erbFindings).apply(erb);
        assertEquals(List.of(), erbFindings.sorted(), erb.content().html());
    }

    @Test
    void aLinkToADraftSaysThePageIsLeftOutNotThatThereIsNoFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("plans"));
        java.nio.file.Files.writeString(dir.resolve("plans/new-site.md"), "---\npublished: false\n---\nSecret.\n");
        java.nio.file.Files.writeString(dir.resolve("plans/_notes.md"), "Kept out.\n");
        java.nio.file.Files.createDirectories(dir.resolve(".github"));
        java.nio.file.Files.writeString(dir.resolve(".github/CONTRIBUTING.md"), "# Contributing\n");
        // thoughtbot's guides keep a guide to copy in _template/, its README.md, and link it from their CONTRIBUTING.md.
        java.nio.file.Files.createDirectories(dir.resolve("_template"));
        java.nio.file.Files.writeString(dir.resolve("_template/README.md"), "# Guide name\n");
        PageHtml home = page("index.md", "Home", "See [the plan](plans/new-site.md), [again](/plans/new-site) and [none](plans/none.md)."
                + " [Notes](plans/_notes.md) [Contributing](.github/CONTRIBUTING.md) [the template guide](/_template/)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(home), List.of(PageIndex.Anchors.of(home.content())), List.of(), Set.of(), dir), findings).apply(home);
        List<String> messages = findings.sorted().stream().map(Finding::message).toList();
        assertEquals(6, messages.size(), messages.toString());
        assertTrue(messages.contains("link to '/_template/', but _template/README.md is left out of the build: its name, or a folder's on"
                + " its way, starts with '_' or '.'"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.endsWith(".github/CONTRIBUTING.md is left out of the build: its name, or a folder's"
                + " on its way, starts with '_' or '.'")), messages.toString());
        assertEquals(2, messages.stream().filter(m -> m.endsWith("but plans/new-site.md is left out of the build: a draft (draft: true or"
                + " published: false), a page whose expiryDate has passed or publishDate is to come, or a page it could not read (see that page's own finding)")).count(), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.endsWith("plans/_notes.md is left out of the build: its name, or a folder's on its"
                + " way, starts with '_' or '.'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("there is no page plans/none.md")), messages.toString());
    }

    /**
     * A link to an empty page file, a page not written yet (BHKLab's handbook: a section's index linking its stubs), says
     * so, rather than "a draft, or a page it could not read", which named nothing the file had.
     */
    @Test
    void aLinkToAnEmptyPageSaysItIsNotWrittenYet(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("clustering"));
        java.nio.file.Files.writeString(dir.resolve("clustering/gmm.md"), "");
        java.nio.file.Files.writeString(dir.resolve("clustering/spectral.md"), "\n  \n");
        PageHtml index = page("clustering/index.md", "Clustering", "- [GMM](gmm.md)\n- [Spectral](spectral.md)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(index), List.of(PageIndex.Anchors.of(index.content())), List.of(), Set.of(), dir), findings)
                .apply(index);
        assertEquals(List.of("link to 'gmm.md', but clustering/gmm.md is left out of the build: the file is empty, a page not written yet",
                "link to 'spectral.md', but clustering/spectral.md is left out of the build: the file is empty, a page not written yet"),
                findings.sorted().stream().map(Finding::message).toList());
        assertEquals("write that page, or remove the link until it is written", findings.sorted().get(0).fix());
    }

    @Test
    void backToTopAndTheMainContentAreEveryPagesPlaces() {
        PageHtml other = page("other.md", "Other", "# Other\n\nHi.\n");
        PageHtml home = page("index.md", "Home", "[Back to top](#top) [Top](#TOP) [Skip](#main) [Content](#content)"
                + " [Main](#main-content) [Other's top](other.md#top) [Other's content](other.md#content) [None](#nowhere)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(home, other), List.of(), Set.of()), findings).apply(home);
        assertEquals(List.of("#top", "#top", "#main", "#main", "#main", "other.html#top", "other.html#main"),
                home.content().select("a[href]").eachAttr("href"));
        assertEquals(List.of("link.anchor-missing"), findings.sorted().stream().map(Finding::code).toList(), "only #nowhere");
    }

    @Test
    void anEmailAddressWrittenAsAPathIsBrokenWithTheFixForIt() {
        PageHtml contact = page("contact.md", "Contact", "Write to [the office](office@example.org).\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(contact), List.of(), Set.of()), findings).apply(contact);
        assertEquals(List.of("to link the e-mail address, write mailto:office@example.org"),
                findings.sorted().stream().map(Finding::fix).toList());
    }

    /** A video's, poster's or subtitles' file is loaded as written: named from the page, as from file:// it must be. */
    @Test
    void mediaFilesAreNamedFromThePage() {
        PageHtml talk = page("guide/talks/first.md", "First talk", "<video controls poster=\"/media/talk.png\">"
                + "<source src=\"/media/talk.mp4\"><track src=\"../../media/talk.vtt\"></video>\n\n<audio src=\"https://files.example/a.mp3\"></audio>\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(talk), List.of("media/talk.mp4", "media/talk.png", "media/talk.vtt"), Set.of()), findings)
                .apply(talk);
        assertEquals("../../media/talk.png", talk.content().selectFirst("video").attr("poster"));
        assertEquals("../../media/talk.mp4", talk.content().selectFirst("source").attr("src"));
        assertEquals("../../media/talk.vtt", talk.content().selectFirst("track").attr("src"));
        assertEquals("https://files.example/a.mp3", talk.content().selectFirst("audio").attr("src"), "not a file of the handbook: as it was");
        assertEquals(List.of(), codes(findings));
    }

    /** A picture on the author's own disk (a converted Word document's) is said to be that, not another website's (QA-O). */
    @Test
    void aPictureOnTheAuthorsDiskIsSaidToBeOne() {
        PageHtml page = page("policies/leave.md", "Leave", "![Org chart](file:///C:/Users/sam/Pictures/chart.png)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(page), List.of(), Set.of()), findings).apply(page);
        assertEquals(List.of("image.remote"), findings.sorted().stream().map(Finding::code).toList());
        assertTrue(findings.sorted().get(0).message().contains("a file on the computer it was written on"), findings.sorted().toString());
        assertEquals(null, page.content().selectFirst("img"), "shown as its alt text");
        assertTrue(page.content().text().contains("Org chart"));
    }

    /** An <img> that names no picture (no src, or an empty one) is said to be that, and shown as its alt text. */
    @Test
    void anImageThatNamesNoPictureIsReported() {
        PageHtml page = page("policies/leave.md", "Leave", "<img alt=\"The team\">\n\n<img src=\"\" alt=\"The garden\">\n\n"
                + "<img srcset=\"chart.png 1x, chart-2x.png 2x\" alt=\"A chart\">\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(page), List.of(), Set.of()), findings).apply(page);
        List<Finding> found = findings.sorted();
        assertEquals(List.of("policies/leave.md:1 image.missing", "policies/leave.md:3 image.missing"), codes(findings));
        assertTrue(found.get(0).message().contains("names no picture: its src is missing"), found.toString());
        assertTrue(found.get(1).message().contains("names no picture: its src is empty"), found.toString());
        assertEquals(1, page.content().select("img").size(), "only the one with a srcset, which names its pictures there");
        assertEquals("A chart", page.content().selectFirst("img").attr("alt"));
        assertTrue(page.content().text().contains("[The team]") && page.content().text().contains("[The garden]"), page.content().html());
    }

    /**
     * A picture whose address is a script or an e-mail's part (javascript:, cid:) is said to be no picture file, not one
     * loaded from another website, which it is not; one on another server is still said to be that.
     */
    @Test
    void aPictureAddressThatIsNoFileIsSaidToBeNone() {
        PageHtml page = page("policies/leave.md", "Leave", "<img src=\"javascript:alert(1)\" alt=\"Logo\">\n\n![Chart](cid:image001.png@01D9)\n\n"
                + "![Map](ftp://files.example.org/map.png)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(page), List.of(), Set.of()), findings).apply(page);
        List<Finding> found = findings.sorted();
        assertEquals(List.of("image.remote", "image.remote", "image.remote"), found.stream().map(Finding::code).toList(), found.toString());
        assertTrue(found.get(0).message().contains("no picture file: its address begins 'javascript:'"), found.toString());
        assertTrue(found.get(1).message().contains("no picture file: its address begins 'cid:'"), found.toString());
        assertTrue(found.get(2).message().contains("loaded from another website"), found.toString());
        assertEquals(null, page.content().selectFirst("img"), "each shown as its alt text");
        assertTrue(page.content().text().contains("Logo") && page.content().text().contains("Chart"), page.content().html());
    }

    /**
     * Pictures from one website whose addresses name no picture file (GitHub avatars beside quotes, as opensource.guide
     * has nine to a page) are one warning at the first, with their number and lines, not one each (1,610 there).
     */
    @Test
    void avatarsFromOneWebsiteAreOneFindingAtTheFirst() {
        PageHtml page = page("guide/best-practices.md", "Best practices", """
                <img src="https://avatars.githubusercontent.com/lord?s=180" class="pquote-avatar" alt="avatar">

                Words.

                <img src="https://avatars.githubusercontent.com/krausefx?s=180" alt="avatar">

                ![avatar](https://Avatars.githubusercontent.com/mikemcquaid?s=180)

                ![](https://www.youtube.com/watch?v=abc)
                """);
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(page), List.of(), Set.of()), findings).apply(page);
        assertEquals(List.of("guide/best-practices.md:1 image.remote-page", "guide/best-practices.md:9 image.remote-page"), codes(findings));
        Finding avatars = findings.sorted().get(0);
        assertTrue(avatars.message().startsWith("3 images from avatars.githubusercontent.com"), avatars.message());
        assertTrue(avatars.message().contains("![avatar](https://avatars.githubusercontent.com/lord?s=180) here, the others at lines 5, 7;"),
                avatars.message());
        assertTrue(avatars.fix().startsWith("for a picture, save it into the content folder and show it from there"), avatars.fix());
        assertTrue(findings.sorted().get(1).message().startsWith("![](https://www.youtube.com/watch?v=abc) asks to show"),
                "one from a website of its own is said as before");
        assertEquals(4, page.content().select("a[href^=https://]").size(), "each is still a link to it");
        assertEquals(null, page.content().selectFirst("img"));
    }

    /** An avatar silenced on its own line is left out of the others' finding and counted silenced, as its own finding was. */
    @Test
    void anAvatarSilencedOnItsLineIsNotCountedWithTheOthers() {
        PageHtml page = page("guide/quotes.md", "Quotes", """
                ![avatar](https://avatars.githubusercontent.com/a?s=180)

                <!-- handbook-ignore image.remote-page -->
                ![avatar](https://avatars.githubusercontent.com/b?s=180)

                ![avatar](https://avatars.githubusercontent.com/c?s=180)
                """);
        Findings findings = new Findings();
        findings.silence(org.handbookpress.check.Silences.of(List.of(page.page())));
        new LinkRewriter(new PageIndex(List.of(page), List.of(), Set.of()), findings).apply(page);
        assertEquals(List.of("guide/quotes.md:1 image.remote-page"), codes(findings));
        assertTrue(findings.sorted().get(0).message().startsWith("2 images from avatars.githubusercontent.com"), findings.sorted().toString());
        assertTrue(findings.sorted().get(0).message().contains("the others at line 6;"), findings.sorted().toString());
        assertEquals(1, findings.silencedCount());
    }

    /** A link to a page misspelt, or to a page that moved into another folder, names the page it may mean. */
    @Test
    void aBrokenLinkToAPageNamesAPageOfANearName() {
        PageHtml home = page("index.md", "Home", "[policy](policies/safeguardng.md) [rota](rota.md) [nothing](policies/zebra-crossings.md)"
                + " [reviews](handbook_reviewer_guidelines.md)\n");
        PageHtml policy = page("policies/safeguarding.md", "Safeguarding", "Text.\n");
        PageHtml rota = page("groups/rota.md", "Rota", "Text.\n");
        PageHtml reviews = page("contributing/handbook-reviewer-guidelines.md", "Reviews", "Text.\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(home, policy, rota, reviews), List.of(), Set.of()), findings).apply(home);
        assertEquals(List.of("check the file name, or create the page",
                        "did you mean contributing/handbook-reviewer-guidelines.md? Check the file name, or create the page",
                        "did you mean groups/rota.md? Check the file name, or create the page",
                        "did you mean policies/safeguarding.md? Check the file name, or create the page"),
                findings.sorted().stream().map(Finding::fix).sorted().toList());
    }

    /**
     * A link to a folder's own page (README.md) in a handbook of folders is told by its folder's name: a folder misspelt
     * beside it, or of that name elsewhere; other folders' README.md pages, which share only the file's name, are no guess.
     */
    @Test
    void aBrokenLinkToAFolderPageNamesAFolderOfANearName() {
        PageHtml home = page("README.md", "Home", "[leave](/staff/anual-leave/README.md) [rota](/rota/README.md)"
                + " [nothing](/staff/zebra/README.md)\n");
        PageHtml leave = page("staff/annual-leave/README.md", "Annual leave", "Text.\n");
        PageHtml sick = page("staff/sick-leave/README.md", "Sick leave", "Text.\n");
        PageHtml rota = page("groups/rota/README.md", "Rota", "Text.\n");
        PageHtml about = page("about/README.md", "About", "Text.\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(home, leave, sick, rota, about), List.of(), Set.of()), findings).apply(home);
        assertEquals(List.of("check the file name, or create the page",
                        "did you mean groups/rota/README.md? Check the file name, or create the page",
                        "did you mean staff/annual-leave/README.md? Check the file name, or create the page"),
                findings.sorted().stream().map(Finding::fix).sorted().toList());
    }

    /**
     * A link written as a pretty address, with no extension, to a page misspelt (dxw's playbook linked
     * /staff-handbook/policies-and-procedures/grievance, the page being grievances.md) names the page it may mean, or the
     * own page of a folder of a near name (Suncoast's /lessons/html-into for lessons/html-intro/index.md).
     */
    @Test
    void aBrokenPrettyAddressNamesAPageOfANearName() {
        PageHtml policy = page("policies/bullying.md", "Bullying", "[grievance](/policies/grievance) [rota](/groups/rota) [nothing](/policies/zebra)"
                + " [lesson](/lessons/html-into)\n");
        PageHtml grievances = page("policies/grievances.md", "Grievances", "Text.\n");
        PageHtml rota = page("groups/rota-2024.md", "Rota", "Text.\n");
        PageHtml lesson = page("lessons/html-intro/index.md", "HTML", "Text.\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(policy, grievances, rota, lesson), List.of(), Set.of()), findings).apply(policy);
        assertEquals(List.of("add the file to the content folder, or fix the path",
                        "did you mean ../lessons/html-intro/index.md? Fix the path, or add the file to the content folder",
                        "did you mean grievances.md? Fix the path, or add the file to the content folder"),
                findings.sorted().stream().map(Finding::fix).distinct().sorted().toList());
    }

    /**
     * A file kept beside the content folder, which another generator copied into its site (the TTS handbook's Eleventy
     * copies the repository's downloads/ beside its pages/): the fix says where it is and what to move, where it said to
     * add a file the author could see was there.
     */
    @Test
    void aMissingFileBesideTheContentFolderIsNamedWithWhatToMove(@org.junit.jupiter.api.io.TempDir Path repository) throws Exception {
        Path content = java.nio.file.Files.createDirectories(repository.resolve("pages"));
        java.nio.file.Files.createDirectories(repository.resolve("downloads"));
        java.nio.file.Files.writeString(repository.resolve("downloads/charter.docx"), "a charter", java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(repository.resolve("agenda.docx"), "an agenda", java.nio.charset.StandardCharsets.UTF_8);
        PageHtml kickoff = page("projects/kickoff.md", "Kickoff", "[Charter](/downloads/charter.docx) [Agenda](/agenda.docx)"
                + " [Budget](/downloads/budget.docx) [Escape](../../../etc/passwd)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(kickoff), List.of(PageIndex.Anchors.of(kickoff.content())), List.of(), Set.of(), content), findings)
                .apply(kickoff);
        assertEquals(List.of("add the file to the content folder, or fix the path",
                        "the file is beside the content folder, at ../agenda.docx, where the handbook does not look: move it into"
                                + " the content folder, and the link finds it",
                        "the file is beside the content folder, at ../downloads/charter.docx, where the handbook does not look: move"
                                + " the folder downloads/ into the content folder, and the link finds it"),
                findings.sorted().stream().filter(f -> f.code().equals("link.broken")).map(Finding::fix).sorted().toList());
    }

    /**
     * A file or picture not where the link says, of the same name in another folder: thoughtbot's guides renamed javascript/
     * to javascript-typescript/ and the README's links to /javascript/sample.js#L5 broke; a picture moved into images/.
     */
    @Test
    void aMissingFileOfTheSameNameElsewhereIsNamedInTheFix() {
        PageHtml guide = page("javascript-typescript/README.md", "JavaScript", "[Sample](/javascript/sample.js#L5)\n\n![Map](pictures/map.png)\n\n"
                + "[Rota](rota.xlsx)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(guide), List.of("javascript-typescript/sample.js", "images/map.png", "images/old/Map.PNG",
                "javascript-typescript/rota.csv"), Set.of()), findings).apply(guide);
        assertEquals(List.of("javascript-typescript/README.md:1 link.broken", "javascript-typescript/README.md:3 image.missing",
                "javascript-typescript/README.md:5 link.broken"), codes(findings));
        assertEquals(List.of("did you mean sample.js? Fix the path, or add the file to the content folder",
                        "did you mean ../images/map.png or ../images/old/Map.PNG? Correct the path relative to this page, or add the file",
                        "add the file to the content folder, or fix the path"),
                findings.sorted().stream().map(Finding::fix).toList());
    }

    /** A picture's name a letter off one beside it, of its type (a food bank's handbook: parcels.png for parcel.png). */
    @Test
    void aMissingPictureNamesOneOfANearNameBesideIt() {
        PageHtml guide = page("guide/packing.md", "Packing", "![Parcels](../images/parcels.png)\n\n![Hall](../images/hall-plan.png)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(guide), List.of("images/parcel.png", "images/parcels.jpg", "images/hall-layout.png"),
                Set.of()), findings).apply(guide);
        assertEquals(List.of("did you mean ../images/parcel.png? Correct the path relative to this page, or add the file",
                        "add the file, or correct the path relative to this page"),
                findings.sorted().stream().map(Finding::fix).toList(), "another type, or a name more than a slip away, is not named");
    }

    /**
     * A missing heading of another page is named as the link writes it, as a broken link is, and the page it found: an
     * independent handbook's editor saw '../clubs/04-holidays.md' quoted for one and policies/safeguarding.md#… for the other.
     */
    @Test
    void aMissingHeadingOfAnotherPageIsNamedAsWrittenAndThePageFound() {
        PageHtml policy = page("policies/safeguarding.md", "Safeguarding", "## Who to call\n\nThe lead.\n");
        PageHtml club = page("clubs/snacks.md", "Snacks", "[call](../policies/safeguarding.md#who-to-ring)\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(policy, club), List.of(), Set.of());
        new LinkRewriter(index, findings).apply(club);
        assertEquals(List.of("link to '../policies/safeguarding.md#who-to-ring', but policies/safeguarding.md has no heading or anchor #who-to-ring"),
                findings.sorted().stream().map(Finding::message).toList());
    }

    /** A link to a folder that is not there is told so, not that there is no file "development/setup/" to add. */
    @Test
    void aLinkToAMissingFolderSaysItIsAFolder() {
        PageHtml readme = page("README.md", "Docs", "[Setup](development/setup/)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(readme), List.of(), Set.of()), findings).apply(readme);
        Finding broken = findings.sorted().get(0);
        assertEquals("link to 'development/setup/', but there is no folder development/setup/ in the content folder", broken.message());
        assertEquals("fix the path, or make the folder, with the pages it should hold", broken.fix());
    }

    @Test
    void aWebAddressWrittenWithoutHttpsIsBrokenWithTheFixForIt() {
        PageHtml news = page("news.md", "News", "[post](hachyderm.io/@group/1234) [article](gargle.r-lib.org/articles/tokens.html)"
                + " [docs](www.example.org) [script](tools/setup.sh) [guide](node.js/intro.md) [notes](notes.py/)"
                + " [Draw.io](Draw.io) [our app](tidetracker.live) [deploy](app.surge.sh)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(news), List.of(), Set.of()), findings).apply(news);
        assertEquals(List.of("add the file to the content folder, or fix the path", "add the file to the content folder, or fix the path",
                        "check the file name, or create the page", "fix the path, or make the folder, with the pages it should hold",
                        "to link the website, write https://Draw.io",
                        "to link the website, write https://gargle.r-lib.org/articles/tokens.html",
                        "to link the website, write https://hachyderm.io/@group/1234", "to link the website, write https://tidetracker.live",
                        "to link the website, write https://www.example.org"),
                findings.sorted().stream().map(Finding::fix).sorted().toList(), "setup.sh, node.js/intro.md, notes.py/ and app.surge.sh may be files' names");
    }

    @Test
    void aPictureWhoseNameHasSpacesIsAnImageInAngleBrackets() {
        // Word-exported pictures: the destination is in <…> because the file name has spaces (CommonMark allows it).
        PageHtml chapter = page("toolkit/01-a.md", "A", "Intro\n\n![Toolkit Pic](<../images/Toolkit Pic.png>)\n\n![Gone](<../images/Gone Pic.png>)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(chapter), List.of("images/Toolkit Pic.png"), Set.of()), findings).apply(chapter);
        assertEquals("Toolkit Pic", chapter.content().selectFirst("img").attr("alt"));
        assertTrue(chapter.content().selectFirst("img").attr("src").startsWith("../images/Toolkit"), chapter.content().html());
        assertEquals(List.of("toolkit/01-a.md:5 image.missing"),
                codes(findings));
        assertTrue(!chapter.content().text().contains("]("), chapter.content().html());
    }

    @Test
    void aLinkToAGeneratedFolderIndexByItsIndexMdResolves() {
        PageHtml home = page("index.md", "Home", "[Policies](policies/index.md) [also](policies/) [top](index.md)\n");
        PageHtml policy = page("policies/safeguarding.md", "Safeguarding", "Text\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(home, policy), List.of(), Set.of("policies/index.html")), findings).apply(home);
        assertEquals(List.of("policies/index.html", "policies/index.html", "#"), home.content().select("a").eachAttr("href"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }
    void pagesWithAnyFileNameAreLinkedByEncodedHrefs() {
        PageHtml home = page("index.md", "Home", """
                [a](hash%23tag.md) [b](<colon: x.md>) [c](colon:%20x.md) [d](odd/q%3Fmark.md) [e](odd/pct%2520x.md)
                [f](odd/caf%C3%A9%20g%C5%B5yl.md) [g](<odd/café gŵyl.md#croeso>) [h](<odd/pct%20x.md>) [i](<odd/q?mark.md>)
                [[Café Gŵyl]] [[odd/pct%20x]] [[colon: x]] ![pic](<images/pic #1.svg>) [j](https://example.org/x)
                """);
        PageHtml hash = page("hash#tag.md", "Hash", "Text\n");
        PageHtml colon = page("colon: x.md", "Colon", "Text\n");
        PageHtml question = page("odd/q?mark.md", "Question", "Text\n");
        PageHtml percent = page("odd/pct%20x.md", "Percent", "Text\n");
        PageHtml cafe = page("odd/café gŵyl.md", "Café Gŵyl", "## Croeso\n");
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(home, hash, colon, question, percent, cafe), List.of("images/pic #1.svg"), Set.of());
        new LinkRewriter(index, findings).apply(home);
        assertEquals(List.of("hash%23tag.html", "colon%3A%20x.html", "colon%3A%20x.html", "odd/q%3Fmark.html",
                "odd/pct%2520x.html", "odd/caf%C3%A9%20g%C5%B5yl.html", "odd/caf%C3%A9%20g%C5%B5yl.html#croeso",
                "odd/pct%2520x.html", "odd/q%3Fmark.html", "odd/caf%C3%A9%20g%C5%B5yl.html", "odd/pct%2520x.html",
                "colon%3A%20x.html", "https://example.org/x"), home.content().select("a").eachAttr("href"));
        assertEquals("images/pic%20%231.svg", home.content().selectFirst("img").attr("src"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void aLinkThatOnlyLooksLikeASchemeStaysALinkWhenNoSuchFileExists() {
        PageHtml home = page("index.md", "Home", "[call](tel:+441234) [mail](mailto:a@example.org) [x](colon:%20y.md)\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(home), List.of(), Set.of()), findings).apply(home);
        assertEquals(List.of("tel:+441234", "mailto:a@example.org", "colon:%20y.md"), home.content().select("a").eachAttr("href"));
    }

    @Test
    void linksFromAPageWithAnOddNameAreRelativeToItsRealFolder() {
        PageHtml cafe = page("café gŵyl/a: b.md", "A", "[home](../index.md) [self](#top) [sib](c%3Fd.md)\n\n## Top\n");
        PageHtml home = page("index.md", "Home", "Text\n");
        PageHtml sibling = page("café gŵyl/c?d.md", "C", "Text\n");
        Findings findings = new Findings();
        new LinkRewriter(new PageIndex(List.of(cafe, home, sibling), List.of(), Set.of()), findings).apply(cafe);
        assertEquals(List.of("../index.html", "#top", "c%3Fd.html"), cafe.content().select("a").eachAttr("href"));
    }
}
