package org.handbookpress.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Quarto project's {@code {{< var >}}} and {@code {{< meta >}}} shortcodes, filled in as Quarto fills them
 * (org.handbookpress.content.QuartoShortcodes): Seedcase's guidebook, a Quarto book, wrote its badges' addresses with
 * {@code {{< meta gh.repo >}}} from its _metadata.yml, in an included file; they were left as written.
 */
class QuartoShortcodesTest {

    private static final String QUARTO = "project:\n  type: book\nbook:\n  title: \"Rota handbook\"\n  chapters:\n    - index.qmd\n";

    private static List<String> warnings(BuildResult result) {
        return result.findings().stream().filter(f -> f.severity() != Severity.NOTICE).map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }

    private static List<Finding> quarto(BuildResult result) {
        return result.findings().stream().filter(f -> f.code().equals("syntax.quarto-variable")).toList();
    }

    /**
     * {@code var} from _variables.yml (a dotted key a nested value, Markdown in a value read as Markdown); {@code meta}
     * from the page's front matter first, then the _metadata.yml of its folder, then those above it, then _quarto.yml.
     * In code too, as Quarto fills them, but not in a block marked {@code shortcodes=false} nor in a chunk Quarto runs;
     * {@code {{{< var version >}}}} (or {@code {{</* var version *\/>}}}) shows the shortcode itself.
     */
    @Test
    void varAndMetaAreFilledInFromTheProjectsFilesAndThePagesFrontMatter(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", QUARTO);
        files.put("_variables.yml", "version: 1.2\nemail:\n  info: rota@example.org\nengine:\n  knitr: \"[Knitr](https://yihui.org/knitr/)\"\n");
        files.put("_metadata.yml", "gh:\n  org: seedcase-project\n  repo: guidebook\nteam: Everyone\n");
        files.put("index.qmd", """
                # Welcome

                Version {{< var version >}}: write to {{< var email.info >}}, run with {{< var engine.knitr >}}.

                The [source](https://github.com/{{< meta gh.org >}}/{{< meta gh.repo >}}) of {{< meta book.title >}}.

                Write `{{< var version >}}` or {{{< var version >}}} or {{</* var version */>}} to show it.

                ``` {.markdown shortcodes="false"}
                {{< var version >}}
                ```

                ```{r}
                x <- "{{< var version >}}"
                ```
                """);
        files.put("teams/_metadata.yml", "team: The rota team\n");
        files.put("teams/north.qmd", "---\ntitle: North\nlead: Priya\nauthor:\n  - name: Sam\n  - name: Ana\nfield.with.dots: yes\n---\n\n"
                + "Led by {{< meta lead >}} for {{< meta team >}} ({{< meta gh.repo >}}), written by {{< meta author.2.name >}}"
                + " ({{< meta field\\\\.with\\\\.dots >}}).\n");
        files.put("teams/own.qmd", "---\ntitle: Own\nteam: Its own team\n---\n\nWritten by {{< meta team >}}, titled {{< meta title >}}.\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), warnings(result));
        Document index = TestHandbooks.page(out, "index.html");
        assertEquals("Version 1.2: write to rota@example.org, run with Knitr.", index.select("main p").get(0).text());
        assertEquals("https://yihui.org/knitr/", index.selectFirst("main p a:contains(Knitr)").attr("href"));
        assertEquals("https://github.com/seedcase-project/guidebook", index.selectFirst("main a:contains(source)").attr("href"));
        assertTrue(index.select("main p").get(1).text().endsWith("of Rota handbook."), index.select("main p").get(1).text());
        assertEquals("Write 1.2 or {{< var version >}} or {{< var version >}} to show it.", index.select("main p").get(2).text());
        assertEquals("{{< var version >}}", index.select("main pre").get(0).text().strip());
        assertTrue(index.select("main pre").get(1).text().contains("\"{{< var version >}}\""), "a chunk's code is the engine's");
        assertEquals("Led by Priya for The rota team (guidebook), written by Ana (yes).", TestHandbooks.page(out, "teams/north.html").selectFirst("main p:contains(Led by)").text());
        assertEquals("Written by Its own team, titled Own.", TestHandbooks.page(out, "teams/own.html").selectFirst("main p:contains(Written by)").text());
    }

    /**
     * Quarto's conditions on metadata, {@code when-meta} and {@code unless-meta} on {@code .content-visible} and
     * {@code .content-hidden}, decided as Quarto decides them: a key is true when the page's metadata (as {@code meta}
     * reads it: front matter, _metadata.yml, _quarto.yml) gives YAML's true; anything else, or nothing, is not. A hidden
     * part is gone, and what it asks for is not said missing; a condition on the format beside it is still applied.
     */
    @Test
    void conditionsOnMetadataShowAndHideAsQuartoDoes(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", QUARTO + "internal: true\n");
        files.put("_metadata.yml", "trainer:\n  notes: false\n");
        files.put("index.qmd", """
                ---
                title: Rota
                answers: true
                quoted: "true"
                ---

                ::: {.content-visible when-meta="answers"}
                The answer is {{< meta answers >}}.
                :::

                ::: {.content-visible when-meta="trainer.notes"}
                Trainer's notes by {{< meta trainer.name >}}.
                :::

                ::: {.content-hidden when-meta="internal"}
                For the public, from {{< meta public.contact >}}.
                :::

                ::: {.content-hidden when-meta="quoted"}
                Quoted is no true.
                :::

                ::: {.content-visible when-meta="missing"}
                ::: callout-note
                Nested, by {{< meta nobody >}}.
                :::
                :::

                ::: {.content-visible unless-meta="missing" when-format="pdf"}
                Print only.
                :::

                Call [the office]{.content-visible when-meta="internal"}[the helpline]{.content-hidden when-meta="internal"}.
                """);
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), warnings(result), "a hidden part asks for nothing; a condition read is no unknown key nor ignored attribute");
        Document index = TestHandbooks.page(out, "index.html");
        String text = index.selectFirst("main").text();
        assertTrue(text.contains("The answer is true."), text);
        assertTrue(text.contains("Quoted is no true."), text);
        assertTrue(text.contains("Call the office."), text);
        for (String gone : List.of("Trainer's notes", "For the public", "Nested", "the helpline", "?meta")) {
            assertFalse(text.contains(gone), gone + " in: " + text);
        }
        assertTrue(index.selectFirst("main .print-only:contains(Print only)") != null, "the format's condition still applies");
    }

    /**
     * The metadata of a build without arguments: _quarto.yml's {@code profile: default:} and the first of each
     * {@code profile: group:} none of whose profiles is active, each one's {@code _quarto-<name>.yml} merged over the
     * project's metadata (the first profile's values winning), and the files {@code metadata-files:} lists (a later one's
     * values winning) between them and _quarto.yml; never the machine's QUARTO_PROFILE. {@code when-profile} tests the
     * same profiles.
     */
    @Test
    void profilesAndMetadataFilesAreMergedAsQuartoMergesThem(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", QUARTO + "profile:\n  default: staff\n  group:\n    - [print, web]\n"
                + "metadata-files:\n  - meta/org.yml\n  - meta/overrides.yml\n  - ../outside.yml\norg:\n  name: Base\n  phone: 000\n");
        files.put("meta/org.yml", "org:\n  name: The food bank\n  email: first@example.org\n");
        files.put("meta/overrides.yml", "org:\n  email: info@example.org\n");
        files.put("_quarto-staff.yml", "org:\n  phone: 0123 456\nstaff: true\n");
        files.put("_quarto-print.yml", "org:\n  phone: 999\n  fax: 0123 789\n");
        files.put("_quarto-public.yml", "org:\n  name: Not active\n");
        files.put("index.qmd", """
                # Contact

                Call {{< meta org.name >}} on {{< meta org.phone >}}, fax {{< meta org.fax >}}, mail {{< meta org.email >}}.

                ::: {.content-visible when-meta="staff"}
                Staff only.
                :::

                ::: {.content-visible when-profile="public"}
                Public only.
                :::

                ::: {.content-hidden unless-profile="print"}
                For print and the staff.
                :::
                """);
        Files.writeString(dir.resolve("outside.yml"), "org:\n  name: Outside the project\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), warnings(result));
        String text = TestHandbooks.page(out, "index.html").selectFirst("main").text();
        assertTrue(text.contains("Call The food bank on 0123 456, fax 0123 789, mail info@example.org."), text);
        assertTrue(text.contains("Staff only.") && text.contains("For print and the staff."), text);
        assertFalse(text.contains("Public only."), text);
    }

    /**
     * A list that several of the project's files give is joined, as Quarto merges metadata (lists concatenated, each item
     * once): _quarto.yml's items, then each metadata file's in its order, then the profiles'; a single value beside a list
     * counts as a list of one. The first file giving the key won, the others' items lost: funders.1 was the profile's
     * "Trust", not _quarto.yml's "Council", and funders.3 was said missing.
     */
    @Test
    void listsAreJoinedAcrossTheProjectsFiles(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", QUARTO + "profile:\n  default: staff\n"
                + "metadata-files:\n  - meta/org.yml\nfunders:\n  - Council\n");
        files.put("meta/org.yml", "funders: [Lottery, Council]\n");
        files.put("_quarto-staff.yml", "funders: Trust\n");
        files.put("index.qmd", """
                # Thanks

                Funded by {{< meta funders.1 >}}, {{< meta funders.2 >}} and {{< meta funders.3 >}}.
                """);
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), warnings(result));
        String text = TestHandbooks.page(out, "index.html").selectFirst("main").text();
        assertTrue(text.contains("Funded by Council, Lottery and Trust."), text);
    }

    /**
     * A page's title and description may hold {@code var} and {@code meta}, as Quarto fills them in a document's metadata:
     * the title in the page's heading, its tab and the menu; a key nothing gives is said at the key's line.
     */
    @Test
    void shortcodesInTheFrontMatterAreFilledIn(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", QUARTO + "    - rota.qmd\n");
        files.put("_variables.yml", "org:\n  name: Northside Food Bank\n");
        files.put("_metadata.yml", "area: Leeds\n");
        files.put("index.qmd", "# Welcome\n\nText.\n");
        files.put("rota.qmd", """
                ---
                title: "{{< var org.name >}} rota"
                description: "How {{< meta area >}} plans its shifts, by {{< var org.lead >}}"
                ---

                Text.
                """);
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("rota.qmd:3 syntax.quarto-variable"), warnings(result));
        assertTrue(quarto(result).get(0).message().contains("{{< var org.lead >}} names no variable"), quarto(result).get(0).message());
        Document rota = TestHandbooks.page(out, "rota.html");
        assertEquals("Northside Food Bank rota", rota.selectFirst("main h1").text());
        assertTrue(rota.title().startsWith("Northside Food Bank rota"), rota.title());
        assertEquals("How Leeds plans its shifts, by ?var:org.lead", rota.selectFirst("main p.lede").text());
        assertTrue(TestHandbooks.page(out, "index.html").select("nav a").eachText().contains("Northside Food Bank rota"),
                TestHandbooks.page(out, "index.html").select("nav a").eachText().toString());
    }

    /**
     * A key nothing gives is shown as Quarto shows it, {@code ?var:key}, and said once a page, at its first line, with how
     * many times; {@code env} stays as written, said, never read from the machine's environment.
     */
    @Test
    void aKeyNothingGivesIsShownAsQuartoShowsItAndSaid(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", QUARTO);
        files.put("_variables.yml", "version: 1.2\n");
        files.put("_metadata.yml", "gh:\n  org: seedcase-project\n");
        files.put("index.qmd", """
                ---
                title: Welcome
                ---

                Call {{< var phone >}} or {{< var phone >}}.

                The {{< meta gh.repo >}} repository, on {{< env HOME >}}.
                """);
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("index.qmd:5 syntax.quarto-variable", "index.qmd:7 syntax.quarto-variable", "index.qmd:7 syntax.quarto-variable"),
                warnings(result), "said by its own code, not as an unknown template tag too");
        List<Finding> said = quarto(result);
        assertTrue(said.get(0).message().contains("{{< var phone >}} names no variable of _variables.yml")
                && said.get(0).message().contains("(2 times; first here)"), said.get(0).message());
        assertTrue(said.get(0).fix().contains("_variables.yml"), said.get(0).fix());
        assertTrue(said.stream().anyMatch(f -> f.message().startsWith("{{< meta gh.repo >}} names no key") && f.fix().contains("gh: repo: …")));
        assertTrue(said.stream().anyMatch(f -> f.message().startsWith("{{< env HOME >}} reads the environment")));
        Document index = TestHandbooks.page(out, "index.html");
        assertEquals(List.of("?var:phone", "?var:phone", "?meta:gh.repo"), index.select("main p strong").eachText());
        assertTrue(index.selectFirst("main p:contains(repository)").text().endsWith("on {{< env HOME >}}."));
        String home = System.getProperty("user.home");
        assertFalse(index.html().contains(home), "the machine's environment is never read into a page");
    }

    /**
     * A file shown with {@code {{< include >}}} has its shortcodes filled in from the page showing it, as Quarto pastes it
     * into the page first: Seedcase's includes/_badges.qmd. What is not filled in is said at the line that includes it.
     */
    @Test
    void anIncludedFileHasTheValuesOfThePageShowingIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", QUARTO);
        files.put("_metadata.yml", "gh:\n  org: seedcase-project\n  repo: guidebook\n");
        files.put("index.qmd", "# Welcome\n\n{{< include /includes/_badges.qmd >}}\n\nText.\n");
        files.put("includes/_badges.qmd", "[Releases](https://github.com/{{< meta gh.org >}}/{{< meta gh.repo >}}/releases)\n"
                + "Made by {{< meta gh.maker >}}.\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("index.qmd:3 syntax.quarto-variable"), warnings(result));
        assertTrue(quarto(result).get(0).message().startsWith("'includes/_badges.qmd', shown here, at line 2 of its text: {{< meta gh.maker >}}"),
                quarto(result).get(0).message());
        Document index = TestHandbooks.page(out, "index.html");
        assertEquals("https://github.com/seedcase-project/guidebook/releases", index.selectFirst("main a:contains(Releases)").attr("href"));
    }

    /**
     * A Quarto project whose pages are a folder of it: its _quarto.yml, _variables.yml and _metadata.yml are above the
     * content folder, and read from there. A folder of no Quarto project, a Hugo site's, keeps its {@code {{< meta >}}}
     * as written, a shortcode of its own.
     */
    @Test
    void theProjectsFilesAboveTheContentFolderCountAndAHugoSitesShortcodesAreItsOwn(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", "project:\n  type: website\nwebsite:\n  title: \"Rota\"\n");
        files.put("_variables.yml", "phone: 0123 456\n");
        files.put("_metadata.yml", "team: The rota team\n");
        files.put("docs/index.qmd", "# Welcome\n\nCall {{< var phone >}}, {{< meta team >}}, about {{< meta website.title >}}.\n");
        Path project = TestHandbooks.write(dir.resolve("project"), files);
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(project.resolve("docs"), out);
        assertEquals(List.of(), warnings(result));
        assertEquals("Call 0123 456, The rota team, about Rota.", TestHandbooks.page(out, "index.html").selectFirst("main p:contains(Call)").text());

        Path hugo = TestHandbooks.write(dir.resolve("hugo"), Map.of("handbook.yml", "title: Rota\n", "index.md", "# Welcome\n\nThe {{< meta team >}} page.\n"));
        BuildResult own = TestHandbooks.buildWithoutPdfs(hugo, dir.resolve("out2"));
        assertEquals(List.of("index.md:3 syntax.liquid"), warnings(own));
    }
}
