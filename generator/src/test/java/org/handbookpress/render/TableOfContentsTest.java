package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TableOfContentsTest {

    @Test
    void secondAndThirdLevelHeadingsWithIdsButNotThoseMarkedNoToc() {
        var content = Jsoup.parseBodyFragment("""
                <h2 id="toc" class="no_toc">Table of contents</h2><h2 id="a">A</h2><h3 id="b">B</h3><h4 id="c">C</h4>
                <h2>No id</h2><h3 id="d" class="no_toc text-delta">D</h3>
                """).body();
        List<Map<String, Object>> toc = TableOfContents.of(content);
        assertEquals(List.of("a", "b"), toc.stream().map(e -> e.get("id")).toList());
        assertEquals(List.of(2, 3), toc.stream().map(e -> e.get("level")).toList());
    }
}
