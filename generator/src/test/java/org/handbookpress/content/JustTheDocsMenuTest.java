package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jekyll site themed with just-the-docs has the menu that theme builds from its pages' front matter: each page under
 * the page whose title its {@code parent:} names, siblings in their {@code nav_order}, {@code nav_exclude: true} out of
 * it. The menu went by folders, and said {@code parent:}, {@code grand_parent:} and {@code has_children:} were unknown.
 */
class JustTheDocsMenuTest {

    private static String page(String frontMatter) {
        return "---\nlayout: default\n" + frontMatter + "---\n\nText.\n";
    }

    /**
     * Equal Vote's BetterVoting docs: the guide and its three sections side by side in contributions/, each section's
     * pages in a folder of their own, its devops pages naming the guide as their grand_parent; the help pages in help/
     * under the home page. The menu showed one "Contributions" folder over the four, and folders "Developers", "Devops"
     * and "Writers" beside them.
     */
    @Test
    void pagesSitUnderThePageTheirParentNames(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.ofEntries(
                Map.entry("_config.yml", "remote_theme: pmarsceill/just-the-docs\n"),
                Map.entry("index.md", page("title: BetterVoting Documentation\nnav_order: 0\nhas_children: true\n")),
                Map.entry("help/0_register.md", page("title: How to Register\nnav_order: 0\nparent: BetterVoting Documentation\n")),
                Map.entry("help/1_faq.md", page("title: Frequently Asked Questions\nnav_order: 1\nparent: BetterVoting Documentation\n")),
                Map.entry("contributions/0_guide.md", page("title: Contribution Guide\nnav_order: 2\nhas_children: true\n")),
                Map.entry("contributions/1_developers.md", page("title: Developers\nnav_order: 1\nparent: Contribution Guide\nhas_children: true\n")),
                Map.entry("contributions/2_devops.md", page("title: DevOps\nnav_order: 2\nparent: Contribution Guide\nhas_children: true\n")),
                Map.entry("contributions/developers/1_setup.md", page("title: Local Setup\nnav_order: 1\nparent: Developers\n")),
                Map.entry("contributions/developers/2_pr.md", page("title: Opening a Pull Request\nnav_order: 2\nparent: Developers\n")),
                Map.entry("contributions/devops/10_keycloak.md", page("title: Deploy Keycloak\nnav_order: 10\nparent: DevOps\ngrand_parent: Contribution Guide\n")),
                Map.entry("contributions/devops/2_setup.md", page("title: DevOps Local Setup\nnav_order: 2\nparent: DevOps\ngrand_parent: Contribution Guide\n"))));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals("index.md[help/0_register.md, help/1_faq.md], contributions/0_guide.md[contributions/1_developers.md["
                        + "contributions/developers/1_setup.md, contributions/developers/2_pr.md], contributions/2_devops.md["
                        + "contributions/devops/2_setup.md, contributions/devops/10_keycloak.md]]",
                menu(handbook.config().nav()), "the home page's children are nested under it, as the theme shows them");
        assertEquals(List.of("index.md", "help/0_register.md", "help/1_faq.md", "contributions/0_guide.md", "contributions/1_developers.md",
                "contributions/developers/1_setup.md", "contributions/developers/2_pr.md", "contributions/2_devops.md",
                "contributions/devops/2_setup.md", "contributions/devops/10_keycloak.md"),
                handbook.pages().stream().map(Page::path).toList(), "the reading order is the menu's");
        assertEquals(List.of(), unknownKeys(findings), "the theme's keys are read (layout, Jekyll's, is a notice)");
    }

    /**
     * The theme's order among siblings: nav_order numbers by value (10 after 9), then nav_order texts as text, capitals
     * first, then the pages with none by title. A nav_order written as text was an error that failed the build.
     */
    @Test
    void siblingsComeInTheThemesOrder(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", page("title: Home\n"),
                "guide.md", page("title: Guide\nhas_children: true\nnav_order: 1\n"),
                "ten.md", page("title: Ten\nparent: Guide\nnav_order: 10\n"),
                "nine.md", page("title: Nine\nparent: Guide\nnav_order: 9\n"),
                "small.md", page("title: Small\nparent: Guide\nnav_order: \"b\"\n"),
                "capital.md", page("title: Capital\nparent: Guide\nnav_order: \"C\"\n"),
                "alpha.md", page("title: Alpha\nparent: Guide\n"),
                "zulu.md", page("title: Zulu\nparent: Guide\n")));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(List.of(), findings.sorted().stream().filter(f -> f.severity() == org.handbookpress.findings.Severity.ERROR).toList());
        assertEquals("index.md, guide.md[nine.md, ten.md, capital.md, small.md, alpha.md, zulu.md]", menu(handbook.config().nav()));
    }

    /** {@code nav_sort: case_insensitive} in _config.yml orders texts regardless of case; {@code child_nav_order: desc} reverses. */
    @Test
    void theSitesSortAndAPagesReversedChildren(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "_config.yml", "remote_theme: just-the-docs/just-the-docs@v0.10.1\nnav_sort: case_insensitive\n",
                "index.md", page("title: Home\n"),
                "news.md", page("title: news\nnav_order: 1\nchild_nav_order: desc\n"),
                "2024.md", page("title: '2024'\nparent: news\nnav_order: 1\n"),
                "2025.md", page("title: '2025'\nparent: news\nnav_order: 2\n"),
                "apples.md", page("title: apples\n"),
                "bananas.md", page("title: Bananas\n")));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals("index.md, news.md[2025.md, 2024.md], apples.md, bananas.md", menu(handbook.config().nav()));
    }

    /**
     * The theme's own site: its "Main Navigation" (navigation/main/index.md) over "Ancestry" over "X" over "S", all in one
     * folder. The folder's own page stood for the folder's section, which listed its pages side by side.
     */
    @Test
    void aFoldersOwnPageKeepsThePagesUnderItNested(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", page("title: Home\n"),
                "main/index.md", page("title: Main Navigation\nnav_order: 1\n"),
                "main/order.md", page("title: Ordering Pages\nparent: Main Navigation\nnav_order: 1\n"),
                "main/ancestry.md", page("title: Ancestry\nparent: Main Navigation\nnav_order: 2\n"),
                "main/x.md", page("title: X\nparent: Ancestry\n"),
                "main/xs.md", page("title: S\nparent: X\n")));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals("index.md, main/index.md[main/order.md, main/ancestry.md[main/x.md[main/xs.md]]]", menu(handbook.config().nav()));
    }

    /** Two pages titled "Setup", under "Windows" and "Mac": each child's grand_parent: says which it sits under. */
    @Test
    void grandParentTellsTwoParentsOfOneTitleApart(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", page("title: Home\n"),
                "windows.md", page("title: Windows\nnav_order: 1\n"),
                "mac.md", page("title: Mac\nnav_order: 2\n"),
                "windows-setup.md", page("title: Setup\nparent: Windows\n"),
                "mac-setup.md", page("title: Setup\nparent: Mac\n"),
                "mac-brew.md", page("title: Homebrew\nparent: Setup\ngrand_parent: Mac\n"),
                "windows-wsl.md", page("title: WSL\nparent: Setup\ngrand_parent: Windows\n")));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals("index.md, windows.md[windows-setup.md[windows-wsl.md]], mac.md[mac-setup.md[mac-brew.md]]", menu(handbook.config().nav()));
    }

    /**
     * The Laptop Wiki's "Flashing VBIOS" gives {@code grand-parent: Legion}, which neither the theme nor the build reads:
     * it sits under the first "Advanced", General's. The unknown key's finding says which key was meant.
     */
    @Test
    void aThemesKeyMisspeltIsNamed(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", page("title: Home\n"),
                "general.md", page("title: General\nnav_order: 1\n"),
                "legion.md", page("title: Legion\nnav_order: 2\n"),
                "general-advanced.md", page("title: Advanced\nparent: General\n"),
                "legion-advanced.md", page("title: Advanced\nparent: Legion\n"),
                "vbios.md", page("title: Flashing VBIOS\nparent: Advanced\ngrand-parent: Legion\n")));
        Findings findings = new Findings();
        new ContentLoader(findings).load(content, HandbookConfig.defaults());
        Finding unknown = findings.sorted().stream().filter(f -> f.code().equals("config.unknown-key") && f.message().contains("'grand-parent'"))
                .findFirst().orElseThrow();
        assertTrue(unknown.fix().startsWith("write 'grand_parent'"), unknown.fix());
    }

    /**
     * The Laptop Wiki keeps its pages in collections the theme lists after the site's own pages, each under its name
     * ({@code just_the_docs: collections: guides: name: Guides}), whose parent: titles are its own: "General" and "Legion"
     * under "Guides", "Asus" under "Laptops". They were listed side by side, by title, whatever their collection.
     */
    @Test
    void aCollectionsPagesAreListedUnderItsName(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "_config.yml", """
                        collections:
                          guides:
                            output: true
                          laptops:
                            output: true
                          archive:
                            output: true
                        just_the_docs:
                          collections:
                            guides:
                              name: Guides
                            laptops:
                              name: Laptops
                            archive:
                              name: Archive
                              nav_exclude: true
                        """,
                "_guides/general.md", page("title: General\nnav_order: 1\n"),
                "_guides/general/bios.md", page("title: Bios\nparent: General\n"),
                "_guides/legion.md", page("title: Legion\nnav_order: 2\n"),
                "_laptops/asus.md", page("title: Asus\nhas_children: true\n"),
                "_laptops/asus/g14.md", page("title: Zephyrus G14\nparent: Asus\n"),
                "_archive/idea.md", page("title: Idea\n")));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals("(Guides)[_guides/general.md[_guides/general/bios.md], _guides/legion.md], (Laptops)[_laptops/asus.md[_laptops/asus/g14.md]]",
                menu(handbook.config().nav()));
        assertTrue(handbook.isOutsideMenu(handbook.page("_archive/idea.md").orElseThrow()));
    }

    /**
     * {@code nav_exclude: true} leaves a page, and the pages under it, out of the menu, as does having no title: they are
     * built, and found by links and search.
     */
    @Test
    void excludedAndUntitledPagesAreBuiltOutsideTheMenu(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "_config.yml", "theme: just-the-docs\n",
                "index.md", page("title: Home\n"),
                "about.md", page("title: About\n"),
                "old.md", page("title: Old\nnav_exclude: true\n"),
                "older.md", page("title: Older\nparent: Old\n"),
                "notes.md", "# Notes\n\nNo front matter.\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals("index.md, about.md", menu(handbook.config().nav()));
        for (String path : List.of("old.md", "older.md", "notes.md")) {
            assertTrue(handbook.isOutsideMenu(handbook.page(path).orElseThrow()), path);
        }
    }

    /**
     * The BetterVoting docs tell writers to copy {@code parent: ✍️Writers}, but the section's title is "✍ ️Writers", with
     * a space before the emoji's variation selector: a page so written is in no menu of the theme's. It is said, on the
     * parent: line, with the title meant and what differs, and the page is still listed.
     */
    @Test
    void aParentNamingNoTitleIsSaidWithTheNearestTitle(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "_config.yml", "remote_theme: pmarsceill/just-the-docs\n",
                "index.md", page("title: Home\n"),
                "contributions/3_writers.md", page("title: ✍ ️Writers\nnav_order: 3\nhas_children: true\n"),
                "contributions/writers/1_github.md", page("title: GitHub 101\nnav_order: 1\nparent: ✍ ️Writers\n"),
                "contributions/writers/4_docs.md", page("title: Adding Documentation\nnav_order: 4\nparent: ✍️Writers\n")));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        List<Finding> unknown = findings.sorted().stream().filter(f -> f.code().equals(JustTheDocsMenu.UNKNOWN_PARENT)).toList();
        assertEquals(1, unknown.size(), findings.sorted().toString());
        Finding finding = unknown.get(0);
        assertEquals("contributions/writers/4_docs.md:5", finding.file() + ":" + finding.line());
        assertTrue(finding.message().contains("U+0020 SPACE"), finding.message());
        assertTrue(finding.fix().contains("'✍ ️Writers' (contributions/3_writers.md)"), finding.fix());
        assertEquals("index.md, contributions/3_writers.md[contributions/writers/1_github.md], contributions/writers/4_docs.md",
                menu(handbook.config().nav()));
    }

    /** A handbook whose pages have a parent: key naming no page, with no theme named, keeps its folders: it is no such site. */
    @Test
    void aFolderHandbookWithParentKeysKeepsItsFolders(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Home\n",
                "policies/a.md", "---\ntitle: A\nparent: Policies team\n---\n\nText.\n"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(List.of(), handbook.config().nav());
        assertEquals(List.of("parent"), unknownKeys(findings));
    }

    /**
     * A site of the theme whose pages give no title: (their headings name them) would have a menu of the home page
     * alone, as the theme's own is empty: it keeps its folders.
     */
    @Test
    void aSiteOfTheThemeWithoutTitlesKeepsItsFolders(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "_config.yml", "theme: just-the-docs\n",
                "index.md", "# Home\n",
                "guides/a.md", "# A\n",
                "guides/b.md", "# B\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals(List.of(), handbook.config().nav());
        assertTrue(!handbook.isOutsideMenu(handbook.page("guides/a.md").orElseThrow()));
    }

    private static List<String> unknownKeys(Findings findings) {
        return findings.sorted().stream().filter(f -> f.code().equals("config.unknown-key"))
                .map(f -> f.message().replaceFirst("^[^']*'([^']+)'.*$", "$1")).toList();
    }

    /** The menu as its targets, each over its entries in brackets. */
    private static String menu(List<NavEntry> entries) {
        return entries.stream().map(e -> (e.isGroup() ? "(" + e.label() + ")" : e.target())
                + (e.entries().isEmpty() ? "" : "[" + menu(e.entries()) + "]")).collect(Collectors.joining(", "));
    }
}
