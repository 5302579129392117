package org.handbookpress.render;

import org.handbookpress.labels.PageLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.FrontMatterParser;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.AccessibleMarkup;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SessionAgendaTest {

    private PageHtml session(String text, Findings findings) {
        var split = new FrontMatterParser(findings).split(text, "training/s.md").orElseThrow();
        Page page = new Page("training/s.md", "training/s.html", Path.of("s.md"), split.meta(), "S", split.body(), split.bodyLine());
        return new PageHtml(page, new MarkdownConverter().toHtml(split.body(), split.bodyLine()));
    }

    @Test
    void rightToLeftTheTimesStillReadFromTheEarlierToTheLater() {
        Findings findings = new Findings();
        PageHtml html = session("""
                ---
                kind: session
                duration: 30 min
                start: "10:00"
                ---
                - [15 min] ترحيب
                - [15 min] نقاش
                """, findings);
        PageLabels arabic = new PageLabels(new org.handbookpress.labels.LabelCatalogues(null), "ar", path -> null);
        new SessionAgenda(findings, arabic).apply(html);
        Element first = html.content().selectFirst("table.agenda tbody tr .agenda-time");
        assertEquals("ltr", first.selectFirst("span").attr("dir"), first.outerHtml());
        assertEquals("10:00–10:15", first.text());
        assertEquals("ltr", html.content().selectFirst("table.agenda tfoot td span").attr("dir"));
        // Left to right, no mark is needed.
        PageHtml english = session("---\nkind: session\nstart: \"10:00\"\n---\n- [15 min] Welcome\n", findings);
        new SessionAgenda(findings, PageLabels.english()).apply(english);
        assertTrue(english.content().select("table.agenda span[dir]").isEmpty());
    }

    @Test
    void lengthsAreWrittenInThePagesLanguage() {
        Findings findings = new Findings();
        String text = """
                ---
                kind: session
                duration: 2h
                ---
                - [10 min] Ankommen
                - [1h 20 min] Runden
                  - [20 min] Erste Runde
                - [30 min] Abschluss
                """;
        PageHtml html = session(text, findings);
        PageLabels german = new PageLabels(new org.handbookpress.labels.LabelCatalogues(null), "de", path -> null);
        new SessionAgenda(findings, german).apply(html);
        List<Element> rows = html.content().select("table.agenda tbody tr");
        assertEquals("10 Min.", rows.get(0).selectFirst(".agenda-length").text());
        assertEquals("1 Std. 20 Min.", rows.get(1).selectFirst(".agenda-length").text());
        assertEquals("20 Min.", rows.get(1).selectFirst(".agenda-part-length").text());
        // Without a start time, the time column counts from the start: in German too.
        assertEquals("1 Std. 30 Min.", rows.get(2).selectFirst(".agenda-time").text());
        assertEquals("2 Std.", html.content().selectFirst("table.agenda tfoot td").text());
        @SuppressWarnings("unchecked")
        Map<String, Object> agenda = (Map<String, Object>) html.model().get("agenda");
        assertEquals("2 Std.", agenda.get("total"));
        assertEquals("2 Std.", agenda.get("planned"));
        assertEquals("1 Std. 20 Min.", ((List<?>) agenda.get("items")).stream()
                .map(i -> ((SessionAgenda.AgendaItem) i).length()).toList().get(1));
        // Arabic takes its plural forms: two hours, one hour, a few minutes (3 to 10).
        PageHtml arabic = session(text.replace("duration: 2h", "duration: 2h 10 min").replace("[10 min]", "[2h 10 min]")
                .replace("[1h 20 min] Runden\n  - [20 min] Erste Runde\n", "[1h 3 min] Runden\n"), findings);
        new SessionAgenda(findings, new PageLabels(new org.handbookpress.labels.LabelCatalogues(null), "ar", path -> null)).apply(arabic);
        List<Element> arabicRows = arabic.content().select("table.agenda tbody tr");
        assertEquals("ساعتان و10 دقائق", arabicRows.get(0).selectFirst(".agenda-length").text());
        assertEquals("ساعة واحدة و3 دقائق", arabicRows.get(1).selectFirst(".agenda-length").text());
        // Ukrainian, from the same Markdown.
        PageHtml ukrainian = session(text, findings);
        new SessionAgenda(findings, new PageLabels(new org.handbookpress.labels.LabelCatalogues(null), "uk", path -> null)).apply(ukrainian);
        assertEquals(List.of("10 хв", "1 год 20 хв", "30 хв"), ukrainian.content().select("table.agenda tbody .agenda-length").eachText());
        assertEquals("20 хв", ukrainian.content().selectFirst(".agenda-part-length").text());
        assertEquals("2 год", ukrainian.content().selectFirst("table.agenda tfoot td").text());
        // English stays as it was.
        PageHtml english = session(text, findings);
        new SessionAgenda(findings, PageLabels.english()).apply(english);
        assertEquals("1h 20 min", english.content().select("table.agenda tbody tr").get(1).selectFirst(".agenda-length").text());
        assertEquals("1h 30 min", english.content().select("table.agenda tbody tr").get(2).selectFirst(".agenda-time").text());
    }

    /**
     * A session plan translated into the page's language writes its lengths in that language's units, as the build
     * writes them back: an independent refugee-befriending handbook's Ukrainian plan said "[15 хв]" and "[1 год]",
     * and each item was "not a length of time", its agenda untimed. Any form CLDR names (година, години, годин; a
     * German "Min." with or without its full stop) is read, English units on every page too, a bare number never.
     */
    @Test
    void lengthsWrittenInThePagesLanguageAreRead() {
        Findings findings = new Findings();
        PageHtml ukrainian = session("""
                ---
                kind: session
                duration: 2h 30 min
                start: "18:00"
                ---
                - [15 хв] Прибуття і чай
                - [1 год 15 хв] Рольова гра
                  - [10 хвилин] Пари
                - [1 година] Обговорення
                - [15] Без одиниці
                """, findings);
        new SessionAgenda(findings, new PageLabels(new org.handbookpress.labels.LabelCatalogues(null), "uk", path -> null)).apply(ukrainian);
        assertEquals(List.of("15 хв", "1 год 15 хв", "1 год", "—"), ukrainian.content().select("table.agenda tbody .agenda-length").eachText());
        assertEquals(List.of("18:00–18:15", "18:15–19:30", "19:30–20:30"),
                ukrainian.content().select("table.agenda tbody .agenda-time").eachText().subList(0, 3));
        assertEquals("10 хв", ukrainian.content().selectFirst(".agenda-part-length").text());
        assertEquals(List.of("session.item-duration"), findings.sorted().stream().map(f -> f.code()).toList(),
                "only the number without a unit is told; the rest add up to the planned 2h 30 min: " + findings.sorted());

        Findings german = new Findings();
        PageHtml plan = session("---\nkind: session\nduration: 1h 30 min\n---\n- [15 Min.] Ankommen\n- [1 Std. 15 Min] Runden\n", german);
        new SessionAgenda(german, new PageLabels(new org.handbookpress.labels.LabelCatalogues(null), "de", path -> null)).apply(plan);
        assertEquals(List.of("15 Min.", "1 Std. 15 Min."), plan.content().select("table.agenda tbody .agenda-length").eachText());
        assertTrue(german.sorted().isEmpty(), german.sorted().toString());
    }

    @Test
    void computesStartTimesAndTotal() {
        Findings findings = new Findings();
        PageHtml html = session("""
                ---
                kind: session
                duration: 2h
                start: "18:30"
                ---
                ## Agenda

                - [10 min] Arrival and tea
                - [1h 20 min] **Rounds**
                - [30 min] Check-out
                """, findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        List<Element> rows = html.content().select("table.agenda tbody tr");
        assertEquals(3, rows.size());
        assertEquals("18:30–18:40", rows.get(0).selectFirst(".agenda-time").text());
        assertEquals("18:40–20:00", rows.get(1).selectFirst(".agenda-time").text());
        assertEquals("1h 20 min", rows.get(1).selectFirst(".agenda-length").text());
        assertEquals("Rounds", rows.get(1).selectFirst(".agenda-activity strong").text());
        assertTrue(html.content().selectFirst("table.agenda tfoot").text().contains("2h"));
        @SuppressWarnings("unchecked")
        Map<String, Object> agenda = (Map<String, Object>) html.model().get("agenda");
        assertEquals(120, agenda.get("totalMinutes"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void aChecklistThatJoinedTheAgendaAcrossABlankLineStaysAChecklistAfterIt() {
        Findings findings = new Findings();
        PageHtml html = session("""
                ---
                kind: session
                duration: 90 min
                start: "19:00"
                ---
                - [10 min] Arrival and check-in
                - [1h] Case discussion
                - [15 min] Learning and actions
                - [5 min] Close

                - [ ] Book the room
                - [x] Send the reminder email
                """, findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
        List<Element> rows = html.content().select("table.agenda tbody tr");
        assertEquals(4, rows.size());
        assertEquals("19:00–19:10", rows.get(0).selectFirst(".agenda-time").text());
        assertEquals("Close", rows.get(3).selectFirst(".agenda-activity").text());
        Element checklist = html.content().selectFirst("table.agenda + ul");
        assertEquals(List.of("Book the room", "Send the reminder email"), checklist.select("> li.task-list-item").eachText());
        assertTrue(checklist.select("input[type=checkbox]").get(1).hasAttr("checked"));
    }

    @Test
    void totalThatDiffersFromDurationAndItemsWithoutDurationAreWarnings() {
        Findings findings = new Findings();
        PageHtml html = session("""
                ---
                kind: session
                duration: 2h
                ---
                - [60 min] First half
                - [65 min] Second half
                - Goodbyes
                """, findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        var all = findings.sorted();
        assertTrue(all.stream().anyMatch(f -> f.code().equals("session.total") && f.line() == 3
                && f.message().equals("agenda items add up to 2h 5 min, 5 min more than 'duration: 2h'")), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.code().equals("session.item-duration") && f.line() == 7), all.toString());
        assertEquals("0 min", html.content().selectFirst(".agenda-time").text());
    }

    @Test
    void itemsWithoutALengthStayOnThePageInTheAuthorsOrderWithoutTimes() {
        Findings findings = new Findings();
        PageHtml html = session("""
                ---
                kind: session
                duration: 1h 30 min
                start: "18:00"
                ---
                - [10 min] Welcome and tea
                - Introductions round
                - [30 min] Icebreakers
                - Break
                - [45 min] Setting goals together
                - [5 min] Close
                """, findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        List<Element> rows = html.content().select("table.agenda tbody tr");
        assertEquals(List.of("Welcome and tea", "Introductions round", "Icebreakers", "Break", "Setting goals together", "Close"),
                rows.stream().map(r -> r.selectFirst(".agenda-activity").text()).toList());
        assertEquals("", rows.get(1).selectFirst(".agenda-time").text(), "left out of the times");
        assertTrue(rows.get(1).hasClass("agenda-untimed"));
        assertEquals("18:10–18:40", rows.get(2).selectFirst(".agenda-time").text(), "the untimed item takes no time");
        assertEquals("19:25–19:30", rows.get(5).selectFirst(".agenda-time").text());
        @SuppressWarnings("unchecked")
        Map<String, Object> agenda = (Map<String, Object>) html.model().get("agenda");
        List<?> items = (List<?>) agenda.get("items");
        assertEquals(6, items.size(), "the layout's count of items includes the untimed ones");
        assertEquals(90, agenda.get("totalMinutes"));
        assertTrue(html.content().selectFirst("table.agenda tfoot").text().contains("1h 30 min (18:00–19:30)"));
        assertEquals(2, findings.sorted().stream().filter(f -> f.code().equals("session.item-duration")).count(),
                "each is still reported to the author");
    }

    @Test
    void nestedItemsArePartsOfTheirItemShownWithTheirLengthsAndNotCountedAgain() {
        Findings findings = new Findings();
        PageHtml html = session("""
                ---
                title: First Meeting Session Plan
                kind: session
                duration: 2h
                start: 18:00
                ---

                ## Agenda

                - [10 min] Welcome and tea
                - Introductions round
                - [30 min] Icebreakers
                  - [10 min] Two truths and a lie
                  - [15 min] Name game
                - Break
                - [45 min] Setting goals together
                - [5 min] Close
                """, findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        assertEquals(1, html.content().select("table.agenda").size(), "the parts are no table of their own");
        List<Element> rows = html.content().select("table.agenda > tbody > tr");
        assertEquals(6, rows.size());
        Element icebreakers = rows.get(2);
        assertEquals("18:10–18:40", icebreakers.selectFirst(".agenda-time").text());
        assertEquals("30 min", icebreakers.selectFirst(".agenda-length").text());
        Element activity = icebreakers.selectFirst(".agenda-activity");
        assertEquals(List.of("10 min", "15 min"), activity.select("ul.agenda-parts > li > span.agenda-part-length").eachText());
        assertEquals(List.of("10 min Two truths and a lie", "15 min Name game"), activity.select("ul.agenda-parts > li").eachText());
        assertTrue(!activity.text().contains("["), "no raw brackets: " + activity.text());
        assertEquals("19:25–19:30", rows.get(5).selectFirst(".agenda-time").text());
        assertEquals("Total 1h 30 min (18:00–19:30)", html.content().selectFirst("table.agenda tfoot").text(),
                "the footer agrees with the rows");
        @SuppressWarnings("unchecked")
        Map<String, Object> agenda = (Map<String, Object>) html.model().get("agenda");
        assertEquals(6, ((List<?>) agenda.get("items")).size(), "the header counts the six items, not their parts");
        assertEquals("1h 30 min", agenda.get("total"));
        assertEquals("19:30", agenda.get("end"));
        assertTrue(findings.sorted().stream().noneMatch(f -> f.code().equals("session.parts")), findings.sorted().toString());
    }

    @Test
    void anItemWithoutALengthLastsAsLongAsItsPartsAndPartsLongerThanTheirItemAreAWarning() {
        Findings findings = new Findings();
        PageHtml html = session("""
                ---
                kind: session
                start: "10:00"
                ---
                - [10 min] Welcome
                - Warm-ups
                  - [10 min] Stretch
                  - [5 min] Names
                - [20 min] Role play
                  - [15 min] In pairs
                  - [15 min] Feedback
                """, findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        List<Element> rows = html.content().select("table.agenda > tbody > tr");
        assertEquals("10:10–10:25", rows.get(1).selectFirst(".agenda-time").text());
        assertEquals("15 min", rows.get(1).selectFirst(".agenda-length").text());
        assertEquals("10:25–10:45", rows.get(2).selectFirst(".agenda-time").text(), "the item's own length counts");
        var all = findings.sorted();
        assertEquals(1, all.size(), all.toString());
        assertEquals("session.parts", all.get(0).code());
        assertEquals(9, all.get(0).line());
        assertTrue(all.get(0).message().contains("'Role play': its parts add up to 30 min, more than its own 20 min"), all.get(0).message());
    }

    @Test
    void aTotalThatDiffersSaysEachLengthOnceAndTheGap() {
        Findings findings = new Findings();
        PageHtml html = session("""
                ---
                title: Refresher evening
                kind: session
                start: 18:30
                duration: 90 min
                ---

                ## First half

                - [10 min] Arrivals, tea and a biscuit
                - [30 min] What’s changed: the new phone befriending service
                - [1h 30 min] Case discussion in small groups

                ## Second half

                - [20 min] Safeguarding refresher with the DSL
                - [10 min] Close: one thing you’ll take away
                """, findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        var all = findings.sorted();
        assertEquals(1, all.size(), all.toString());
        assertEquals("agenda items add up to 2h 40 min, 1h 10 min more than 'duration: 90 min'", all.get(0).message());
        assertEquals(5, all.get(0).line());
        findings = new Findings();
        html = session("---\nkind: session\nduration: 1h\n---\n- [45 min] Only item\n", findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        assertEquals("agenda items add up to 45 min, 15 min less than 'duration: 1h'", findings.sorted().get(0).message());
    }

    @Test
    void anAgendaSplitUnderHeadingsNamesEachTableByItsHeading() {
        Findings findings = new Findings();
        PageHtml html = session("""
                ---
                kind: session
                start: "10:00"
                duration: 1h
                ---
                ## Part one

                - [20 min] Welcome
                - [10 min] Warm-up

                ## Part two

                - [25 min] Practice
                - [5 min] Close
                """, findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        new AccessibleMarkup(PageLabels.english()).apply(html);
        assertEquals(List.of("Agenda: Part one", "Agenda: Part two"), html.content().select("table.agenda > caption").eachText());
        assertEquals(List.of("Agenda: Part one", "Agenda: Part two"),
                html.content().select(".table-scroll[role=region]").eachAttr("aria-label"), "each region named by its table");
        assertEquals("Session total 1h (10:00–11:00)", html.content().select("table.agenda").last().selectFirst("tfoot").text());
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());

        html = session("""
                ---
                kind: session
                ---
                ## Agenda

                - [20 min] Welcome

                After the welcome, the group splits.

                - [25 min] Practice
                """, findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        assertEquals(List.of("Agenda, part 1", "Agenda, part 2"), html.content().select("table.agenda > caption").eachText(),
                "two lists under one heading are told apart by number");

        html = session("---\nkind: session\n---\n## Running order\n\n- [20 min] Welcome\n", findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        assertEquals("Agenda", html.content().selectFirst("table.agenda > caption").text(), "one table is the agenda");
        assertEquals("Total", html.content().selectFirst("table.agenda tfoot th").text());
    }

    /** Straight under "## Agenda", the heading names the table: its caption said "Agenda" a second time under it (QA-N). */
    @Test
    void anAgendaUnderAHeadingOfItsNameIsNamedByIt() {
        Findings findings = new Findings();
        PageHtml html = session("---\nkind: session\n---\n## Agenda\n\n- [20 min] Welcome\n- [25 min] Practice\n", findings);
        new SessionAgenda(findings, PageLabels.english()).apply(html);
        Element table = html.content().selectFirst("table.agenda");
        assertEquals(null, table.selectFirst("caption"));
        assertEquals(html.content().selectFirst("h2").id(), table.attr("aria-labelledby"));
        assertFalse(table.attr("aria-labelledby").isEmpty());
    }
}
