package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.junit.jupiter.api.Test;

/**
 * Hugo's TOML front matter as TOML reads it: every form TOML has for a value, each key found on the file's own line,
 * and front matter that is not TOML said once, with its line, the page read without it.
 */
class TomlFrontMatterTest {

    private final Findings findings = new Findings();
    private final FrontMatterParser parser = new FrontMatterParser(findings);

    private List<String> found() {
        return findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }

    /** An array of tables, as CodeYourFuture's pages list the blocks a page is made of: a YAML list, line for line. */
    @Test
    void anArrayOfTablesIsAListOfMappings() {
        String toml = """
                title = "For volunteers"
                [[blocks]]
                name = "Intentions"
                src = "module/checkpoint/intentions"
                [[blocks]]
                name = "Routines"
                src = "module/checkpoint/routines"
                    [[blocks.nested.blocks]]
                    name = "Groups"
                [[blocks]]
                name = "Demos"
                [[cascade]]
                  [cascade.build]
                    list = 'never'
                [params]
                colour = "teal"
                """;
        String yaml = TomlFrontMatter.asYaml(toml);
        assertEquals(toml.lines().count(), yaml.lines().count(), "every line keeps its number");
        YamlMap map = YamlSource.parse(yaml, "checkpoint/index.md", 1, findings).orElseThrow(() -> new AssertionError(yaml + findings.sorted()));
        assertEquals(List.of(), findings.sorted(), "no key given twice: " + yaml);
        assertEquals("For volunteers", map.string("title"));
        List<String> names = ((SequenceNode) map.value("blocks")).getValue().stream()
                .map(item -> new YamlMap((MappingNode) item, "checkpoint/index.md", 1, findings).string("name")).toList();
        assertEquals(List.of("Intentions", "Routines", "Demos"), names);
        assertEquals(List.of(3, 6, 11), map.itemLines("blocks"), "each item at its own [[blocks]] line");
        assertEquals("teal", map.section("params").orElseThrow().string("colour"));
        assertEquals(16, map.lineOf("params"));
    }

    /**
     * A description over several lines, in """…""" or '''…''', is one value, and the lines inside it are no keys: a
     * 'title = ' line in it gave the page that title, and the description broke the YAML it was turned into.
     */
    @Test
    void aStringOverSeveralLinesIsOneValue() {
        var split = parser.split("""
                +++
                title = "Safeguarding"
                description = \"""
                Who to tell, and when.
                title = "not the title"
                weight = 99\"""
                summary = '''
                C:\\Volunteers\\forms # kept as written'''
                weight = 4
                review-every = "soon"
                +++
                # Body
                """, "policies/safeguarding.md").orElseThrow();
        assertEquals("Safeguarding", split.meta().title());
        assertEquals("C:\\Volunteers\\forms # kept as written", split.meta().summary());
        assertEquals(4.0, split.meta().order());
        assertEquals("# Body\n", split.body());
        assertEquals(12, split.bodyLine());
        assertEquals(List.of("policies/safeguarding.md:10 front-matter.review-every"), found(), "the wrong value on its own line");
    }

    /**
     * An array written over several lines, with comments and a comma after its last item, as CodeYourFuture's guides
     * write their objectives: its values, each on the line it is written on; the keys after it on theirs.
     */
    @Test
    void anArrayOverSeveralLinesKeepsItsItemsAndTheirLines() {
        String page = """
                +++
                title="Fixing a PR Branch"
                aliases = [
                  "/guides/fixing/",   # the old address
                  "/reviewing/fix.html",
                ]
                objectives=[
                    "Make new branches from main",
                    "Fix a branch with the wrong files on it",
                ]
                time=20
                weight = 2
                +++
                Text.
                """;
        var split = parser.split(page, "reviewing/fixing/index.md").orElseThrow();
        assertEquals("Fixing a PR Branch", split.meta().title());
        assertEquals(List.of("/guides/fixing/", "/reviewing/fix.html"), split.meta().redirectFrom());
        assertEquals(2.0, split.meta().order());
        assertEquals(14, split.bodyLine());
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("reviewing/fixing/index.md:7 config.unknown-key", "reviewing/fixing/index.md:11 config.unknown-key"), found());
        YamlMap yaml = YamlSource.parse(TomlFrontMatter.asYaml(page.substring(4, page.indexOf("+++\nText"))), "p.md", 1, findings)
                .orElseThrow();
        assertEquals(List.of(4, 5), yaml.itemLines("aliases"));
        assertEquals(List.of("Make new branches from main", "Fix a branch with the wrong files on it"), yaml.strings("objectives"));
    }

    /** Dotted keys, keys in quotes (with spaces), escapes, a '#' inside a string, inline tables: each read as TOML says. */
    @Test
    void everyFormOfKeyAndValueIsRead() {
        var split = parser.split("""
                +++
                title = "Caf\\u00e9 rota\\t# not a comment"  # a comment
                "nav-title" = 'Café'
                params.author = "Sam"
                params.colour = "teal"
                "key with spaces" = true
                menu = { main = { weight = 3, parent = "Guides" } }
                draft = true
                tags = ["rota", 'café', "a, b"]
                +++
                """, "rota.md").orElseThrow();
        assertEquals("Café rota\t# not a comment", split.meta().title());
        assertEquals("Café", split.meta().names().navTitle());
        assertTrue(split.meta().draft());
        assertNull(split.meta().order(), "the menu's weight is the menu's, not the page's");
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("rota.md:4 front-matter.other-tool-key", "rota.md:6 config.unknown-key", "rota.md:7 front-matter.other-tool-key",
                "rota.md:9 front-matter.other-tool-key"), found(), "params, 'key with spaces', menu, tags: each on its own line");
        assertTrue(findings.sorted().stream().anyMatch(f -> f.message().contains("'key with spaces'")), findings.sorted().toString());
    }

    /** TOML's dates and times, written without quotes, are read as the text they are; a wrong date is named on its line. */
    @Test
    void datesWithoutQuotesAreRead() {
        var split = parser.split("""
                +++
                date = 2026-05-10T09:30:00Z
                lastmod = 2026-05-11 10:00:00
                reviewed = 2026-05-10
                start = 09:30:00
                kind = "session"
                duration = "1h"
                approved = 2026-13-01
                +++
                """, "sessions/first.md").orElseThrow();
        assertEquals(LocalDate.of(2026, 5, 10), split.meta().reviewed());
        assertEquals(java.time.LocalTime.of(9, 30), split.meta().start());
        assertEquals(List.of("sessions/first.md:8 front-matter.date"), findings.sorted().stream()
                .filter(f -> f.severity() == Severity.ERROR).map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    /** A key given twice, which TOML forbids (Hugo refuses the page): one finding at the second, naming the first. */
    @Test
    void aKeyGivenTwiceIsNamedOnItsLine() {
        var split = parser.split("""
                +++
                title = "Expenses"
                weight = 3
                description = \"""
                What we pay back.\"""
                title = "Claiming expenses"

                [params]
                colour = "teal"
                +++
                Claim within 30 days.
                """, "expenses.md").orElseThrow();
        assertEquals(List.of("expenses.md:6 front-matter.toml"), found());
        Finding twice = findings.sorted().get(0);
        assertTrue(twice.message().contains("'title'") && twice.message().contains("line 2"), twice.message());
        assertNull(split.meta().title(), "the page is read without its front matter, as a page whose YAML is malformed");
        assertEquals("Claim within 30 days.\n", split.body());
        assertEquals(11, split.bodyLine());
    }

    /**
     * Front matter that is not TOML: one error naming the file's line, the line as written and what to do, never an
     * exception; the page is read without it. YAML written between '+++' lines is told to use '---'.
     */
    @Test
    void frontMatterThatIsNotTomlIsOneFindingOnItsLine() {
        var split = parser.split("+++\nweight = 2\ntitle = Unit 1: basics\n+++\nText.\n", "unit-1.md").orElseThrow();
        assertEquals("Text.\n", split.body());
        assertNull(split.meta().order());
        parser.split("+++\ntitle: Setup\nweight: 1\n+++\n", "setup.md").orElseThrow();
        parser.split("+++\ntitle = \"Rota\"\ntags = [\n  \"a\",\n\ndraft = true\n+++\n", "rota.md").orElseThrow();
        parser.split("+++\ntitle = \"Rota\ndraft = true\n+++\n", "open.md").orElseThrow();
        parser.split("+++\ntitle = \"Rota\"\n[params]\nx = 1\n[params]\ny = 2\n+++\n", "tables.md").orElseThrow();
        assertEquals(List.of("open.md:2 front-matter.toml", "rota.md:3 front-matter.toml", "setup.md:2 front-matter.toml",
                "tables.md:5 front-matter.toml", "unit-1.md:3 front-matter.toml"), found());
        List<Finding> all = findings.sorted();
        assertTrue(all.stream().allMatch(f -> f.severity() == Severity.ERROR && f.message().contains("not valid TOML")), all.toString());
        assertTrue(all.get(4).message().contains("title = Unit 1: basics"), all.get(4).message());
        assertTrue(all.get(4).fix().contains("title = \"Unit 1: basics\""), all.get(4).fix());
        assertTrue(all.get(2).fix().contains("'---'"), all.get(2).fix());
        assertTrue(all.get(0).fix().contains("\"\"\""), all.get(0).fix());
        assertTrue(all.get(1).message().contains("never closed with ]") && all.get(1).message().contains("line 6"), all.get(1).message());
    }

    /**
     * A list or a text of several lines left open is named at the line it opens on: the reader only stops where it can
     * read no further (a key it takes for an item, the end), which is no line the author wrote wrong.
     */
    @Test
    void aListOrTextLeftOpenIsNamedWhereItOpens() {
        parser.split("+++\ntitle = \"Rota\"\ntags = [\n  \"a\",\n\ndraft = true\n+++\n", "rota.md").orElseThrow();
        parser.split("+++\ntitle = \"About\"\ndescription = \"\"\"\nWho we are.\nweight = 2\n+++\nText.\n", "about.md").orElseThrow();
        assertEquals(List.of("about.md:3 front-matter.toml", "rota.md:3 front-matter.toml"), found());
        Finding text = findings.sorted().get(0);
        assertTrue(text.message().contains("(description = \"\"\")") && text.message().contains("never closed with \"\"\""), text.message());
        assertTrue(text.fix().startsWith("close it with \"\"\""), text.fix());
        assertTrue(findings.sorted().get(1).fix().startsWith("close it with ]"), findings.sorted().get(1).fix());
    }

    /**
     * A dotted key thousands of parts long (TOML sets no limit), each part a table inside the last: the page's title
     * is read, and the key is reported as any other, without the stack overflowing as the tables are written out.
     */
    @Test
    void aDottedKeyThousandsOfPartsLongIsReadAsAnyOther() {
        var split = parser.split("+++\ntitle = \"Deep\"\n" + "a.".repeat(20_000) + "b = 1\nweight = 2\n+++\nText.\n", "deep.md")
                .orElseThrow();
        assertEquals("Deep", split.meta().title());
        assertEquals(2.0, split.meta().order());
        parser.reportUnknownKeys("front-matter");
        assertEquals(List.of("deep.md:3 config.unknown-key"), found());
    }

    /**
     * Front matter without its opening '+++' line (as CodeYourFuture's tracks/java/prep has it) whose list runs over
     * several lines, or which has a blank line or a text over several lines, is read as front matter and said, as one of
     * single lines is: the line with the list's ']' alone, or the blank one, had the page's text start at the top.
     */
    @Test
    void frontMatterWithoutItsOpeningLineMayHoldValuesOverSeveralLines() {
        var split = parser.split("title = 'prep'\nobjectives = [\n  \"Install Java\",\n]\n\ndescription = \"\"\"\nBefore the course.\n\"\"\"\n"
                + "weight = 1\n+++\nThe work.\n", "prep.md").orElseThrow();
        assertEquals("prep", split.meta().title());
        assertEquals(1.0, split.meta().order());
        assertEquals("Before the course.\n", split.meta().summary());
        assertEquals("The work.\n", split.body());
        assertEquals(11, split.bodyLine());
        assertEquals(List.of("prep.md:1 front-matter.unopened"), found());
        // A page's own text above a '+++' line (an Outline details block) is never taken for it, nor comments alone.
        for (String page : List.of("Note = read this first.\n\nSee below.\n+++\n", "# Heading\n\n+++\nx\n+++\n")) {
            assertEquals(page, parser.split(page, "p.md").orElseThrow().body(), page);
        }
    }
}
