package org.handbookpress.markdown;

import org.handbookpress.labels.PageLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ShortcodeBlocksTest {

    private static PageHtml passes(String markdown, Findings findings) {
        PageHtml html = PageFixture.html("guide/a.md", markdown);
        new DivBoxes(PageLabels.english()).apply(html);
        new ForeignSyntax(findings).check(html.page());
        return html;
    }

    private static List<String> reported(Findings findings) {
        return findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }

    @Test
    void theThemesBoxesBecomeBoxesOfTheirKindWithTheirMarkdown() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                {{< note >}}
                Bring **water**.
                {{< /note >}}

                {{% hint warning %}}
                Mind the step.
                {{% /hint %}}

                {{% alert title="Before you start" color="danger" %}}
                Read the [agreement](agreement.md).
                {{% /alert %}}

                {{% notice tip "Good to know" %}}
                Breaks every hour.
                {{% /notice %}}

                {{< callout type="info" >}}
                Hextra's box.
                {{< /callout >}}

                {{< callout context="caution" title="Doks" >}}
                Doks' box.
                {{< /callout >}}
                """, findings);
        Element c = html.content();
        Element note = c.selectFirst("div.note.box-note");
        assertNotNull(note, c.html());
        assertEquals("Note", note.selectFirst(".fenced-div-title").text());
        assertEquals("water", note.selectFirst("strong").text());
        assertEquals("1", note.attr(MarkdownConverter.LINE), "the box's line is its opening tag's");
        assertEquals("Mind the step.", c.selectFirst("div.warning.box-warning p:not(.fenced-div-title)").text());
        Element alert = c.selectFirst("div.danger.box-caution");
        assertEquals("Before you start", alert.selectFirst(".fenced-div-title").text());
        assertEquals("agreement.md", alert.selectFirst("a").attr("href"));
        assertEquals("Good to know", c.selectFirst("div.tip .fenced-div-title").text());
        assertNotNull(c.selectFirst("div.info.box-note"), c.html());
        assertEquals("Doks", c.selectFirst("div.caution .fenced-div-title").text());
        assertFalse(c.text().contains("{{"), c.html());
        assertEquals(List.of(), reported(findings), "boxes the build reads are not reported as template tags");
    }

    @Test
    void aClosingTagStraightAfterRawHtmlClosesItsBoxAsHugoReadsIt() {
        // DocDock's alert, its kind in theme=, holding a picture and a line of HTML with no blank line before the closing
        // tag: CommonMark's raw HTML runs to a blank line, and took the closing tag in as text.
        Findings findings = new Findings();
        Element c = passes("""
                {{< alert theme="success" >}}
                <img src="mascot.png" alt="The club's mascot" width="60">
                <strong>Well done:</strong> the rota is ready.
                {{< /alert >}}

                After the box, **bold** again.

                {{% notice tip %}}
                <pre>
                {{% /notice %}}
                </pre>
                {{% /notice %}}
                """, findings).content();
        Element box = c.selectFirst("div.success");
        assertNotNull(box, c.html());
        assertEquals("The club's mascot", box.selectFirst("img").attr("alt"));
        assertFalse(c.text().contains("{{< /alert"), c.html());
        assertNull(box.selectFirst("p:not(.fenced-div-title) strong:containsOwn(bold)"), "the text after the box is not in it");
        assertEquals("bold", c.selectFirst("div.success ~ p strong").text());
        assertTrue(c.selectFirst("div.tip pre").text().contains("{{% /notice %}}"), "a <pre> still holds a closing tag as text");
        assertEquals(List.of(), reported(findings));
    }

    /**
     * HugoBlox's (Wowchemy's) spoiler, a fold titled by its text: Maths et Maryam's FAQ (MichelDeudon/maths-et-maryam,
     * asso/vacances-scolaires.md) showed '{{< spoiler text="Combien ça coûte?" >}} … {{< /spoiler >}}' as typed, seven times.
     */
    @Test
    void hugoBloxsSpoilerFoldsUnderItsText() {
        Findings findings = new Findings();
        Element c = passes("""
                {{< spoiler text="Combien ça coûte?" >}} Les activités sont **gratuites**. {{< /spoiler >}}

                {{< spoiler text="Que dois-je apporter?" >}}
                Une casquette.
                {{< /spoiler >}}
                """, findings).content();
        assertEquals(List.of("Combien ça coûte?", "Que dois-je apporter?"), c.select("details > summary").eachText(), c.html());
        assertEquals("gratuites", c.selectFirst("details strong").text());
        assertFalse(c.text().contains("{{"), c.html());
        assertEquals(List.of(), reported(findings));
    }

    /**
     * The Hugo modules' accordion, a fold titled by its first argument (Hugoplate's example page showed its three as
     * typed, syntax.liquid), and Blowfish's, items with their titles inside an accordion that has none.
     */
    @Test
    void anAccordionFoldsUnderItsTitle() {
        Findings findings = new Findings();
        Element c = passes("""
                {{< accordion "Who can volunteer?" >}}
                Anyone over **sixteen**.
                {{< /accordion >}}

                {{< accordion mode="collapse" >}}
                {{< accordionItem title="Where do we meet?" >}}
                At the hall.
                {{< /accordionItem >}}
                {{< /accordion >}}
                """, findings).content();
        assertEquals(List.of("Who can volunteer?", "Where do we meet?"), c.select("details > summary").eachText(), c.html());
        assertEquals("sixteen", c.selectFirst("details strong").text());
        assertFalse(c.text().contains("{{"), c.html());
        assertEquals(List.of(), reported(findings));
    }

    /**
     * A video file's player shortcode (the Hugo modules' video, Hugoplate's example page: {{< video src="https://…/mov.mp4"
     * … >}}) is a link to the file, as a video site's is: the site loads nothing from elsewhere. It was shown as typed.
     */
    @Test
    void aVideoFilesShortcodeIsALinkToIt() {
        Findings findings = new Findings();
        Element c = passes("""
                {{< video src="https://media.example.org/welcome.mp4" width="100%" controls="true" >}}

                {{< video src="/files/first-shift.mp4" >}}

                {{< video src="tour.mp4" title="A tour of the hall" >}}
                """, findings).content();
        assertEquals(List.of("https://media.example.org/welcome.mp4", "/files/first-shift.mp4", "tour.mp4"), c.select("a").eachAttr("href"));
        assertEquals(List.of("Open the embedded content on its website", "first-shift.mp4", "A tour of the hall"), c.select("a").eachText());
        assertFalse(c.text().contains("{{"), c.html());
        assertEquals(List.of(), reported(findings));
    }

    @Test
    void foldsTabsFiguresVideosAndCode() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                {{< details summary="What to bring" >}}
                A pen.
                {{< /details >}}

                {{% expand "Show the answer" open %}}
                Forty-two.
                {{% /expand %}}

                {{< tabs >}}
                {{% tab name="On a phone" %}}
                Tap the menu.
                {{% /tab %}}
                {{% tab name="On a computer" %}}
                Use the sidebar.
                {{% /tab %}}
                {{< /tabs >}}

                {{< figure src="images/circle.png" caption="Sitting in a *circle*" >}}

                {{< youtube id="abc123" title="How a session starts" >}}

                {{< highlight yaml >}}
                title: {{ .Title }}
                {{< /highlight >}}
                """, findings);
        Element c = html.content();
        Element details = c.selectFirst("details.details");
        assertEquals("What to bring", details.selectFirst("summary").text());
        assertFalse(details.hasAttr("open"));
        Element expand = c.selectFirst("details.expand");
        assertEquals("Show the answer", expand.selectFirst("summary").text());
        assertTrue(expand.hasAttr("open"), "Hugo Book's 'open' after the title");
        List<Element> tabs = c.select("div.tabs > div.tab");
        assertEquals(List.of("On a phone", "On a computer"), tabs.stream().map(t -> t.selectFirst(".fenced-div-title").text()).toList());
        assertEquals("Use the sidebar.", tabs.get(1).select("p").last().text());
        Element figure = c.selectFirst("figure");
        assertEquals("images/circle.png", figure.selectFirst("img").attr("src"));
        assertEquals("Sitting in a circle", figure.selectFirst("img").attr("alt"), "Hugo's figure takes its caption's words for alt text");
        assertEquals("circle", figure.selectFirst("figcaption em").text());
        Element video = c.selectFirst("a[href^=https://www.youtube.com/]");
        assertEquals("https://www.youtube.com/watch?v=abc123", video.attr("href"));
        assertEquals("How a session starts", video.text());
        assertNull(c.selectFirst("iframe"), "a link, never a player that would call the video site");
        Element code = c.selectFirst("pre > code.language-yaml");
        assertEquals("title: {{ .Title }}\n", code.wholeText());
        assertFalse(c.select("p").text().contains("{{"), c.html());
        assertEquals(List.of(), reported(findings),
                "the shortcodes are read, and the template in the highlighted code is its text, as in a fenced block");
    }

    @Test
    void hugoThemesMermaidDiagramIsItsSourceAsCode() {
        // Relearn, Docsy and Hextra draw {{< mermaid >}} with Mermaid's script, which the site does not run: read as
        // Markdown, its first lines were a paragraph, its indented ones code, and <mermaid> an unclosed tag.
        Findings findings = new Findings();
        PageHtml html = passes("""
                # Volunteers' table

                {{< mermaid align="left" >}}
                graph TD
                A[volunteer table]
                    A --> |links to| B[tasks]
                B --> C{{End of run}}
                {{< /mermaid >}}

                After the diagram, {{ .Site.Title }}.
                """, findings);
        Element c = html.content();
        Element code = c.selectFirst("pre > code.language-mermaid");
        assertNotNull(code, c.html());
        assertEquals("graph TD\nA[volunteer table]\n    A --> |links to| B[tasks]\nB --> C{{End of run}}\n", code.wholeText());
        assertEquals(List.of("After the diagram, {{ .Site.Title }}."), c.select("p").eachText());
        assertEquals(List.of("guide/a.md:10 syntax.liquid"), reported(findings),
                "Mermaid's hexagon in the diagram is no template tag; a tag after it still is");
    }

    @Test
    void hugoDocsConfigurationToggleIsCodeInItsLanguageNotMarkdown() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                # Settings

                {{< code-toggle file=hugo >}}
                title = 'Rota'
                [[cascade]]
                paths = ["**"]
                {{< /code-toggle >}}

                {{< code-toggle file=content/rota.md fm=true >}}
                rota:
                  weeks: 4
                {{< /code-toggle >}}
                """, findings);
        Element c = html.content();
        Element toml = c.selectFirst("pre > code.language-toml");
        assertNotNull(toml, c.html());
        assertEquals("title = 'Rota'\n[[cascade]]\npaths = [\"**\"]\n", toml.wholeText());
        assertNull(c.selectFirst("a[" + MarkdownConverter.WIKI + "]"), "TOML's table of tables is no wiki link: " + c.html());
        assertEquals(List.of("hugo.toml", "content/rota.md"), c.select(".fenced-div-title").eachText(),
                "titled by its file, given the language's extension where it has none, as Hugo's docs show it");
        assertEquals("rota:\n  weeks: 4\n", c.selectFirst("pre > code.language-yaml").wholeText());
        assertEquals(List.of(), reported(findings), "the shortcode is read, so no template tag is reported");
    }

    @Test
    void shortcodesItDoesNotReadStayAsWrittenAndAreReported() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                # Page

                {{< note >}}
                Never closed, so not a box: the rest of the page is no note.

                {{< param "version" >}}
                """, findings);
        Element c = html.content();
        assertNull(c.selectFirst(".fenced-div"), c.html());
        assertTrue(c.text().contains("{{< note >}}"), c.html());
        assertEquals(List.of("guide/a.md:3 syntax.liquid"), reported(findings));
    }


    @Test
    void aTagGoingOnOverLinesIsReportedAtItsFirst() {
        Findings findings = new Findings();
        passes("""
                # Page

                A short video:

                {% include videowrapper.html
                  url="https://video.example.org/personas"
                  title="About personas" %}

                Style it with `style={{` and `}}`, or {{
                """, findings);
        assertEquals(List.of("guide/a.md:5 syntax.liquid"), reported(findings));
    }
    @Test
    void aClosingTagInsideCodeInTheBoxIsCode() {
        PageHtml html = passes("""
                {{% hint info %}}
                Write:
                ```
                {{% /hint %}}
                ```
                Still the hint.
                {{% /hint %}}

                After.
                """, new Findings());
        Element hint = html.content().selectFirst("div.info");
        assertEquals("{{% /hint %}}\n", hint.selectFirst("pre code").wholeText());
        assertEquals("Still the hint.", hint.select("p").last().text());
        assertEquals("After.", html.content().children().last().text());
    }

    @Test
    void docsyTabsHoldCodeUnlessTheySayTextAndItsCommentsAreNotShown() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                {{< comment >}}
                Ask Sam before changing this page.
                {{< /comment >}}

                {{< tabpane langEqualsHeader=true >}}
                {{< tab "YAML" >}}
                title: Our handbook
                {{< /tab >}}
                {{< tab header="Settings" lang="toml" >}}
                title = "Our handbook"
                {{< /tab >}}
                {{< /tabpane >}}

                {{< tabpane text=true >}}
                {{% tab header="In a room" %}}
                Chairs in a **circle**.
                {{% /tab %}}
                {{< /tabpane >}}

                {{% columns %}}
                - ### Left
                  One.
                - ### Right
                  Two.
                {{% /columns %}}
                """, findings);
        Element c = html.content();
        assertFalse(c.text().contains("Ask Sam"), "a comment is for the site's editors");
        List<Element> code = c.select("div.tabpane > div.tab");
        assertEquals(3, code.size(), c.html());
        assertEquals("YAML", code.get(0).selectFirst(".fenced-div-title").text());
        assertEquals("title: Our handbook\n", code.get(0).selectFirst("pre > code.language-yaml").wholeText());
        assertEquals("title = \"Our handbook\"\n", code.get(1).selectFirst("pre > code.language-toml").wholeText());
        assertEquals("circle", code.get(2).selectFirst("strong").text(), "text=true: Markdown");
        assertEquals(2, c.select("div.columns li h3").size(), c.html());
        assertNull(c.selectFirst("div.columns .fenced-div-title"), "a wrapper is layout, not a box");
        assertEquals(List.of(), reported(findings));
    }

    @Test
    void aTabThatClosesItselfLabelsTheTabsAndOpensNothing() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                {{< tabs >}}
                {{< tab header="Choose:" disabled=true />}}
                {{% tab "First" %}}
                One.
                {{% /tab %}}
                {{< /tabs >}}

                {{< figure src="a.png" alt="A room" />}}

                {{< tabpane text=true >}} {{< tab header="Two on a line" />}}
                {{% tab "Second" %}}
                Two.
                {{% /tab %}} {{< /tabpane >}}

                {{< tabs >}} {{< figure src="b.png" alt="Not a label" />}}
                {{< /tabs >}}
                """, findings);
        Element tabs = html.content().selectFirst("div.tabs");
        assertEquals("Choose:", tabs.child(0).text());
        assertEquals("First", tabs.selectFirst("div.tab .fenced-div-title").text());
        assertEquals("A room", html.content().selectFirst("figure img").attr("alt"));
        Element pane = html.content().selectFirst("div.tabpane");
        assertEquals("Two on a line", pane.child(0).text(), "a tab set and its label on one line");
        assertEquals("Second", pane.selectFirst("div.tab .fenced-div-title").text());
        assertTrue(html.content().text().contains("{{< /tabs >}}"), "a closing tag whose opening was not read stays");
        assertEquals(List.of("guide/a.md:15 syntax.liquid"), reported(findings), "and is reported, with its line");
    }

    @Test
    void aClosingTagFollowedByTheNextTabsOpeningTagClosesOneAndOpensTheOther() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                {{< tabpane text=true >}}
                {{< tab header="Settings file:" disabled=true />}}
                {{% tab header="hugo.toml" lang="toml" %}}

                ```toml
                title = "Ours"
                ```

                {{% /tab %}} {{% tab header="hugo.yaml" lang="yaml" %}}

                ```yaml
                title: Ours
                ```

                {{% /tab %}}
                {{< /tabpane >}}

                After.
                """, findings);
        Element c = html.content();
        List<Element> tabs = c.select("div.tabpane > div.tab");
        assertEquals(List.of("hugo.toml", "hugo.yaml"), tabs.stream().map(t -> t.selectFirst(".fenced-div-title").text()).toList());
        assertEquals("title: Ours", tabs.get(1).selectFirst("code.language-yaml").text());
        assertEquals("Settings file:", c.selectFirst("div.tabpane > p").text());
        assertEquals("After.", c.children().last().text());
        assertFalse(c.text().contains("{{"), c.html());
        assertEquals(List.of(), reported(findings));
    }

    @Test
    void aTableShortcodesTitleIsTheTablesCaptionAndACalloutsTitleFollowsItsKind() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                {{< table title="Kinds of leave" >}}
                | Kind | Days |
                |------|------|
                | Annual | 25 |
                {{< /table >}}

                {{< callout warning "注意" >}}
                Mind the step.
                {{< /callout >}}
                """, findings);
        Element c = html.content();
        assertEquals("Kinds of leave", c.selectFirst("table > caption").text());
        assertNull(c.selectFirst("div.captioned-table"), "the wrapper is gone: " + c.html());
        assertEquals("注意", c.selectFirst("div.box-warning .fenced-div-title").text());
        assertEquals(List.of(), reported(findings));
    }

    @Test
    void hextrasBoxesOnOneLineAndItsCardsAreRead() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                {{< tabs >}}
                  {{< tab name="JSON" >}}**JSON** is one format.{{< /tab >}}
                  {{< tab name="YAML" selected=true >}}A [second](b.md) one.{{< /tab >}}
                {{< /tabs >}}

                {{< callout type="warning" >}}Do not share passwords.{{< /callout >}}

                {{< cards >}}
                {{< card link="../setup" title="Setting up" subtitle="The room, *before* anyone comes" >}}
                {{< card link="/" title="Home" >}}
                {{< /cards >}}
                """, findings);
        Element c = html.content();
        List<Element> tabs = c.select("div.tabs > div.tab");
        assertEquals(List.of("JSON", "YAML"), tabs.stream().map(t -> t.selectFirst(".fenced-div-title").text()).toList());
        assertEquals("JSON", tabs.get(0).selectFirst("p:not(.fenced-div-title) strong").text());
        assertEquals("b.md", tabs.get(1).selectFirst("a").attr("href"));
        assertEquals("3", tabs.get(1).selectFirst("a").attr(MarkdownConverter.LINE), "a link in a box on one line keeps its line");
        Element callout = c.selectFirst("div.warning.box-warning");
        assertEquals("Do not share passwords.", callout.select("p").last().text());
        List<Element> cards = c.select("div.cards > p");
        assertEquals(List.of("Setting up", "Home"), cards.stream().map(p -> p.selectFirst("a").text()).toList());
        assertEquals("../setup", cards.get(0).selectFirst("a").attr("href"));
        assertEquals("before", cards.get(0).selectFirst("em").text());
        assertFalse(c.text().contains("{{"), c.html());
        assertEquals(List.of(), reported(findings));
    }

    @Test
    void gitBooksAndJekyllsBlockTagsAreReadLikeHugosShortcodes() {
        Findings findings = new Findings();
        PageHtml html = passes("""
                {% hint style="danger" %}
                Never give out a member's address.
                {% endhint %}

                {% tabs %}
                {% tab title="By phone" %}
                Call the office.
                {% endtab %}

                {% tab title="By email" %}
                Write to the office.
                {% endtab %}
                {% endtabs %}

                {% embed url="https://www.youtube.com/watch?v=abc" %}
                How a session starts
                {% endembed %}

                {% file src=".gitbook/assets/safeguarding.pdf" %}

                {% content-ref url="setup.md" %}
                [setup.md](setup.md)
                {% endcontent-ref %}

                {% page-ref page="terms/words.md" %}

                {% file src=".gitbook/assets/logo-large\\_1123x271.png" caption="Our logo, in colour" %}

                {% code title="start.sh" %}
                ```bash
                ./start
                ```
                {% endcode %}

                {% highlight ruby %}
                puts "hello"
                {% endhighlight %}

                {% comment %}
                Check with the trustees.
                {% endcomment %}

                {% alert "New travel guidance" %}
                Read it before you book.
                {% endalert %}

                {% alert warning %}
                Book early.
                {% endalert %}

                {% if site.beta %}Beta{% endif %}
                """, findings);
        Element guidance = html.content().selectFirst("div.fenced-div:has(> p:containsOwn(Read it before you book))");
        assertEquals("New travel guidance", guidance.selectFirst(".fenced-div-title").text(), "a word naming no kind titles the box");
        assertTrue(guidance.hasClass("box-note"), guidance.outerHtml());
        Element early = html.content().selectFirst("div.fenced-div:has(> p:containsOwn(Book early))");
        assertTrue(early.hasClass("box-warning"), "one naming a kind is its kind: " + early.outerHtml());
        Element c = html.content();
        assertEquals("Never give out a member's address.", c.selectFirst("div.danger.box-caution").select("p").last().text());
        assertEquals(List.of("By phone", "By email"), c.select("div.tabs > div.tab > .fenced-div-title").eachText());
        Element embed = c.selectFirst("div.embed");
        assertEquals("https://www.youtube.com/watch?v=abc", embed.selectFirst("a").attr("href"));
        assertEquals("How a session starts", embed.select("p").last().text(), "the caption follows the link");
        assertEquals(".gitbook/assets/safeguarding.pdf", c.selectFirst("a[href$=.pdf]").attr("href"));
        assertEquals("safeguarding.pdf", c.selectFirst("a[href$=.pdf]").text());
        assertEquals("setup.md", c.selectFirst("div.content-ref a").attr("href"));
        assertEquals("", c.selectFirst("p > a[href=terms/words.md]").text(), "GitBook's page-ref: named by the page's title when linked");
        assertEquals("Our logo, in colour", c.selectFirst("a[href=.gitbook/assets/logo-large_1123x271.png]").text(),
                "GitBook's export escapes the address's underscore; the older file tag's caption names the link");
        Element code = c.selectFirst("div.code-block");
        assertEquals("start.sh", code.selectFirst(".fenced-div-title").text());
        assertEquals("./start", code.selectFirst("pre code.language-bash").text());
        assertEquals("puts \"hello\"", c.selectFirst("pre code.language-ruby").text(), "Jekyll's highlight");
        assertFalse(c.text().contains("trustees"), "a comment is not shown");
        assertEquals(List.of("guide/a.md:51 syntax.liquid"), reported(findings), "only the {% if %} the build does not run");
    }
}
