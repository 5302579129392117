package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook in English with its Welsh translation in {@code cy/}, as a Welsh public body publishes one: each page
 * links the same page in the other language, and a Welsh page writes its dates and its slide deck in Welsh.
 */
class BilingualHandbookTest {

    private static final String POLICY = """
            ---
            kind: policy
            reviewed: 2026-01-15
            review-every: 12 months
            approved: 2026-01-20
            approved-by: %s
            owner: %s
            ---
            # %s

            %s
            """;

    private static BuildResult build(Path dir) throws Exception {
        return build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - policies/safeguarding.md\n  - Training: training/\n");
    }

    private static BuildResult build(Path dir, String nav) throws Exception {
        Map<String, String> files = new java.util.HashMap<>(Map.of(
                "handbook.yml", "title: Befriending Handbook\nlanguage: en-GB\ndescription: Guidance for our volunteers.\n" + nav,
                "cy/toolkit/index.md", "# Pecyn cymorth\n\nPenodau.\n",
                "index.md", "# Welcome\n\nHello.\n",
                "toolkit/01-visits.md", "---\nkind: chapter\n---\n# Visits\n\nHow we visit a befriendee.\n",
                "policies/safeguarding.md", POLICY.formatted("Committee", "Lead officer", "Safeguarding policy", "Keep people safe."),
                "training/induction.md", "---\nkind: slides\n---\n# Induction\n\n---\n\n## Safety\n\nWear your badge.\n",
                "cy/index.md", "---\nsummary: Dechreuwch yma.\n---\n# Croeso\n\nHelô.\n",
                "cy/toolkit/01-visits.md", "---\nkind: chapter\n---\n# Ymweliadau\n\nSut rydyn ni'n ymweld â chyfaill.\n",
                "cy/policies/safeguarding.md", POLICY.formatted("Pwyllgor", "Swyddog arweiniol", "Polisi diogelu", "Cadw pobl yn ddiogel."),
                "cy/training/induction.md", "---\nkind: slides\n---\n# Sefydlu\n\n---\n\n## Diogelwch\n\nGwisgwch eich bathodyn.\n"));
        files.put("glossary.md", "---\nkind: glossary\n---\n# Glossary\n\nBefriendee\n: The person a volunteer visits.\n");
        files.put("cy/glossary.md", "---\nkind: glossary\n---\n# Geirfa\n\nCyfaill\n: Y person y mae gwirfoddolwr yn ymweld ag ef neu hi.\n  Also: gyfaill, chyfaill\n");
        Path content = TestHandbooks.write(dir, files);
        BuildOptions options = BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs();
        return new HandbookBuild(options, BuildLog.SILENT).run();
    }

    @Test
    void everyPageLinksTheSamePageInTheOtherLanguage(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir);
        Element toWelsh = page(result, "toolkit/01-visits.html").selectFirst("nav.language-switch a");
        assertNotNull(toWelsh, "the English chapter has a language switch");
        assertEquals("Cymraeg", toWelsh.text());
        assertEquals("../cy/toolkit/01-visits.html", toWelsh.attr("href"));
        assertEquals("cy", toWelsh.attr("lang"), "the link's name is Welsh, and is spoken so");
        assertEquals("cy", toWelsh.attr("hreflang"));
        Document welsh = page(result, "cy/toolkit/01-visits.html");
        Element toEnglish = welsh.selectFirst("nav.language-switch a");
        assertEquals("English", toEnglish.text());
        assertEquals("../../toolkit/01-visits.html", toEnglish.attr("href"));
        assertEquals("Iaith", welsh.selectFirst("nav.language-switch").attr("aria-label"), "named in the page's language");
        assertEquals("../../toolkit/01-visits.html", welsh.selectFirst("link[rel=alternate][hreflang=en-GB]").attr("href"));
        for (String path : new String[] {"index.html", "cy/index.html", "policies/safeguarding.html", "cy/policies/safeguarding.html",
                "training/induction.html", "cy/training/induction.html", "toolkit/index.html", "cy/toolkit/index.html"}) {
            Element link = page(result, path).selectFirst("nav.language-switch a");
            assertNotNull(link, path);
            assertTrue(Files.isRegularFile(result.output().resolve(path).resolveSibling(link.attr("href")).normalize()), path + " → " + link);
        }
        assertTrue(page(result, "documents.html").select("nav.language-switch").isEmpty(), "no Welsh register: no link to a missing page");
    }

    @Test
    void aWelshPageWritesItsDatesAndItsDeckInWelsh(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir);
        Document welsh = page(result, "cy/policies/safeguarding.html");
        String built = welsh.selectFirst(".footer-build time").text();
        assertEquals("1 Tachwedd 2026", built, "the build's date (TestHandbooks.TIMESTAMP) in Welsh");
        String main = welsh.selectFirst("main").text();
        assertTrue(main.contains("15 Ionawr 2026") && main.contains("20 Ionawr 2026") && main.contains("15 Ionawr 2027"), main);
        assertFalse(main.contains("January"), main);
        assertTrue(page(result, "policies/safeguarding.html").selectFirst("main").text().contains("15 January 2026"));
        assertFalse(page(result, "documents.html").selectFirst("main").text().contains("Ionawr"), "the English register keeps English dates");
        Document register = page(result, "documents.html");
        assertEquals("cy", register.selectFirst("a:contains(Polisi diogelu)").attr("lang"), "a Welsh title in the English register is spoken in Welsh");
        assertEquals("cy", register.selectFirst("span:contains(Swyddog arweiniol)").attr("lang"));
        assertFalse(register.selectFirst("a:contains(Safeguarding policy)").hasAttr("lang"));
        Document deck = page(result, "cy/training/induction.slides.html");
        assertEquals("cy", deck.selectFirst("html").attr("lang"), "the Welsh presentation is spoken in Welsh");
        assertEquals("en-GB", page(result, "training/induction.slides.html").selectFirst("html").attr("lang"));
    }

    /** nav: lists the English pages; a Welsh page's menu is the same menu in Welsh, leading to the Welsh pages. */
    @Test
    void aWelshPagesMenuAndBreadcrumbsLeadToTheWelshPages(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir);
        Document welsh = page(result, "cy/toolkit/01-visits.html");
        assertEquals(List.of("Hafan ../index.html", "Pecyn cymorth index.html", "Ymweliadau 01-visits.html",
                        "Polisi diogelu ../policies/safeguarding.html", "Training ../training/index.html"),
                welsh.select("nav.site-nav a").stream().map(a -> a.text() + " " + a.attr("href")).toList().subList(0, 5),
                "then the generated pages no language has (Documents), as they are");
        assertEquals("page", welsh.selectFirst("nav.site-nav a[href=01-visits.html]").attr("aria-current"), "open at the page itself");
        assertEquals(List.of("Hafan ../index.html", "Pecyn cymorth index.html"),
                welsh.select("nav.breadcrumbs a").stream().map(a -> a.text() + " " + a.attr("href")).toList());
        assertEquals("../index.html", welsh.selectFirst("a.site-title").attr("href"), "the title leads to the Welsh home page");
        assertEquals(List.of("Home ../index.html", "Toolkit index.html", "Visits 01-visits.html",
                        "Safeguarding policy ../policies/safeguarding.html", "Training ../training/index.html"),
                page(result, "toolkit/01-visits.html").select("nav.site-nav a").stream().map(a -> a.text() + " " + a.attr("href")).toList()
                        .subList(0, 5),
                "the English menu as it was");
        assertTrue(page(result, "cy/index.html").select("nav.breadcrumbs").isEmpty(), "the Welsh home page is a home page");
    }

    /** Without nav:, the Welsh folder is no section of the English menu, and a Welsh page's menu is the Welsh one. */
    @Test
    void withoutNavTheWelshFolderIsNoSectionAndWelshPagesHaveTheWelshMenu(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "");
        List<String> english = page(result, "toolkit/01-visits.html").select("nav.site-nav a").stream().map(a -> a.text() + " " + a.attr("href")).toList();
        assertTrue(english.stream().noneMatch(e -> e.contains("cy/") || e.startsWith("Croeso") || e.startsWith("Cy ")), english.toString());
        assertTrue(english.contains("Toolkit index.html"), english.toString());
        List<String> welsh = page(result, "cy/toolkit/01-visits.html").select("nav.site-nav a").stream().map(a -> a.text() + " " + a.attr("href")).toList();
        assertTrue(welsh.contains("Hafan ../index.html") && welsh.contains("Pecyn cymorth index.html") && welsh.contains("Ymweliadau 01-visits.html"),
                welsh.toString());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("page.unreachable")), result.findings().toString());
        // The Welsh home page is a home page: the sections' cards, in Welsh, leading to the Welsh pages.
        List<String> cards = page(result, "cy/index.html").select(".home-sections .card-title a").stream()
                .map(a -> a.text() + " " + a.attr("href")).toList();
        assertTrue(cards.contains("Pecyn cymorth toolkit/index.html"), cards.toString());
        assertEquals("Dechreuwch yma.", page(result, "cy/index.html").selectFirst(".hero .lede").text(), "its own summary, in Welsh");
    }

    /** A glossary in each language: a Welsh page links its Welsh terms to the Welsh glossary, which lists the Welsh pages. */
    @Test
    void aWelshPageLinksTheWelshGlossary(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("glossary.second")), result.findings().toString());
        Element term = page(result, "cy/toolkit/01-visits.html").selectFirst("a.glossary-term");
        assertNotNull(term, "chyfaill is linked");
        assertEquals("../glossary.html#term-cyfaill", term.attr("href"));
        assertEquals("Y person y mae gwirfoddolwr yn ymweld ag ef neu hi.", term.attr("data-definition"));
        assertEquals("../glossary.html#term-befriendee", page(result, "toolkit/01-visits.html").selectFirst("a.glossary-term").attr("href"));
        Document welshGlossary = page(result, "cy/glossary.html");
        assertEquals(List.of("Ymweliadau"), welshGlossary.select(".glossary-used-in a").eachText());
        assertEquals("Defnyddir ar y tudalennau hyn:", welshGlossary.selectFirst(".glossary-used-in-label").text());
        assertEquals(List.of("Visits"), page(result, "glossary.html").select(".glossary-used-in a").eachText());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("page.unreachable") && f.file().startsWith("cy/toolkit")),
                result.findings().toString());
    }

    private static Document page(BuildResult result, String path) throws IOException {
        return Jsoup.parse(Files.readString(result.output().resolve(path), StandardCharsets.UTF_8));
    }
}
