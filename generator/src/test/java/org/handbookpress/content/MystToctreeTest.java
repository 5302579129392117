package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MystToctreeTest {

    @Test
    void aTableOfContentsIsAListOfItsPagesUnderItsCaption() {
        String page = """
                # Guides

                ```{toctree}
                :maxdepth: 2
                :caption: Getting started
                setting-up
                The rota <rota/index>
                self
                https://example.org
                ```

                :::{toctree}
                :hidden:
                secret
                :::

                ```
                {toctree} in code stays
                ```
                """;
        List<String> lines = List.of(MystToctree.apply(page, "guides").split("\n", -1));
        assertEquals(page.split("\n", -1).length, lines.size(), "line for line");
        assertEquals(List.of("", "", "**Getting started**", "- [[guides/setting-up]]", "- [[guides/rota/index|The rota]]", "", "", ""),
                lines.subList(2, 10));
        assertEquals(List.of("", "", "", ""), lines.subList(11, 15), "a hidden one shows nothing");
        assertEquals("{toctree} in code stays", lines.get(17));
    }
}
