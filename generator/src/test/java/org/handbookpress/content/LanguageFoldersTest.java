package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

class LanguageFoldersTest {

    private static LanguageFolders of(String... paths) {
        return LanguageFolders.of(Stream.of(paths).map(p -> PageFixture.page(p, "# Page\n\nText.\n")).toList());
    }

    @Test
    void aFolderNamedByALanguageThatTranslatesPagesOutsideItIsOne() {
        LanguageFolders languages = of("index.mdx", "guides/setup.mdx", "guides/rota.mdx", "guides/leave.mdx", "about.md",
                "es/index.mdx", "es/guides/setup.mdx", "es/guides/rota.md", "zh-cn/guides/setup.mdx", "zh-cn/about.md", "zh-cn/extra.md");
        assertEquals("es", languages.languageOf("es/guides/setup.mdx"));
        assertEquals("zh-CN", languages.languageOf("zh-cn/about.md"), "as HTML writes a tag");
        assertNull(languages.languageOf("guides/setup.mdx"));
        assertEquals("guides/leave", languages.untranslated("es/guides/leave"));
        assertNull(languages.untranslated("guides/leave"));
    }

    @Test
    void withEveryLanguageInAFolderTheOthersTranslateTheHandbooksOwn() {
        List<Page> pages = Stream.of("en/index.md", "en/guides/setup.md", "en/guides/rota.md", "fr/index.md", "fr/guides/setup.md",
                "fr/guides/rota.md", "hr/guides/setup.md", "hr/guides/rota.md").map(p -> PageFixture.page(p, "# Page\n")).toList();
        LanguageFolders languages = LanguageFolders.of(pages, "en-GB");
        assertEquals("fr", languages.languageOf("fr/guides/rota.md"));
        assertEquals("en", languages.languageOf("en/guides/rota.md"));
        assertEquals("hr", languages.languageOf("hr/guides/rota.md"), "mirroring the own language's folder, as a translation does");
        assertTrue(LanguageFolders.of(pages).isEmpty(), "compared with the top only, nothing translates");
        assertTrue(LanguageFolders.of(Stream.of("hr/overview.md", "hr/contacts.md", "it/overview.md", "it/contacts.md")
                .map(p -> PageFixture.page(p, "# Page\n")).toList(), "en").isEmpty(), "two departments alike are not languages");
    }

    @Test
    void aLanguageWithACodeOfThreeLettersHasAFolderToo() {
        LanguageFolders languages = of("index.md", "guides/rota.md", "guides/repairs.md", "pcm/guides/rota.md",
                "pcm/guides/repairs.md", "app/guides/rota.md", "app/guides/repairs.md", "faq/rota.md");
        assertEquals("pcm", languages.languageOf("pcm/guides/rota.md"), "Nigerian Pidgin, which has no code of two letters");
        assertNull(languages.languageOf("app/guides/rota.md"), "app is no language's code");
        assertNull(languages.languageOf("faq/rota.md"));
    }

    @Test
    void aFolderOfItsOwnPagesIsNotOneWhateverItsName() {
        LanguageFolders languages = of("index.md", "leave.md", "hr/index.md", "hr/leave.md", "hr/pay.md", "hr/grievance.md",
                "it/index.md", "it/passwords.md", "de/only.md", "xx/index.md", "xx/leave.md");
        assertTrue(languages.isEmpty(), "hr/ translates one page of three, it/ none but its own page, xx is no language");
    }

    @Test
    void aFolderHandbookYmlNamesUnderLanguagesNeedsOnlyOnePageTranslated() {
        List<Page> pages = Stream.of("index.md", "clubs/01-before.md", "clubs/02-during.md", "cy/index.md", "cy/clubs/01-before.md",
                "ar/index.md", "hr/index.md", "hr/clubs/01-before.md").map(p -> PageFixture.page(p, "# Page\n")).toList();
        assertTrue(LanguageFolders.of(pages, "en-GB").isEmpty(), "guessed from the pages, one chapter is not enough");
        LanguageFolders declared = LanguageFolders.of(pages, "en-GB", java.util.Set.of("cy", "ar"));
        assertEquals("cy", declared.languageOf("cy/clubs/01-before.md"));
        assertEquals("ar", declared.languageOf("ar/index.md"), "its home page, so far, translates the handbook's");
        assertNull(declared.languageOf("hr/clubs/01-before.md"), "a folder handbook.yml does not name is still guessed");
    }
}
