package org.handbookpress.glossary;

import org.handbookpress.labels.PageLabels;
import static org.handbookpress.glossary.GlossaryFixtures.glossaryPage;
import static org.handbookpress.glossary.GlossaryFixtures.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An Arabic glossary: terms found behind clitics and marks, its letter bar Arabic, its terms filed without the article. */
class ArabicGlossaryTest {

    static final String TERMS = """
            المتطوع
            : شخص يقدّم وقته دون مقابل.
              Also: متطوع

            الإحالة
            : توجيه الضيف إلى جهة أخرى.

            السرية
            : عدم مشاركة معلومات الضيف.

            اللاجئ
            : شخص حصل على الحماية الدولية.

            طالب اللجوء
            : شخص ينتظر القرار.

            مسؤول الحماية
            : الشخص المكلّف بمخاوف الحماية.

            الإصغاء الفعّال
            : إصغاء يركّز فيه المستمع على المتحدث.

            NASS
            : نظام الدعم.
            """;

    private final Findings findings = new Findings();
    private final PageHtml glossaryHtml = glossaryPage("الكلمات التي نستعملها.\n\n" + TERMS);
    private final Glossary glossary = new GlossaryReader(findings, Locale.forLanguageTag("ar"), List.of()).read(glossaryHtml);

    private PageHtml linked(String path, String title, String markdown) {
        PageHtml page = html(path, title, markdown);
        new GlossaryLinker(glossary).apply(page);
        return page;
    }

    @Test
    void theFirstUseIsLinkedWhateverTheCliticsAndMarksOnIt() {
        PageHtml page = linked("toolkit/referrals.md", "عدة العمل",
                "يشرح والمتطوع للضيف حقه في السرّية، ثم يقوم بالإحالة. يعود المتطوع والإحالة لاحقاً.");
        List<Element> links = page.content().select("a.glossary-term");
        // The whole word is the link, its clitic with it: the letters of a word stay joined.
        assertEquals(List.of("والمتطوع", "السرّية", "بالإحالة"), links.stream().map(Element::text).toList());
        assertEquals(List.of("المتطوع", "السرية", "الإحالة"), links.stream().map(a -> a.attr("data-term")).toList());
        assertEquals("../glossary.html#" + glossary.entries().stream().filter(e -> e.term().equals("المتطوع")).findFirst()
                .orElseThrow().id(), links.get(0).attr("href"));
    }

    @Test
    void theAlsoLineMaySeparateItsFormsWithArabicCommasAndSemicolons() {
        // An Arabic keyboard types U+060C and U+061B, not "," and ";": the line was one form, and the term unused.
        Glossary arabic = new GlossaryReader(new Findings(), Locale.forLanguageTag("ar"), List.of())
                .read(glossaryPage("كلماتنا.\n\nرفيق\n: متطوع يرافقك في الزيارات.\n  Also: رفيقك، رفقاء؛ الرفاق.\n"));
        assertEquals(List.of("رفيقك", "رفقاء", "الرفاق"), arabic.entries().get(0).forms());
    }

    @Test
    void theGlossaryPageListsATermsOtherFormsWithTheArabicComma() {
        PageHtml page = glossaryPage("كلماتنا.\n\nرفيق\n: متطوع يرافقك في الزيارات.\n  Also: رفيقك، رفقاء\n");
        Glossary arabic = new GlossaryReader(new Findings(), Locale.forLanguageTag("ar"), List.of()).read(page);
        PageLabels labels = new PageLabels(new org.handbookpress.labels.LabelCatalogues(null), "ar", path -> null);
        new GlossaryPage(arabic, new Findings(), labels).write(List.of(page), new GlossaryLinker(arabic));
        String forms = page.content().selectFirst(".glossary-forms").text();
        assertTrue(forms.endsWith("رفيقك، رفقاء"), forms);
    }

    @Test
    void aPageUsingATermOnlyBehindACliticIsInItsUsedInList() {
        PageHtml policy = html("policies/confidentiality.md", "السياسة", "نحيل الضيف للمتطوع المناوب ونشرح له حقوقه كطالب اللجوء.");
        GlossaryLinker linker = new GlossaryLinker(glossary);
        List<PageHtml> pages = List.of(glossaryHtml, policy);
        pages.forEach(linker::apply);
        new GlossaryPage(glossary, findings, PageLabels.english()).write(pages, linker);
        Element content = glossaryHtml.content();
        assertEquals(List.of("السياسة"), usedIn(content, "المتطوع"));
        assertEquals(List.of("السياسة"), usedIn(content, "طالب اللجوء"));
        assertEquals(List.of(), usedIn(content, "الإحالة"));
    }

    private List<String> usedIn(Element content, String term) {
        String id = glossary.entries().stream().filter(e -> e.term().equals(term)).findFirst().orElseThrow().id();
        return content.getElementById(id).nextElementSibling().select(".glossary-used-in a").eachText();
    }

    @Test
    void termsAreFiledWithoutTheirArticleUnderTheArabicAlphabet() {
        // The Arabic terms first and the Latin one after them, as CLDR orders Arabic (ICU's collation for ar).
        assertEquals(List.of("الإحالة", "الإصغاء الفعّال", "السرية", "طالب اللجوء", "اللاجئ", "المتطوع", "مسؤول الحماية", "NASS"),
                glossary.entries().stream().map(GlossaryEntry::term).toList());
        assertEquals(List.of("ا", "س", "ط", "ل", "م", "N"), glossary.byLetter().stream().map(Glossary.LetterGroup::letter).toList());

        new GlossaryPage(glossary, findings, PageLabels.english()).write(List.of(glossaryHtml), new GlossaryLinker(glossary));
        Element bar = glossaryHtml.content().selectFirst("nav.glossary-az");
        // The 28 letters of Arabic, then the other initials used: no 26 empty Latin letters.
        assertEquals(29, bar.select("li").size(), bar.outerHtml());
        assertEquals("ا", bar.select("li").get(0).text());
        assertEquals("ي", bar.select("li").get(27).text());
        assertEquals(List.of("ا", "س", "ط", "ل", "م", "N"), bar.select("a").eachText());
        assertEquals(List.of("ا", "ب", "ت"), bar.select("li").subList(0, 3).stream().map(Element::text).toList());
    }

    @Test
    void theLatinAlphabetIsListedOnlyForMostlyLatinTerms() {
        Glossary.LetterGroup latin = new Glossary.LetterGroup("R", "letter-r", List.of());
        assertEquals("ABCDEFGHIJKLMNOPQRSTUVWXYZ", GlossaryPage.alphabet(List.of()));
        assertEquals("", GlossaryPage.alphabet(List.of(new Glossary.LetterGroup("Д", "letter-д", glossary.entries()), latin)));
        assertEquals("ABCDEFGHIJKLMNOPQRSTUVWXYZ", GlossaryPage.alphabet(glossary.byLetter().subList(5, 6)));
    }
}
