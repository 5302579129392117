package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

class UnrenderedMarkdownTest {

    private static List<String> found(String markdown) {
        PageHtml html = PageFixture.html("toolkit/a.md", markdown);
        Findings findings = new Findings();
        new UnrenderedMarkdown(findings).apply(html);
        return findings.sorted().stream().map(f -> f.line() + ":" + f.column() + " " + f.message().replaceAll(".*looks like (.*?) in.*", "$1")).toList();
    }

    /** The column is the leftover's own, not that of a pair of asterisks on the same line that rendered. */
    @Test
    void theColumnIsTheLeftoversNotAnEarlierRenderedPairs() {
        assertEquals(List.of("1:21 strong emphasis"), found("**Note** this, then **unclosed and more.\n"));
        assertEquals(List.of("1:11 strong emphasis"), found("**a** and **a left open\n"));
        assertEquals(List.of("1:11 strong emphasis"), found("**重要。**の後、**未完\n"));
        // An opening and a closing pair both left as text are one finding, at the first.
        assertEquals(List.of("1:7 strong emphasis"), found("Press **Save (Ctrl+S)**to keep it.\n"));
    }

    /**
     * A reference link or picture whose label the page never defines ({@code [the video][intro-video]}, the definition
     * lost when a page was split or its links file left behind) is left as its brackets, with no address to check.
     */
    @Test
    void aReferenceWhoseLabelIsNeverDefinedIsReported() {
        assertEquals(List.of("3:11 a reference link", "4:8 a reference link", "5:1 a reference link"), found("""
                Intro with a [kept link][kept] and [another][].

                Watch the [first video][video-one] (8 min)
                or the [second][video-two].
                ![A map of the hall][hall-map]

                [kept]: https://example.org/kept
                [another]: https://example.org/another
                """));
        // An index in prose, a task list and a link whose words are in brackets are none.
        assertEquals(List.of(), found("""
                The cell rota[2][3] is Tuesday's.

                - [ ] [Book the hall](hall.md)
                - [x] Buy tea

                See [[1]](notes.md) for the source.
                """));
    }

    /**
     * A link's words closed twice, {@code ["Why we say no]](…)} (a translation of opensource.guide has one): the first
     * bracket ends the words, no address follows it, and the whole was published as written with no finding. The fix says
     * what is wrong. Words in brackets, a note's mark, a task list, an index, a wiki link and a link whose words hold
     * brackets are none.
     */
    @Test
    void aLinkWithAStrayClosingBracketIsReported() {
        assertEquals(List.of("3:11 a link with a stray ']'", "5:9 a link with a stray ']'", "5:24 a link with a stray ']'"), found("""
                Intro

                - @alloy, ["Why we say no to donations]](https://example.org/donations/)

                See [a] [b]](b.md) and ![the hall]](hall.png) too.
                """), "its address a link of its own (a web address), or in the text; a picture too");
        PageHtml stray = PageFixture.html("toolkit/a.md", "Read [the guide]](guide.md) first.\n");
        Findings findings = new Findings();
        new UnrenderedMarkdown(findings).apply(stray);
        assertEquals(List.of("1:6 '[the guide]](guide.md)' | a link's words end at the one ']' right before its '(': take out the"
                        + " stray ']', or write \\] to show a bracket in the words"),
                findings.sorted().stream().map(f -> f.line() + ":" + f.column() + " " + f.message().replaceAll(".*: ", "") + " | " + f.fix()).toList());
        assertEquals(List.of(), found("""
                The minutes [sic] say so, and rota[2][3] is Tuesday's.

                - [ ] Book the hall
                - [x] Buy tea

                See [the guide [PDF, 61 KB]](guide.pdf), [[Volunteers]], [[Home]](index.md) and [a [b]](b.md).

                Add it to the config.[^1] Write [words\\]](x.md) to show one.

                [^1]: The server reads it once.
                """));
    }

    /**
     * A table's |---| line with one or two dashes a cell ({@code |-|-|}, {@code :-:}), which renders as GitHub renders it,
     * is reported when it is left as text, as one of three dashes is: the check wanted three, so a table in raw HTML or
     * with a cell too many above its line went unreported. The fix is told from the row above: its cells, or the HTML.
     */
    @Test
    void aTablesLineOfShortDashesLeftAsTextIsReportedWithWhyItIsNoTable() {
        PageHtml html = PageFixture.html("toolkit/a.md", """
                <div class="box">
                | Day | Who |
                |:-|-:|
                | Mon | Sam |
                </div>

                | Day | Who | Where |
                |-|-|
                | Mon | Sam |

                <details>
                |--|--|
                | Mon | Sam |
                </details>
                """);
        Findings findings = new Findings();
        new UnrenderedMarkdown(findings).apply(html);
        assertEquals(List.of("3:1 " + UnrenderedMarkdown.TABLE_IN_HTML,
                        "8:1 the header row above the |---| line has 3 cells and the line 2: give both as many, one |---| for each column",
                        "12:1 give the table a header row directly above the |---| line, with as many cells as that line has"),
                findings.sorted().stream().map(f -> f.line() + ":" + f.column() + " " + f.fix()).toList());
        // Tables GitHub renders render, and are not reported: after a line of text, without the pipes at the ends of the
        // line, or of one cell; nor is a line of words with pipes and dashes, or a lone dash under a line (a heading).
        assertEquals(List.of(), found("""
                Rota
                | Day | Who |
                |-|-|
                | Mon | Sam |

                Day | Who
                -|-
                Mon | Sam

                | Room |
                |-|
                | Hall |

                Scores: 3-2 | 4-1 | -

                Hello
                -
                """));
    }

    /** Each finding as "line:column message". */
    private static List<String> findings(String markdown) {
        Findings findings = new Findings();
        new UnrenderedMarkdown(findings).apply(PageFixture.html("toolkit/a.md", markdown));
        return findings.sorted().stream().map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
    }

    /** Each finding as "line:column fix", for the shapes whose fix is their own. */
    private static List<String> fixes(String markdown) {
        Findings findings = new Findings();
        new UnrenderedMarkdown(findings).apply(PageFixture.html("toolkit/a.md", markdown));
        return findings.sorted().stream().map(f -> f.line() + ":" + f.column() + " " + f.fix()).toList();
    }

    /**
     * A list pasted from Word with its bullets ({@code •\tFirst}, {@code ◦ Sub}, {@code – Item}) was one paragraph,
     * "• First • Second", with no finding: it is said at its first bullet, with what to write. A paragraph is one when
     * two of its lines start with the same bullet, after an opening line too, in a quote, beside emphasis.
     */
    @Test
    void aListPastedWithAWordProcessorsBulletsIsReportedAtItsFirstBullet() {
        assertEquals(List.of("1:1 " + PastedBullets.FIX, "5:1 " + PastedBullets.FIX, "8:1 " + PastedBullets.FIX,
                "13:3 " + PastedBullets.FIX, "16:1 " + PastedBullets.FIX), fixes("""
                •\tFirst item
                •\tSecond item

                Bring these:
                ▪ Tea, **two** boxes
                ▪ Milk

                · Dot one
                · Dot two
                ◦ Sub item

                > Then:
                > – Ask first
                > – Wait

                ● One
                ● Two
                """));
        assertEquals(List.of("1:1 a list with a word processor's bullets (•, ◦, ▪, ·, ●, ○, ■ or –)"), found("• A\n• B\n"));
        // Word's second and third levels, pasted as text: the letters of their bullets' fonts, with a tab.
        assertEquals(List.of("1:1 " + PastedBullets.FIX, "5:2 " + PastedBullets.FIX), fixes("""
                •\tPlan
                o\tBook the hall
                o\tTell the team

                 §\tOne
                 §\tTwo
                """));
        // A bullet in a sentence, one line that shows its bullet as typed, dashes in prose, lists written in Markdown,
        // and bullets in code are none.
        assertEquals(List.of(), fixes("""
                We meet • on Tuesdays • at the hall.

                • Just one line, as typed.

                The budget – as agreed –
                is set, and
                – that is all.

                - First
                - Second

                • One, then a different bullet
                ◦ Two

                o que fazemos
                o ano todo

                ```
                • kept
                • as written
                ```

                Some `• code`
                and `• more`.
                """));
    }

    /**
     * Bullets pasted into a Markdown list were not reported: only a {@code <p>} was read, so a tight list item's lines
     * ({@code - Bring these:⏎  • Tea⏎  • Milk}, which run together as a paragraph's do) and a list whose items each start
     * with a bullet as well as the list's own ({@code - • Tea}, shown as two bullets) went unsaid.
     */
    @Test
    void bulletsPastedIntoAMarkdownListAreReportedAtTheirLine() {
        assertEquals(List.of("4:3 " + PastedBullets.FIX, "8:3 " + PastedBullets.ITEM_FIX, "13:4 " + PastedBullets.ITEM_FIX,
                "19:5 " + PastedBullets.ITEM_FIX), fixes("""
                Intro

                * Bring these:
                  • Tea
                  • Milk
                * Other

                - • Tea
                - • Milk

                Then

                1. •	Book the hall

                   Ask first.
                2. •	Tell the team

                <ul>
                <li>• Tea</li>
                <li>• Milk</li>
                </ul>
                """));
        assertEquals(List.of("1:3 this list's items start with a word processor's bullet, '•', as well as the list's own, so each"
                + " shows two: '• Tea'"), findings("- • Tea\n- • Milk\n"));
        // One item with a bullet (as one line of a paragraph is none), items that start with different ones, a dash
        // in an item's words, and code are none.
        assertEquals(List.of(), fixes("""
                - • Only this one
                - Plain

                Then

                - • One
                - ▪ Two

                Then

                - Costs – as agreed
                - Dates – to follow

                Then

                - `• kept`
                - `• as written`

                Then

                - Some
                  `• code`
                  `• more`
                """));
    }

    /**
     * Pasted bullets in raw HTML were not reported: the words of a {@code <div>} or a {@code <td>} are no {@code <p>},
     * and words written straight after a tag that opens an HTML block ({@code <img …>}) are in no element with a line.
     * Each is said at its bullet's line: the element's, counted on, or the one found in the source after the last line known.
     */
    @Test
    void bulletsPastedIntoRawHtmlAreReportedAtTheBestLineKnown() {
        assertEquals(List.of("2:1 " + PastedBullets.FIX, "7:1 " + PastedBullets.FIX, "12:1 " + PastedBullets.FIX,
                "17:1 " + PastedBullets.FIX, "23:1 " + PastedBullets.FIX), fixes("""
                <img src="logo.png" alt="">
                • Tea
                • Milk

                <div class="box">
                Intro
                • Tea
                • Milk
                </div>

                <span class="note">
                • Tea
                • Milk
                </span>

                <table><tr><td>
                • Tea
                • Milk
                </td></tr></table>

                <div class="box">
                <p>Bring these:<br>
                • Tea<br>
                • Milk</p>
                </div>
                """));
        assertEquals(List.of(), fixes("""
                <div class="box">
                • Tea
                <p>• Milk</p>
                </div>

                <pre>
                • kept
                • as written
                </pre>
                """));
    }

    /**
     * A table's |---| line autocorrected to en or em dashes ({@code |—|—|}, {@code | –– | –– |}) neither rendered nor
     * was reported: the table was one paragraph of pipes. Dashes in a table that rendered, and in prose, are none.
     */
    @Test
    void aTablesLineTypedWithLongDashesIsReportedWithHyphensAsTheFix() {
        String fix = "write the line with hyphens, |---|---|: Markdown reads only - there (a word processor's autocorrect turns"
                + " -- into – or —; switch it off, or type the line in a plain text editor)";
        assertEquals(List.of("2:1 " + fix, "7:1 " + fix, "11:1 " + fix), fixes("""
                | Day | Who |
                |—|—|
                | Mon | Sam |

                Intro
                | Day | Who |
                | –– | :––: |
                | Mon | Sam |

                Day | Who
                —|-
                """));
        assertEquals(List.of(), fixes("""
                | Score | Note |
                |---|---|
                | 3–2 | — |
                | – | –– |

                Scores: 3–2 | 4–1 | —

                Hello
                —
                """));
    }

    /**
     * A heading's {@code #} followed by a non-breaking space (as Word and Google Docs write it) or the ideographic one,
     * or a full-width {@code ＃}, stays the text "# Title" (CommonMark wants a space or a tab), and was not reported.
     */
    @Test
    void aHeadingWithANonBreakingSpaceOrAFullWidthHashIsReported() {
        assertEquals(List.of("1:1 a heading with a non-breaking space after its #", "3:1 a heading with a non-breaking space after its #",
                "5:1 a heading with a full-width ＃", "7:3 a heading with a non-breaking space after its #"), found("""
                #\u00A0Safeguarding

                ##\u3000見出し

                ＃ 連絡先

                > ###\u00A0Quoted
                """));
        assertEquals(List.of("1:1 put an ordinary space after the #, # Title: the space there is a non-breaking one (as word processors"
                + " write it), and Markdown needs a space or a tab"), fixes("#\u00A0Title\n"));
        // A hashtag, a '#' in a sentence or a table's cell, a heading that rendered and one in code are none.
        assertEquals(List.of(), fixes("""
                # Title\u00A0with a non-breaking space inside

                ＃話題 is a tag, and so is #topic; a number is #\u00A012 in a sentence.

                | What | Counts |
                |---|---|
                | #\u00A0of places | 12 |
                | ＃ of rooms | 3 |

                ```
                #\u00A0kept
                ```
                """));
    }

    /**
     * A link whose title a word processor put in curly quotes, {@code [rota](rota.md “The rota”)}, is no link and was
     * reported with the usual fix (brackets, angle brackets, raw HTML), which does not say what is wrong.
     */
    @Test
    void aLinkWithCurlyQuotesInItsParenthesesIsToldToStraightenThem() {
        assertEquals(List.of("1:5 " + UnrenderedMarkdown.CURLY_QUOTES_IN_LINK, "3:5 " + UnrenderedMarkdown.CURLY_QUOTES_IN_LINK,
                "5:5 " + spaced("a b.md", "a%20b.md")), fixes("""
                See [rota](rota.md “The rota”) today.

                See ![map](“the map.png”).

                See [“quoted words”](a b.md).
                """));
    }

    /**
     * An apostrophe in an address, {@code example.org/it’s} or {@code guides/it’s}, is no quote: a link left as text for
     * the spaces in its address was told to straighten curly quotes it does not have, rather than to put the address in
     * angle brackets. A title in curly quotes beside such an address is still told so.
     */
    @Test
    void anApostropheInAnAddressIsNoCurlyQuote() {
        assertEquals(List.of("1:5 " + spaced("example.org/it’s our guide.pdf", "example.org/it’s%20our%20guide.pdf"),
                "3:5 " + spaced("guides/Hawai‘i and us.pdf", "guides/Hawai‘i%20and%20us.pdf"),
                "5:5 " + UnrenderedMarkdown.CURLY_QUOTES_IN_LINK), fixes("""
                See [the guide](example.org/it’s our guide.pdf) today.

                See [the guide](guides/Hawai‘i and us.pdf) today.

                See [the guide](guides/it’s.pdf “Our guide”) today.
                """));
    }

    /** A heading's mark inside bold words is on a line of its own already: the fix says the asterisks are what keep it text. */
    @Test
    void aHeadingsMarkInsideBoldWordsIsToldToLoseTheAsterisks() {
        assertEquals(List.of("3:3 " + UnrenderedMarkdown.EMPHASISED_HEADING_FIX), fixes("""
                Some text.

                **# Make a key**

                More text.
                """));
    }

    /** A web address in the brackets and words in the parentheses: the fix turns them round, rather than quote the words. */
    @Test
    void aLinkWrittenTheWrongWayRoundIsShownTheRightWay() {
        assertEquals(List.of("1:16 the words and the address are the wrong way round: Markdown writes the words in the brackets and the "
                + "address in the parentheses, [the rota for March](https://example.org/rota)"), fixes("""
                Have a look at [https://example.org/rota](the rota for March) first.
                """));
    }

    /** The fix for a link left as text for the spaces in its address: the address as it may be written, both ways. */
    private static String spaced(String address, String encoded) {
        return "Markdown ends an address at a space, so this is no link: write the address in angle brackets, (<" + address
                + ">), or with %20 for each space, (" + encoded + ")";
    }

    /**
     * A link or picture with spaces in its address, {@code [Our policy](our policy.md)}, as MkDocs' Python-Markdown reads
     * it (pages brought from an MkDocs site that lost its mkdocs.yml, or written for one): CommonMark does not, and the
     * editor was told to check the brackets and the raw HTML around it. It is told the address as it may be written; a
     * title after it is no part of the address, and one written in angle brackets renders.
     */
    @Test
    void aLinkWithSpacesInItsAddressIsShownHowToWriteIt() {
        assertEquals(List.of("1:5 " + spaced("our policy.md", "our%20policy.md"), "3:5 " + spaced("our policy.md", "our%20policy.md"),
                "5:5 Markdown ends an address at a space, so this is no picture: write the address in angle brackets, (<img/a b.png>), "
                        + "or with %20 for each space, (img/a%20b.png)"), fixes("""
                See [Our policy](our policy.md) today.

                See [Our policy](our policy.md "The policy") today.

                See ![A map](img/a b.png) and [Our policy](<our policy.md>).
                """));
    }

    /**
     * A link whose address is a template tag ({@code [Home]({{ site.baseurl }}/)}, as Jekyll and MkDocs pages write it): the
     * tag's spaces are what left it as text, and syntax.liquid tells the tag; a second warning for the same link said
     * the same thing worse (commonguide's home page). A link left as text for another reason is still told.
     */
    @Test
    void aLinkLeftAsTextByItsTemplateTagIsLeftToTheTagsFinding() {
        assertEquals(List.of("3:5 a link"), found("""
                Go [home]({{ site.baseurl }}/) or to [{{ config.site_name }}]({% link about.md %}).

                See [Our policy](our policy.md) today.
                """));
    }

    /**
     * A link to another site left as text, for a title in curly quotes or a space in its address: the autolinker made a
     * link of the address alone, the text was cut there, and no finding was made (a link to a page of the handbook was
     * told). An apostrophe in the address is no curly quote; a link that rendered, beside an address written out, is none.
     */
    @Test
    void aLinkToAWebAddressLeftAsTextIsReported() {
        assertEquals(List.of("1:5 " + UnrenderedMarkdown.CURLY_QUOTES_IN_LINK,
                "3:5 " + spaced("https://example.org/it’s our guide.pdf", "https://example.org/it’s%20our%20guide.pdf"),
                "5:7 " + spaced("mailto:siobhan@example.org?subject=The rota", "mailto:siobhan@example.org?subject=The%20rota"),
                "7:1 " + UnrenderedMarkdown.CURLY_QUOTES_IN_LINK), fixes("""
                See [rota](https://example.org/rota “The rota”) today.

                See [the guide](https://example.org/it’s our guide.pdf) today.

                Write [to Siobhán](mailto:siobhan@example.org?subject=The rota) today.

                ![The rota](https://example.org/rota.png “The rota”)

                See [rota](https://example.org/rota) or https://example.org/rota (the rota) and [notes]: (https://example.org).
                """));
    }

    /**
     * A link left as text by French guillemets or German low quotes, as a French or German word processor writes them
     * ({@code [planning](planning.md «Le planning»)}, {@code [planning](« planning.md »)} with the spaces French puts
     * inside them, {@code ‚Plan‘}), got the usual fix (brackets, angle brackets, raw HTML), which does not say what is
     * wrong: the check of Markdown left as text knew only “ ” ‘ ’ „, the link check those and ‚ « ».
     */
    @Test
    void aLinkWithGuillemetsInItsParenthesesIsToldToStraightenThem() {
        assertEquals(List.of("1:6 " + UnrenderedMarkdown.CURLY_QUOTES_IN_LINK, "3:6 " + UnrenderedMarkdown.CURLY_QUOTES_IN_LINK,
                "5:11 " + UnrenderedMarkdown.CURLY_QUOTES_IN_LINK), fixes("""
                Voir [planning](planning.md «Le planning») ici.

                Voir [planning](« planning.md ») ici.

                Siehe den [Plan](plan.md ‚Plan) hier.
                """));
    }

    /**
     * Opened before a space, {@code ** Examples**}, as a document exported from Google Docs or Word writes a bold
     * heading: a run before a space cannot open, so both pairs stayed as text, and none was reported (the closing one
     * follows a letter, the opening one a space).
     */
    @Test
    void strongEmphasisOpenedBeforeASpaceIsReportedWithWhereTheSpaceGoes() {
        assertEquals(List.of("3:1 strong emphasis"), found("""
                Intro

                ** Examples**

                A **bold** word, and 5 ** 3 is maths; so is 2 ** x ** 2.
                """));
        PageHtml exported = PageFixture.html("toolkit/a.md", "- ** Triggers:** when a form is sent\n");
        Findings findings = new Findings();
        new UnrenderedMarkdown(findings).apply(exported);
        assertEquals(List.of("1:3 " + UnrenderedMarkdown.OPENS_BEFORE_SPACE), findings.sorted().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.fix()).toList());
    }

    @Test
    void markdownThatDidNotRenderIsReportedWithItsLine() {
        assertEquals(List.of("4:1 a heading", "4:9 an image", "6:5 a table"), found("""
                # Title

                <div class="box">
                # Tools ![pic](images/a b.png)
                | a | b |
                    |---|---|
                </div>
                """).stream().sorted().toList());
        // Inside a paragraph: the line of the text, not of the paragraph.
        assertEquals(List.of("3:5 a link"), found("""
                First line
                second **line**
                and [a](b c) here.
                """));
        assertEquals(List.of("1:6 strong emphasis"), found("Some **unclosed text.\n"));
        // Escaped in a link's words, as written in its address: the address is no text, so shown only escaped.
        assertEquals(List.of(), found("* [models/\\*\\*daily\\*\\*.sql](https://example.org/models/**daily**.sql).\n"));
        assertEquals(List.of("strong emphasis"), found("[a](https://example.org/**x**) **open\n").stream()
                .map(f -> f.substring(f.indexOf(' ') + 1)).toList(), "one left open beside such a link still is");
        // At a line's start inside raw HTML, in an inline element or after a line break, it still is one.
        assertEquals(List.of("2:16 a heading", "5:18 a heading"), found("""
                <div class="box">
                <a href="x.md">## Not rendered</a>
                </div>

                <p>First line<br>## After a break</p>
                """));
        // Chinese, Japanese and Korean emphasis beside their punctuation renders (the CJK-friendly rule): nothing is left.
        assertEquals(List.of(), found("""
                采用统一的**编解码 API（Codec API）**将不同的协议

                **重要。**の後で確認する。これは**「重要」**です。*注意！*次へ。

                * **[회원 명부](members.md)**를 먼저 확인하세요.

                * 当番表を作る前に**[手引き](rota.md)**。
                """));
        // One left open in such text still is, with the usual fix: the rendered pair before it on the line is not taken
        // for one that could not close.
        PageHtml open = PageFixture.html("toolkit/a.md", "**重要。**の後、**未完成の文\n");
        Findings left = new Findings();
        new UnrenderedMarkdown(left).apply(open);
        assertEquals(List.of("close the emphasis on the same paragraph, or write \\*\\* to show the asterisks"),
                left.sorted().stream().map(org.handbookpress.findings.Finding::fix).toList());
        assertEquals(List.of("strong emphasis"), found("**重要。**の後、**未完成の文\n").stream()
                .map(f -> f.substring(f.indexOf(' ') + 1)).toList());
        // Closed right after punctuation with a letter next: CommonMark cannot close it, and the fix says why (the usual
        // one, to close it, would not help).
        PageHtml latin = PageFixture.html("toolkit/a.md", "Press **Save (Ctrl+S)**to keep it.\n\nSome **unclosed text.\n");
        Findings findings = new Findings();
        new UnrenderedMarkdown(findings).apply(latin);
        assertEquals(List.of(UnrenderedMarkdown.CLOSES_AFTER_PUNCTUATION, "close the emphasis on the same paragraph, or write \\*\\* to"
                + " show the asterisks"), findings.sorted().stream().map(org.handbookpress.findings.Finding::fix).toList());
        // An ASCII symbol (+, $, <, = …) is punctuation to the flanking rules as well, so the fix explains the rule beside
        // one too, rather than asking to close what is closed.
        PageHtml symbol = PageFixture.html("toolkit/a.md", "We teach **C++**in week two.\n");
        Findings plus = new Findings();
        new UnrenderedMarkdown(plus).apply(symbol);
        assertEquals(List.of(UnrenderedMarkdown.CLOSES_AFTER_PUNCTUATION), plus.sorted().stream().map(org.handbookpress.findings.Finding::fix).toList());
        // Closed after a space, as Google Docs exports it: the fix says where the space goes.
        PageHtml exported = PageFixture.html("toolkit/a.md", "* **SIG Interfaces: **Phillip, Joe\n");
        Findings spaced = new Findings();
        new UnrenderedMarkdown(spaced).apply(exported);
        assertEquals(List.of(UnrenderedMarkdown.CLOSES_AFTER_SPACE), spaced.sorted().stream().map(org.handbookpress.findings.Finding::fix).toList());
        // A link emphasised without spaces, as Thai (no CJK script, so CommonMark's rule holds) writes it: the punctuation
        // beside the asterisks is the link's brackets, which the text no longer holds; the fix is told from the line.
        PageHtml linked = PageFixture.html("toolkit/a.md", """
                * **[คู่มือ](guide.md)**ก่อนเริ่มงาน

                * Read the**[guide](rota.md)**.
                """);
        Findings around = new Findings();
        new UnrenderedMarkdown(around).apply(linked);
        assertEquals(List.of(UnrenderedMarkdown.CLOSES_AFTER_PUNCTUATION, UnrenderedMarkdown.OPENS_BEFORE_PUNCTUATION),
                around.sorted().stream().map(org.handbookpress.findings.Finding::fix).toList());
        assertEquals(List.of("1:3 strong emphasis", "3:11 strong emphasis"), found("""
                * **[คู่มือ](guide.md)**ก่อนเริ่มงาน

                * Read the**[guide](rota.md)**.
                """), "each where its asterisks stand");
        assertEquals(List.of("1:21 a footnote"), found("""
                Add it to the config[^missing] and restart.[^1]

                [^1]: The server reads it once.
                """), "a reference with no note is left as its brackets; one with a note is a footnote");
        assertEquals(List.of(), found("<li><a href=\"x\">Given /^an? ([^\\s]+) file$/</a> and ([^\"]+) and [^`]</li>\n"),
                "a regular expression's character classes are no footnotes (WP-CLI's Behat steps)");
    }

    @Test
    void renderedMarkdownAndCodeAreNotReported() {
        assertEquals(List.of(), found("""
                # Title

                ![Toolkit Pic](<../images/Toolkit Pic.png>) and [a link](page.md) and **bold**.

                | a | b |
                |---|---|
                | 1 | 2 |

                `[x](y)` and `**`

                ```
                # not a heading
                ![x](y)
                ```

                5 * 3 = 15, and [square brackets] are fine, as is a #hashtag.

                | What | Counts |
                |---|---|
                | # of places | 12 |
                """));
        // A link's words that begin with hashes, in mid-sentence (Microsoft's engineering playbook): no line starts there.
        assertEquals(List.of(), found("""
                For more, see this [## Unit vs Integration vs E2E Testing](./testing-comparison.md) document.

                Or *emphasised* then <span>### words</span>, and **bold** [|---|---|](table.md).
                """));
        // Escaped by the author to show the punctuation, as the finding's own fix advises.
        assertEquals(List.of(), found("""
                \\*\\*This line will not be bold\\*\\*

                > \\# Not a heading.
                """));
    }

    /** A text node without a shape's marker is not searched for it: every match of each shape holds its marker. */
    @Test
    void everyMatchOfAShapeHoldsItsMarker() {
        List<String> parts = List.of("![", "!", "[", "]", "^", "[^", "(", ")", "](", "**", "*", "|", "-", "--", "---", ":", " ", "\t", "\n",
                "#", "###", "x", "\\", "a b", "–", "—", "\u00A0", "\u3000", "＃");
        java.util.Random random = new java.util.Random(2026);
        int matched = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(parts.get(random.nextInt(parts.size())));
            }
            for (UnrenderedMarkdown.Shape shape : UnrenderedMarkdown.SHAPES) {
                if (shape.pattern().matcher(text).find()) {
                    matched++;
                    assertTrue(text.toString().contains(shape.marker()), shape.name() + ": " + text);
                }
            }
        }
        assertTrue(matched > 1_000, "the generated texts hold shapes: " + matched);
    }
}
