package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A Welsh translator saved the first chapter under a Welsh name, {@code cy/toolkit/01-cyn-y-sesiwn.md}, and wrote a
     * Welsh-only page: nothing leads to either (found building an independent sports club's bilingual handbook). The plain
     * advice, to add the page or its folder to {@code nav:}, would put the Welsh folder into the English menu; the
     * finding says which path the translation needs instead, and which page it most likely translates.
     */
    @Test
    void aTranslationUnderANameOfItsOwnIsToldThePathOfThePageItTranslates() {
        List<Page> pages = Stream.of("index.md", "toolkit/01-before-the-session.md", "toolkit/02-running-the-session.md",
                "toolkit/03-warm-up-games.md", "cy/index.md", "cy/toolkit/01-cyn-y-sesiwn.md", "cy/toolkit/02-running-the-session.md",
                "cy/toolkit/diogelwch.md", "cy/extra/nodiadau.md").map(UnreachablePagesTest::page).toList();
        Findings findings = new Findings();
        new UnreachablePages(p -> !p.path().startsWith("cy/") && !p.path().equals("index.md"), findings,
                LanguageFolders.of(pages, "en-GB", Set.of("cy"))).check(new Handbook(Path.of("content"), HandbookConfig.defaults(), pages, List.of()));
        List<String> said = findings.sorted().stream().map(f -> f.file() + ": " + f.message() + " — " + f.fix()).toList();
        assertEquals(3, said.size(), said.toString());
        assertEquals("cy/extra/nodiadau.md: no menu entry or language switch leads to this page: it is in the folder of translations"
                + " 'cy/' but translates no page, since there is no extra/nodiadau.md (the menu on the pages in 'cy/' is the"
                + " handbook's, each entry leading to the translation at the same path) — write the page it translates at"
                + " extra/nodiadau.md, or rename it to the path of the page it translates, after 'cy/'; if it is meant to be"
                + " reached only through links, add 'ignore: [page.unreachable]' to its front matter", said.get(0));
        assertTrue(said.get(1).startsWith("cy/toolkit/01-cyn-y-sesiwn.md: no menu entry or language switch leads to this page:"), said.get(1));
        assertTrue(said.get(1).endsWith(" — if it translates toolkit/01-before-the-session.md, rename it cy/toolkit/01-before-the-session.md"
                + " (a translation keeps its original's path, after 'cy/'); if it is meant to be reached only through links, add"
                + " 'ignore: [page.unreachable]' to its front matter"), said.get(1));
        assertTrue(said.get(2).endsWith(" — rename it to the path of the page it translates, after 'cy/' (not translated yet:"
                + " toolkit/01-before-the-session.md, toolkit/03-warm-up-games.md); if it is meant to be reached only through links,"
                + " add 'ignore: [page.unreachable]' to its front matter"), said.get(2));
        assertFalse(said.stream().anyMatch(s -> s.contains("to 'nav:'")), "not the advice that would put cy/ into the English menu");
    }

    @Test
    void withoutFoldersOfTranslationsAPageOutsideTheMenuIsReported() {
        assertEquals(List.of("a.md page.unreachable"), unreachable(Set.of("b.md"), "index.md", "a.md", "b.md"));
    }
}
