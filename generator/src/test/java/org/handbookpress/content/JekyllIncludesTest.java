package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JekyllIncludesTest {

    @Test
    void anIncludeOfLinkDefinitionsGivesThePageThoseDefinitions(@TempDir Path content) throws Exception {
        Files.createDirectories(content.resolve("_includes"));
        Files.writeString(content.resolve("_includes/links.md"), """
                {% include base_path.html %}
                [r-markdown]: https://rmarkdown.example.org/
                [lesson-setup]: {{ relative_root_path }}{% link setup.md %}
                [contributing]: {{ repo_url }}/blob/main/CONTRIBUTING.md
                """);
        String page = "Read [RMarkdown][r-markdown] and [the setup][lesson-setup].\n\n{% include links.md %}\n";
        assertEquals("Read [RMarkdown][r-markdown] and [the setup][lesson-setup].\n\n"
                        + "[r-markdown]: https://rmarkdown.example.org/\n[lesson-setup]: /setup.md\n",
                new JekyllIncludes(content, JekyllSite.of(content)).apply(page));
    }

    @Test
    void anIncludeShownInCodeStaysAsWritten(@TempDir Path content) throws Exception {
        Files.createDirectories(content.resolve("_includes"));
        Files.writeString(content.resolve("_includes/links.md"), "[a]: https://a.example.org/\n");
        String page = "End each episode with:\n\n~~~\n{% include links.md %}\n~~~\n";
        assertEquals(page, new JekyllIncludes(content, JekyllSite.of(content)).apply(page));
    }

    @Test
    void otherIncludesAndMissingFilesStayForTheirFinding(@TempDir Path content) throws Exception {
        String page = "{% include links.md %}\n{% include figure.html file=\"a.png\" %}\n{% include ../../secret.md %}\n";
        assertEquals(page, new JekyllIncludes(content, JekyllSite.of(content)).apply(page));
    }
}
