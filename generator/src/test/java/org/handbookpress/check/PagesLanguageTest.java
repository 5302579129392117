package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook whose pages are written in another of the theme's languages than its own (a French folder with no
 * language: set, built as English) is told so: every page said it was English, for screen readers and the theme's words.
 */
class PagesLanguageTest {

    private static final String FRENCH = ("Les bénévoles accueillent les familles le mercredi et le samedi. Pour chaque"
            + " atelier, une personne de l'équipe est responsable de la clé et du registre. Si vous ne pouvez pas venir,"
            + " prévenez la coordinatrice au plus tôt, par téléphone ou par message, et elle trouvera une solution avec"
            + " les autres membres du groupe. ").repeat(6);
    private static final String ENGLISH = ("Volunteers welcome the families on Wednesday and Saturday. For each workshop,"
            + " one person in the team is responsible for the key and the register. If you cannot come, tell the"
            + " coordinator as soon as you can, by phone or by message, and she will find a way with the other members"
            + " of the group. ").repeat(6);

    @Test
    void theTextsShortWordsTellItsLanguage() {
        assertEquals(Optional.of("fr"), PagesLanguage.languageOf(FRENCH));
        assertEquals(Optional.of("en"), PagesLanguage.languageOf(ENGLISH));
        assertEquals(Optional.empty(), PagesLanguage.languageOf("Les bénévoles accueillent les familles."), "too few words to tell");
        assertEquals(Optional.empty(), PagesLanguage.languageOf(FRENCH + ENGLISH), "no clear lead");
    }

    @Test
    void aFrenchFolderBuiltAsEnglishIsToldSoAndNotOnceItSaysItsLanguage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Accueil\n\n" + FRENCH + "\n",
                "ateliers.md", "# Ateliers\n\n" + FRENCH + "\n"));
        BuildResult built = TestHandbooks.build(content, dir.resolve("out"));
        List<Finding> found = built.findings().stream().filter(f -> f.code().equals("config.language-unlike-pages")).toList();
        assertEquals(1, found.size(), built.findings().toString());
        assertTrue(found.get(0).message().startsWith("the pages read as French (fr), but the handbook's language is en"), found.get(0).message());
        assertEquals("add 'language: fr' to handbook.yml, or the tag of the language the pages are written in", found.get(0).fix());

        java.nio.file.Files.writeString(content.resolve("handbook.yml"), "title: Guide des bénévoles\nlanguage: fr\n");
        BuildResult said = TestHandbooks.build(content, dir.resolve("out2"));
        assertTrue(said.findings().stream().noneMatch(f -> f.code().equals("config.language-unlike-pages")), said.findings().toString());
    }
}
