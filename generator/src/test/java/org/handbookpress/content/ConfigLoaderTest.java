package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void readsSettingsNavAndPacks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("handbook.yml"), """
                title: Peer Support Handbook
                organisation: Example Charity
                language: en-GB
                nav:
                  - index.md
                  - Toolkit: toolkit/
                packs:
                  - id: workbook
                    title: Workbook
                    include: [toolkit/, glossary.md]
                    paper: A5
                    forms: true
                """);
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(dir);
        assertEquals("Peer Support Handbook", config.title());
        assertEquals("en-GB", config.language());
        assertEquals(2, config.nav().size());
        assertEquals("Toolkit", config.nav().get(1).label());
        assertEquals("toolkit/", config.nav().get(1).target());
        PackConfig pack = config.packs().get(0);
        assertEquals(Paper.A5, pack.paper());
        assertTrue(pack.forms());
        assertEquals(java.util.List.of("toolkit/", "glossary.md"), pack.include());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void unknownKeyWarnsWithLineAndWrongTypeFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("handbook.yml"), "title: X\ncolour: red\nnav: toolkit\npacks:\n  - id: Bad Id\n");
        Findings findings = new Findings();
        new ConfigLoader(findings).load(dir);
        var all = findings.sorted();
        assertTrue(all.stream().anyMatch(f -> f.severity() == Severity.WARNING && f.line() == 2 && f.message().contains("'colour'")
                && f.file().equals("handbook.yml")), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.line() == 3 && f.message().contains("'nav'")), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.line() == 5 && f.code().equals("config.pack-id")), all.toString());
    }

    /**
     * Keys a volunteer mistypes in handbook.yml, as in front matter: the American spelling of 'organisation', and a
     * pack's 'include' with two letters swapped, which left the pack with nothing to print. Each is named, not found in
     * a list of every key (a sports club's handbook, written from the README alone).
     */
    @Test
    void aMistypedKeyIsToldTheKeyItIsNear(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("handbook.yml"), "title: X\norganization: Llanfair Harriers\nDescription: Y\npacks:\n"
                + "  - id: workbook\n    title: Workbook\n    inlcude: [toolkit/]\n    colour: red\n");
        Findings findings = new Findings();
        new ConfigLoader(findings).load(dir);
        var fixes = findings.sorted().stream().filter(f -> f.code().equals("config.unknown-key")).map(f -> f.line() + " " + f.fix()).toList();
        assertEquals(List.of("2 did you mean 'organisation'? Keys are read exactly as written",
                "3 did you mean 'description'? Keys are read exactly as written",
                "7 did you mean 'include'? Keys are read exactly as written",
                "8 known keys are: id, title, subtitle, include, paper, forms, editions; check the spelling or remove it"), fixes);
    }

    /** A base URL with a quote or angle bracket in it is no address: escaped on the pages, it left the sitemap invalid (QA-O). */
    @Test
    void aBaseUrlMustBeAnAddress(@TempDir Path dir) throws Exception {
        for (String wrong : List.of("https://example.org/\\\"><b>x", "https://exa<mple.org/", "https:///path-only", "example.org")) {
            Files.writeString(dir.resolve("handbook.yml"), "title: X\nbaseUrl: '" + wrong + "'\n");
            Findings findings = new Findings();
            HandbookConfig config = new ConfigLoader(findings).load(dir);
            assertEquals(List.of("config.base-url"), findings.sorted().stream().map(f -> f.code()).toList(), wrong);
            assertEquals(null, config.baseUrl(), wrong);
        }
        Files.writeString(dir.resolve("handbook.yml"), "title: X\nbaseUrl: https://handbook.example.org/v2\n");
        assertEquals("https://handbook.example.org/v2/", new ConfigLoader(new Findings()).load(dir).baseUrl());
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtTheSecondAtAnyDepth(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("handbook.yml"), "title: X\nlanguage: en\ntitle: Y\npacks:\n  - id: a\n    title: A\n"
                + "    id: b\n    include: [index.md]\n");
        Findings findings = new Findings();
        new ConfigLoader(findings).load(dir);
        var duplicates = findings.sorted().stream().filter(f -> f.code().equals("yaml.duplicate-key")).toList();
        assertEquals(2, duplicates.size(), findings.sorted().toString());
        assertEquals(3, duplicates.get(0).line());
        assertEquals(7, duplicates.get(1).line());
        assertTrue(duplicates.stream().allMatch(f -> f.severity() == Severity.ERROR && f.file().equals("handbook.yml")));
    }
}
