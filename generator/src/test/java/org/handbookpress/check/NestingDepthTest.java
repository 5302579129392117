package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.MarkdownConverter;
import org.junit.jupiter.api.Test;

class NestingDepthTest {

    private static Page page(String markdown) {
        return new Page("deep.md", "deep.html", Path.of("deep.md"), null, "Deep", markdown, 5);
    }

    @Test
    void ordinaryNestingPasses() {
        Findings findings = new Findings();
        String md = "> quote\n> > in a quote\n\n- a\n  - b\n    - c\n      1. d\n\n    indented code - not a list\n";
        assertFalse(new NestingDepth(findings).tooDeep(page(md)));
        assertEquals(0, findings.sorted().size());
    }

    @Test
    void aThousandDeepQuoteOrListIsNamedAtItsLine() {
        for (String md : new String[] {"Intro\n\n" + ">".repeat(1000) + " end\n", "Intro\n\n" + "- ".repeat(1000) + "x\n",
                "Intro\n\n" + "> - 1. ".repeat(30) + "x\n",
                "Intro\n\n" + ": ".repeat(1000) + "x\n"}) { // definitions in definitions overflowed the parser at a thousand
            Findings findings = new Findings();
            assertTrue(new NestingDepth(findings).tooDeep(page(md)), md.substring(0, 20));
            assertEquals("deep.md:7 content.too-deep", findings.sorted().get(0).file() + ":" + findings.sorted().get(0).line()
                    + " " + findings.sorted().get(0).code());
        }
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            indented.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
        }
        Findings findings = new Findings();
        assertTrue(new NestingDepth(findings).tooDeep(page(indented.toString())));
        assertEquals(5 + NestingDepth.MAX, findings.sorted().get(0).line(), "the first line past the limit");
    }

    @Test
    void theQuickTestPassesEveryLineTooDeep() {
        // 32 tabs (two levels each) and one quote marker: the shortest line past the limit, which the quick test must let
        // through to the full one; a tab fewer is within it.
        Findings findings = new Findings();
        assertTrue(new NestingDepth(findings).tooDeep(page("Intro\n\n" + "\t".repeat(32) + ">x\n")));
        assertFalse(new NestingDepth(findings).tooDeep(page("Intro\n\n" + "\t".repeat(31) + ">x\n")));
        // Every line deeper than the limit, of random markers and indentation, is one the quick test lets through.
        java.util.Random random = new java.util.Random(11);
        String[] parts = {">", "> ", "- ", "* ", "+ ", ": ", "1. ", "12) ", " ", "  ", "\t"};
        int deep = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(100); k > 0; k--) {
                line.append(random.nextInt(3) == 0 && line.length() == 0 ? "\t".repeat(random.nextInt(40))
                        : parts[random.nextInt(parts.length)]);
            }
            line.append("x");
            if (NestingDepth.prefix(line.toString())[0] > NestingDepth.MAX) {
                deep++;
                assertTrue(NestingDepth.mayBeTooDeep("text\n" + line), line.toString());
            }
        }
        assertTrue(deep > 1000, deep + " lines past the limit");
        assertFalse(NestingDepth.mayBeTooDeep("> quote\n> > in a quote\n\n- a\n  - b\n    - c\n"));
    }

    @Test
    void fencedCodeIsNotCounted() {
        Findings findings = new Findings();
        String md = "```\n" + ">".repeat(500) + "\n```\n\n~~~\n" + "- ".repeat(500) + "\n~~~\n";
        assertFalse(new NestingDepth(findings).tooDeep(page(md)));
    }

    @Test
    void theLimitIsWellBelowWhereTheParserOverflows() {
        // What the check lets through converts without trouble.
        MarkdownConverter converter = new MarkdownConverter();
        for (String unit : new String[] {">", "- ", "1. "}) {
            String md = unit.repeat(NestingDepth.MAX) + "x\n";
            assertFalse(new NestingDepth(new Findings()).tooDeep(page(md)), unit);
            assertTrue(converter.toHtml(md, 1).contains("x"), unit);
        }
    }
}
