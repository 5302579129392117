package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidebarFilesTest {

    @Test
    void aMetaFileInJsonOrJavaScriptGivesItsKeysInOrderWithTheirTitles() {
        SidebarFiles.Folder json = SidebarFiles.readMeta("""
                {
                  "index": "Welcome",
                  "setup": {"title": "Setting \\"up\\"", "type": "page"},
                  "---": {"type": "separator"},
                  "faq": {"display": "hidden"},
                  "contact": {"href": "https://example.org", "title": "Contact ↗"}
                }
                """);
        assertEquals(List.of("index", "setup", "faq", "contact"), json.order(), "a separator is no page");
        assertEquals(Map.of("index", "Welcome", "setup", "Setting \"up\"", "contact", "Contact ↗"), json.titles());
        SidebarFiles.Folder js = SidebarFiles.readMeta("""
                // the sidebar
                export default {
                  index: 'Welcome',
                  'first-shift': { title: `Your first shift`, theme: { toc: false } },
                  /* later */ rota: () => <b>Rota</b>,
                  '*': { type: 'page' },
                  safety: "Safety",
                }
                """);
        assertEquals(List.of("index", "first-shift", "rota", "safety"), js.order(), "a title made by a function is none");
        assertEquals(Map.of("index", "Welcome", "first-shift", "Your first shift", "safety", "Safety"), js.titles());
        assertEquals(List.of(), SidebarFiles.readMeta("not an object").order());
        assertEquals(List.of(), SidebarFiles.readMeta("{ \"a\" 1 }").order(), "malformed: as none, and no endless loop");
    }

    @Test
    void nextrasAndDocusaurusFilesOrderAndNamePagesAndFolders(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.ofEntries(
                Map.entry("index.mdx", "# Home\n"),
                Map.entry("_meta.en.json", "{\"index\": \"Home\", \"volunteering\": \"Volunteering\", \"about\": \"About us\"}\n"),
                Map.entry("_meta.json", "{\"about\": \"Not read: the English file is\"}\n"),
                Map.entry("about.en.mdx", "# About\n"),
                Map.entry("volunteering/_meta.js", "export default { rota: 'The rota', 'first-shift': 'First shift', kit: 'Kit' }\n"),
                Map.entry("volunteering/kit.md", "---\norder: 9\nnav-title: What to bring\n---\n# Kit\n"),
                Map.entry("volunteering/first-shift.md", "# Your first shift\n"),
                Map.entry("volunteering/rota.md", "# Rota\n"),
                Map.entry("volunteering/extra.md", "# Extra\n"),
                Map.entry("guides/_category_.json", "{ \"label\": \"How-to guides\", \"position\": 1 }\n"),
                Map.entry("guides/a.md", "# A\n")));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(List.of("index.mdx", "about.en.mdx", "guides/a.md", "volunteering/rota.md", "volunteering/first-shift.md",
                        "volunteering/kit.md", "volunteering/extra.md"), handbook.pages().stream().map(Page::path).toList(),
                "listed pages in the file's order, a page's own order first, unlisted pages after; a category's position");
        assertEquals("The rota", handbook.page("volunteering/rota.md").orElseThrow().meta().names().navTitle());
        assertEquals("What to bring", handbook.page("volunteering/kit.md").orElseThrow().meta().names().navTitle(), "its own first");
        assertEquals("About us", handbook.page("about.en.mdx").orElseThrow().meta().names().navTitle(), "named without its language");
        assertEquals(Map.of("volunteering", "Volunteering", "guides", "How-to guides"), handbook.folderLabels());
    }
}
