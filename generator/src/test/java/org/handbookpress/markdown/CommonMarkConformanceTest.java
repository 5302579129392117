package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the CommonMark 0.31.2 spec examples through the converter. The examples that differ must be
 * exactly those listed in docs/commonmark.md, so a fix or a regression shows.
 */
class CommonMarkConformanceTest {

    private static final Path DOCS = Path.of("../docs/commonmark.md");

    @Test
    void theExamplesThatDifferAreExactlyTheDocumentedOnes() throws Exception {
        MarkdownConverter converter = new MarkdownConverter();
        List<CommonMarkSpec.Example> examples = CommonMarkSpec.examples();
        assertEquals(652, examples.size(), "the spec file holds 652 examples");
        TreeMap<Integer, String> differ = new TreeMap<>();
        for (CommonMarkSpec.Example ex : examples) {
            String actual = CommonMarkSpec.normalise(converter.toHtml(ex.markdown(), 1));
            String expected = CommonMarkSpec.normalise(ex.html());
            if (!actual.equals(expected)) {
                differ.put(ex.number(), "#" + ex.number() + " [" + ex.section() + "]\n" + ex.markdown()
                        + "expected " + expected + "\nactual   " + actual);
            }
        }
        Set<Integer> documented = documentedDifferences();
        Set<Integer> fixed = new TreeSet<>(documented);
        fixed.removeAll(differ.keySet());
        Set<Integer> broken = new TreeSet<>(differ.keySet());
        broken.removeAll(documented);
        assertTrue(fixed.isEmpty(), "these examples now match: delete their rows from docs/commonmark.md: " + fixed);
        assertTrue(broken.isEmpty(), "these examples differ and are not in docs/commonmark.md:\n"
                + String.join("\n\n", broken.stream().map(differ::get).toList()));
    }

    @Test
    void everyLinksAndImagesExampleMatchesButWikiLinks() throws Exception {
        MarkdownConverter converter = new MarkdownConverter();
        for (CommonMarkSpec.Example ex : CommonMarkSpec.examples()) {
            if (!Set.of("Links", "Images").contains(ex.section()) || ex.markdown().contains("[[")) {
                continue;
            }
            assertEquals(CommonMarkSpec.normalise(ex.html()), CommonMarkSpec.normalise(converter.toHtml(ex.markdown(), 1)),
                    "example " + ex.number() + ":\n" + ex.markdown());
        }
    }

    @Test
    void theNormaliserSortsAttributesAndIgnoresWhitespaceBetweenBlocks() {
        assertEquals(CommonMarkSpec.normalise("<p><a title=\"t\" href=\"/u\">x</a></p>\n<ul>\n<li>a</li>\n</ul>"),
                CommonMarkSpec.normalise("<p><a href=\"/u\" title=\"t\">x</a></p><ul><li>a</li></ul>"));
        assertEquals(CommonMarkSpec.normalise("<h2 id=\"a\">A</h2>"), CommonMarkSpec.normalise("<h2>A</h2>"));
        assertFalse(CommonMarkSpec.normalise("<p>a b</p>").equals(CommonMarkSpec.normalise("<p>ab</p>")));
        assertFalse(CommonMarkSpec.normalise("<pre>a  b</pre>").equals(CommonMarkSpec.normalise("<pre>a b</pre>")));
    }

    private static Set<Integer> documentedDifferences() throws Exception {
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| (\\d+) \\|").matcher(Files.readString(DOCS));
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        assertFalse(numbers.isEmpty(), "no table of differences found in " + DOCS);
        return numbers;
    }
}
