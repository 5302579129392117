package org.handbookpress.sanitise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way raw HTML could make a reader's browser contact another website or run code, one test each. */
class HtmlSanitiserTest {

    /** The page body starts at file line 4 (after three lines of front matter); the HTML is on line 6. */
    private record Cleaned(PageHtml html, List<Finding> findings) {
        Element content() {
            return html.content();
        }

        List<String> codes() {
            return findings.stream().map(f -> f.line() + " " + f.code()).toList();
        }
    }

    private static Cleaned clean(String rawHtml, ScriptRule rule) {
        return cleanPage("training/page.md", "---\ntitle: T\n---\nIntro.\n\n" + rawHtml + "\n\nAfter.\n", rule);
    }

    private static Cleaned clean(String rawHtml) {
        return clean(rawHtml, ScriptRule.REMOVE);
    }

    private static Cleaned cleanPage(String path, String text, ScriptRule rule) {
        Findings findings = new Findings();
        PageHtml html = PageFixture.html(path, text);
        new HtmlSanitiser(rule, findings).apply(html);
        return new Cleaned(html, findings.sorted());
    }

    private static void assertNoneLeft(Cleaned cleaned, String selector) {
        assertTrue(cleaned.content().select(selector).isEmpty(), selector + " left in " + cleaned.html().html());
    }

    // The thirteen ways of the issue, each removed with one finding on its line.

    @Test
    void srcsetFromAnotherSite() {
        Cleaned c = clean("<img src=\"../images/a.png\" alt=\"A\" srcset=\"../images/a.png 1x, https://cdn.example/a@2x.png 2x\">");
        assertNoneLeft(c, "[srcset]");
        assertEquals(List.of("6 html.remote"), c.codes());
        assertEquals("../images/a.png", c.content().selectFirst("img").attr("src"), "the picture itself stays");
    }

    /**
     * A picture copied from a web page that loads pictures lazily names its file in data-src and has no src: the file
     * becomes its src, which the link stage then checks as any other (one on another website is an image.remote there).
     */
    @Test
    void aLazyLoadedPicturesFileBecomesItsSource() {
        Cleaned c = clean("<img data-src=\"../images/a.png\" class=\"lazyload\" alt=\"A\">\n"
                + "<img src=\"../images/b.png\" data-src=\"../images/b-large.png\" alt=\"B\">\n"
                + "<img data-lazy-src=\"https://cdn.example/c.png\" alt=\"C\">");
        List<org.jsoup.nodes.Element> images = c.content().select("img");
        assertEquals("../images/a.png", images.get(0).attr("src"));
        assertFalse(images.get(0).hasAttr("data-src"));
        assertEquals("../images/b.png", images.get(1).attr("src"), "a picture with a src keeps it");
        assertEquals("https://cdn.example/c.png", images.get(2).attr("src"), "left for the link stage, as any src");
        assertEquals(List.of("7 html.unsupported"), c.codes(), "a lazy file beside a src is dropped, as before, with a notice");
    }

    @Test
    void pictureSourceFromAnotherSite() {
        Cleaned c = clean("<picture><source srcset=\"https://cdn.example/a.webp\" type=\"image/webp\"><img src=\"../a.png\" alt=\"A\"></picture>");
        assertNoneLeft(c, "[srcset]");
        assertEquals(List.of("6 html.remote"), c.codes());
        assertNotNull(c.content().selectFirst("picture > img"));
    }

    @Test
    void styleAttributeUrl() {
        Cleaned c = clean("<div style=\"color: red; background:url(https://track.example/p.gif)\">Text</div>");
        assertEquals("color: red;", c.content().selectFirst("div").attr("style").strip(), "the safe declaration stays");
        assertEquals(List.of("6 html.css"), c.codes());
    }

    @Test
    void styleElementImport() {
        Cleaned c = clean("<style>@import url(\"https://fonts.googleapis.com/css?family=Roboto\");\np { color: navy; }</style>");
        String css = c.content().selectFirst("style").data();
        assertFalse(css.contains("googleapis"), css);
        assertTrue(css.contains("color: navy"), css);
        assertEquals(List.of("6 html.css"), c.codes());
    }

    @Test
    void videoPoster() {
        Cleaned c = clean("<video src=\"../media/talk.mp4\" poster=\"https://cdn.example/poster.jpg\" controls></video>");
        assertNoneLeft(c, "[poster]");
        assertEquals("../media/talk.mp4", c.content().selectFirst("video").attr("src"), "local media stays");
        assertEquals(List.of("6 html.remote"), c.codes());
    }

    /** A player whose every source is another website's would play nothing here: a link to the first, as a frame is. */
    @Test
    void videoPlayedOnlyFromElsewhereIsALink() {
        Cleaned c = clean("<video controls><source src=\"https://files.example/talk\" type=\"video/mp4\">"
                + "<track src=\"subs/talk.vtt\" kind=\"subtitles\"></video>\n<audio src=\"https://files.example/talk.mp3\" title=\"The talk\"></audio>"
                + "\n<video controls><source src=\"https://files.example/a.webm\"><source src=\"media/a.mp4\"></video>");
        assertEquals(List.of("https://files.example/talk", "https://files.example/talk.mp3"), c.content().select("a").eachAttr("href"));
        assertEquals("Open the embedded content on its website", c.content().select("a").get(0).text());
        assertEquals("The talk (on its website)", c.content().select("a").get(1).text());
        assertEquals(1, c.content().select("video").size(), "a player with a source of the site's own stays");
        assertEquals(List.of("media/a.mp4"), c.content().select("video source").eachAttr("src"));
        assertEquals(List.of("6 html.remote", "7 html.remote", "8 html.remote"), c.codes());
    }

    /** Jekyll and Hugo sites name their media from the site's top: a file of the handbook stays, others go. */
    @Test
    void mediaNamedFromTheSitesTopStayWhenTheyAreTheHandbooksFiles() {
        Findings findings = new Findings();
        PageHtml page = org.handbookpress.testing.PageFixture.html("guide/talk.md", "<video controls poster=\"/media/talk.png\">"
                + "<source src=\"/media/talk.mp4\"><track src=\"/media/none.vtt\" kind=\"subtitles\"></video>\n");
        new HtmlSanitiser(ScriptRule.REMOVE, findings, java.util.Set.of("media/talk.mp4", "media/talk.png")).apply(page);
        assertEquals("/media/talk.mp4", page.content().selectFirst("source").attr("src"));
        assertEquals("/media/talk.png", page.content().selectFirst("video").attr("poster"));
        assertFalse(page.content().selectFirst("track").hasAttr("src"), "no such file: from the disk's top it would be outside");
        assertEquals(List.of("html.remote"), findings.sorted().stream().map(Finding::code).toList());
    }

    @Test
    void inputTypeImage() {
        Cleaned c = clean("<input type=\"image\" src=\"https://track.example/button.png\" alt=\"Go\">");
        assertNoneLeft(c, "input");
        assertEquals(List.of("6 html.remote"), c.codes());
    }

    @Test
    void svgImageHref() {
        Cleaned c = clean("<svg viewBox=\"0 0 10 10\"><image href=\"https://track.example/i.png\" width=\"10\" height=\"10\"/>"
                + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"url(#g)\"/></svg>");
        assertNoneLeft(c, "[href]");
        assertNotNull(c.content().selectFirst("svg circle[fill=url(#g)]"), "the drawing stays: " + c.html().html());
        assertEquals(List.of("6 html.remote"), c.codes());
    }

    @Test
    void tableBackground() {
        Cleaned c = clean("<table background=\"https://track.example/bg.png\"><tr><td>Cell</td></tr></table>");
        assertNoneLeft(c, "[background]");
        assertEquals("Cell", c.content().selectFirst("td").text());
        assertEquals(List.of("6 html.remote"), c.codes());
    }

    @Test
    void iframeSrcdoc() {
        Cleaned c = clean("<iframe srcdoc=\"&lt;img src=https://track.example/x.png&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>");
        assertNoneLeft(c, "iframe, [srcdoc]");
        assertEquals(List.of("6 html.unsafe"), c.codes());
    }

    @Test
    void backslashUrl() {
        Cleaned c = clean("<div style=\"background-image: url('/\\evil.example/x.css')\">A</div>\n"
                + "<video src=\"/\\evil.example/v.mp4\"></video>");
        assertNoneLeft(c, "[style], [src]");
        assertEquals(List.of("6 html.css", "7 html.remote"), c.codes());
    }

    @Test
    void baseHref() {
        Cleaned c = clean("<base href=\"https://evil.example/\">");
        assertNoneLeft(c, "base");
        assertEquals(List.of("6 html.remote"), c.codes());
        assertTrue(c.findings().get(0).message().startsWith("removed a <base href>: it re-points"), c.findings().toString());
        assertFalse(c.findings().get(0).fix().contains("copy the file"), "there is no file: " + c.findings());
    }

    @Test
    void metaRefresh() {
        Cleaned c = clean("<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">");
        assertNoneLeft(c, "meta");
        assertEquals(List.of("6 html.remote"), c.codes());
        assertTrue(c.findings().get(0).fix().startsWith("link to that address instead"), c.findings().toString());
    }

    /**
     * A form pasted in from another website, its answers sent there: what to do is to link to it, not to "copy the file into
     * the content folder" (there is none), nor for a base or a refresh (an independent youth-mentoring handbook's pasted page).
     */
    @Test
    void aFormSendingItsAnswersElsewhereIsToldToLinkToIt() {
        Cleaned c = clean("<form action=\"https://forms.example/signup\"><input name=\"q\" type=\"text\"></form>");
        Finding action = c.findings().stream().filter(f -> f.code().equals("html.remote")).findFirst().orElseThrow();
        assertTrue(action.fix().startsWith("link to the form on its own website instead"), action.toString());
        Cleaned frame = clean("<iframe src=\"https://forms.example/signup\"></iframe>");
        assertTrue(frame.findings().get(0).message().startsWith("removed an <iframe> that loads"), frame.findings().toString());
        Cleaned box = clean("<form><input name=\"q\"></form>");
        assertTrue(box.findings().stream().anyMatch(f -> f.message().startsWith("removed an <input>;")), "a box written without a "
                + "type is named as written, not 'an <input type=\"\">': " + box.findings());
    }

    /**
     * A picture written in HTML without alt text gets the empty alt text Markdown's ![](x.png) writes, so that a screen
     * reader does not read its file's name and the page passes axe's image-alt (a Raspberry Pi project's steps); one named
     * otherwise (a title, aria-label) keeps that name.
     */
    @Test
    void aPictureInHtmlWithoutAltTextGetsAnEmptyOne() {
        Cleaned c = clean("<div class=\"preview\"><img src=\"demo.png\"></div>\n\n<img src=\"map.png\" title=\"The site map\">\n\n"
                + "<img src=\"key.png\" alt=\"The key safe\">");
        assertEquals(List.of("demo.png", "map.png", "key.png"), c.content().select("img").eachAttr("src"));
        assertEquals("", c.content().selectFirst("img[src=demo.png]").attr("alt"));
        assertTrue(c.content().selectFirst("img[src=demo.png]").hasAttr("alt"));
        assertFalse(c.content().selectFirst("img[src=map.png]").hasAttr("alt"), "named by its title");
        assertEquals("The key safe", c.content().selectFirst("img[src=key.png]").attr("alt"));
    }

    @Test
    void oldTagsGitHubStillShowsAreTheTagsThatMeanThatNow() {
        // A price struck out, a command in typewriter type, an acronym with its expansion: each kept as meant, no notice.
        Cleaned c = clean("<p>Run <tt>make</tt>; the fee was <strike>£10</strike> £12 for <acronym title=\"Disclosure and Barring Service\">DBS</acronym>.</p>");
        assertEquals("make", c.content().selectFirst("code").text(), c.content().html());
        assertEquals("£10", c.content().selectFirst("s").text());
        assertEquals("Disclosure and Barring Service", c.content().selectFirst("abbr").attr("title"));
        assertNoneLeft(c, "tt, strike, acronym");
        assertEquals(List.of(), c.codes());
    }

    @Test
    void aDocusaurusHeadBlockIsLeftOutWithANoticeAndAPicturesTitleStays() {
        // Docusaurus writes a page's metadata in a <head> block in its MDX; parsed into the page, its tag is gone, and
        // the <title> stayed in the text (searched, and shown as words by anything that reads the page's text).
        Cleaned c = clean("<head>\n  <meta name=\"keywords\" content=\"volunteers\" />\n  <title>Welcome to the toolkit</title>\n</head>\n\n"
                + "<svg viewBox=\"0 0 10 10\" role=\"img\"><title>A circle</title><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>");
        assertEquals(List.of("A circle"), c.content().select("title").eachText(), c.content().html());
        assertNoneLeft(c, "meta");
        assertFalse(c.content().text().contains("Welcome"), c.content().text());
        assertEquals(List.of("7 html.unsupported", "8 html.unsupported"), c.codes());
        assertTrue(c.findings().stream().allMatch(f -> f.severity() == Severity.NOTICE), c.findings().toString());
        assertTrue(c.findings().get(0).message().contains("a web page's metadata, pasted with its text"), c.findings().toString());
        Cleaned mdx = cleanPage("training/page.mdx", "---\ntitle: T\n---\nIntro.\n\n<head>\n  <meta name=\"keywords\" content=\"x\" />\n</head>\n",
                ScriptRule.REMOVE);
        assertTrue(mdx.findings().get(0).message().contains("as a <head> block in MDX writes"), mdx.findings().toString());
    }

    @Test
    void ping() {
        Cleaned c = clean("<a href=\"https://example.org/\" ping=\"https://track.example/click\">Example</a>");
        assertNoneLeft(c, "[ping]");
        assertEquals("https://example.org/", c.content().selectFirst("a").attr("href"), "a link to another website is still a link");
        assertEquals(List.of("6 html.remote"), c.codes());
    }

    // Obfuscated schemes and script vectors.

    @Test
    void remoteScriptWithATabInItsSchemeIsRemovedWithOneFinding() {
        Cleaned c = clean("<script src=\"ht&#x09;tps://tracker.example/t.js\"></script>");
        assertNoneLeft(c, "script");
        assertEquals(List.of("6 html.remote"), c.codes(), "one finding, not two");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\"&#x01;javascript:alert(1)\">x</a>",
            "<a href=\" JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"java&#10;script:alert(1)\">x</a>"})
    void javascriptLinksWithControlCharactersAreRemoved(String html) {
        Cleaned c = clean(html);
        assertNoneLeft(c, "a[href]");
        assertEquals(List.of("6 html.script"), c.codes());
    }

    /** Each link is named by the scheme written, obfuscation aside: a vbscript: link was called "a javascript: link" (QA-O). */
    @Test
    void aScriptLinkIsNamedByItsOwnScheme() {
        assertTrue(clean("<a href=\"vbscript:msgbox(1)\">x</a>").findings().get(0).message().contains("a vbscript: link"));
        assertTrue(clean("<a href=\"java&#x09;Script:alert(1)\">x</a>").findings().get(0).message().contains("a javascript: link"));
    }

    @Test
    void svgXlinkJavascriptIsRemoved() {
        Cleaned c = clean("<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"1\" y=\"9\">Click</text></a></svg>");
        assertTrue(c.content().select("a").stream().allMatch(a -> a.attributes().asList().stream()
                .noneMatch(x -> x.getValue().contains("javascript"))), c.html().html());
        assertEquals(List.of("6 html.script"), c.codes());
    }

    @Test
    void svgAnimationThatRewritesALinkIsRemoved() {
        Cleaned c = clean("<svg><a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>T</text></a></svg>");
        assertNoneLeft(c, "set, [to]");
        assertTrue(c.codes().contains("6 html.script"), c.codes().toString());
    }

    @Test
    void objectAndEmbedWithAnSvgThatScriptsAreRemoved() {
        // The site's own picture is shown as a picture, in which an SVG runs nothing; one from elsewhere is a link.
        Cleaned c = clean("<object data=\"../images/active.svg\" type=\"image/svg+xml\"></object>\n<embed src=\"https://evil.example/a.svg\">");
        assertNoneLeft(c, "object, embed");
        assertEquals(List.of("../images/active.svg"), c.content().select("img").eachAttr("src"));
        assertEquals(List.of("https://evil.example/a.svg"), c.content().select("a").eachAttr("href"));
        assertEquals(List.of("6 html.unsupported", "7 html.remote"), c.codes());
    }

    @Test
    void anObjectShowingAPictureOfTheSitesIsThePictureAndOneShowingADocumentALink() {
        // As Sourcegraph's handbook shows its one-page diagrams: <object role="document" data="onepager.svg" title="…">.
        Cleaned c = clean("<object role=\"document\" width=\"1133\" height=\"1889\" title=\"One pager: async or sync\" data=\"onepager.svg\" "
                + "style=\"width: 80%\"><p>fallback</p></object>\n<p><embed src=\"rota.pdf\" type=\"application/pdf\"></p>\n<object></object>");
        assertNoneLeft(c, "object, embed");
        Element picture = c.content().selectFirst("img");
        assertEquals("<img src=\"onepager.svg\" alt=\"One pager: async or sync\" width=\"1133\" height=\"1889\">",
                picture.outerHtml().replaceAll(" data-hb-[a-z]+=\"[^\"]*\"", ""));
        assertEquals(List.of("rota.pdf"), c.content().select("p > a").eachAttr("href"), "a link in the paragraph it was in");
        assertEquals(List.of("6 html.unsupported", "7 html.unsupported", "8 html.unsafe"), c.codes(), "an object showing nothing is removed");
    }

    /** An object showing a file on the author's disk says so, not that there was nothing to link to (as a picture there does, 0005cd2). */
    @Test
    void anObjectShowingAFileOnTheAuthorsDiskIsSaidToBeOne() {
        Cleaned c = clean("<object data=\"file:///C:/Users/sam/Documents/x.pdf\"></object>\n<iframe src=\"FILE:///home/sam/rota.html\"></iframe>");
        assertNoneLeft(c, "object, iframe");
        assertEquals(List.of("6 html.unsafe", "7 html.unsafe"), c.codes());
        Finding object = c.findings().get(0);
        assertTrue(object.message().contains("<object> showing 'file:///C:/Users/sam/Documents/x.pdf', a file on the computer the page was"
                + " written on"), object.message());
        assertEquals("copy the file into the content folder and link to it from the page, [x.pdf](x.pdf)", object.fix());
        assertTrue(c.findings().get(1).fix().endsWith("[rota.html](rota.html)"), c.findings().get(1).fix());
    }

    /**
     * kramdown's markdown="1" asks for the element's content to be read as Markdown, which the build does: it goes without
     * a notice, where it was "not among the attributes a page may use" (37 notices on opensource.guide). Another value,
     * or another unknown attribute, is still said.
     */
    @Test
    void kramdownsMarkdownAttributeGoesWithoutANotice() {
        Cleaned c = clean("<span markdown=\"1\">A *quote*</span> <div markdown=\"block\">Text</div>\n<span markdown=\"0\" foo=\"x\">Raw</span>");
        assertNoneLeft(c, "[markdown]");
        assertEquals(List.of("7 html.unsupported", "7 html.unsupported"), c.codes(), "markdown=\"0\" and foo are said");
    }

    @Test
    void eventAttributesAndFormActionsAreRemoved() {
        Cleaned c = clean("<div onclick=\"steal()\" onmouseover=\"x()\">Hover</div>\n"
                + "<form action=\"https://evil.example/collect\"><button formaction=\"https://evil.example/b\">Send</button></form>");
        assertNoneLeft(c, "[onclick], [onmouseover], form, [action], [formaction], button");
        assertEquals(List.of("6 html.script", "6 html.script", "7 html.remote", "7 html.remote", "7 html.unsupported", "7 html.unsupported"),
                c.codes());
    }

    /**
     * A link whose scheme is a slip of the keyboard (18F's handbook and opensource.guide's translations wrote
     * hhttps://…) is told the address it meant, where its fix said only "link to a page or a website instead".
     */
    @Test
    void aMistypedWebAddressIsToldTheAddressItMeant() {
        Cleaned c = clean("<a href=\"hhttps://example.org/saying-no/\">no</a> <a href=\"htps:/example.org\">x</a>"
                + " <a href=\"gopher://example.org\">y</a>");
        assertEquals(List.of("did you mean https://example.org/saying-no/? Correct the address's start",
                        "did you mean https://example.org? Correct the address's start", "link to a page or a website instead"),
                c.findings().stream().map(Finding::fix).sorted().toList());
    }

    @Test
    void foreignObjectIsRemoved() {
        Cleaned c = clean("<svg><foreignObject><iframe src=\"https://evil.example\"></iframe></foreignObject></svg>");
        assertNoneLeft(c, "foreignobject, iframe");
        assertEquals(List.of("6 html.unsafe"), c.codes());
    }

    @Test
    void linkElementsAreRemoved() {
        Cleaned c = clean("<link rel=\"stylesheet\" href=\"//fonts.example/css\">");
        assertNoneLeft(c, "link");
        assertEquals(List.of("6 html.remote"), c.codes());
    }

    @Test
    void aRemoteFrameBecomesALink() {
        Cleaned c = clean("<iframe src=\"https://video.example/embed/1\" title=\"Our welcome video\"></iframe>");
        assertNoneLeft(c, "iframe");
        Element link = c.content().selectFirst("p > a");
        assertEquals("https://video.example/embed/1", link.attr("href"));
        assertEquals("Our welcome video (on its website)", link.text());
        assertEquals(List.of("6 html.remote"), c.codes());
    }

    // What scripts handbook.yml allows.

    @Test
    void inlineScriptsAreRemovedByDefaultWithAWarning() {
        Cleaned c = clean("<script>alert('hi')</script>\n<p>A <b onclick=\"x()\">bold</b> <a href=\"javascript:go()\">link</a>.</p>");
        assertNoneLeft(c, "script, [onclick], a[href]");
        assertEquals(List.of("6 html.script", "7 html.script", "7 html.script"), c.codes());
        assertTrue(c.findings().stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertTrue(c.findings().get(0).message().startsWith("removed"), c.findings().get(0).message());
    }

    @Test
    void stripScriptsStillRemovesThemWithANotice() {
        Cleaned c = clean("<script>alert('hi')</script>", ScriptRule.REMOVE_AS_ASKED);
        assertNoneLeft(c, "script");
        assertEquals(List.of("6 html.script-stripped"), c.codes());
        assertEquals(Severity.NOTICE, c.findings().get(0).severity());
    }

    @Test
    void allowScriptsKeepsInlineScriptsWithAWarningButNeverRemoteOnes() {
        Cleaned c = clean("<script>document.title = 'kept'</script>\n<script src=\"https://cdn.example/lib.js\"></script>", ScriptRule.KEEP);
        assertEquals(1, c.content().select("script").size(), c.html().html());
        assertTrue(c.content().selectFirst("script").data().contains("kept"));
        assertEquals(List.of("6 html.script", "7 html.remote"), c.codes());
        assertTrue(c.findings().get(0).message().startsWith("kept"), c.findings().get(0).message());
    }

    @Test
    void fencedCodeIsNotTouched() {
        Cleaned c = cleanPage("p.md", "---\ntitle: T\n---\n```html\n<script src=\"https://x.example/a.js\"></script>\n```\n", ScriptRule.REMOVE);
        assertTrue(c.content().selectFirst("pre").text().contains("<script src="));
        assertEquals(List.of(), c.codes());
    }

    // What handbooks legitimately use stays as written, with no finding.

    @Test
    void legitimateHtmlAndMarkdownMarkupStay() {
        String page = "---\ntitle: T\n---\n# Heading {#custom}\n\n"
                + "<details open><summary>More</summary>\n\nHidden *text* with a footnote[^1].\n\n</details>\n\n"
                + "<figure><img src=\"../images/a.png\" alt=\"A\" width=\"40\"><figcaption>A <abbr title=\"Peer Mentor\">PM</abbr></figcaption></figure>\n\n"
                + "<table><caption>T</caption><tr><th scope=\"col\">H</th></tr><tr><td colspan=\"2\">C<sup>2</sup><sub>x</sub></td></tr></table>\n\n"
                + "<p lang=\"cy\" dir=\"ltr\" role=\"note\" aria-label=\"Welsh\">Press <kbd>Ctrl</kbd>, <mark>marked</mark>, <code>x</code></p>\n\n"
                + "<dl><dt>Term</dt><dd>Definition</dd></dl>\n\n"
                + "<audio controls src=\"../media/a.mp3\"></audio>\n\n"
                + "<div class=\"callout\" style=\"color: #333; background: url(../images/bg.png)\">Styled</div>\n\n"
                + "- [ ] a task\n- [x] done\n\n"
                + "<div><input type=\"checkbox\" id=\"c1\" value=\"checkbox\"> <label for=\"c1\">Has a licence</label></div>\n\n"
                + "[Local](other.md), [web](https://example.org), [mail](mailto:a@example.org), ![pic](images/a.png)\n\n"
                + "[^1]: The note.\n";
        Cleaned c = cleanPage("training/p.md", page, ScriptRule.REMOVE);
        assertEquals(List.of(), c.codes());
        Element content = c.content();
        assertNotNull(content.selectFirst("details[open] > summary"));
        assertNotNull(content.selectFirst("details em"));
        assertNotNull(content.selectFirst("figure > figcaption > abbr[title]"));
        assertNotNull(content.selectFirst("td[colspan=2] sup"));
        assertNotNull(content.selectFirst("p[lang=cy][dir=ltr][role=note][aria-label=Welsh] kbd"));
        assertNotNull(content.selectFirst("dl > dt + dd"));
        assertNotNull(content.selectFirst("audio[controls][src=../media/a.mp3]"));
        assertTrue(content.selectFirst("div.callout").attr("style").contains("url(../images/bg.png)"));
        assertEquals(2, content.select("li input[type=checkbox][disabled]").size(), "task list checkboxes");
        assertNotNull(content.selectFirst("input[type=checkbox][value=checkbox] + label[for=c1]"), "opensource.guide's checklists");
        assertNotNull(content.selectFirst("a[href=mailto:a@example.org]"));
        assertNotNull(content.selectFirst("a[href=https://example.org]"));
        assertNotNull(content.selectFirst("sup a[href^=#fn]"), "footnote reference: " + c.html().html());
        assertNotNull(content.selectFirst("img[src=images/a.png]"));
    }

    @Test
    void unknownHarmlessElementsGiveWayToTheirText() {
        Cleaned c = clean("<center><font color=\"red\">Old markup</font></center>");
        assertNoneLeft(c, "center, font");
        assertTrue(c.content().text().contains("Old markup"));
        assertEquals(List.of("6 html.unsupported", "6 html.unsupported"), c.codes(), "each element once, not its attributes again");
        assertTrue(c.findings().stream().allMatch(f -> f.severity() == Severity.NOTICE));
    }

    /** What a visit takes out is not visited inside; what it unwraps is, through the element it leaves behind. */
    @Test
    void insideARemovedElementNothingIsVisitedAndInsideAnUnwrappedOneAllIs() {
        Cleaned c = clean("<center><font><iframe srcdoc=\"&lt;b&gt;\"></iframe><span onclick=\"go()\">Tap</span></font></center>"
                + "<object data=\"x.svg\"><script>never()</script><blink>never</blink></object>");
        assertNoneLeft(c, "center, font, iframe, object, script, blink, [onclick]");
        assertEquals("Tap", c.content().select("span").text(), "the span, two unwrapped elements down, was visited");
        List<String> codes = c.findings().stream().map(Finding::code).sorted().toList();
        assertEquals(List.of("html.script", "html.unsafe", "html.unsupported", "html.unsupported", "html.unsupported"), codes,
                "<center>, <font>, the frame, the span's handler, the object (its picture shown as one); nothing from inside the object: "
                        + c.findings());
    }

    /** Raw HTML nested 20,000 deep is cleaned all the way down (each element's place checked in a step, not a walk). */
    @Test
    void deeplyNestedHtmlIsCleanedToTheBottom() {
        int depth = 20_000;
        Cleaned c = clean("<div>".repeat(depth) + "<span onclick=\"go()\">Deep</span>" + "</div>".repeat(depth));
        assertNoneLeft(c, "[onclick]");
        assertEquals("Deep", c.content().select("span").text());
        assertEquals(depth, c.content().select("div").size());
    }

    @Test
    void aComponentWithoutContentThatGivesItsWordsInTextLeavesThem() {
        Cleaned c = clean("<p>Since 1.2 <Badge type=\"tip\" text=\"beta\" /> and <Badge type=\"info\">new</Badge></p>");
        assertEquals("Since 1.2 beta and new", c.content().select("p").get(1).text(), "VitePress' badge");
        Cleaned card = clean("<card heading=\"API keys\" description=\"Create and delete them\" href=\"/keys\"></card>");
        assertTrue(card.content().text().contains("API keys — Create and delete them"), card.content().html());
        assertEquals(List.of("6 html.unsupported"), c.codes(), "<badge> said once on its line, its attributes not at all");
    }

    @Test
    void anUnclosedElementIsReportedOnItsLine() {
        Cleaned c = clean("<div class=\"notes\">\nopen");
        assertEquals(List.of("6 html.unclosed"), c.codes());
        assertTrue(c.content().select("[data-hb-unclosed]").isEmpty());
    }

    @Test
    void anUnclosedNameInAngleBracketsIsAPlaceholderShownAsWritten() {
        // "-o jsonpath=<expr>" in a table of options: a name the reader replaces, not HTML (GitHub and Hugo drop it).
        Cleaned c = clean("| Option | Meaning |\n|---|---|\n| -o jsonpath=<expr> | a JSONPath |\n| -o custom-columns=<spec> | the"
                + " columns |\n\nSend it to <your-email> today, then click 'New <page type>'.");
        assertEquals(List.of("-o jsonpath=<expr>", "-o custom-columns=<spec>"), c.content().select("td:eq(0)").eachText());
        assertTrue(c.content().text().contains("Send it to <your-email> today, then click 'New <page type>'."), c.content().text());
        assertEquals(List.of("8 html.unclosed", "9 html.unclosed", "11 html.unclosed", "11 html.unclosed"), c.codes());
        assertTrue(c.findings().get(0).message().contains("shown as the text <expr>"), c.findings().get(0).message());
        // With an attribute it is an element the author meant, closed as before.
        Cleaned element = clean("<div class=\"notes\">\nopen");
        assertEquals("open", element.content().select("div.notes").text());
    }

    @Test
    void imagesClimbingOutOfTheSiteInStylesAreRemoved() {
        Cleaned c = clean("<div style=\"background: url(../../../outside.png)\">A</div>");
        assertNoneLeft(c, "[style]");
        assertEquals(List.of("6 html.css"), c.codes());
    }

    @Test
    void otherAttributesAreNoticesUnlessTheyLoadOrRunSomething() {
        Cleaned c = clean("<p data-note=\"/not/a/load\" contenteditable=\"true\">Text</p>");
        assertNoneLeft(c, "[data-note], [contenteditable]");
        assertEquals(List.of("6 html.unsupported", "6 html.unsupported"), c.codes());
    }

    @Test
    void javascriptMarkdownLinksAreCaughtToo() {
        // Flexmark drops a plain javascript: destination itself; one hidden by a character entity is
        // percent-encoded by the renderer (java%09script:), which a browser reads as a relative address, not a
        // script. Whichever catches it, no link that runs code is left.
        Cleaned c = cleanPage("p.md", "---\ntitle: T\n---\n[click](java&#9;script:alert(1)) [c](&#1;javascript:alert(3))\n"
                + "and [web](https://example.org)\n", ScriptRule.REMOVE);
        for (org.jsoup.nodes.Element a : c.content().select("a[href]")) {
            assertEquals(SiteUrl.LOCAL == SiteUrl.of(a.attr("href"), "") || a.attr("href").startsWith("https:"), true, a.attr("href"));
            assertTrue(!SiteUrl.normalise(a.attr("href")).toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"), a.attr("href"));
        }
    }
}
