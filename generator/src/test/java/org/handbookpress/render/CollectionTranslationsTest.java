package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jekyll site whose collection is published at the top ({@code permalink: /:path/}) and holds its translations in
 * folders named by language ({@code _guides/cy/rota.md} at {@code cy/rota.html}), as a GitHub Pages site translated by
 * volunteers keeps them: each translation is in its language, and its folder is no section of the English menu.
 */
class CollectionTranslationsTest {

    @Test
    void aCollectionsLanguageFoldersAreTranslations(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_config.yml", """
                title: Tenants' union guides
                collections:
                  guides:
                    output: true
                    permalink: /:path/
                """);
        files.put("_layouts/default.html", "<main>{{ content }}</main>\n");
        files.put("_guides/rota.md", "---\ntitle: The door-knocking rota\n---\n\nPick two evenings a month.\n");
        files.put("_guides/repairs.md", "---\ntitle: Asking for repairs\n---\n\nWrite to the landlord first.\n");
        files.put("_guides/cy/rota.md", "---\ntitle: Y rota curo drysau\n---\n\nDewiswch ddwy noson y mis.\n");
        files.put("_guides/cy/repairs.md", "---\ntitle: Gofyn am atgyweiriadau\n---\n\nYsgrifennwch at y landlord yn gyntaf.\n");
        files.put("_guides/ar/rota.md", "---\ntitle: جدول طرق الأبواب\n---\n\nاختر أمسيتين في الشهر.\n");
        files.put("_guides/ar/repairs.md", "---\ntitle: طلب الإصلاحات\n---\n\nاكتب إلى المالك أولاً.\n");
        Path content = TestHandbooks.write(dir.resolve("site"), files);
        Path out = dir.resolve("out");
        BuildResult result = new HandbookBuild(BuildOptions.of(content, out).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(),
                BuildLog.SILENT).run();

        Document welsh = page(out, "cy/rota.html");
        assertEquals("cy", welsh.selectFirst("html").attr("lang"));
        Document arabic = page(out, "ar/repairs.html");
        assertEquals("ar", arabic.selectFirst("html").attr("lang"));
        assertEquals("rtl", arabic.selectFirst("html").attr("dir"));
        assertEquals("en", page(out, "rota.html").selectFirst("html").attr("lang"));
        assertTrue(welsh.select("a[hreflang=en]").eachAttr("href").contains("../rota.html"), "the switch leads to the English");

        List<String> menu = page(out, "rota.html").select("#site-nav a").eachText();
        assertTrue(menu.contains("Asking for repairs"), menu.toString());
        assertFalse(menu.stream().anyMatch(t -> t.equals("Cy") || t.equals("Ar")), "no language as a section: " + menu);
        List<String> listed = page(out, "guides/index.html").select("main a").eachText();
        assertFalse(listed.stream().anyMatch(t -> t.equals("Cy") || t.equals("Ar")), "nor on the folder's page: " + listed);
        assertEquals(List.of(), result.findings().stream().filter(f -> f.severity() != Severity.NOTICE)
                .map(f -> f.file() + " " + f.code()).toList());
    }

    private static Document page(Path out, String path) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }
}
