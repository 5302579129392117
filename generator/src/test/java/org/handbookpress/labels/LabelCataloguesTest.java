package org.handbookpress.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelCataloguesTest {

    /** The theme's catalogues in the source tree (the tests run in generator/). */
    private static final Path THEME_LABELS = Path.of("..", "templates", "labels");

    @Test
    void englishHasEveryLabelAndPluralFormsFollowTheLanguage() {
        Labels english = new LabelCatalogues(null).forLanguage("en-GB");
        assertEquals("Skip to content", english.text("skip-link"));
        assertEquals("1 page", english.format("count.pages", Map.of("pages", 1)));
        assertEquals("3 pages and 1 section", english.format("count.both", Map.of("pages", 3, "sections", 1)));
        assertEquals("All 40 pages in Toolkit", english.format("nav.more.pages", Map.of("pages", 40, "section", "Toolkit")));
        // Words put in without ICU, and kept as written: braces and apostrophes in a value are the reader's text.
        assertEquals("Table: Who's {on} call?", english.format("table.under", Map.of("heading", "Who's {on} call?")));
        assertEquals("Slide 2 of 1,200", english.format("slides.number", Map.of("number", 2, "count", 1200)));
    }

    @Test
    void aLanguageWithoutCatalogueFallsBackToEnglishLabelByLabel(@TempDir Path dir) throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("labels"));
        // A Somali handbook whose author translated two labels: the rest stay English, never a key.
        Files.writeString(templates.resolve("labels/so.properties"), "menu = Liiska\nskip-link = U gudub qoraalka\n", StandardCharsets.UTF_8);
        LabelCatalogues catalogues = new LabelCatalogues(templates);
        Labels somali = catalogues.forLanguage("so");
        assertEquals("Liiska", somali.text("menu"));
        assertEquals("U gudub qoraalka", somali.text("skip-link"));
        assertEquals("Search", somali.text("search.button"));
        assertTrue(catalogues.translates("so"));
        assertFalse(catalogues.translates("ti"));
    }

    @Test
    void theUsersLabelsOverrideTheThemesOneByOne(@TempDir Path dir) throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("labels"));
        Files.writeString(templates.resolve("labels/en.properties"), "footer.documents = Our policies\n", StandardCharsets.UTF_8);
        Labels labels = new LabelCatalogues(templates).forLanguage("en-GB");
        assertEquals("Our policies", labels.text("footer.documents"));
        assertEquals("Menu", labels.text("menu"));
    }

    @Test
    void mistakesInTheUsersLabelsAreFindingsWithTheirLines(@TempDir Path dir) throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("labels"));
        Files.writeString(templates.resolve("labels/en.properties"), String.join("\n",
                "# our words",
                "menu = Contents",
                "manu = Contents",
                "just some words",
                "count.pages = {pages, plurl, one {# page} other {# pages}}",
                ""), StandardCharsets.UTF_8);
        LabelCatalogues catalogues = new LabelCatalogues(templates);
        Findings findings = new Findings();
        catalogues.check(List.of("en-GB", "ti"), findings);
        Map<String, Finding> byCode = new TreeMap<>();
        findings.sorted().forEach(f -> byCode.put(f.code(), f));
        assertEquals(Stream.of("labels.bad-text", "labels.malformed", "labels.unknown", "labels.untranslated").toList(),
                List.copyOf(byCode.keySet()), findings.sorted().toString());
        assertEquals(3, byCode.get("labels.unknown").line());
        assertEquals(4, byCode.get("labels.malformed").line());
        assertEquals(5, byCode.get("labels.bad-text").line());
        assertEquals("templates/labels/en.properties", byCode.get("labels.bad-text").file());
        assertTrue(byCode.get("labels.untranslated").message().contains("'ti'"), byCode.get("labels.untranslated").message());
        // The label that does not parse is shown in English rather than failing the page.
        assertEquals("2 pages", catalogues.forLanguage("en").format("count.pages", Map.of("pages", 2)));
        assertEquals("Contents", catalogues.forLanguage("en").text("menu"));
    }

    /** Languages without labels are one notice naming them all, where a handbook in 28 languages had 28 notices. */
    @Test
    void languagesWithoutLabelsAreOneNotice(@TempDir Path dir) {
        Findings findings = new Findings();
        new LabelCatalogues(dir.resolve("templates")).check(List.of("en-GB", "ti", "am", "cy", "om"), findings);
        List<Finding> untranslated = findings.sorted().stream().filter(f -> f.code().equals("labels.untranslated")).toList();
        assertEquals(1, untranslated.size(), untranslated.toString());
        assertTrue(untranslated.get(0).message().contains("'ti', 'am', 'om'"), untranslated.get(0).message());
        assertTrue(untranslated.get(0).fix().contains("templates/labels/ti.properties, templates/labels/am.properties, templates/labels/om.properties"),
                untranslated.get(0).fix());
    }

    @Test
    void everyCatalogueTheThemeShipsIsCompleteAndParses() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(THEME_LABELS), "the theme's labels are not beside the generator");
        Map<Integer, String> none = new TreeMap<>();
        Catalogue english = Catalogue.parse("en", Files.readString(THEME_LABELS.resolve("en.properties"), StandardCharsets.UTF_8), none);
        List<Path> files;
        try (Stream<Path> list = Files.list(THEME_LABELS)) {
            files = list.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
        }
        assertTrue(files.size() > 1, "the theme ships translations");
        for (Path file : files) {
            Map<Integer, String> malformed = new TreeMap<>();
            Catalogue catalogue = Catalogue.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), malformed);
            assertTrue(malformed.isEmpty(), file + ": " + malformed);
            assertEquals(english.texts().keySet(), catalogue.texts().keySet(), file + " has every label and no other");
            catalogue.texts().forEach((key, text) -> {
                assertTrue(LabelCatalogues.parses(text), file + ": " + key + " = " + text);
                assertEquals(valueNames(english.texts().get(key)), valueNames(text), file + ": " + key + " has the English label's values");
            });
            // Every plural label formats for the numbers a page shows, in the catalogue's own language.
            String code = file.getFileName().toString().replace(".properties", "");
            Labels labels = new LabelCatalogues(null).forLanguage(code);
            for (int n : new int[] {0, 1, 2, 3, 6, 11, 21, 100}) {
                String text = labels.format("count.pages", Map.of("pages", n));
                assertTrue(text.contains(String.valueOf(n)) || n == 0 || n == 1 || n == 2, code + ": " + n + " → " + text);
            }
        }
    }

    private static java.util.Set<String> valueNames(String text) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\s*([A-Za-z]+)\\s*[,}]").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
