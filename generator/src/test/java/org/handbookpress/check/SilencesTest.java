package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;

class SilencesTest {

    private static final Silences RULES = Silences.of(List.of(
            PageFixture.page("a.md", "---\ntitle: A\nignore: [page.unreachable, placeholder]\n---\ntext\n"),
            PageFixture.page("b.md", "---\ntitle: B\n---\nline 4\n\n<!-- handbook-ignore image.alt-missing link.broken -->\n\n![](x.png)\n"
                    + "An image ![](y.png) <!-- handbook-ignore image.alt-missing -->\n![](z.png)\n")));

    private static Finding finding(String file, int line, String code) {
        return Finding.warning(file, line, code, "m", "f");
    }

    @Test
    void frontMatterSilencesCodesAndGroupsOnItsPage() {
        assertTrue(RULES.test(finding("a.md", 0, "page.unreachable")));
        assertTrue(RULES.test(finding("a.md", 9, "placeholder.todo")), "a group name silences its codes");
        assertFalse(RULES.test(finding("a.md", 9, "heading.empty")));
        assertFalse(RULES.test(finding("b.md", 0, "page.unreachable")), "only on the page that asks");
        assertFalse(RULES.test(finding("a.md", 9, "placeholders.todo")), "a group matches at a dot only");
    }

    @Test
    void commentSilencesTheNextNonBlankLineOrItsOwn() {
        assertTrue(RULES.test(finding("b.md", 8, "image.alt-missing")));
        assertTrue(RULES.test(finding("b.md", 8, "link.broken")));
        assertTrue(RULES.test(finding("b.md", 9, "image.alt-missing")), "a comment at the end of the line");
        assertFalse(RULES.test(finding("b.md", 10, "image.alt-missing")), "not the lines after");
        assertFalse(RULES.test(finding("b.md", 8, "heading.empty")));
    }

    @Test
    void guardsCannotBeSilenced() {
        Silences all = Silences.of(List.of(PageFixture.page("a.md",
                "---\nignore: [link, image, file, output, template, yaml]\n---\ntext\n")));
        assertFalse(all.test(finding("a.md", 3, "link.outside")));
        assertFalse(all.test(finding("a.md", 3, "link.md-outside")));
        assertFalse(all.test(finding("a.md", 3, "image.remote")));
        assertFalse(all.test(finding("a.md", 0, "file.encoding")));
        assertTrue(all.test(finding("a.md", 3, "link.broken")));
    }

    @Test
    void findingsKeepsSilencedOnesApartAndCountsThem() {
        Findings findings = new Findings();
        findings.add(finding("a.md", 1, "page.unreachable"));
        findings.add(finding("a.md", 2, "heading.empty"));
        findings.silence(RULES);
        findings.add(finding("a.md", 3, "placeholder.todo"));
        findings.add(finding("b.md", 3, "placeholder.todo"));
        assertEquals(List.of("a.md:2", "b.md:3"), findings.sorted().stream().map(f -> f.file() + ":" + f.line()).toList());
        assertEquals(2, findings.silencedCount());
        assertTrue(findings.summary().endsWith(", 2 silenced"), findings.summary());
    }
}
