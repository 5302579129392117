package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.junit.jupiter.api.Test;

class TomlFrontMatterTest {

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
        Findings findings = new Findings();
        YamlMap map = YamlSource.parse(yaml, "checkpoint/index.md", 1, findings).orElseThrow(() -> new AssertionError(yaml + findings.sorted()));
        assertEquals(List.of(), findings.sorted(), "no key given twice: " + yaml);
        assertEquals("For volunteers", map.string("title"));
        List<String> names = ((SequenceNode) map.value("blocks")).getValue().stream()
                .map(item -> new YamlMap((MappingNode) item, "checkpoint/index.md", 1, findings).string("name")).toList();
        assertEquals(List.of("Intentions", "Routines", "Demos"), names, "a table inside an item is left out: no key the build reads");
        assertEquals("teal", map.section("params").orElseThrow().string("colour"));
    }
}
