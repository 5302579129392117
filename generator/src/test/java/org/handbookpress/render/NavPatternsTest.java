package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.ContentLoader;
import org.handbookpress.content.Handbook;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.PageLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pattern in nav: takes its pages as a pack's include: does. A tenants' association wrote "training/*.md" between a
 * labelled folder and a page, and was told "nav names the page 'training/*.md', which does not exist", with every
 * training page then warned as unreachable.
 */
class NavPatternsTest {

    private static final String PAGES_AND_NAV = """
            title: Rep Handbook
            nav:
              - index.md
              - Casework: casework/
              - %s
              - training/welcome-deck.md
            """;

    @Test
    void aPatternListsItsPagesWhereItStands(@TempDir Path dir) throws Exception {
        Findings findings = new Findings();
        List<NavNode> tree = tree(dir, "\"training/*.md\"", findings);
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
        // The deck the nav names on its own keeps its own place; the session plan comes where the pattern stands.
        assertEquals(List.of("index.md", "casework/", "training/new-rep-session.md", "training/welcome-deck.md"),
                tree.stream().map(NavNode::key).toList());
    }

    @Test
    void aLabelledPatternIsAGroupUnderItsLabel(@TempDir Path dir) throws Exception {
        Findings findings = new Findings();
        List<NavNode> tree = tree(dir, "Sessions: \"training/*-session.md\"", findings);
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
        NavNode group = tree.get(2);
        assertTrue(group.isGroup());
        assertEquals("Sessions", group.title());
        assertEquals(List.of("training/new-rep-session.md"), group.children().stream().map(NavNode::key).toList());
    }

    @Test
    void aPatternMatchingNoPageSaysSo(@TempDir Path dir) throws Exception {
        Findings findings = new Findings();
        tree(dir, "\"trainng/*.md\"", findings);
        Finding finding = findings.sorted().stream().filter(f -> f.code().equals("nav.missing")).findFirst().orElseThrow();
        assertEquals(5, finding.line());
        assertTrue(finding.message().contains("pattern 'trainng/*.md' matches no page"), finding.message());
    }

    private static List<NavNode> tree(Path dir, String entry, Findings findings) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", PAGES_AND_NAV.formatted(entry),
                "index.md", "# Welcome\n\nHello.\n",
                "casework/repairs.md", "# Repairs\n\nText.\n",
                "training/new-rep-session.md", "# New rep induction\n\nText.\n",
                "training/welcome-deck.md", "# Welcome deck\n\nText.\n"));
        Handbook handbook = new ContentLoader(findings, 1).load(content, new ConfigLoader(findings).load(content));
        return new SiteNavigation(handbook, List.of(), PageLabels.english().handbook(), findings).tree();
    }
}
