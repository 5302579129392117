package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HugoLanguageFoldersTest {

    private static Path site(Path dir, Map<String, String> files, String... folders) throws Exception {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.createDirectories(dir.resolve(file.getKey()).getParent());
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        for (String folder : folders) {
            Files.createDirectories(dir.resolve("content").resolve(folder));
        }
        return dir.resolve("content");
    }

    @Test
    void aSitesYamlNamesEachLanguagesFolderInAnyCase(@TempDir Path dir) throws Exception {
        Path content = site(dir, Map.of("hugo.yaml", """
                title: Garden club
                Languages:
                  en:
                    contentDir: content/english
                  cy:
                    ContentDir: content/cymraeg
                    languageCode: cy-GB
                  fr:
                    contentDir: elsewhere/francais
                """), "english", "cymraeg");
        assertEquals(Map.of("english", "en", "cymraeg", "cy-GB"), HugoLanguageFolders.of(content),
                "a folder outside the content folder is none of its folders");
    }

    @Test
    void theConfigFoldersLanguagesFileHasEachLanguageAsATable(@TempDir Path dir) throws Exception {
        Path content = site(dir, Map.of("config/_default/hugo.toml", "title = \"Tenants' union\"\n",
                "config/_default/languages.toml", """
                [en]
                contentDir = "content/english"
                weight = 1
                [pt-br]
                locale = "pt-BR"
                contentDir = "content/portugues"
                [pt-br.params]
                contentDir = "not a language"
                """), "english", "portugues");
        assertEquals(Map.of("english", "en", "portugues", "pt-BR"), HugoLanguageFolders.of(content));
    }

    /** Hugo sorts its languages by weight, one without a weight (0) after those with one, then by key: its switch's order. */
    @Test
    void aSitesLanguagesAreInTheOrderOfTheirWeights(@TempDir Path dir) throws Exception {
        Path content = site(dir, Map.of("hugo.toml", """
                title = "Garden club"
                [languages.fr]
                weight = 3
                [languages.en]
                languageCode = "en-GB"
                weight = 1
                [languages.de]
                [languages.cy]
                weight = 2
                """), "english");
        assertEquals(java.util.List.of("en", "cy", "fr", "de"),
                HugoLanguageFolders.languages(content.getParent()).stream().map(HugoLanguageFolders.Language::key).toList());
        assertEquals(java.util.List.of("en-GB", "cy", "fr", "de"), HugoLanguageFolders.order(content));
    }

    @Test
    void withoutAHugoSiteNoFolderIsNamed(@TempDir Path dir) throws Exception {
        Path content = site(dir, Map.of("config.toml", "[languages.es]\ncontentDir = \"content/espanol\"\n"), "espanol");
        assertEquals(Map.of(), HugoLanguageFolders.of(content), "a config.toml without baseURL may be any tool's");
    }
}
