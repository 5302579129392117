package org.handbookpress.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handbookpress.testing.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small Arabic handbook, built: its terms linked behind clitics and marks, its glossary page and its search index. */
class ArabicHandbookBuildTest {

    static Path site;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        ProjectFixture p = new ProjectFixture(dir.resolve("project"))
                .file("handbook.yml", "title: دليل المتطوعين\nlanguage: ar\n")
                .file("index.md", "# الصفحة الرئيسية\n\nأهلاً بك في دليل المتطوعين.\n")
                .file("referrals.md", "# الإحالات\n\nيشرح والمتطوع للضيف ما نقدّمه، ثم يقوم بالإحالة بعد موافقته.\n")
                .file("confidentiality.md", "# الخصوصية\n\nنلتزم بالسرّية في كل جلسة. ونقول للمتطوع الجديد إن السرية تحمي الضيف.\n")
                .file("glossary.md", """
                        ---
                        title: قاموس المصطلحات
                        kind: glossary
                        ---

                        المتطوع
                        : شخص يقدّم وقته دون مقابل.

                        الإحالة
                        : توجيه الضيف إلى جهة أخرى.

                        السرية
                        : عدم مشاركة معلومات الضيف دون موافقته.
                        """);
        p.build(p.options().withoutPdfs());
        site = p.output();
    }

    private static Document page(String url) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve(url)), "");
    }

    private static List<String> links(Document page) {
        return page.select("main a.glossary-term").stream().map(a -> a.text() + " → " + a.attr("href").replaceAll("#term-.*", "")
                + " " + a.attr("data-term")).toList();
    }

    @Test
    void termsAreLinkedBehindTheirCliticsAndWhateverTheirMarks() throws Exception {
        assertEquals(List.of("والمتطوع → glossary.html المتطوع", "بالإحالة → glossary.html الإحالة"), links(page("referrals.html")));
        assertEquals(List.of("بالسرّية → glossary.html السرية", "للمتطوع → glossary.html المتطوع"), links(page("confidentiality.html")));
    }

    @Test
    void theGlossaryListsEveryPageThatUsesATermAndAnArabicLetterBar() throws Exception {
        Document glossary = page("glossary.html");
        Element volunteer = glossary.selectFirst("dt:containsOwn(المتطوع)");
        assertEquals(List.of("الإحالات", "الخصوصية"), volunteer.nextElementSibling().select(".glossary-used-in a").eachText().stream().sorted().toList());
        assertEquals(List.of("ا", "س", "م"), glossary.select("nav.glossary-az a").eachText());
        assertEquals(28, glossary.select("nav.glossary-az li").size());
        assertEquals(List.of("الإحالة", "السرية", "المتطوع"), glossary.select("dl.glossary-entries > dt").eachText());
    }

    @Test
    void theSearchIndexHoldsArabicWordsWithoutTheirArticle() throws Exception {
        String index;
        try (Stream<Path> files = Files.list(site.resolve("assets/search"))) {
            index = files.filter(f -> f.getFileName().toString().startsWith("t-")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        // Terms are keys ("term":"postings"); the glossary's cards name the term as written, article and all.
        assertTrue(index.contains("\"متطوع\":\"") && index.contains("\"سريه\":\"") && index.contains("\"احاله\":\""), index);
        assertFalse(index.contains("\"المتطوع\":") || index.contains("\"والمتطوع\":") || index.contains("\"للمتطوع\":"), index);
    }
}
