package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigFilesTest {

    @Test
    void aDocusaurusSiteNamesTheHandbookWhenItHasNoHandbookYml(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Files.writeString(content.getParent().resolve("docusaurus.config.js"), """
                // @ts-check
                const config = {
                  title: 'Riverside Volunteers',
                  tagline: "How we run the drop-in",
                  i18n: { defaultLocale: 'en-GB', locales: ['en-GB'] },
                  themeConfig: { navbar: { title: 'Not this one' } },
                };
                module.exports = config;
                """);
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(content);
        assertEquals("Riverside Volunteers", config.title());
        assertEquals("How we run the drop-in", config.description());
        assertEquals("en-GB", config.language());
        assertEquals(List.of("handbook.yml:0 config.site-file"), codes(findings));
        assertTrue(findings.sorted().get(0).message().contains("../docusaurus.config.js"), findings.sorted().toString());
        assertTrue(SiteConfigFiles.describe(content).contains("Riverside Volunteers"), "in the build's record of its inputs");
    }

    /**
     * A Docusaurus site file written as a CommonJS module, docusaurus.config.cjs (as sites whose package.json says
     * "type": "module" must name it): the docs folder was found by it, but the site's name was not read from it.
     */
    @Test
    void aDocusaurusConfigWrittenAsCommonJsNamesTheSiteToo(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Files.writeString(content.getParent().resolve("docusaurus.config.cjs"), "module.exports = { title: 'Harbour Mentors' };\n");
        assertEquals("Harbour Mentors", new ConfigLoader(new Findings()).load(content).title());
        assertTrue(SiteConfigFiles.isDocusaurus(content), "its pages' id: names their address, as Docusaurus reads it");
    }

    /** The TTS handbook (Eleventy, its pages in pages/) names itself in ../_data/site.yaml; it was built as "Handbook". */
    @Test
    void anEleventySitesGlobalDataNamesTheSite(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n")); // dir/content, as pages/ is the TTS handbook's
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Files.createDirectories(dir.resolve("_data"));
        Files.writeString(dir.resolve("_data/site.yaml"), "title: Riverside Staff Handbook\ndescription: >-\n  How we work,\n  together.\n");
        assertEquals("Handbook", new ConfigLoader(new Findings()).load(content).title(), "without Eleventy's configuration, _data/ is no site's");
        Files.writeString(dir.resolve(".eleventy.js"), "module.exports = () => ({ dir: { input: 'content', data: '../_data' } });\n");
        HandbookConfig config = new ConfigLoader(new Findings()).load(content);
        assertEquals(List.of("Riverside Staff Handbook", "How we work, together."), List.of(config.title(), config.description()));
        Files.delete(dir.resolve("_data/site.yaml"));
        Files.createDirectories(content.resolve("_data"));
        Files.writeString(content.resolve("_data/metadata.js"), "export default { title: 'Harbour Mentors', language: 'cy', url: 'https://example.org' };\n");
        config = new ConfigLoader(new Findings()).load(content);
        assertEquals(List.of("Harbour Mentors", "cy"), List.of(config.title(), config.language()), "the starter blog's metadata.js, in the input's _data/");
    }

    @Test
    void mintlifysAndVitePressFilesToo(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Files.writeString(content.resolve("docs.json"), "{\"name\": \"Mentor guide\", \"navigation\": {\"pages\": [\"index\"]}}\n");
        assertEquals("Mentor guide", new ConfigLoader(new Findings()).load(content).title());
        Files.delete(content.resolve("docs.json"));
        Files.createDirectories(content.resolve(".vitepress"));
        Files.writeString(content.resolve(".vitepress/config.mts"), "export default { lang: 'cy', title: 'Llawlyfr', description: 'Ein ffordd' }\n");
        HandbookConfig config = new ConfigLoader(new Findings()).load(content);
        assertEquals(List.of("Llawlyfr", "Ein ffordd", "cy"), List.of(config.title(), config.description(), config.language()));
        Files.writeString(content.resolve("handbook.yml"), "title: Our own\n");
        assertEquals("Our own", new ConfigLoader(new Findings()).load(content).title(), "a handbook.yml wins");
    }

    /**
     * A Starlight site whose {@code defaultLocale} is {@code 'cy'}, needing no {@code lang}, beside English with
     * {@code lang: 'en'}: the handbook is in Welsh, its default language; one whose default is {@code root} is in that
     * locale's {@code lang}. The first {@code lang} in the file was taken, another language's, and the menu's own words
     * were in it.
     */
    @Test
    void aStarlightSitesLanguageIsItsDefaultLocales(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("src/content/docs");
        Files.createDirectories(content.resolve("cy"));
        Files.writeString(content.resolve("cy/index.md"), "# Croeso\n");
        Files.writeString(dir.resolve("astro.config.mjs"), """
                import starlight from '@astrojs/starlight';
                export default { integrations: [starlight({
                  title: 'Banc bwyd',
                  defaultLocale: 'cy',
                  locales: { en: { label: 'English', lang: 'en' }, cy: { label: 'Cymraeg' } },
                })] };
                """);
        assertEquals("cy", new ConfigLoader(new Findings()).load(content).language());
        Files.writeString(dir.resolve("astro.config.mjs"), """
                import starlight from '@astrojs/starlight';
                export default { integrations: [starlight({
                  title: 'Banque alimentaire',
                  defaultLocale: 'root',
                  locales: { en: { label: 'English', lang: 'en' }, root: { label: 'Français', lang: 'fr' } },
                })] };
                """);
        assertEquals("fr", new ConfigLoader(new Findings()).load(content).language());
    }

    @Test
    void starlightsAstroConfigAtTheProjectsRootNamesTheSite(@TempDir Path dir) throws Exception {
        // 2SpacesDev/handbook: its pages in src/content/docs/, its name in astro.config.mjs; it was built as "Handbook".
        Path content = dir.resolve("src/content/docs");
        Files.createDirectories(content);
        Files.writeString(content.resolve("index.md"), "# Home\n");
        Files.writeString(dir.resolve("astro.config.mjs"), """
                import starlight from '@astrojs/starlight';
                export default defineConfig({
                \tintegrations: [
                \t\tstarlight({
                \t\t\ttitle: '2SpacesDev Handbook',
                \t\t\tdescription: 'How we work',
                \t\t\tlocales: { root: { label: 'English', lang: 'en-GB' } },
                \t\t\tsidebar: [{ label: 'Guides', autogenerate: { directory: 'guides' } }],
                \t\t}),
                \t],
                });
                """);
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(content);
        assertEquals(List.of("2SpacesDev Handbook", "How we work", "en-GB"), List.of(config.title(), config.description(), config.language()));
        assertTrue(findings.sorted().stream().anyMatch(f -> f.message().contains("read from ../../../astro.config.mjs")), findings.sorted().toString());
        Files.writeString(dir.resolve("astro.config.mjs"), "export default defineConfig({ site: 'https://example.org', title: 'Not a Starlight site' });\n");
        assertEquals("Handbook", new ConfigLoader(new Findings()).load(content).title(), "an Astro site without Starlight");
    }

    @Test
    void theTechDocsTemplatesConfigBesideItsSourceFolderGivesTheServiceName(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.html.md", "# Home\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Files.createDirectories(content.getParent().resolve("config"));
        Files.writeString(content.getParent().resolve("config/tech-docs.yml"), "host: https://docs.example.org\nservice_name: Helpline guide\n");
        assertEquals("Helpline guide", new ConfigLoader(new Findings()).load(content).title());
        Files.writeString(content.getParent().resolve("config/tech-docs.yml"), "host: https://docs.example.org\n");
        assertEquals("Handbook", new ConfigLoader(new Findings()).load(content).title(), "no service name: no title from it");
    }

    @Test
    void anMdBooksBookTomlNamesItsBook(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Files.writeString(content.getParent().resolve("book.toml"), """
                [output.html]
                title = "Not this one"

                [book]
                authors = ["The rota team"]
                title = "Drop-in \\"how to\\""   # the book's name
                description = 'Running the Tuesday drop-in'
                language = "en-GB"

                [rust]
                edition = "2021"
                """);
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(content);
        assertEquals(List.of("Drop-in \"how to\"", "Running the Tuesday drop-in", "en-GB"),
                List.of(config.title(), config.description(), config.language()));
        assertEquals(List.of("handbook.yml:0 config.site-file"), codes(findings));
        assertTrue(findings.sorted().get(0).message().contains("../book.toml"), findings.sorted().toString());
    }

    /**
     * A book.toml that is not TOML gives none of its settings, as mdBook refuses it whole; the finding names its line and
     * the build goes on. Read a line at a time, the line was passed by without a word and the rest read.
     */
    @Test
    void aBookTomlThatIsNotTomlIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Files.writeString(content.getParent().resolve("book.toml"), """
                [book]
                language = "en-GB"
                title = Drop-in rota
                """);
        Findings findings = new Findings();
        assertEquals("Handbook", new ConfigLoader(findings).load(content).title());
        assertEquals(List.of("../book.toml:3 config.site-file-invalid", "handbook.yml:0 config.missing"), codes(findings));
        Finding invalid = findings.sorted().get(0);
        assertEquals(Severity.WARNING, invalid.severity());
        assertTrue(invalid.message().startsWith("../book.toml is not valid TOML: line 3 (title = Drop-in rota): Unknown token."
                + " None of its settings are read: the book's title, description and language, the lines its code hides"), invalid.message());
        assertTrue(invalid.fix().startsWith("correct line 3 as TOML writes it"), invalid.fix());

        // With a handbook.yml, book.toml still gives its code's hidden lines and its preprocessors: said without the title.
        Files.writeString(content.resolve("handbook.yml"), "title: Our own\n");
        findings = new Findings();
        assertEquals("Our own", new ConfigLoader(findings).load(content).title());
        assertEquals(List.of("../book.toml:3 config.site-file-invalid"), codes(findings));
        assertTrue(findings.sorted().get(0).message().contains("read: the lines its code hides"), findings.sorted().toString());
        Files.writeString(content.getParent().resolve("book.toml"), "[book]\ntitle = \"Drop-in rota\"\n");
        findings = new Findings();
        new ConfigLoader(findings).load(content);
        assertEquals(List.of(), codes(findings), "TOML: nothing said");
    }

    /** Hugo's file is read only without a handbook.yml, and is said to be no TOML only then. */
    @Test
    void aHugoTomlThatIsNotTomlIsNamedWhenItIsRead(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n", "handbook.yml", "title: Our own\n"));
        Files.writeString(content.getParent().resolve("hugo.toml"), """
                baseURL = 'https://handbook.example.org/'
                title = 'Tenants Together Handbook'

                [params]
                description = "Organising in our buildings"
                [params]
                """);
        Findings findings = new Findings();
        new ConfigLoader(findings).load(content);
        assertEquals(List.of(), codes(findings), "a handbook.yml: hugo.toml is not read");
        Files.delete(content.resolve("handbook.yml"));
        findings = new Findings();
        assertEquals("Handbook", new ConfigLoader(findings).load(content).title());
        assertEquals(List.of("../hugo.toml:6 config.site-file-invalid", "handbook.yml:0 config.missing"), codes(findings));
        assertTrue(findings.sorted().get(0).message().contains("line 6 ([params]): Table redefined. None of its settings are read:"
                + " the site's title, description and language"), findings.sorted().toString());
        assertTrue(findings.sorted().get(0).fix().endsWith("Hugo refuses the file as it is too"), findings.sorted().toString());
    }

    /** Jekyll's _config.yml at a site's top, where the pages are too (GitHub Pages' way): its title, description, lang. */
    @Test
    void aJekyllSitesConfigNamesItsSite(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Files.writeString(content.resolve("_config.yml"), """
                title: Open Doors Guides
                description: >-
                  How we welcome new volunteers.
                lang: en-GB
                exclude:
                  - node_modules
                collections:
                  articles:
                    output: true
                """);
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(content);
        assertEquals(List.of("Open Doors Guides", "How we welcome new volunteers.", "en-GB"),
                List.of(config.title(), config.description(), config.language()));
        assertEquals(List.of("handbook.yml:0 config.site-file"), codes(findings));
        assertTrue(findings.sorted().get(0).message().contains("_config.yml"), findings.sorted().toString());
        Files.writeString(content.resolve("_config.yml"), "title:\n  en: In a mapping\n");
        assertEquals("Handbook", new ConfigLoader(new Findings()).load(content).title(), "no title: not read");
    }

    /** Hugo's site file beside its content/ folder, in TOML or YAML; an older config.toml only with Hugo's baseURL. */
    @Test
    void aWorkbenchLessonsConfigNamesItsLesson(@TempDir Path dir) throws Exception {
        // A Carpentries Workbench lesson keeps its title in config.yaml, with no Hugo baseURL: it built as "Handbook".
        Path content = TestHandbooks.write(dir, Map.of("index.md", "Welcome.\n", "episodes/01-welcome.md", "# Welcome\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Files.writeString(content.resolve("config.yaml"), """
                # Which carpentry is this (swc, dc, lc, or cp)?
                carpentry: 'cp'
                title: 'Trainer Training'
                episodes:
                - 01-welcome.md
                lang: en
                """);
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(content);
        assertEquals(List.of("Trainer Training", "en"), List.of(config.title(), config.language()));
        assertEquals(List.of("config.site-file"), findings.sorted().stream().map(Finding::code).toList());
        Files.writeString(content.resolve("config.yaml"), "title: 'Another tool'\n");
        assertEquals("Handbook", new ConfigLoader(new Findings()).load(content).title(), "neither Hugo's nor the Workbench's");
    }

    /**
     * A handbook.yml written for a setting of the handbook's own (broken-links: warning, as the README advises while
     * content is moved over; packs:) and not naming the handbook keeps the site file's name, language and description:
     * the whole file gave way, and Maths et Maryam's site (MichelDeudon/maths-et-maryam, title and
     * defaultContentLanguage: fr in config/_default/hugo.yaml) was "Handbook", in English, on every page.
     */
    @Test
    void aHandbookYmlThatDoesNotNameTheHandbookKeepsTheSiteFilesNameAndLanguage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Accueil\n",
                "handbook.yml", "broken-links: warning\norganisation: Maths et Maryam (association)\n"));
        Files.createDirectories(content.getParent().resolve("config/_default"));
        Files.writeString(content.getParent().resolve("config/_default/hugo.yaml"), """
                title: 'Maths et Maryam'
                defaultContentLanguage: fr
                params:
                  description: Soutien scolaire et sorties
                """);
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(content);
        assertEquals(List.of("Maths et Maryam", "fr", "Soutien scolaire et sorties", "Maths et Maryam (association)"),
                List.of(config.title(), config.language(), config.description(), config.organisation()));
        assertTrue(config.brokenLinksAreWarnings());
        assertEquals(List.of(), codes(findings));
        // What handbook.yml names wins.
        Files.writeString(content.resolve("handbook.yml"), "title: Notre guide\nlanguage: fr-FR\n");
        config = new ConfigLoader(new Findings()).load(content);
        assertEquals(List.of("Notre guide", "fr-FR", "Soutien scolaire et sorties"),
                List.of(config.title(), config.language(), config.description()));
    }

    @Test
    void aHugoSitesFileNamesItsSite(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Files.writeString(content.getParent().resolve("hugo.toml"), """
                baseURL = 'https://handbook.example.org/'
                languageCode = 'en-gb'
                title = 'Tenants Together Handbook'

                [params]
                description = "Organising in our buildings"
                [params.ui]
                title = "Not this one"
                """);
        HandbookConfig config = new ConfigLoader(new Findings()).load(content);
        assertEquals(List.of("Tenants Together Handbook", "Organising in our buildings", "en-gb"),
                List.of(config.title(), config.description(), config.language()));
        Files.delete(content.getParent().resolve("hugo.toml"));
        Files.writeString(content.getParent().resolve("config.yaml"), """
                baseURL: https://handbook.example.org/
                title: Tenants Together
                params:
                  description: In YAML
                """);
        config = new ConfigLoader(new Findings()).load(content);
        assertEquals(List.of("Tenants Together", "In YAML"), List.of(config.title(), config.description()));
        Files.delete(content.getParent().resolve("config.yaml"));
        Files.writeString(content.getParent().resolve("config.toml"), "title = \"Some other tool's settings\"\n");
        assertEquals("Handbook", new ConfigLoader(new Findings()).load(content).title(), "a config.toml without baseURL is not Hugo's");
    }

    /**
     * Hugo's settings split over files in its config/_default/ folder (Lake Afton Public Observatory's volunteer handbook
     * keeps its title there), where a config.toml is Hugo's whether or not it gives the baseURL.
     */
    @Test
    void aHugoSitesConfigFolderNamesItsSite(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Path folder = Files.createDirectories(content.getParent().resolve("config/_default"));
        Files.writeString(folder.resolve("config.toml"), """
                languageCode = "en-us"
                title = "Lake Observatory - Volunteer Handbook"
                """);
        HandbookConfig config = new ConfigLoader(new Findings()).load(content);
        assertEquals(List.of("Lake Observatory - Volunteer Handbook", "en-us"), List.of(config.title(), config.language()));
    }

    /**
     * One language's folder of a Hugo site (content/english, Hugoplate's example site's only language) is two folders
     * below the site's settings: they name the handbook from there too. It was "Handbook", with config.missing.
     */
    @Test
    void oneLanguagesFolderOfAHugoSiteIsNamedByTheSitesSettings(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("site"), Map.of("english/_index.md", "# Home\n")).resolve("english");
        Files.writeString(dir.resolve("site/hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Food bank handbook'\n");
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(content);
        assertEquals("Food bank handbook", config.title());
        assertEquals(List.of("handbook.yml:0 config.site-file"), codes(findings));
        assertTrue(findings.sorted().get(0).message().contains("../../hugo.toml"), findings.sorted().toString());
    }

    /**
     * A Hugo site's language: its default language's own tag ([languages.en] languageCode = "en-GB", or config/_default's
     * languages.toml, [en] locale = "en-us", as Hugoplate's), which was passed by for "en"; the site's languageCode when
     * it is of that language; but not the "en-us" hugo new site writes, left in a site whose defaultContentLanguage is
     * French: its pages were said to be English.
     */
    @Test
    void aHugoSitesLanguageIsItsDefaultLanguages(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("_index.md", "# Home\n"));
        Files.deleteIfExists(content.resolve("handbook.yml"));
        Path file = content.getParent().resolve("hugo.toml");
        Files.writeString(file, "title = 'Food bank'\nlanguageCode = 'en-us'\ndefaultContentLanguage = 'en'\n");
        assertEquals("en-us", new ConfigLoader(new Findings()).load(content).language());
        Files.writeString(file, "title = 'Food bank'\ndefaultContentLanguage = 'en'\n[languages.en]\nlanguageCode = 'en-GB'\n"
                + "weight = 1\n[languages.cy]\nlanguageCode = 'cy'\nweight = 2\n");
        assertEquals("en-GB", new ConfigLoader(new Findings()).load(content).language());
        Files.writeString(file, "baseURL = 'https://example.org/'\nlanguageCode = 'en-us'\ntitle = 'Banque alimentaire'\n"
                + "defaultContentLanguage = 'fr'\n");
        assertEquals("fr", new ConfigLoader(new Findings()).load(content).language());
        Files.writeString(file, "title = 'Food bank'\ndefaultContentLanguage = 'en'\n");
        Files.createDirectories(content.getParent().resolve("config/_default"));
        Files.writeString(content.getParent().resolve("config/_default/languages.toml"), "[en]\nlocale = 'en-us'\nweight = 1\n");
        assertEquals("en-us", new ConfigLoader(new Findings()).load(content).language());
    }

    private static List<String> codes(Findings findings) {
        return findings.sorted().stream().map((Finding f) -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }
}
