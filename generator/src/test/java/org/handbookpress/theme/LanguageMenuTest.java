package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language switch of a handbook in many languages is folded under its name, as MkDocs Material's and GOV.UK's
 * language menus are: github/opensource.guide's thirty languages, listed in the header, filled most of a phone's first
 * screen above the page. A handbook in two to five languages keeps its links in sight.
 */
class LanguageMenuTest {

    @TempDir
    Path temp;

    /** A handbook in English and {@code languages}, each translating the same three pages. */
    private Path build(String name, List<String> languages) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Rota\nlanguage: en-GB\n");
        files.put("index.md", "# Home\n\nWelcome.\n");
        List<String> pages = List.of("rota", "swaps", "holidays");
        pages.forEach(p -> files.put(p + ".md", "# " + p + "\n\nIn English.\n"));
        for (String language : languages) {
            files.put(language + "/index.md", "# Home (" + language + ")\n\nText.\n");
            pages.forEach(p -> files.put(language + "/" + p + ".md", "# " + p + " (" + language + ")\n\nText.\n"));
        }
        Path content = TestHandbooks.write(temp.resolve(name), files);
        Path site = temp.resolve(name + "-site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        return site;
    }

    @Test
    void manyLanguagesAreFoldedUnderTheSwitchsName() throws Exception {
        Path site = build("many", List.of("cy", "fr", "de", "es", "pl", "it"));
        Document page = TestHandbooks.page(site, "rota.html");
        Element menu = page.selectFirst("nav.language-switch > details.language-menu");
        assertEquals("Language", menu.selectFirst("summary").text());
        assertEquals(List.of("Cymraeg", "Deutsch", "Español", "Français", "Italiano", "Polski"),
                menu.select("ul a").eachText().stream().sorted().toList());
        assertEquals("cy/rota.html", menu.selectFirst("a[hreflang=cy]").attr("href"));

        Document few = TestHandbooks.page(build("few", List.of("cy", "fr")), "rota.html");
        assertNull(few.selectFirst("nav.language-switch details"), "two other languages stay in sight");
        assertEquals(List.of("Cymraeg", "Français"), few.select("nav.language-switch > ul a").eachText().stream().sorted().toList());
    }

    @Test
    void theFoldedMenuPassesAxeOnAPhoneAndADesktop() throws Exception {
        HeadlessChromium.assumeAvailable();
        build("axe", List.of("cy", "fr", "de", "es", "pl", "it", "ga"));
        AxeAudit audit = AxeAudit.instrument(temp, List.of("axe-site/rota.html", "axe-site/ga/rota.html"));
        for (AxeAudit.Mode mode : List.of(AxeAudit.DESKTOP_LIGHT, AxeAudit.PHONE_DARK)) {
            assertEquals(List.of(), audit.problems(mode, audit.run(mode)), mode.name());
        }
    }
}
