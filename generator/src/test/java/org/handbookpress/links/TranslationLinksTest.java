package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationLinksTest {

    /**
     * A page links its original in another language, kept beside it by file name, which the build leaves out (one
     * language a handbook): a warning saying so, and the link's words without the link. It was an error calling the
     * translation "a draft, or a page it could not read", and the build failed.
     */
    @Test
    void aLinkToATranslationLeftOutIsAWarningThatSaysWhy(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Allotment society\nlanguage: en\n",
                "index.md", "# Allotment society\n\nSee [the rules](rules.md).\n",
                "rules.md", "# Rules\n\nThis is a translation; [the Welsh text](rules.cy.md) is the one that counts.\n",
                "rules.cy.md", "# Rheolau\n\nTestun.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertEquals(List.of("rules.md:3 link.translation"), result.findings().stream().filter(f -> f.code().startsWith("link."))
                .map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertEquals("link to 'rules.cy.md', but rules.cy.md is a translation into cy kept beside its page, which the build leaves out:"
                + " the handbook is in one language; the link's words are shown without it", result.findings().stream()
                .filter(f -> f.code().equals("link.translation")).findFirst().orElseThrow().message());
        Document page = TestHandbooks.page(out, "rules.html");
        assertEquals(List.of(), page.select("main .page-body a[href*=cy]").eachAttr("href"));
    }
}
