package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

/** The same page in the handbook's other languages, for the switch a bilingual public body's site needs on every page. */
class LanguageSwitchTest {

    private static List<Page> pages(String... paths) {
        return Stream.of(paths).map(p -> PageFixture.page(p, "# Page\n\nText.\n")).toList();
    }

    private static LanguageSwitch of(String language, List<Page> pages, String... otherAddresses) {
        List<String> addresses = Stream.concat(pages.stream().map(Page::url), Stream.of(otherAddresses)).toList();
        return new LanguageSwitch(LanguageFolders.of(pages, language), language, addresses);
    }

    @Test
    void anEnglishPageLinksItsWelshTranslationAndBack() {
        LanguageSwitch languages = of("en-GB", pages("index.md", "toolkit/first.md", "toolkit/second.md",
                "cy/index.md", "cy/toolkit/first.md", "cy/toolkit/second.md"), "toolkit/index.html", "cy/toolkit/index.html");
        assertEquals(List.of(Map.of("language", "cy", "name", "Cymraeg", "href", "../cy/toolkit/first.html")),
                languages.from("toolkit/first.html"));
        assertEquals(List.of(Map.of("language", "en-GB", "name", "English", "href", "../../toolkit/first.html")),
                languages.from("cy/toolkit/first.html"));
        assertEquals("cy/index.html", languages.from("index.html").get(0).get("href"), "the home page too");
        assertEquals("../../toolkit/index.html", languages.from("cy/toolkit/index.html").get(0).get("href"), "and a folder's generated page");
    }

    @Test
    void aPageNotTranslatedYetHasNoLinkToAMissingPage() {
        LanguageSwitch languages = of("en-GB", pages("index.md", "a.md", "b.md", "c.md", "cy/index.md", "cy/a.md", "cy/b.md"));
        assertTrue(languages.from("c.html").isEmpty());
        assertTrue(languages.from("documents.html").isEmpty());
        assertEquals(1, languages.from("b.html").size());
    }

    @Test
    void everyLanguageInAFolderLinksTheOthersButNotItself() {
        LanguageSwitch languages = of("en", pages("index.md", "en/a.md", "en/b.md", "fr/a.md", "fr/b.md", "ga/a.md", "ga/b.md"));
        assertEquals(List.of("fr", "ga"), languages.from("en/a.html").stream().map(l -> l.get("language")).toList());
        assertEquals(List.of("en", "ga"), languages.from("fr/b.html").stream().map(l -> l.get("language")).toList());
        assertEquals(List.of("English", "Gaeilge"), languages.from("fr/b.html").stream().map(l -> l.get("name")).toList(),
                "each named in its own language");
    }

    @Test
    void aHandbookInOneLanguageHasNoSwitch() {
        LanguageSwitch languages = of("cy", pages("index.md", "a.md", "hr/a.md", "hr/b.md"));
        assertTrue(languages.from("a.html").isEmpty());
        assertEquals("Français", LanguageSwitch.name("fr"), "a name starts with a capital, as a switch writes it");
    }
}
