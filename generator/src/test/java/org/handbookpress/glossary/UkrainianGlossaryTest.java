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

/** A Ukrainian glossary is in the order of the Ukrainian alphabet, filed under its letters, with its letter bar. */
class UkrainianGlossaryTest {

    private static final String TERMS = """
            Universal Credit
            : Основна державна допомога.

            Їжа для родин
            : Продуктові набори.

            Ґарант
            : Те саме, що поручитель.

            Гора
            : Не термін, а сусідня літера.

            Інтеграція
            : Процес входження в громаду.

            Йога
            : Заняття щосуботи.

            Иволга
            : Слово на И.

            Єдиний реєстр
            : Внутрішній список.

            Еко
            : Слово на Е.

            GP
            : Сімейний лікар.
            """;

    private final Findings findings = new Findings();
    private final PageHtml glossaryHtml = glossaryPage("Слова, які ми вживаємо.\n\n" + TERMS);
    private final Glossary glossary = new GlossaryReader(findings, Locale.forLanguageTag("uk"), List.of()).read(glossaryHtml);

    @Test
    void termsAreInUkrainianAlphabeticalOrderWithTheLanguagesOwnScriptFirst() {
        // Ґ after Г, Є after Е, І and Ї after И, Й after Ї; the Latin terms after the Cyrillic ones, as CLDR orders Ukrainian.
        assertEquals(List.of("Гора", "Ґарант", "Еко", "Єдиний реєстр", "Иволга", "Інтеграція", "Їжа для родин", "Йога", "GP",
                "Universal Credit"), glossary.entries().stream().map(GlossaryEntry::term).toList());
    }

    @Test
    void ІЇЙAndҐЄAreLettersOfTheirOwn() {
        assertEquals(List.of("Г", "Ґ", "Е", "Є", "И", "І", "Ї", "Й", "G", "U"),
                glossary.byLetter().stream().map(Glossary.LetterGroup::letter).toList());
        // A language where the accented letter is its base letter still files it there.
        Glossary german = new GlossaryReader(new Findings(), Locale.GERMAN, List.of()).read(glossaryPage("Äpfel\n: a\n\nBirne\n: b\n"));
        assertEquals(List.of("A", "B"), german.byLetter().stream().map(Glossary.LetterGroup::letter).toList());
    }

    @Test
    void theLetterBarIsTheUkrainianAlphabet() {
        PageLabels ukrainian = new PageLabels(new LabelCatalogues(null), "uk", path -> null);
        new GlossaryPage(glossary, findings, ukrainian).write(List.of(glossaryHtml), new GlossaryLinker(glossary));
        Element bar = glossaryHtml.content().selectFirst("nav.glossary-az");
        List<String> all = bar.select("li").eachText();
        assertEquals("А", all.get(0));
        assertEquals(List.of("Г", "Ґ", "Д", "Е", "Є", "Ж", "З", "И", "І", "Ї", "Й", "К"), all.subList(3, 15));
        assertEquals("Я", all.get(all.size() - 3));
        // The Latin initials the terms use come after the alphabet, linked.
        assertEquals(List.of("Г", "Ґ", "Е", "Є", "И", "І", "Ї", "Й", "G", "U"), bar.select("a").eachText());
        assertEquals("letter-ї", bar.select("a").get(6).attr("href").substring(1));
    }
}
