package org.handbookpress.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A goal given a Jekyll site whose pages are in a folder of their own (source: src) reads them from there. */
class SiteSourceFolderTest {

    private static BuildMojo mojo(Path content, List<String> said) {
        BuildMojo mojo = new BuildMojo();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence line) {
                said.add(line.toString());
            }
        });
        mojo.content = content.toFile();
        mojo.templates = content.resolve("templates").toFile();
        mojo.output = content.resolve("target/handbook").toFile();
        mojo.basedir = content.toFile();
        return mojo;
    }

    @Test
    void aSitesSourceFolderIsTheContentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src/about-us"));
        Files.writeString(dir.resolve("_config.yml"), "url: https://playbook.example.org\nsource: src\n");
        List<String> said = new ArrayList<>();
        BuildMojo mojo = mojo(dir, said);
        assertEquals(dir.resolve("src").toAbsolutePath().normalize(), mojo.options().contentDir());
        mojo.options();
        assertEquals(1, said.size(), "said once: " + said);
        assertTrue(said.get(0).contains("source:"), said.get(0));

        Files.writeString(dir.resolve("_config.yml"), "source: ../elsewhere\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "never a folder outside the one given");
        Files.writeString(dir.resolve("_config.yml"), "source: .\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir());
    }

    /**
     * An MkDocs project given at its top (the Mentored Sprints' community handbook): its pages are read from its docs_dir,
     * which MkDocs publishes at the site's top, not with the repository's README and CONTRIBUTING as pages beside them.
     */
    @Test
    void anMkDocsProjectsDocsFolderIsTheContentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("docs/mentors"));
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Sprints handbook\nnav:\n  - index.md\n");
        List<String> said = new ArrayList<>();
        assertEquals(dir.resolve("docs").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertTrue(said.get(0).endsWith("mkdocs.yml makes it an MkDocs project, whose pages are in that folder (docs_dir)"), said.get(0));

        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Sprints handbook\ndocs_dir: pages\n");
        assertEquals(dir.resolve("pages").toAbsolutePath().normalize(), mojo(dir, new ArrayList<>()).options().contentDir());
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Sprints handbook\ndocs_dir: ../elsewhere\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "never a folder outside the one given");
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Sprints handbook\n");
        Files.writeString(dir.resolve("handbook.yml"), "title: Sprints handbook\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "a handbook.yml makes the folder given the handbook's");
    }

    /**
     * An Astro Starlight site given at its top (2SpacesDev's handbook): its pages are read from src/content/docs, which
     * Starlight publishes at the site's top, so its home page's link to /about/the-haiku finds its page.
     */
    @Test
    void aStarlightSitesDocsFolderIsTheContentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src/content/docs/about"));
        Files.writeString(dir.resolve("astro.config.mjs"), """
                import starlight from '@astrojs/starlight';
                export default defineConfig({ integrations: [starlight({ title: 'Handbook' })] });
                """);
        List<String> said = new ArrayList<>();
        assertEquals(dir.resolve("src/content/docs").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertEquals("Reading the pages in " + dir.resolve("src/content/docs").toAbsolutePath().normalize() + ": " + dir
                + "/astro.config.mjs makes it a Starlight site, whose pages are in that folder", said.get(0));

        Files.writeString(dir.resolve("astro.config.mjs"), "export default defineConfig({ integrations: [mdx()] });\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "an Astro site without Starlight keeps its pages elsewhere");
        Files.writeString(dir.resolve("astro.config.mjs"), "import starlight from '@astrojs/starlight';\n");
        Files.writeString(dir.resolve("handbook.yml"), "title: Handbook\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "a handbook.yml makes the folder given the handbook's");
    }

    /**
     * A handbook built with Next.js given at its top (package.json, next.config.mjs, src/, a README on working on the site,
     * content/ with its home page) is read from content/: not its README as the home page.
     */
    @Test
    void aNextSitesContentFolderWithItsHomePageIsTheContentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content/policies"));
        Files.writeString(dir.resolve("README.md"), "# Working on this site\n");
        Files.writeString(dir.resolve("next.config.mjs"), "export default {};\n");
        Files.writeString(dir.resolve("content/policies/leave.md"), "# Leave\n");
        List<String> said = new ArrayList<>();
        assertEquals(dir, mojo(dir, said).options().contentDir(), "content/ without a home page may be anything");
        Files.writeString(dir.resolve("content/index.md"), "# Our handbook\n");
        assertEquals(dir.resolve("content").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertTrue(said.get(said.size() - 1).endsWith("next.config.mjs makes it a Next.js site, whose pages are in that folder"),
                said.toString());
        Files.writeString(dir.resolve("handbook.yml"), "title: Handbook\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "a handbook.yml makes the folder given the handbook's");
    }

    /**
     * A repository keeping its Jupyter Book in book/ (a README for the site's maintainers, binder/, notes in docs/) given at
     * its top is read from book/, as jupyter-book build book/ reads it: not its README as the home page. Two folders with
     * a table of contents are not chosen between.
     */
    @Test
    void theOneFolderWithAJupyterBookTableOfContentsIsTheContentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("book/before-you-come"));
        Files.createDirectories(dir.resolve("maintainers"));
        Files.writeString(dir.resolve("README.md"), "# How this site is deployed\n");
        Files.writeString(dir.resolve("maintainers/previews.md"), "# Previews of pull requests\n");
        Files.writeString(dir.resolve("book/_toc.yml"), "format: jb-book\nroot: welcome\nchapters:\n- file: before-you-come/laptop\n");
        Files.writeString(dir.resolve("book/welcome.md"), "# Welcome to the field week\n");
        Files.writeString(dir.resolve("book/before-you-come/laptop.md"), "# Bring a laptop\n");
        List<String> said = new ArrayList<>();
        assertEquals(dir.resolve("book").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertTrue(said.get(said.size() - 1).endsWith("book/_toc.yml makes it a Jupyter Book, whose pages are in that folder"),
                said.toString());

        Files.createDirectories(dir.resolve("old-book"));
        Files.writeString(dir.resolve("old-book/_toc.yml"), "root: intro\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "which of two books is not guessed");
        Files.delete(dir.resolve("old-book/_toc.yml"));
        Files.writeString(dir.resolve("handbook.yml"), "title: Handbook\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "a handbook.yml makes the folder given the handbook's");
    }

    /**
     * A Docusaurus site given at its top (raid-guild's handbook: docusaurus.config.js, sidebars.js, docs/, blog/, src/pages/)
     * is read from docs/, as Docusaurus reads its docs: not its README as the home page and its blog's pictures from
     * other websites as the handbook's. A handbook.yml, or a site without docs/, keeps the folder given.
     */
    @Test
    void aDocusaurusSitesDocsFolderIsTheContentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("docs/membership"));
        Files.createDirectories(dir.resolve("blog"));
        Files.writeString(dir.resolve("docusaurus.config.js"), "module.exports = { title: 'Guild handbook' };\n");
        List<String> said = new ArrayList<>();
        assertEquals(dir.resolve("docs").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertTrue(said.get(0).endsWith("docusaurus.config.js makes it a Docusaurus site, whose pages are in that folder"), said.get(0));

        Files.writeString(dir.resolve("handbook.yml"), "title: Handbook\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "a handbook.yml makes the folder given the handbook's");
        Files.delete(dir.resolve("handbook.yml"));
        Files.delete(dir.resolve("docs/membership"));
        Files.delete(dir.resolve("docs"));
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "a Docusaurus site without docs/ (a blog) is read as given");
    }

    /**
     * A Hugo site given at its top (Lake Afton Public Observatory's volunteer handbook: config/_default/config.toml,
     * content/, archetypes/, themes/) is read from content/, which Hugo publishes at the site's top: not its README as
     * the home page, its archetypes' templates as pages and its theme's layouts as files left out. Its contentDir names
     * another folder; a config.toml of another tool (no baseURL) makes no Hugo site.
     */
    @Test
    void aHugoSitesContentFolderIsTheContentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content/Handbook"));
        Files.createDirectories(dir.resolve("config/_default"));
        Files.writeString(dir.resolve("config/_default/config.toml"), "title = \"Volunteer Handbook\"\ntheme = \"techdoc\"\n");
        List<String> said = new ArrayList<>();
        assertEquals(dir.resolve("content").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertTrue(said.get(0).endsWith(dir + "/config/_default/config.toml makes it a Hugo site, whose pages are in that folder"), said.get(0));

        Files.delete(dir.resolve("config/_default/config.toml"));
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("hugo.yaml"), "title: Volunteer Handbook\ncontentDir: pages\nlanguages:\n  cy:\n    contentDir: cy\n");
        said.clear();
        assertEquals(dir.resolve("pages").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertTrue(said.get(0).endsWith(dir + "/hugo.yaml makes it a Hugo site, whose pages are in that folder (contentDir)"), said.get(0));
        Files.writeString(dir.resolve("hugo.yaml"), "contentDir: ../elsewhere\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "never a folder outside the one given");
        Files.delete(dir.resolve("hugo.yaml"));
        Files.writeString(dir.resolve("config.toml"), "title = \"Some other tool's settings\"\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "a config.toml without baseURL is not Hugo's");
        Files.writeString(dir.resolve("config.toml"), "baseURL = \"https://handbook.example.org/\"\n");
        assertEquals(dir.resolve("content").toAbsolutePath().normalize(), mojo(dir, new ArrayList<>()).options().contentDir());
        Files.writeString(dir.resolve("handbook.yml"), "title: Handbook\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "a handbook.yml makes the folder given the handbook's");
    }

    /**
     * A Hugo site in one language whose language has a folder of its own (Hugoplate's example site:
     * config/_default/languages.toml gives [en] contentDir = "content/english") is read from that folder, which Hugo
     * publishes at the site's top: read from content/, every page was under a section "English". In several languages,
     * each with its folder, the site is read from content/.
     */
    @Test
    void aHugoSiteInOneLanguageIsReadFromThatLanguagesFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content/english/blog"));
        Files.createDirectories(dir.resolve("config/_default"));
        Files.writeString(dir.resolve("hugo.toml"), "baseURL = \"https://example.org\"\ntitle = \"Food bank\"\n");
        Files.writeString(dir.resolve("config/_default/languages.toml"), "[en]\nlocale = \"en-gb\"\ncontentDir = \"content/english\"\nweight = 1\n");
        List<String> said = new ArrayList<>();
        assertEquals(dir.resolve("content/english").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertTrue(said.get(0).endsWith(dir + "/hugo.toml makes it a Hugo site, whose pages are in that folder (contentDir)"), said.get(0));
        said.clear();
        assertEquals(dir.resolve("content/english").toAbsolutePath().normalize(), mojo(dir.resolve("content"), said).options().contentDir(),
                "given content/, as Hugo reads it too");
        assertTrue(said.get(0).endsWith(dir + "/content/../hugo.toml makes it a Hugo site, whose pages are in that folder (contentDir)"),
                said.get(0));

        Files.delete(dir.resolve("config/_default/languages.toml"));
        Files.writeString(dir.resolve("hugo.toml"), "title = \"Food bank\"\ncontentDir = \"content\"\n[languages.en]\ncontentDir = \"content/english\"\n");
        assertEquals(dir.resolve("content/english").toAbsolutePath().normalize(), mojo(dir, new ArrayList<>()).options().contentDir(),
                "a language's contentDir is its own, over the site's");
        Files.createDirectories(dir.resolve("content/cymraeg"));
        Files.writeString(dir.resolve("hugo.toml"), "title = \"Food bank\"\n[languages.en]\ncontentDir = \"content/english\"\n"
                + "[languages.cy]\ncontentDir = \"content/cymraeg\"\n");
        assertEquals(dir.resolve("content").toAbsolutePath().normalize(), mojo(dir, new ArrayList<>()).options().contentDir(),
                "several languages: each is a folder of content/");
        assertEquals(dir.resolve("content"), mojo(dir.resolve("content"), new ArrayList<>()).options().contentDir());
    }

    @Test
    void aGitBookSpacesRootIsTheContentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("docs/policies"));
        Files.writeString(dir.resolve(".gitbook.yaml"), "root: ./docs/\n\nstructure:\n  readme: README.md\n");
        List<String> said = new ArrayList<>();
        assertEquals(dir.resolve("docs").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertTrue(said.get(0).endsWith(".gitbook.yaml names that folder as the space's root (root:)"), said.get(0));
        Files.writeString(dir.resolve(".gitbook.yaml"), "root: ./\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir());
    }

    /**
     * An Eleventy site whose configuration names its pages' folder ({@code dir: {input: "pages"}}, as the 18F/TTS
     * handbook's does) is read from there: Eleventy publishes that folder at the site's top, and the pages' links from the
     * top name paths from it. Read as text, never run; a folder outside the one given, or named by a variable, is not taken.
     */
    @Test
    void anEleventySitesInputIsTheContentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("pages/leave"));
        Files.writeString(dir.resolve(".eleventy.js"), """
                module.exports = function (config) {
                  config.addPassthroughCopy("img");
                  return {
                    markdownTemplateEngine: "liquid",
                    dir: {
                      input: "pages",
                      includes: "../_includes",
                      output: "_site",
                    },
                  };
                };
                """);
        List<String> said = new ArrayList<>();
        assertEquals(dir.resolve("pages").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertTrue(said.get(0).endsWith(".eleventy.js names that folder as the site's input (dir.input)"), said.get(0));

        Files.delete(dir.resolve(".eleventy.js"));
        Files.writeString(dir.resolve("eleventy.config.mjs"), "export const config = { dir: { input: 'pages' } };\n");
        assertEquals(dir.resolve("pages").toAbsolutePath().normalize(), mojo(dir, new ArrayList<>()).options().contentDir());
        Files.writeString(dir.resolve("eleventy.config.mjs"), "export const config = { dir: { input: '../elsewhere' } };\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "never a folder outside the one given");
        Files.writeString(dir.resolve("eleventy.config.mjs"), "export const config = { dir: { input: `${root}/pages` } };\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "a folder the file works out when run is not guessed");
    }

    /**
     * A GOV.UK Tech Docs Template site given at its top (the Ministry of Justice's technical guidance: config/tech-docs.yml
     * beside source/) is read from source/, which Middleman publishes as the site's top: its index's links from the top,
     * {@code /documentation/governance/x.html}, found no page when read from the folder above. A Middleman config.rb
     * may name another folder; a Ruby file of another tool, or no such folder, leaves the folder given as it is.
     */
    @Test
    void aMiddlemanSitesSourceIsTheContentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("source/documentation"));
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/tech-docs.yml"), "service_name: Technical Guidance\n");
        List<String> said = new ArrayList<>();
        assertEquals(dir.resolve("source").toAbsolutePath().normalize(), mojo(dir, said).options().contentDir());
        assertTrue(said.get(0).endsWith("config/tech-docs.yml makes it a Middleman site, whose pages are in that folder"), said.get(0));

        Files.delete(dir.resolve("config/tech-docs.yml"));
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("config.rb"), "activate :livereload\nset :source, 'src'\n");
        assertEquals(dir.resolve("src").toAbsolutePath().normalize(), mojo(dir, new ArrayList<>()).options().contentDir());
        Files.writeString(dir.resolve("config.rb"), "require 'govuk_tech_docs'\nGovukTechDocs.configure(self)\n");
        assertEquals(dir.resolve("source").toAbsolutePath().normalize(), mojo(dir, new ArrayList<>()).options().contentDir());
        Files.writeString(dir.resolve("config.rb"), "activate :livereload\nset :source, '../elsewhere'\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "never a folder outside the one given");
        Files.writeString(dir.resolve("config.rb"), "# Puma's settings\nworkers 2\n");
        assertEquals(dir, mojo(dir, new ArrayList<>()).options().contentDir(), "another tool's config.rb");
    }
}
