package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Front matter is read as YAML nodes, never as Java objects: what the reader still refuses, and where it says so. */
class YamlSourceTest {

    @Test
    void readsAMappingWithTheLinesOfItsKeys() {
        Findings findings = new Findings();
        YamlMap map = YamlSource.parse("title: Lone working\nreview: 2027-01-01\ntags: [safety, visits]\n", "policies/lone.md", 1, findings)
                .orElseThrow();
        assertEquals("Lone working", map.string("title"));
        assertEquals(2, map.lineOf("title"), "the file's line: after the opening ---");
        assertEquals(List.of(), findings.sorted());
    }

    /** Aliases that expand exponentially ("a billion laughs") are refused with a finding, quickly. */
    @Test
    @Timeout(10)
    void refusesAliasBombs() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        Findings findings = new Findings();
        assertTrue(YamlSource.parse(yaml.toString(), "bomb.md", 1, findings).isEmpty());
        Finding finding = findings.sorted().get(0);
        assertEquals("yaml.malformed", finding.code());
        assertEquals("bomb.md", finding.file());
    }

    @Test
    void aKeyGivenTwiceAndATagThatNamesAJavaClassAreFindings() {
        Findings findings = new Findings();
        YamlSource.parse("title: One\ntitle: Two\n", "twice.md", 1, findings);
        assertTrue(findings.sorted().stream().anyMatch(f -> f.line() == 3), findings.sorted().toString());
        Findings tagged = new Findings();
        YamlSource.parse("title: !!java.net.URL [http://example.org]\n", "tag.md", 1, tagged);
        // Nothing is constructed from a tag: the value is read as text, or refused, never loaded as a class.
        tagged.sorted().forEach(f -> assertEquals("tag.md", f.file()));
    }

    @Test
    void malformedYamlNamesItsLine() {
        Findings findings = new Findings();
        assertTrue(YamlSource.parse("title: Safe\n  bad: [unclosed\n", "bad.md", 1, findings).isEmpty());
        Finding finding = findings.sorted().get(0);
        assertEquals("yaml.malformed", finding.code());
        assertTrue(finding.line() >= 2, finding.toString());
    }

    /** The commonest slip in front matter, a title with a colon in it, is named with the line as it should be written. */
    @Test
    void aValueWithAColonNotInQuotesIsShownQuoted() {
        Findings findings = new Findings();
        assertTrue(YamlSource.parse("title: Unit 1: fundamentals\norder: 2\n", "unit-1.md", 1, findings).isEmpty());
        Finding finding = findings.sorted().get(0);
        assertEquals(2, finding.line());
        assertEquals("a value with ': ' in it must be in quotes: write title: \"Unit 1: fundamentals\"", finding.fix());
        assertEquals("description: 'Trigger phrases: \"add this\"'",
                YamlSource.quoted("name: x\ndescription: Trigger phrases: \"add this\"\n", 1), "double quotes inside: in single ones");
        assertEquals(null, YamlSource.quoted("title: \"Quoted: already\"\n", 0));
        assertEquals(null, YamlSource.quoted("  bad: [unclosed\n", 0));
    }

    /** A tab before a key (a copy from a document, an editor's Tab key) is said in plain words, with what to do. */
    @Test
    void aKeyIndentedWithATabIsSaidSo() {
        Findings findings = new Findings();
        assertTrue(YamlSource.parse("packs:\n  - id: policies\n    title: Our Policies\n\tpaper: A5\n", "handbook.yml", 0, findings).isEmpty());
        Finding finding = findings.sorted().get(0);
        assertEquals(4, finding.line());
        assertEquals("malformed YAML: this line is indented with a tab, and YAML allows only spaces there", finding.message());
        assertEquals("replace the tab with spaces, lining the key up with the keys it belongs with", finding.fix());
    }
}
