package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Documents register sorts its titles as the handbook's language does, and numbers in them by value. */
class RegisterSortBrowserTest {

    @TempDir
    Path temp;

    @Test
    void titlesSortInThePagesLanguageWithNumbersByValue() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(temp.resolve("c"), Map.of(
                "handbook.yml", "title: Documentos\nlanguage: es\n",
                "index.md", "# Inicio\n\nBienvenida.\n",
                // Spanish puts ñ after every n; the browser's own (English) order puts "Ñandú" before "Nube".
                "docs/a.md", policy("Ñandú"),
                "docs/b.md", policy("Nube"),
                "docs/c.md", policy("Anexo 10"),
                "docs/d.md", policy("Anexo 2")));
        Path site = temp.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withoutPdfs(), BuildLog.SILENT).run();
        // A file, not an inline script: the pages' Content-Security-Policy allows only the site's own scripts.
        Files.writeString(site.resolve("sort-probe.js"), """
                document.querySelector('.documents-table thead .sort-button').click();
                document.body.setAttribute('data-order', Array.prototype.map.call(
                    document.querySelectorAll('.documents-table tbody th[scope=row]'),
                    function (cell) { return cell.getAttribute('data-sort'); }).join('|'));
                """, StandardCharsets.UTF_8);
        Path page = site.resolve("documents.html");
        Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8)
                .replace("</body>", "<script src=\"sort-probe.js\" defer></script>\n</body>"), StandardCharsets.UTF_8);
        String dom = HeadlessChromium.dumpDom(page.toUri(), 1200, 900, 3000, List.of("--lang=en-US"), temp);
        assertEquals("Anexo 2|Anexo 10|Nube|Ñandú", Jsoup.parse(dom).body().attr("data-order"));
    }

    private static String policy(String title) {
        return "---\ntitle: " + title + "\nkind: policy\nreviewed: 2026-05-10\nreview-every: 12 months\nowner: Junta\n---\n\nTexto.\n";
    }
}
