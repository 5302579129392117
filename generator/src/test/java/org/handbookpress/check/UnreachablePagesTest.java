package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.HandbookConfig;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;

class UnreachablePagesTest {

    private static Page page(String path) {
        return new Page(path, path.replace(".md", ".html"), Path.of(path), FrontMatter.empty(), path, "# " + path + "\n", 1);
    }

    /** The files reported, when the menu ({@code nav:}) leads to the pages {@code inMenu} only. */
    private static List<String> unreachable(Set<String> inMenu, String... paths) {
        List<Page> pages = Stream.of(paths).map(UnreachablePagesTest::page).toList();
        Findings findings = new Findings();
        new UnreachablePages(p -> inMenu.contains(p.path()), findings, LanguageFolders.of(pages, "en-GB"))
                .check(new Handbook(Path.of("content"), HandbookConfig.defaults(), pages, List.of()));
        return findings.sorted().stream().map(f -> f.file() + " " + f.code()).toList();
    }

    /** A bilingual handbook's nav: lists the English pages; each Welsh one is reached by the switch on its English one. */
    @Test
    void aTranslationOfAPageTheMenuLeadsToIsReachedThroughTheLanguageSwitch() {
        assertEquals(List.of("cy/toolkit/forgotten.md page.unreachable", "cy/toolkit/only-welsh.md page.unreachable",
                        "toolkit/forgotten.md page.unreachable"),
                unreachable(Set.of("toolkit/first.md", "toolkit/second.md", "glossary.md"),
                        "index.md", "toolkit/first.md", "toolkit/second.md", "toolkit/forgotten.md", "glossary.md",
                        "cy/index.md", "cy/toolkit/first.md", "cy/toolkit/second.md", "cy/toolkit/forgotten.md", "cy/glossary.md",
                        "cy/toolkit/only-welsh.md", "cy/toolkit/index.md"),
                "the Welsh folder's own page: the menu's Toolkit entry leads to it from a Welsh page");
    }

    @Test
    void withoutFoldersOfTranslationsAPageOutsideTheMenuIsReported() {
        assertEquals(List.of("a.md page.unreachable"), unreachable(Set.of("b.md"), "index.md", "a.md", "b.md"));
    }
}
