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

    /**
     * An independent food bank's handbook, in English with a Spanish translation, wrote {@code [[Glossary#Quarantine
     * shelf|quarantine shelf]]}: once {@code es/glossary.md} was added beside {@code glossary.md}, the file's name was
     * no page's ("matches no page title or path", an error), and written {@code [[glossary#…]]} the glossary had "no
     * heading 'Quarantine shelf'". A file name two pages share names the nearest, as a shared title does, and a
     * glossary's terms are its headings for a wiki link.
     */
    @Test
    void aWikiLinkToAGlossarysTermFindsTheNearestGlossaryAndTheEntry(@TempDir Path dir) throws Exception {
        String glossary = "---\nkind: glossary\n---\n# %s\n\n%s\n: %s\n";
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Volunteers\nlanguage: en-GB\nlanguages:\n  es: {title: Voluntariado}\n",
                "index.md", "# Home\n\nSee the [[Glossary]].\n",
                "toolkit/sorting.md", "# Sorting\n\nPut it on the [[Glossary#Quarantine shelf|quarantine shelf]].\n",
                "glossary.md", glossary.formatted("The words we use", "Quarantine shelf", "The red shelf for doubtful items."),
                "es/index.md", "# Inicio\n\nMira el [[Glossary]].\n",
                "es/toolkit/sorting.md", "# Clasificar\n\nVa al [[glossary#Estante de cuarentena|estante]].\n",
                "es/glossary.md", glossary.formatted("Las palabras que usamos", "Estante de cuarentena", "El estante rojo.")));
        org.handbookpress.BuildResult result;
        try {
            result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(),
                    BuildLog.SILENT).run();
        } catch (BuildFailure failure) {
            throw new AssertionError(failure.findings().toString(), failure);
        }
        assertEquals(List.of(), result.findings().stream().filter(f -> f.code().startsWith("link.")).map(Finding::toString).toList());
        assertEquals("../glossary.html#term-quarantine-shelf", link(result, "toolkit/sorting.html", "quarantine shelf"));
        assertEquals("../glossary.html#term-estante-de-cuarentena", link(result, "es/toolkit/sorting.html", "estante"));
        assertEquals("glossary.html", link(result, "index.html", "The words we use"));
        assertEquals("glossary.html", link(result, "es/index.html", "Las palabras que usamos"), "the Spanish page's nearest glossary");
    }

    private static String link(org.handbookpress.BuildResult result, String page, String words) throws java.io.IOException {
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(java.nio.file.Files.readString(result.output().resolve(page)));
        return html.select("main a.wiki-link").stream().filter(a -> a.text().equals(words)).findFirst().orElseThrow(() -> new AssertionError(
                html.select("main a").outerHtml())).attr("href");
    }
}
