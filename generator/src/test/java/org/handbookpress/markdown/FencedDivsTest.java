package org.handbookpress.markdown;

import org.handbookpress.labels.PageLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FencedDivsTest {

    /** The page's Markdown through the box and attribute-list passes, as lesson/a.md. */
    static PageHtml passes(String markdown, Findings findings) {
        PageHtml html = PageFixture.html("lesson/a.md", markdown);
        new DivBoxes(PageLabels.english()).apply(html);
        new AttributeLists(findings).apply(html);
        return html;
    }

    /**
     * A box holding a line of raw HTML that CommonMark ends at a blank line closes at its fence, as Docusaurus, Pandoc
     * and Quarto close it: CodeYourFuture's syllabus writes :::note Interactive example, then <input type="text"/>, then
     * :::, and the fence was text, the rest of the page inside the box. A fence in a <pre> or a comment stays its text.
     */
    @Test
    void aBoxClosesAfterALineOfRawHtml() {
        Element c = passes("""
                :::note Interactive example
                <div class="demo">Type here</div>
                :::

                After the box.

                :::tip
                <pre>
                :::
                </pre>
                :::
                """, new Findings()).content();
        assertEquals(List.of("Type here"), c.select("div.note div.demo").eachText());
        assertTrue(c.selectFirst("div.note").text().indexOf("After the box") < 0, c.html());
        assertEquals(":::", c.selectFirst("div.tip pre").text().strip(), c.html());
        assertFalse(c.text().replace(c.selectFirst("div.tip pre").text(), "").contains(":::"), c.html());
    }

    @Test
    void nestedDivsFollowTheirFencesAndKeepTheirNames() {
        PageHtml html = passes("""
                # Lesson

                :::::::::::::::::::::::::::::::::::::: challenge

                ## Try it

                Write a plan.

                ::::::::::::::: solution

                ## Our answer

                A plan.

                :::::::::::::::::::::::::

                Still the challenge.
                ::::::::::::::::::::::::::::::::::::::::::::::::

                After.
                """, new Findings());
        Element c = html.content();
        Element challenge = c.selectFirst("div.challenge");
        assertNotNull(challenge, c.html());
        assertEquals("7", "" + (SourceLines.of(challenge.selectFirst("p")) ));
        Element solution = challenge.selectFirst("details.solution");
        assertEquals("Our answer", solution.selectFirst("summary").text());
        assertEquals("A plan.", solution.selectFirst("p").text());
        assertEquals("Still the challenge.", challenge.child(challenge.childrenSize() - 1).text());
        assertEquals("After.", c.child(c.childrenSize() - 1).text());
        assertEquals("group", challenge.attr("role"));
        assertEquals(challenge.selectFirst("h2").id(), challenge.attr("aria-labelledby"));
        assertFalse(c.text().contains(":::"), c.html());
    }

    @Test
    void quartoCalloutsWithAttributesAndATitleWhenThereIsNoHeading() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                ::: {.callout-tip #tip-1 data-owner="ops"}
                Save often.
                :::

                ::: note
                ```
                :::
                ```
                :::
                """, findings);
        Element tip = html.content().selectFirst("div.callout-tip");
        assertEquals("tip-1", tip.id());
        assertEquals("Tip", tip.selectFirst("p.fenced-div-title").text());
        assertEquals("note", tip.attr("role"));
        assertEquals(":::", html.content().selectFirst("div.note pre code").text().trim(), html.content().html());
        assertEquals(List.of("lesson/a.md:1 syntax.attributes-ignored"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    /**
     * kramdown's block list on the line above a block applies to that block: above a paragraph, CommonMark makes the two
     * lines one paragraph, and readers saw "{: .tip}" before its words; alone after a blank line, straight above a heading
     * or a list, it was put on the block before. Under a block it stays that block's.
     */
    @Test
    void aKramdownListAboveABlockIsThatBlocks() {
        Findings findings = new Findings();
        Element c = passes("""
                First words.

                {: .tip}
                A paragraph with a class before it.

                {: #steps .checklist}
                * one
                * two

                Last words.
                {: .note}

                {: .aside}
                ## Later

                1. first
                   {: .step}
                2. second
                   * inner
                {: .numbered}
                """, findings).content();
        assertEquals(List.of("ol"), c.select(".numbered").stream().map(Element::normalName).toList(),
                "under a list, not indented as its items: the list's; " + c.html());
        assertEquals("first", c.selectFirst(".step").ownText(), "indented under an item: the item's");
        assertFalse(c.text().contains("{"), c.html());
        assertEquals("A paragraph with a class before it.", c.selectFirst("p.tip").text());
        assertTrue(c.selectFirst("ul").hasClass("checklist") && c.selectFirst("ul").id().equals("steps"), c.html());
        assertEquals("Last words.", c.selectFirst("p.note").text());
        assertTrue(c.selectFirst("h2").hasClass("aside"), c.html());
        assertFalse(c.selectFirst("p").hasAttr("class"), "the first paragraph keeps none: " + c.html());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    /**
     * A picture's loading hints, as kramdown sites write them on every picture ({: loading="lazy"}), are applied, as the
     * sanitiser keeps them on a picture written in HTML: each was a warning and dropped. A value no browser knows is not.
     */
    @Test
    void aPicturesLoadingHintsAreApplied() {
        Findings findings = new Findings();
        Element c = passes("""
                ![Hall](hall.png){: loading="lazy"} and ![Map](map.png){: loading="Lazy" decoding="async" width="300"}

                ![Logo](logo.png){: loading="later"}
                """, findings).content();
        assertEquals("lazy", c.select("img").get(0).attr("loading"));
        assertEquals("lazy async 300", c.select("img").get(1).attr("loading") + " " + c.select("img").get(1).attr("decoding")
                + " " + c.select("img").get(1).attr("width"));
        assertFalse(c.select("img").get(2).hasAttr("loading"));
        assertFalse(c.text().contains("{"), c.html());
        assertEquals(List.of("lesson/a.md:3 syntax.attributes-ignored"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    @Test
    void attributeListsAfterImagesLinksAndHeadings() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                ## Agenda {#agenda .unnumbered}

                ![map](map.png){width=60% alt='The hall and the exits'} and ![logo](logo.png){width=120 onclick=x}

                [Sign up](signup.md){.button} text.

                *   **`locale`**{ #mkdocs-locale }: as MkDocs' own pages name an option, and *this*{.small}.

                A note paragraph.
                {: .note}

                * TOC
                {:toc}
                """, findings);
        Element c = html.content();
        assertEquals("agenda", c.selectFirst("h2").id());
        assertTrue(c.selectFirst("h2").hasClass("unnumbered"));
        assertEquals("Agenda", c.selectFirst("h2").text());
        Element map = c.select("img").get(0);
        assertEquals("The hall and the exits", map.attr("alt"));
        assertEquals("width: 60%", map.attr("style"));
        Element logo = c.select("img").get(1);
        assertEquals("120", logo.attr("width"));
        assertFalse(logo.hasAttr("onclick"));
        assertTrue(c.selectFirst("a").hasClass("button"));
        assertEquals("locale", c.getElementById("mkdocs-locale").text());
        assertEquals("strong", c.getElementById("mkdocs-locale").normalName());
        assertTrue(c.selectFirst("em").hasClass("small"));
        assertTrue(c.select("p.note").size() == 1 && c.selectFirst("p.note").text().equals("A note paragraph."), c.html());
        assertEquals(1, c.select("ul").size(), "the option's list stays; the {:toc} list goes");
        assertFalse(c.text().contains("{"), c.html());
        assertEquals(List.of("lesson/a.md:3 syntax.attributes-ignored"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    @Test
    void pandocBracketedSpansBecomeSpans() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                [absolute path]{#absolute-path}
                :   A [path]{#path .term} that starts at the root, [**not** here]{.smallcaps lang=fr}.

                Keep `[code]{#c}`, [a [nested] one]{.n}, ![pic](p.png){width=50} and [no list]{}.

                ## Café [rules]{.x} {#café}

                ### 9.7.6 <small>March 2026</small> { id="9.7.6" }
                """, findings);
        Element c = html.content();
        assertEquals("absolute path", c.getElementById("absolute-path").text());
        assertEquals("span", c.getElementById("path").tagName());
        assertTrue(c.getElementById("path").hasClass("term"));
        Element small = c.selectFirst("span.smallcaps");
        assertNotNull(small, c.html());
        assertEquals("<strong>not</strong> here", small.html());
        assertEquals("[code]{#c}", c.selectFirst("code").text());
        assertEquals("a [nested] one", c.selectFirst("span.n").text());
        assertEquals("50", c.selectFirst("img").attr("width"));
        assertTrue(c.text().contains("[no list]{}"), c.html());
        assertEquals("café", c.selectFirst("h2").id());
        assertEquals("9.7.6", c.selectFirst("h3").id());
        assertEquals("rules", c.selectFirst("h2 span.x").text());
        assertFalse(c.select("dt, dd").text().contains("{"), c.html());
        assertEquals("fr", small.attr("lang"), "a phrase in another language is marked so, for a screen reader's voice");
        assertEquals(List.of(), findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    /** A span's language and direction are kept only when they are a language tag and a direction: nothing else gets in. */
    @Test
    void aSpansLanguageAndDirectionAreKeptWhenTheyAreOnes() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                [Croeso]{lang=cy} [مرحبا]{lang="ar" dir=rtl} [Olá]{lang=pt-BR} [x]{lang="en onmouseover=1"} [y]{dir=sideways}
                """, findings);
        Element c = html.content();
        assertEquals(List.of("cy", "ar", "pt-BR", "", ""), c.select("span").stream().map(s -> s.attr("lang")).toList());
        assertEquals("rtl", c.select("span").get(1).attr("dir"));
        assertEquals("", c.select("span").get(4).attr("dir"));
        assertEquals(List.of("lesson/a.md:1 syntax.attributes-ignored", "lesson/a.md:1 syntax.attributes-ignored"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    /**
     * A span's title is the words shown when the pointer rests on it (Pandoc's {@code [NGO]{title="Non-governmental
     * organisation"}}, an abbreviation explained): it was reported as an attribute the handbook does not apply and
     * dropped, so the span had no title. Quoted either way, with spaces or quotes inside, or bare; with classes beside it.
     */
    @Test
    void aSpansTitleIsKeptAsItsHoverText() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                An [NGO]{title="Non-governmental organisation"} helps; [this]{.underline title='Only this one'} and
                [that]{title=Short #that}, [quoted]{title="The \\"Novice\\" badge"}, a [link](x.md){title="Where to go"}.

                [A span]{.smallcaps title="A note" style="color: red"}.
                """, findings);
        Element c = html.content();
        assertEquals("Non-governmental organisation", c.selectFirst("span:contains(NGO)").attr("title"), c.html());
        Element underline = c.selectFirst("span.underline");
        assertEquals("this", underline.text());
        assertEquals("Only this one", underline.attr("title"));
        assertEquals("Short", c.getElementById("that").attr("title"));
        assertEquals("The \"Novice\" badge", c.selectFirst("span:contains(quoted)").attr("title"));
        assertEquals("Where to go", c.selectFirst("a").attr("title"));
        Element small = c.selectFirst("span.smallcaps");
        assertEquals("A note", small.attr("title"));
        assertFalse(small.hasAttr("style"), "a style is still not applied");
        assertFalse(c.text().contains("{"), c.html());
        assertEquals(List.of("lesson/a.md:4 syntax.attributes-ignored style=\"color: red\""), findings.sorted().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.code() + " " + f.message().replaceAll(".* asks for (.*), which .*", "$1")).toList());
    }

    /**
     * Python-Markdown reads the kind straight after the marker as after a space ({@code !!!info "Title"}, {@code ???+tip}),
     * as NHS England's RAP training writes some: the line was shown as typed and the box's indented text as code.
     */
    @Test
    void anMkDocsAdmonitionsKindMayFollowTheMarkerWithoutASpace() {
        Element c = passes("""
                !!!info "Before the session"

                    Print the sign-in sheet.

                ???+tip
                    Arrive early.
                """, new Findings()).content();
        assertEquals("Before the session", c.selectFirst("div.info.fenced-div .fenced-div-title").text(), c.html());
        assertEquals("Print the sign-in sheet.", c.selectFirst("div.info p:not(.fenced-div-title)").text());
        assertEquals("Arrive early.", c.selectFirst("details.tip[open] p").text(), c.html());
        assertTrue(c.select("pre").isEmpty(), c.html());
    }

    /**
     * pymdownx.details folds a box with a title and no kind, {@code ??? "Title"} ({@code ???+ "Title"} open): the line was
     * shown as typed and the box's text as code. MkDocs' admonition extension asks for a kind, so {@code !!! "Title"}
     * stays text, as MkDocs shows it.
     */
    @Test
    void anMkDocsFoldWithATitleAndNoKindIsAFoldedBox() {
        Element c = passes("""
                ??? "Where are the keys?"

                    In the *office*, top drawer.

                ???+ "Who locks up?"
                    The last volunteer out.

                !!! "Not a box"
                    Indented text.
                """, new Findings()).content();
        assertEquals(2, c.select("details.fenced-div").size(), c.html());
        Element first = c.select("details.fenced-div").get(0);
        assertEquals("Where are the keys?", first.selectFirst("summary").text());
        assertEquals("In the office, top drawer.", first.selectFirst("p").text());
        assertFalse(first.hasAttr("open"), c.html());
        Element second = c.select("details.fenced-div").get(1);
        assertEquals("Who locks up?", second.selectFirst("summary").text());
        assertEquals("The last volunteer out.", second.selectFirst("p").text());
        assertTrue(second.hasAttr("open"), c.html());
        assertTrue(c.text().contains("!!! \"Not a box\""), c.html());
        assertEquals(2, c.select(".fenced-div").size(), "no box for !!! without a kind: " + c.html());
    }

    /**
     * MkDocs reads an admonition's kind in any case ({@code !!! Info "Internal only"}, {@code ??? Question}), as many
     * sites write it: such a line was left as text and its indented content shown as code. A capitalised kind is taken
     * when a title in quotes follows or it is a kind of box alone, so prose such as "!!! Do not share" stays prose.
     */
    @Test
    void anMkDocsAdmonitionsKindMayBeCapitalised() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                !!! Info "Staff only"

                    Ask the office for the key.

                ??? Question "What if the hall is closed?"
                    Meet in the library.

                !!! Tip
                    Bring a flask.

                !!! WARNING
                    Mind the step.

                !!! Do not share this
                Prose.

                !!! Note well
                Prose too.
                """, findings);
        Element c = html.content();
        Element info = c.selectFirst("div.info.fenced-div");
        assertNotNull(info, c.html());
        assertEquals("Staff only", info.selectFirst(".fenced-div-title").text());
        assertEquals("Ask the office for the key.", info.selectFirst("p:not(.fenced-div-title)").text());
        assertTrue(info.select("pre").isEmpty(), c.html());
        Element question = c.selectFirst("details.question");
        assertNotNull(question, c.html());
        assertEquals("What if the hall is closed?", question.selectFirst("summary").text());
        assertEquals("Tip", c.selectFirst("div.tip .fenced-div-title").text());
        assertEquals("Mind the step.", c.selectFirst("div.warning p:not(.fenced-div-title)").text());
        assertTrue(c.text().contains("!!! Do not share this"), c.html());
        assertTrue(c.text().contains("!!! Note well"), c.html());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void mkDocsAdmonitionsAndDocusaurusTitles() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                !!! warning "Mind the gap"
                    Indented content.

                    Second paragraph, not code.

                        real code

                Text after.

                ??? question "Why?"

                    Folded, after a blank line.

                ???+ note
                    Open.

                !!! abstract
                    Untitled.

                !!! Do not share this
                Prose.

                Some text
                !!! note
                    boxed after a line

                More text
                  !!! danger
                    still text

                :::tip Before you start
                Docusaurus tip.
                :::

                :::danger[Careful]
                Bracket title.
                :::

                === "On a phone"
                    Tap the menu.

                === "On a computer"
                    Use the sidebar.
                """, findings);
        Element c = html.content();
        Element warning = c.selectFirst("div.warning.fenced-div");
        assertNotNull(warning, c.html());
        assertEquals("Mind the gap", warning.selectFirst(".fenced-div-title").text());
        assertEquals(List.of("Indented content.", "Second paragraph, not code."), warning.select("p:not(.fenced-div-title)").eachText());
        assertEquals("real code", warning.selectFirst("pre code").text());
        assertEquals(1, SourceLines.of(warning));
        assertEquals("Text after.", warning.nextElementSibling().text());
        Element question = c.selectFirst("details.question");
        assertEquals("Why?", question.selectFirst("summary").text());
        assertFalse(question.hasAttr("open"));
        assertEquals("Folded, after a blank line.", question.selectFirst("p").text());
        Element note = c.selectFirst("details.note");
        assertTrue(note.hasAttr("open"), c.html());
        assertEquals("Abstract", c.selectFirst("div.abstract .fenced-div-title").text());
        assertTrue(c.text().contains("!!! Do not share this"), c.html());
        // As in Python-Markdown, an admonition line at the left edge opens a box even straight after a line of prose.
        assertEquals("Some text", c.selectFirst("div.note").previousElementSibling().text(), c.html());
        assertEquals("boxed after a line", c.selectFirst("div.note p:not(.fenced-div-title)").text(), c.html());
        assertTrue(c.text().contains("More text !!! danger still text"), c.html());
        assertEquals("Before you start", c.selectFirst("div.tip .fenced-div-title").text());
        assertEquals("Careful", c.selectFirst("div.danger .fenced-div-title").text());
        assertEquals("Docusaurus tip.", c.selectFirst("div.tip p:not(.fenced-div-title)").text());
        assertEquals(List.of("On a phone", "On a computer"), c.select("div.tab > .fenced-div-title").eachText());
        assertEquals(List.of("Tap the menu.", "Use the sidebar."), c.select("div.tab > p:not(.fenced-div-title)").eachText());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void mystDirectivesAreBoxesOfMarkdownAndTheOthersAreReported() {
        Findings findings = new Findings();
        String markdown = """
                ```{note}
                Bring **water**.
                ```

                ````{admonition} Before you start
                :class: tip
                :name: before

                - a list
                ```{warning}
                Nested.
                ```
                ````

                ```{dropdown} Show the answer
                Yes.
                ```

                ```{code-block} python
                print("hi")
                ```

                ```{toctree}
                intro
                ```

                ```{bibliography}
                :filter: docname in docnames
                ```
                """;
        PageHtml html = passes(markdown, findings);
        Element c = html.content();
        Element note = c.selectFirst("div.note.fenced-div");
        assertEquals(1, note.select("strong").size(), note.outerHtml());
        assertEquals(1, SourceLines.of(note));
        Element before = c.selectFirst("div.admonition");
        assertTrue(before.hasClass("tip"), before.outerHtml());
        assertEquals("Before you start", before.selectFirst(".fenced-div-title").text());
        assertEquals(1, before.select("ul li").size());
        assertEquals("Nested.", before.selectFirst("div.warning p:not(.fenced-div-title)").text());
        assertEquals(10, SourceLines.of(before.selectFirst("div.warning")), "lines stay the file's");
        assertFalse(before.text().contains(":class:") || before.text().contains(":name:"), before.outerHtml());
        assertEquals("Show the answer", c.selectFirst("details.dropdown > summary").text());
        assertEquals("language-python", c.selectFirst("pre code").className());
        assertEquals(3, c.select("pre").size(), "the code, and toctree and bibliography as written");
        new ForeignSyntax(findings).check(html.page());
        List<org.handbookpress.findings.Finding> reported = findings.sorted();
        assertEquals(List.of("lesson/a.md:23 syntax.myst"), reported.stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertTrue(reported.get(0).message().contains("{bibliography}, {toctree}"), reported.get(0).message());
    }

    @Test
    void mystColonFencesReadTheirOptionsAndDropdownsFold() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                :::{admonition} Ground rules
                :class: tip
                One voice at a time.
                :::

                :::{dropdown} Show the answer
                :open:
                Yes.
                :::

                ::::{important}
                :::{note}
                :class: small
                Nested *note*.
                :::
                ::::
                """, findings);
        Element c = html.content();
        Element rules = c.selectFirst("div.admonition");
        assertTrue(rules.hasClass("tip"), rules.outerHtml());
        assertEquals("Ground rules", rules.selectFirst(".fenced-div-title").text());
        assertEquals(rules.selectFirst(".fenced-div-title").id(), rules.attr("aria-labelledby"), "a titled box of its own kind is labelled too");
        assertEquals("One voice at a time.", rules.selectFirst("p:not(.fenced-div-title)").text());
        Element dropdown = c.selectFirst("details.dropdown");
        assertTrue(dropdown != null && dropdown.hasAttr("open"), c.html());
        assertEquals("Yes.", dropdown.selectFirst("p").text());
        Element note = c.selectFirst("div.important div.note");
        assertTrue(note.hasClass("small"), note.outerHtml());
        assertEquals("Nested note.", note.selectFirst("p:not(.fenced-div-title)").text());
        assertTrue(!c.text().contains(":class:") && !c.text().contains(":open:"), c.text());
        assertEquals(List.of(), findings.sorted());
    }

    @Test
    void titlesAreInlineMarkdownWithHtmlShownAsText() {
        PageHtml html = passes("""
                !!! note "Run `mkdocs serve` first"
                    Body.

                :::tip[Your *own* title]
                Body.
                :::

                ??? warning "<b>bold</b> & 1. not a list"
                    Body.

                === "1. Setup"

                    Body.
                """, new Findings());
        Element c = html.content();
        assertEquals("<code>mkdocs serve</code>", c.selectFirst("div.note .fenced-div-title code").outerHtml());
        assertEquals("own", c.selectFirst("div.tip .fenced-div-title em").text());
        Element warning = c.selectFirst("details.warning summary");
        assertEquals("<b>bold</b> & 1. not a list", warning.text());
        assertTrue(warning.select("b").isEmpty(), warning.outerHtml());
        assertEquals("1. Setup", c.selectFirst("div.tab .fenced-div-title").text());
    }

    @Test
    void aKindLooksTheSameWhicheverToolNamesIt() {
        PageHtml html = passes("""
                :::danger
                Docusaurus.
                :::

                !!! danger
                    MkDocs.

                ::: {.callout-caution}
                Quarto.
                :::

                :::{admonition} Rules
                :class: tip
                MyST.
                :::

                ??? question "Why?"
                    Folded.

                > [!danger]
                > Obsidian.

                > [!WARN]
                > A warning's name cut short, as a volunteer writes it.

                ::: challenge
                A look of its own.
                :::
                """, new Findings());
        new Callouts(PageLabels.english()).apply(html);
        Element c = html.content();
        assertEquals(3, c.select(".fenced-div.box-caution").size(), c.html());
        assertTrue(c.selectFirst("div.callout-danger").hasClass("callout-caution"), "Obsidian's danger takes the same look");
        assertTrue(c.selectFirst("div.callout-warn").hasClass("callout-warning"), "[!WARN] looks like a warning, not a note");
        assertTrue(c.selectFirst("div.admonition").hasClass("box-tip"), "MyST's admonition takes its class's look");
        assertTrue(c.selectFirst("details.question").hasClass("box-important"));
        assertTrue(c.selectFirst("div.challenge").classNames().stream().noneMatch(n -> n.startsWith("box-")));
    }

    @Test
    void liquidInCodeInsideAChallengeIsShownNotReported() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                > ## Link to the data
                >
                > ~~~
                > [data]({{ page.root }}/data.zip)
                > ~~~
                > {: .language-markdown}
                {: .challenge}

                Outside code {{ site.title }} is reported.
                """, findings);
        new ForeignSyntax(findings).check(html.page());
        assertEquals(List.of("lesson/a.md:9 syntax.liquid"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    @Test
    void kramdownListsUnderCarpentriesChallengesBelongToTheQuoteOfTheirDepth() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                > ## Make a list
                >
                > Write three things.
                >
                > > ## Solution
                > >
                > > ~~~
                > > one, two, three
                > > ~~~
                > > {: .output}
                > {: .solution}
                {: .challenge}

                > ## Key point
                > Short and lazy
                {: .callout}

                A paragraph.
                {: .note}
                """, findings);
        Element c = html.content();
        Element challenge = c.selectFirst("blockquote.challenge");
        assertNotNull(challenge, c.html());
        Element solution = challenge.selectFirst("details.solution");
        assertNotNull(solution, "the solution is folded, as Pandoc's is: " + c.html());
        assertEquals("Solution", solution.child(0).text());
        assertEquals("summary", solution.child(0).tagName());
        assertTrue(solution.selectFirst("pre").hasClass("output"), c.html());
        assertTrue(c.select("blockquote").get(1).hasClass("callout"), c.html());
        assertEquals("Short and lazy", c.select("blockquote").get(1).selectFirst("p").text());
        assertTrue(c.selectFirst("p.note") != null && c.selectFirst("p.note").text().equals("A paragraph."), c.html());
        assertFalse(c.text().contains("{:"), c.html());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void aCarpentriesQuotedSolutionIsFoldedUnderTheWordOfThePagesLanguage() {
        PageHtml html = PageFixture.html("lesson/a.md", """
                > ## Gwneud rhestr
                >
                > > Un, dau, tri.
                > {: .solution}
                {: .challenge}
                """);
        PageLabels welsh = new PageLabels(new org.handbookpress.labels.LabelCatalogues(null), "cy", path -> null);
        new DivBoxes(welsh).apply(html);
        new AttributeLists(new Findings(), welsh).apply(html);
        Element solution = html.content().selectFirst("details.solution");
        assertNotNull(solution, html.content().html());
        assertEquals(welsh.handbook().text("box.solution"), solution.child(0).text());
        assertFalse(solution.child(0).text().equals("Solution"), "Welsh, not English");
    }

    /**
     * Quarto's collapse="true" folds a callout and collapse="false" folds it open; icon and appearance are how Quarto's
     * theme draws the box. The boxes were shown open, with a warning on each (a Quarto site folds dozens).
     */
    @Test
    void quartoCollapsedCalloutsFoldAndTheirLooksAreNotReported() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                ::: {.callout-tip collapse="true" icon="false"}
                ## Booking the hall
                Ask the caretaker first.
                :::

                ::: {.callout-note appearance="simple" collapse=false title="Keys"}
                On the hook by the door.
                :::

                ::: {.callout-warning collapse="true"}
                Lock up.
                :::
                """, findings);
        List<Element> folded = html.content().select("details");
        assertEquals(3, folded.size(), html.content().html());
        assertEquals("Booking the hall", folded.get(0).selectFirst("summary").text());
        assertFalse(folded.get(0).hasAttr("open"));
        assertEquals("Ask the caretaker first.", folded.get(0).selectFirst("p").text());
        assertTrue(folded.get(0).hasClass("box-tip"), folded.get(0).outerHtml());
        assertEquals("Keys", folded.get(1).selectFirst("summary").text());
        assertTrue(folded.get(1).hasAttr("open"), "collapse=false: folded, shown open");
        assertEquals("Warning", folded.get(2).selectFirst("summary").text());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    /** Quarto's fig-alt is the picture's alt text and fig-align places it: neither is reported, nor the alt text missing. */
    @Test
    void quartoFigureAltTextAndAlignmentAreApplied() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                ![](rota.png){fig-alt="The weekly rota on the office wall" fig-align="center" width="80%"}

                ![Our hall](hall.png){fig-align="left"}
                """, findings);
        Element rota = html.content().selectFirst("img[src=rota.png]");
        assertEquals("The weekly rota on the office wall", rota.attr("alt"));
        assertTrue(rota.attr("style").contains("margin-inline: auto"), rota.outerHtml());
        assertTrue(rota.attr("style").contains("width: 80%"), rota.outerHtml());
        assertEquals("Our hall", html.content().selectFirst("img[src=hall.png]").attr("alt"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void quartoTitlesAndPandocBareClasses() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                ::: {.callout-note title="Before you start"}
                Bring water.
                :::

                ::: {.solution title='Show me'}
                Yes.
                :::
                """, findings);
        Element note = html.content().selectFirst("div.callout-note");
        assertEquals("Before you start", note.selectFirst(".fenced-div-title").text());
        assertEquals(note.selectFirst(".fenced-div-title").id(), note.attr("aria-labelledby"));
        assertEquals(1, note.select(".fenced-div-title").size());
        assertEquals("Show me", html.content().selectFirst("details.solution > summary").text());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void boxesNestNoDeeperThanTheLimitAndTheRestStayText() {
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            markdown.append(i % 2 == 0 ? "::: note\n" : "{{< tabs >}} {{< tab header=\"x\" />}}\n").append("Level ").append(i).append("\n\n");
        }
        markdown.append("{{< /tabs >}}\n");
        PageHtml html = PageFixture.html("lesson/a.md", markdown.toString());
        int deepest = 0;
        for (Element box : html.content().select(".fenced-div")) {
            deepest = Math.max(deepest, box.parents().stream().filter(p -> p.hasClass("fenced-div")).toList().size() + 1);
        }
        assertEquals(FencedDivs.MAX_BOXES, deepest, "boxes opened and never closed nest to the limit, not 300 deep");
        assertTrue(html.content().text().contains("Level 299"), "and what is below it is kept, as text");
    }
}
