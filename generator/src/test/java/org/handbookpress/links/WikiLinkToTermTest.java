package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildFailure;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wiki link naming a term of the glossary rather than a page ({@code [[Player voice]]}, as a coach who keeps notes in
 * Obsidian links a word) says so, and how to link it: it said only "use a page's exact title", and no page has one.
 */
class WikiLinkToTermTest {

    @Test
    void aWikiLinkToATermSaysItIsATermAndHowToLinkIt(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "index.md", "# Home\n\nStart with a [[Session plan]].\n",
                "toolkit/01-why.md", "# Why we coach\n\nThe coach listens: we call this [[player voice]]. See [[Nowhere at all]].\n",
                "glossary.md", "---\nkind: glossary\n---\n# The words we use\n\nPlayer voice\n: Asking young people what they enjoy.\n\n"
                        + "Session plan\n: A written outline of a session.\n"));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> new HandbookBuild(BuildOptions.of(content, dir.resolve("site"))
                .withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run());
        List<Finding> found = failure.findings().stream().filter(f -> f.code().equals("link.wiki-missing")).toList();
        assertEquals(List.of("index.md:3", "toolkit/01-why.md:3", "toolkit/01-why.md:3"),
                found.stream().map(f -> f.file() + ":" + f.line()).toList());
        Finding plan = found.get(0);
        Finding voice = found.stream().filter(f -> f.message().contains("[[player voice]]")).findFirst().orElseThrow();
        Finding nowhere = found.stream().filter(f -> f.message().contains("[[Nowhere at all]]")).findFirst().orElseThrow();
        assertTrue(plan.message().endsWith("it is a term of the glossary"), plan.message());
        assertTrue(plan.fix().endsWith("[Session plan](glossary.md#term-session-plan)"), plan.fix());
        assertTrue(voice.fix().endsWith("[player voice](../glossary.md#term-player-voice)"), voice.fix());
        assertTrue(!nowhere.message().contains("glossary"), nowhere.message());
        assertEquals("use a page's exact title or its path without .md", nowhere.fix());
    }
}
