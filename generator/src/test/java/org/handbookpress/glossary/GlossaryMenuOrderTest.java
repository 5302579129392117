package org.handbookpress.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.handbookpress.testing.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glossary's "Used in" lists follow the menu's order, as a reader goes through the handbook: in path order, QA's
 * federation, whose menu puts its toolkit before its local groups, listed only groups/ pages among a term's first 10.
 */
class GlossaryMenuOrderTest {

    @TempDir
    Path dir;

    @Test
    void usedInListsThePagesInTheMenusOrder() throws Exception {
        ProjectFixture p = new ProjectFixture(dir)
                .file("handbook.yml", "title: T\nnav:\n  - index.md\n  - toolkit/\n  - groups/\n  - glossary.md\n")
                .file("index.md", "# Home\n\nWelcome.\n")
                .file("toolkit/01-visiting.md", "# Visiting\n\nA befriender visits.\n")
                .file("toolkit/02-endings.md", "# Endings\n\nA befriender says goodbye.\n")
                .file("glossary.md", "---\ntitle: Words\nkind: glossary\n---\n\nBefriender\n: A volunteer who visits.\n");
        for (int i = 10; i < 24; i++) {
            p.file("groups/g" + i + "/contacts.md", "# Group " + i + " contacts\n\nOur befriender team.\n");
        }
        p.build(p.options().withoutPdfs());
        Element glossary = Jsoup.parse(Files.readString(p.output().resolve("glossary.html"), StandardCharsets.UTF_8));
        List<String> usedIn = glossary.select(".glossary-used-in li a").eachText();
        assertEquals(10, usedIn.size(), usedIn.toString());
        assertEquals(List.of("Visiting", "Endings", "Group 10 contacts"), usedIn.subList(0, 3),
                "the toolkit, first in the menu, before groups/, first by path");
    }
}
