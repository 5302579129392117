package org.handbookpress.glossary;

import static org.handbookpress.glossary.GlossaryFixtures.glossaryPage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.LabelCatalogues;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A Welsh glossary files its terms under the letters of a Welsh dictionary, Ch, Dd and Ll among them, and its bar lists them. */
class WelshGlossaryTest {

    private static final String TERMS = """
            Cyfaill
            : Y person a gaiff ymweliad.

            Chwarae
            : Amser hamdden.

            Dogfen
            : Papur.

            Ddoe
            : Y diwrnod cyn heddiw.

            Llais
            : Barn rhywun.

            Lwfans
            : Arian a delir.
            """;

    private final Findings findings = new Findings();
    private final PageHtml glossaryHtml = glossaryPage("Y geiriau a ddefnyddiwn.\n\n" + TERMS);
    private final Glossary glossary = new GlossaryReader(findings, Locale.forLanguageTag("cy"), List.of()).read(glossaryHtml);

    @Test
    void chDdAndLlAreLettersOfTheirOwn() {
        assertEquals(List.of("Cyfaill", "Chwarae", "Dogfen", "Ddoe", "Lwfans", "Llais"),
                glossary.entries().stream().map(GlossaryEntry::term).toList(), "a Welsh dictionary's order: Ll after L");
        assertEquals(List.of("C", "Ch", "D", "Dd", "L", "Ll"), glossary.byLetter().stream().map(Glossary.LetterGroup::letter).toList());
    }

    @Test
    void theLetterBarIsTheWelshAlphabet() {
        PageLabels welsh = new PageLabels(new LabelCatalogues(null), "cy", path -> null);
        new GlossaryPage(glossary, findings, welsh).write(List.of(glossaryHtml), new GlossaryLinker(glossary));
        Element bar = glossaryHtml.content().selectFirst("nav.glossary-az");
        List<String> all = bar.select("li").eachText();
        assertEquals(List.of("A", "B", "C", "Ch", "D", "Dd", "E", "F", "Ff", "G", "Ng", "H"), all.subList(0, 12), all.toString());
        assertEquals(List.of("C", "Ch", "D", "Dd", "L", "Ll"), bar.select("a").eachText());
        assertEquals("#letter-ch", bar.select("a").get(1).attr("href"));
    }

    /** A term used on many Welsh pages sends the reader to the Welsh search page, beside the Welsh glossary. */
    @Test
    void theWelshGlossarySearchesTheWelshSearchPage() {
        PageHtml page = GlossaryFixtures.html(GlossaryFixtures.page("cy/glossary.md", "Geirfa", org.handbookpress.content.Kind.GLOSSARY, true,
                "Y geiriau.\n\n" + TERMS));
        Glossary words = new GlossaryReader(findings, Locale.forLanguageTag("cy"), List.of()).read(page);
        List<PageHtml> pages = new java.util.ArrayList<>(List.of(page));
        for (int i = 1; i <= 20; i++) {
            pages.add(GlossaryFixtures.html("cy/grwpiau/g" + i + ".md", "Grŵp " + i, "Mae ein Llais yn bwysig."));
        }
        GlossaryLinker linker = new GlossaryLinker(words);
        pages.forEach(linker::apply);
        new GlossaryPage(words, findings, new PageLabels(new LabelCatalogues(null), "en-GB", path -> path.startsWith("cy/") ? "cy" : null))
                .write(pages, linker);
        Element more = page.content().selectFirst("a.glossary-used-in-more");
        assertEquals("search.html?q=Llais", more.attr("href"), "cy/search.html, from cy/glossary.html");
    }

    @Test
    void englishKeepsItsAToZ() {
        assertEquals(List.of(), GlossaryPage.latinIndexLetters(Locale.ENGLISH));
        assertEquals(List.of(), GlossaryPage.latinIndexLetters(Locale.GERMAN));
    }
}
