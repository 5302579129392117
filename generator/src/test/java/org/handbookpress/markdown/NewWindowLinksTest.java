package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildResult;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kramdown's {@code {:target="_blank"}} after a link, on nearly every outside link of a Jekyll site, and raw HTML's
 * {@code <a target="_blank">}: not applied (the link
 * opens in the reader's window) and told once for the handbook as a notice, where each list was a warning.
 */
class NewWindowLinksTest {

    private static List<String> found(Findings findings) {
        return findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code()).toList();
    }

    @Test
    void linksAskingForANewWindowAreOneNoticeForTheHandbook() {
        Findings findings = new Findings();
        NewWindowLinks gathered = new NewWindowLinks();
        AttributeLists lists = new AttributeLists(findings, null, gathered);
        PageHtml rota = PageFixture.html("rota.md", """
                Sign up on [the form](https://example.org/form){:target="_blank"}.

                Read [the guide](https://example.org/guide){: target='_blank' rel="noopener noreferrer" .outside}.
                """);
        PageHtml kit = PageFixture.html("kit/first-aid.md", """
                # First aid

                Order [a kit](https://example.org/kit){:target="_blank" style="color: red"}.
                """);
        lists.apply(kit);
        lists.apply(rota);
        assertEquals(List.of("kit/first-aid.md:3 warning syntax.attributes-ignored"), found(findings),
                "only the style is a warning; nothing said of the windows before every page is read");
        assertTrue(findings.sorted().get(0).message().contains("asks for style=\"color: red\", which"), findings.sorted().get(0).message());
        gathered.report(findings);
        Finding notice = findings.sorted().stream().filter(f -> f.code().equals(NewWindowLinks.CODE)).findFirst().orElseThrow();
        assertEquals("kit/first-aid.md:3 notice", notice.file() + ":" + notice.line() + " " + notice.severity().label());
        assertTrue(notice.message().startsWith("3 links ask to open in a new window"), notice.message());
        assertTrue(notice.message().endsWith("(first here; 2 files: kit/first-aid.md, rota.md)"), notice.message());
        assertEquals(2, findings.sorted().size());
        for (Element link : List.of(rota.content().select("a").get(0), rota.content().select("a").get(1), kit.content().selectFirst("a"))) {
            assertFalse(link.hasAttr("target") || link.hasAttr("rel") || link.hasAttr("style"), link.outerHtml());
            assertFalse(link.parent().text().contains("{"), link.parent().outerHtml());
        }
        assertTrue(rota.content().select("a").get(1).hasClass("outside"), "a class beside it is applied");
        gathered.report(findings);
        assertEquals(2, findings.sorted().size(), "told once");
    }

    @Test
    void aSilencedLinkIsLeftOutAndARelAloneIsApplied() {
        Findings findings = new Findings();
        findings.silence(f -> f.line() == 3);
        NewWindowLinks gathered = new NewWindowLinks();
        PageHtml page = PageFixture.html("a.md", """
                [One](https://example.org/1){:target="_blank"}

                [Two](https://example.org/2){:target="_blank"}

                [Three](https://example.org/3){:rel="nofollow"}
                """);
        new AttributeLists(findings, null, gathered).apply(page);
        gathered.report(findings);
        assertEquals(List.of("a.md:1 notice syntax.link-target"), found(findings), "a rel alone is applied");
        assertEquals("nofollow", page.content().selectFirst("a[href$=3]").attr("rel"), "what the link is, said as an <a> in HTML says it");
        assertTrue(findings.sorted().get(0).message().startsWith("a link asks to open in a new window"), findings.sorted().get(0).message());
        assertEquals(1, findings.silencedCount(), "the silenced one is counted, not told");
    }

    /** Through a build: several pages' lists are one notice, and the site's links open in the reader's window. */
    @Test
    void aBuildTellsThemOnce(@TempDir Path dir) throws Exception {
        Path content = org.handbookpress.TestHandbooks.write(dir.resolve("content"), Map.of(
                "index.md", "# Home\n\nSee [our partner](https://example.org/){:target=\"_blank\"}.\n",
                "b.md", "# B\n\n[One](https://example.org/1){:target=\"_blank\"} and [two](https://example.org/2){:target=\"_blank\"}.\n"));
        BuildResult result;
        try {
            result = org.handbookpress.TestHandbooks.buildWithoutPdfs(content, dir.resolve("out"));
        } catch (BuildFailure failure) {
            throw new AssertionError(failure.findings().toString(), failure);
        }
        List<Finding> told = result.findings().stream().filter(f -> f.code().startsWith("syntax.")).toList();
        assertEquals(1, told.size(), told.toString());
        assertEquals("b.md:3 notice syntax.link-target", told.get(0).file() + ":" + told.get(0).line() + " " + told.get(0).severity().label() + " "
                + told.get(0).code());
        assertTrue(told.get(0).message().startsWith("3 links ask"), told.get(0).message());
        assertFalse(org.handbookpress.TestHandbooks.page(dir.resolve("out"), "index.html").select("a[target]").stream()
                .anyMatch(a -> a.attr("href").startsWith("https://example.org")));
    }

    @Test
    void rawHtmlAskingForANewWindowIsToldWithTheListsAndNotApplied() {
        Findings findings = new Findings();
        NewWindowLinks gathered = new NewWindowLinks();
        AttributeLists lists = new AttributeLists(findings, null, gathered);
        PageHtml donate = PageFixture.html("donate.md", """
                Give through <a href="https://example.org/give" TARGET="_blank" rel="nofollow">our page</a>.

                Ask <a href="https://example.org/ask" target="_self">here</a> or in [the form](https://example.org/form){:target="_blank"}.
                """);
        lists.apply(donate);
        gathered.report(findings);
        assertEquals(List.of("donate.md:1 notice syntax.link-target"), found(findings));
        assertTrue(findings.sorted().get(0).message().startsWith("2 links ask to open in a new window"), findings.sorted().get(0).message());
        Element give = donate.content().selectFirst("a[href$=give]");
        assertFalse(give.hasAttr("target"), give.outerHtml());
        assertEquals("nofollow", give.attr("rel"), "what the link is stays said");
        assertFalse(donate.content().selectFirst("a[href$=ask]").hasAttr("target"), "the reader's own window needs no saying");
    }
}
