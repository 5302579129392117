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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @Test
    void pagesInReadingOrderWithDraftsAndHiddenFilesLeftOut(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Welcome\n",
                "toolkit/02-listening.md", "# Listening\n",
                "toolkit/01-setting-up.md", "# Setting up\n",
                "toolkit/10-last.md", "# Last\n",
                "toolkit/zz-first.md", "---\norder: 0\n---\n# First by order\n",
                "toolkit/draft.md", "---\ndraft: true\n---\n# Draft\n",
                "_notes/secret.md", "# Hidden\n",
                "toolkit/_partial.md", "# Hidden too\n",
                "images/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(java.util.List.of("index.md", "toolkit/zz-first.md", "toolkit/01-setting-up.md", "toolkit/02-listening.md",
                "toolkit/10-last.md"), handbook.pages().stream().map(Page::path).toList());
        assertEquals("Setting up", handbook.page("toolkit/01-setting-up.md").orElseThrow().title());
        assertEquals("toolkit/01-setting-up.html", handbook.page("toolkit/01-setting-up.md").orElseThrow().url());
        assertEquals(java.util.List.of("images/logo.svg"), handbook.assets());
        assertTrue(findings.sorted().stream().anyMatch(f -> f.code().equals("page.draft") && f.file().equals("toolkit/draft.md")));
    }

    /**
     * A draft's front matter written wrong is said, as warnings: the page is left out, and work not yet published does
     * not stop the rest of the handbook (a federation's draft policy with "reviewed: next spring"). Published, it is an error.
     */
    @Test
    void aDraftsFrontMatterWrittenWrongIsAWarningNotAnError(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Welcome\n",
                "policies/draft.md", "---\ntitle: Lone working\nkind: policy\ndraft: yes\nreviewed: next spring\n---\n# Lone working\n",
                "policies/live.md", "---\ntitle: Transport\nkind: policy\nreviewed: next spring\n---\n# Transport\n"));
        Findings findings = new Findings();
        new ContentLoader(findings).load(content, HandbookConfig.defaults());
        java.util.List<String> dates = findings.sorted().stream().filter(f -> f.message().contains("next spring"))
                .map(f -> f.file() + " " + f.severity()).toList();
        assertEquals(java.util.List.of("policies/draft.md WARNING", "policies/live.md ERROR"), dates, findings.sorted().toString());
    }

    @Test
    void pagesWithoutAnOrderAreInTheAlphabeticalOrderOfTheHandbooksLanguage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Посібник\nlanguage: uk\n",
                "index.md", "# Вітаємо\n",
                "dovidky/yizha.md", "# Їжа\n",
                "dovidky/grunt.md", "# Ґрунт\n",
                "dovidky/hora.md", "# Гора\n",
                "dovidky/yama.md", "# Яма\n",
                "dovidky/avtobus.md", "# Автобус\n",
                "dovidky/yevro.md", "# Євро\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, new ConfigLoader(new Findings()).load(content));
        // By code point, Ґ, Є and Ї (U+0490, U+0404, U+0407) came before А or after Я; Ukrainian has them after Г, Е and І.
        assertEquals(List.of("Автобус", "Гора", "Ґрунт", "Євро", "Їжа", "Яма"), handbook.pages().stream()
                .filter(p -> p.path().startsWith("dovidky/")).map(Page::title).toList());
    }

    @Test
    void numbersInTitlesAndFolderNamesAreInTheirNumericOrder(@TempDir Path dir) throws Exception {
        // Raspberry Pi's training modules name their pages step_1.md … step_12.md, with no leading number to order
        // them by: letter by letter, "Step 10", "Step 11" and "Step 12" came between "Step 1" and "Step 2".
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Safeguarding module\nlanguage: en-GB\n",
                "index.md", "# Welcome\n",
                "module/step_1.md", "Text.\n",
                "module/step_2.md", "Text.\n",
                "module/step_10.md", "Text.\n",
                "module/step_12.md", "Text.\n",
                "quizzes/quiz10/question.md", "# Quiz 10 question\n",
                "quizzes/quiz9/question.md", "# Quiz 9 question\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, new ConfigLoader(new Findings()).load(content));
        assertEquals(List.of("Step 1", "Step 2", "Step 10", "Step 12"), handbook.pages().stream()
                .filter(p -> p.path().startsWith("module/")).map(Page::title).toList());
        assertEquals(List.of("Quiz 9 question", "Quiz 10 question"), handbook.pages().stream()
                .filter(p -> p.path().startsWith("quizzes/")).map(Page::title).toList());
    }

    @Test
    void aPageJekyllOrWikiJsKeepsUnpublishedIsADraft(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Welcome\n",
                "plans/new-site.md", "---\ntitle: New site plan\ndescription: Not ready\npublished: false\n---\n\nSecret.\n",
                "plans/rota.md", "---\ntitle: Rota\npublished: true\n---\n\nOpen.\n"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(java.util.List.of("index.md", "plans/rota.md"), handbook.pages().stream().map(Page::path).toList());
        assertEquals(java.util.List.of("plans/new-site.md:4 page.draft remove 'published: false' to publish it"), findings.sorted().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.code() + " " + f.fix()).toList(), "and 'published' is no unknown key");
    }

    /**
     * A Hugo page whose expiryDate has passed, which the old site no longer showed, is left out on the build's date and
     * said so where the date is, once; a page still to come is built. The expired page was published, its key a warning.
     */
    @Test
    void aHugoPageWhoseExpiryDateHasPassedIsLeftOut(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Welcome\n",
                "events/summer-fair.md", "---\ntitle: Summer fair\nweight: 2\nexpiryDate: 2026-09-01\n---\n\nBring cakes.\n",
                "events/winter-fair.md", "---\ntitle: Winter fair\nexpiryDate: 2027-01-10\n---\n\nBring coats.\n",
                "events/quiz-night.md", "---\ntitle: Quiz night\ndraft: false\npublished: true\nexpiryDate: 2026-10-01\n---\n\nBring a pen.\n"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings, 1, java.time.LocalDate.of(2026, 12, 7)).load(content, HandbookConfig.defaults());
        assertEquals(List.of("index.md", "events/winter-fair.md"), handbook.pages().stream().map(Page::path).toList());
        assertEquals(List.of("events/quiz-night.md:5 notice page.expired", "events/summer-fair.md:4 notice page.expired"), findings.sorted().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code()).toList());
    }

    @Test
    void aHugoPageWhosePublishDateIsToComeIsLeftOutUntilThen(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Welcome\n",
                "policies/lone-working.md", "---\ntitle: Lone working\npublishDate: 2027-01-04\n---\n\nIn force from January.\n",
                "policies/expenses.md", "---\ntitle: Expenses\npublishDate: 2026-11-01\n---\n\nIn force.\n"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings, 1, java.time.LocalDate.of(2026, 12, 7)).load(content, HandbookConfig.defaults());
        assertEquals(List.of("index.md", "policies/expenses.md"), handbook.pages().stream().map(Page::path).toList());
        assertEquals(List.of("policies/lone-working.md:3 notice page.scheduled"), findings.sorted().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.code()).toList());
    }

    /** Other tools' folders in a site's folder (a docsify or Jekyll site at a repository's top): never pages, nor said to be. */
    @Test
    void installedPackagesAndVersionControlAreNotContent(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Welcome\n",
                "vendor/choosing-suppliers.md", "# Choosing suppliers\n",
                "node_modules/primer-support/README.md", "# primer-support\n",
                "docs/node_modules/left-pad/docs/usage.md", "# Usage\n",
                "node_modules/primer-support/logo.png", "png",
                "vendor/bundle/ruby/3.1.0/gems/jekyll-4.3.2/README.markdown", "# Jekyll\n",
                "bower_components/jquery/README.md", "# jQuery\n",
                ".git/description", "Unnamed repository"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(java.util.List.of("index.md", "vendor/choosing-suppliers.md"), handbook.pages().stream().map(Page::path).toList());
        assertEquals(java.util.List.of(), handbook.assets());
        assertEquals(java.util.List.of(), findings.sorted(), "left out without a word, as Jekyll and VitePress leave them out");
    }

    /**
     * A shared drive's folder holds what Windows, Office, a Mac and editors leave beside the documents: never published,
     * least of all an Office owner file, which holds the name of whoever has the document open.
     */
    @Test
    void filesAComputerLeavesInAFolderAreNotPublished(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("index.md", "# Welcome\n");
        files.put("policies/safeguarding.md", "# Safeguarding\n");
        files.put("policies/Sign-up form.docx", "PK");
        files.put("policies/~$gn-up form.docx", "\u0007Sam Jones");
        files.put("policies/Thumbs.db", "cache");
        files.put("images/desktop.ini", "[.ShellClassInfo]");
        files.put("images/Icon\r", "");
        files.put("images/ehthumbs.db", "cache");
        files.put("policies/safeguarding.md~", "# Safeguarding (backup)\n");
        files.put("policies/#safeguarding.md#", "# Safeguarding (autosave)\n");
        files.put("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path content = TestHandbooks.write(dir, files);
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(java.util.List.of("index.md", "policies/safeguarding.md"), handbook.pages().stream().map(Page::path).toList());
        assertEquals(java.util.List.of("images/logo.svg", "policies/Sign-up form.docx"), handbook.assets().stream().sorted().toList());
        assertEquals(java.util.List.of(), findings.sorted());
    }

    /** A Jekyll site at a repository's top leaves out what its _config.yml's exclude: names, and the handbook with it. */
    @Test
    void whatAJekyllSiteExcludesIsLeftOut(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.HashMap<>(Map.of("_notes/internal.md", "# Internal\n",
                "Gemfile", "source 'https://rubygems.org'\n", "Gemfile.lock", "GEM\n", // left out by Jekyll whatever exclude: says
                "_pages/about.md", "---\npermalink: /about/\n---\n# About us\n")); // include: [_pages], as 18F's guides
        files.putAll(Map.of(
                "index.md", "# Welcome\n",
                "README.md", "# How to build this site\n",
                "CONTRIBUTING.md", "# Contributing\n",
                "docs/maintainers.md", "# For maintainers\n",
                "docs-public/guide.md", "# A guide\n",
                "guides/notes-draft.md", "# Drafting notes\n",
                "guides/setting-up.md", "# Setting up\n",
                "script/build.sh", "echo",
                "_config.yml", "title: Our site\nexclude:\n  - README.md\n  - CONTRIBUTING.md\n  - /docs/\n  - script\n"
                        + "  - \"*-draft.md\"\n  - Gemfile\ninclude:\n  - CONTRIBUTING.md\n  - _pages\n"
                        + "collections:\n  articles:\n    output: true\n    permalink: /:path/\n  notes:\n    output: false\n",
                "_articles/welcoming.md", "# Welcoming people\n"));
        Path content = TestHandbooks.write(dir, files);
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        List<Finding> hidden = findings.sorted().stream().filter(f -> f.code().equals("page.hidden-folder")).toList();
        assertEquals(List.of("_notes/"), hidden.stream().map(Finding::file).toList(), "a collection Jekyll does not publish is left out");
        assertEquals(java.util.List.of("index.md", "CONTRIBUTING.md", "_articles/welcoming.md", "_pages/about.md", "docs-public/guide.md",
                "guides/setting-up.md"), handbook.pages().stream().map(Page::path).toList(), "/docs/ is that folder, not docs-public/ (as in Jekyll)");
        assertEquals("welcoming.html", handbook.page("_articles/welcoming.md").orElseThrow().url(),
                "published where its collection's permalink, /:path/, puts it");
        assertEquals(java.util.List.of(), handbook.assets());
    }

    /** A Jekyll site whose pages are in a folder of their own (source: src, as dxw's playbook has it), built from there. */
    @Test
    void aJekyllSourceFolderReadsTheSitesConfigBesideIt(@TempDir Path dir) throws Exception {
        Path site = TestHandbooks.write(dir, Map.of(
                "_config.yml", "source: src\nexclude:\n  - admin\ncollections:\n  guides:\n    output: true\n",
                "src/index.md", "# Playbook\n",
                "src/admin/rota.md", "# Rota\n",
                "src/_guides/onboarding.md", "# Onboarding\n",
                "other/_config.yml", "exclude: [index.md]\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(site.resolve("src"), HandbookConfig.defaults());
        assertEquals(List.of("index.md", "_guides/onboarding.md"), handbook.pages().stream().map(Page::path).toList());
        assertEquals("guides/onboarding.html", handbook.page("_guides/onboarding.md").orElseThrow().url());
        TestHandbooks.write(dir, Map.of("_config.yml", "source: other\nexclude:\n  - admin\n"));
        assertEquals(2, new ContentLoader(new Findings()).load(site.resolve("src"), HandbookConfig.defaults()).pages().size(),
                "a _config.yml whose source: is another folder says nothing of this one");
    }

    @Test
    void gitBooksAssetsArePublishedAndNothingElseThatStartsWithADot(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "README.md", "# Welcome\n\n![The hall](.gitbook/assets/hall.png)\n",
                "policies/safeguarding.md", "# Safeguarding\n\n[The form](../.gitbook/assets/forms/consent.pdf)\n",
                ".gitbook/assets/hall.png", "png",
                ".gitbook/assets/forms/consent.pdf", "pdf",
                ".gitbook/assets/notes.md", "# Not a page\n",
                ".gitbook/includes/contact.md", "# Reused text, not a page\n",
                ".gitbook/secret.txt", "not an asset",
                ".git/config", "[core]",
                "policies/.env", "TOKEN=1"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals(java.util.List.of("README.md", "policies/safeguarding.md"), handbook.pages().stream().map(Page::path).toList());
        assertEquals(java.util.List.of(".gitbook/assets/forms/consent.pdf", ".gitbook/assets/hall.png"),
                handbook.assets().stream().sorted().toList());
        assertTrue(ContentLoader.gitBookAsset("space/.gitbook/assets/a.png"));
        assertTrue(!ContentLoader.gitBookAsset(".gitbook/includes/a.png") && !ContentLoader.gitBookAsset(".gitbook/assets/a.md"));
    }

    @Test
    void aHomePageWithoutTitleOrHeadingIsNamedByTheHandbook(@TempDir Path dir) throws Exception {
        // A Carpentries Workbench lesson's index.md has neither: its home page was headed "Index".
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Instructor training\n",
                "index.md", "---\nsite: sandpaper::sandpaper_site\n---\nWelcome to the training.\n",
                "guide/index.md", "Pages for the guide.\n",
                "notes/index.md", "# Trainers' notes\n\nText.\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, new ConfigLoader(new Findings()).load(content));
        assertEquals("Instructor training", handbook.page("index.md").orElseThrow().title());
        assertEquals("Guide", handbook.page("guide/index.md").orElseThrow().title(), "a folder's page is named for its folder");
        assertEquals("Trainers' notes", handbook.page("notes/index.md").orElseThrow().title());
    }

    @Test
    void translationsByFileNameIntoOtherLanguagesAreLeftOutInOneNotice(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "about.md", "# About us\n",
                "about.fr.md", "# À propos\n",
                "about.cy.md", "# Amdanom ni\n",
                "guide/start.md", "# Start\n",
                "guide/start.zh-cn.md", "# 开始\n",
                "guide/end.en.md", "# The end\n",
                "notes.v2.md", "# Notes, second version\n",
                "plan.de.md", "# A German page with no original\n",
                "agents.en.mdx", "# Agents\n",
                "agents.ja.mdx", "# エージェント\n"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(List.of("about.md", "agents.en.mdx", "notes.v2.md", "plan.de.md", "guide/end.en.md", "guide/start.md"),
                handbook.pages().stream().map(Page::path).sorted(java.util.Comparator.comparing((String p) -> p.contains("/"))
                        .thenComparing(java.util.Comparator.naturalOrder())).toList());
        assertEquals("guide/end.html", handbook.page("guide/end.en.md").orElseThrow().url(), "its own language at the plain address");
        assertEquals("agents.en.mdx", handbook.page("agents.md").orElseThrow().path(), "found by that address's name");
        List<org.handbookpress.findings.Finding> notices = findings.sorted().stream().filter(f -> f.code().equals("page.translation")).toList();
        assertEquals(1, notices.size(), findings.sorted().toString());
        assertTrue(notices.get(0).message().startsWith("4 page(s) are translations into cy, fr, ja, zh-cn"), notices.get(0).message());
    }

    @Test
    void mdxFilesArePagesWithWhatTheBuildDoesNotRunSaidOnce(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Home\n",
                "docs/index.mdx", "---\ntitle: Docs\n---\nimport Tabs from '@theme/Tabs';\n\n<Fancy>\nHeld.\n</Fancy>\n\n"
                        + "Built {new Date().getFullYear()}.\n",
                "docs/intro.mdx", "# Intro\n",
                "docs/both.md", "# Both\n",
                "docs/both.mdx", "# Both again\n"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(List.of("index.md", "docs/index.mdx", "docs/both.md", "docs/both.mdx", "docs/intro.mdx"),
                handbook.pages().stream().map(Page::path).toList());
        Page intro = handbook.page("docs/intro.md").orElseThrow();
        assertEquals("docs/intro.html", intro.url(), "a link or pack naming intro.md finds intro.mdx");
        assertEquals("docs/intro", intro.pathWithoutExtension());
        assertEquals("docs/index.mdx", handbook.folderPage("docs").orElseThrow().path(), "index.mdx is its folder's page");
        assertEquals("docs/both.md", handbook.page("docs/both.md").orElseThrow().path(), "a path names its own page first");
        assertTrue(handbook.page("docs/index.mdx").orElseThrow().markdown().startsWith("\n\n\nHeld."), "the import and the tags are blank lines");
        List<String> reported = findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
        assertTrue(reported.contains("docs/index.mdx:6 page.mdx-component"), reported.toString());
        assertTrue(reported.contains("docs/index.mdx:10 page.mdx-expression"), reported.toString());
        assertTrue(reported.contains("docs/both.mdx:0 page.same-output"), "both would be docs/both.html: " + reported);
    }

    @Test
    void foldersAreReadNameByNameAsTheNavigationListsThem() {
        List<String> folders = new java.util.ArrayList<>(List.of("policies-archive", "policies/data", "", "policies", "a.b", "a"));
        folders.sort(FolderOrder.none()::compare);
        // A string comparison would put policies-archive/ before policies/ ('-' sorts before '/'), unlike the navigation.
        assertEquals(List.of("", "a", "a.b", "policies", "policies/data", "policies-archive"), folders);
    }

    @Test
    void foldersWithoutAnOrderAreInTheAlphabeticalOrderOfTheHandbooksLanguage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Food banks\nlanguage: en-GB\n",
                "index.md", "# Home\n",
                "groups/zennor/contacts.md", "# Zennor contacts\n",
                "groups/Llanfair – Banc Bwyd Môn/contacts.md", "# Llanfair contacts\n",
                "groups/Éclair Street/contacts.md", "# Éclair Street contacts\n",
                "groups/aberdar/contacts.md", "# Aberdâr contacts\n",
                "groups/brecon/contacts.md", "# Brecon contacts\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, new ConfigLoader(new Findings()).load(content));
        // By code point, a folder named with a capital ('L' before 'a') or an accent ('É' after 'z') left its place in the menu.
        assertEquals(List.of("Aberdâr contacts", "Brecon contacts", "Éclair Street contacts", "Llanfair contacts", "Zennor contacts"),
                handbook.pages().stream().filter(p -> p.path().startsWith("groups/")).map(Page::title).toList());
    }

    @Test
    void foldersTakeTheOrderTheirOwnPageOrDocusaurusCategoryGives(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Home\n",
                "alpha/a.md", "# A\n",
                "policies/_index.md", "---\nweight: 2\n---\n# Policies\n",
                "training/index.md", "---\norder: 1\n---\n# Training\n",
                "training/day-one.md", "# Day one\n",
                "guides/_category_.json", "{\n  \"label\": \"Guides\",\n  \"position\": 3\n}\n",
                "guides/start.md", "# Start\n",
                "guides/deep/_category_.yml", "position: 1\n",
                "guides/deep/dive.md", "# Dive\n",
                "guides/basics/b.md", "# Basics\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals(List.of("index.md", "training/index.md", "training/day-one.md", "policies/_index.md",
                "guides/start.md", "guides/deep/dive.md", "guides/basics/b.md", "alpha/a.md"),
                handbook.pages().stream().map(Page::path).toList(),
                "ordered folders first, by their order (Hugo's weight and Docusaurus' position too), then the others by name");
    }

    @Test
    void aFolderHoldingOnlyAnOrderedFolderStillTakesItsOwnCategoryPositionWrittenOnOneLine(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "alpha/a.md", "# A\n",
                "guides/_category_.json", "{\"label\": \"Guides\", \"position\": 1}\n",
                "guides/deep/index.md", "---\norder: 5\n---\n# Deep\n",
                "guides/deep/dive.md", "# Dive\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals(List.of("guides/deep/index.md", "guides/deep/dive.md", "alpha/a.md"), handbook.pages().stream().map(Page::path).toList());
    }

    @Test
    void binaryAndNonUtf8FilesAreReported(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("ok.md", "# Ok\n"));
        Files.write(content.resolve("binary.md"), new byte[] {'#', ' ', 0, 1, 2});
        Files.write(content.resolve("latin1.md"), "# Caf\u00e9\nline two\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Findings findings = new Findings();
        new ContentLoader(findings).load(content, HandbookConfig.defaults());
        var all = findings.sorted();
        assertTrue(all.stream().anyMatch(f -> f.code().equals("file.binary") && f.file().equals("binary.md")), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.code().equals("file.encoding") && f.file().equals("latin1.md") && f.line() == 1), all.toString());
    }

    @Test
    void symbolicLinkOutOfTheContentFolderIsRefused(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        Path secret = Files.writeString(dir.resolve("secret.md"), "# Secret\n");
        Files.createSymbolicLink(content.resolve("linked.md"), secret);
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertTrue(handbook.page("linked.md").isEmpty());
        assertTrue(findings.sorted().stream().anyMatch(f -> f.code().equals("file.link-outside")));
    }

    @Test
    void aNamedPipeIsReportedNotOpened(@TempDir Path dir) throws Exception {
        // Opening a pipe waits until something writes to it: the build hung there for good.
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n"));
        Files.createDirectories(content.resolve("images"));
        Process mkfifo = new ProcessBuilder("mkfifo", content.resolve("notes.md").toString(), content.resolve("images/map.png").toString())
                .start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo could not make named pipes here");
        Files.createSymbolicLink(content.resolve("linked.md"), Path.of("notes.md"));
        Findings findings = new Findings();
        Handbook handbook = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> new ContentLoader(findings).load(content, HandbookConfig.defaults()));
        assertEquals(List.of("index.md"), handbook.pages().stream().map(Page::path).toList());
        assertEquals(List.of("images/map.png file.not-regular", "linked.md file.not-regular", "notes.md file.not-regular"),
                findings.sorted().stream().map(f -> f.file() + " " + f.code()).toList());
    }

    /** A page of front matter alone was published as a title over nothing, and nothing said so. */
    @Test
    void aPageWithFrontMatterAndNoTextIsReported(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Home\n",
                "about/placeholder.md", "---\ntitle: Placeholder\nsummary: To come.\n---\n\n",
                "about/index.md", "---\ntitle: About us\n---\n",
                "about/later.md", "---\ntitle: Later\ndraft: true\n---\n"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(List.of("about/placeholder.md:1 page.empty"), findings.sorted().stream()
                .filter(f -> !f.code().equals("page.draft")).map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(),
                "a folder's own page lists the folder; a draft is not published");
        assertTrue(handbook.page("about/placeholder.md").isPresent(), "still published");
    }
}
