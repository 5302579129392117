package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;

class RawScriptsTest {

    private static final String PAGE = "---\ntitle: T\n---\nIntro.\n\n<script>alert('hi')</script>\n\n"
            + "A <a href=\"javascript:go()\">link</a> and <b onclick=\"x()\">bold</b>.\n\n```html\n<script>shown as code</script>\n```\n";

    @Test
    void warnsAboutEachScriptWithItsLine() {
        Findings findings = new Findings();
        PageHtml html = PageFixture.html("p.md", PAGE);
        new RawScripts(false, findings).apply(html);
        List<Finding> found = findings.sorted();
        assertEquals(List.of("html.script@6:1", "html.script@8:6", "html.script@8:45"),
                found.stream().map(f -> f.code() + "@" + f.line() + ":" + f.column()).toList(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertFalse(html.content().select("script").isEmpty(), "without strip-scripts the page is left as written");
    }

    @Test
    void stripsScriptsWhenAsked() {
        Findings findings = new Findings();
        PageHtml html = PageFixture.html("p.md", PAGE);
        new RawScripts(true, findings).apply(html);
        assertTrue(html.content().select("script").isEmpty());
        assertTrue(html.content().select("[onclick]").isEmpty());
        assertEquals("", html.content().selectFirst("a").attr("href"));
        assertTrue(html.content().selectFirst("pre").text().contains("<script>shown as code</script>"), "code stays");
        assertEquals(3, findings.count(Severity.NOTICE));
        assertEquals(0, findings.count(Severity.WARNING));
        assertTrue(findings.sorted().stream().allMatch(f -> f.code().equals("html.script-stripped")));
    }
}
