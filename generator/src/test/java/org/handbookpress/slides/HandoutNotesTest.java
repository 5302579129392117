package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.handbookpress.content.Paper;
import org.handbookpress.render.ThemeEngine;
import org.handbookpress.testing.VeraPdf;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A handout with the speaker notes ({@code handout: notes}) prints each slide's notes in a column of fixed height beside
 * it (under it on A5). Notes longer than the column holds were cut off in the PDF (a 400-word note printed its first 111
 * words, and the build could only say so): now the column takes what fits, says the notes go on, and the rest prints
 * after the page's slides, every word in order, in a pack on each paper and in the deck's handout PDF on its own.
 */
class HandoutNotesTest {

    private static final String[] TALK = ("Remind them where the fire exits are and who keeps the register tonight, then ask "
            + "everyone to say their name and one thing they hope to take home from the evening").split(" ");
    private static final HandoutColumn A4_PACK = HandoutColumn.of(Paper.A4, true);
    private static final Pattern NUMBERED = Pattern.compile("[A-Za-z,]+(\\d+)");

    /** 400 words, each numbered: two paragraphs (one with emphasis and a link running over lines), a list between them. */
    static String longNotes() {
        StringBuilder notes = new StringBuilder();
        int n = 0;
        for (int w = 0; w < 150; w++) {
            n++;
            notes.append(w == 40 ? "*" : "").append(word(n)).append(w == 47 ? "*" : "").append(' ');
        }
        notes.append("\n\n");
        for (int item = 0; item < 10; item++) {
            notes.append("- ");
            for (int w = 0; w < 10; w++) {
                notes.append(word(++n)).append(' ');
            }
            notes.append('\n');
        }
        notes.append('\n');
        for (int w = 0; w < 150; w++) {
            n++;
            notes.append(w == 60 ? "[" : "").append(word(n)).append(w == 66 ? "](https://example.org/guide)" : "").append(' ');
        }
        return notes.append('\n').toString();
    }

    private static String word(int n) {
        return TALK[(n - 1) % TALK.length] + n;
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4", "Letter", "A5"})
    void longSpeakerNotesPrintWholeAfterTheirSlide(String paper, @TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Carers' Circle\nlanguage: en-GB\npacks:\n  - id: guide\n    title: Guide\n    paper: " + paper
                        + "\n    include: [induction.md]\n",
                "index.md", "# Home\n\nWelcome.\n",
                "induction.md", "---\ntitle: Induction\nkind: slides\nhandout: notes\n---\n\n# Welcome\n\nHello.\n\nNote:\n" + longNotes()
                        + "\n---\n\n# The building\n\nWhere things are.\n\nNote:\nShow the map of the building.\n\n---\n\n# Questions\n"
                        + "\n---\n\n# Goodbye\n"));
        Path site = dir.resolve("site");
        BuildResult built = new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        assertTrue(built.findings().stream().noneMatch(f -> f.code().startsWith("slides.")), built.findings().toString());
        for (String pdf : List.of("downloads/guide.pdf", "downloads/induction-handout.pdf")) {
            String text = text(site.resolve(pdf));
            assertEquals(IntStream.rangeClosed(1, 400).boxed().toList(), numbers(text), pdf + ": every word, in order:\n" + text);
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains("Show the map of the building."), flat);
            assertTrue(flat.contains("Continued after this page"), flat);
            // Two sheets of slides with pages of notes between them: a sheet's title no longer counts sheets as pages.
            assertFalse(flat.contains("handout · page"), flat);
            assertTrue(flat.contains("Speaker notes, slide 1 of 4 (continued)"), flat);
            assertTrue(flat.indexOf("Show the map") < flat.indexOf("Speaker notes, slide 1 of 4 (continued)") == !paper.equals("A5"),
                    "on A4 and Letter the rest after the page's slides, on A5 after its one: " + flat);
        }
        VeraPdf.assertPdfUaAndPdfA(site.resolve("downloads/guide.pdf"));
        VeraPdf.assertPdfUaAndPdfA(site.resolve("downloads/induction-handout.pdf"));
    }

    /**
     * A deck's handout on its own, on A5 (the first pack's paper), set its speaker notes' lines as wide as an A4 page: a
     * note of two lines ran past the A5 page's edge, its middle words cut off (a food bank's induction deck: "…the data
     * protection part of this morn", then the next line), and the build warned that the text was too wide.
     */
    @Test
    void anA5HandoutOnItsOwnWrapsItsNotesWithinThePage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Pantry\nlanguage: en-GB\npacks:\n  - id: pocket\n    title: Pocket Guide\n    paper: A5\n"
                        + "    include: [index.md]\n",
                "index.md", "# Home\n\nWelcome.\n",
                "welcome.md", "---\ntitle: Welcome\nkind: slides\nhandout: notes\n---\n\n## Your first shifts\n\n1. Warehouse\n\n"
                        + "Note: Nobody works the referral desk until they have done three shifts and the data protection part of "
                        + "this morning, so pair them with someone who has.\n"));
        Path site = dir.resolve("site");
        BuildResult built = new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        assertTrue(built.findings().stream().noneMatch(f -> f.code().equals("pdf.text-too-wide")), built.findings().toString());
        try (PDDocument document = Loader.loadPDF(site.resolve("downloads/welcome-handout.pdf").toFile())) {
            float width = document.getPage(0).getMediaBox().getWidth();
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    for (org.apache.pdfbox.text.TextPosition glyph : glyphs) {
                        if (glyph.getXDirAdj() + glyph.getWidthDirAdj() > width) {
                            outside.add(text);
                            return;
                        }
                    }
                }
            };
            stripper.getText(document);
            assertEquals(List.of(), outside, "every line of the notes within the A5 page");
        }
    }

    @Test
    void notesThatFitStayBesideTheSlideAboveRuledLines() {
        HandoutNotes.Split split = HandoutNotes.split("<p>Show the map of the building.</p>", A4_PACK);
        assertEquals("<p>Show the map of the building.</p>", split.column());
        assertEquals("", split.rest());
        assertTrue(split.ruledLines() >= 9, "the rest of the column ruled: " + split.ruledLines());
    }

    /** A list written with blank lines between its items has a paragraph in each; a comment prints nothing. */
    @Test
    void aShortListOfParagraphsStaysBesideTheSlide() {
        String notes = "<p>Before we start:</p><ul><li><p>Phones on silent.</p></li><li><p>Tea at eight.</p><ul><li>Biscuits</li></ul>"
                + "</li></ul><!-- checked by Sam -->";
        HandoutNotes.Split split = HandoutNotes.split(notes, A4_PACK);
        assertEquals(notes, split.column());
        assertEquals("", split.rest());
        assertTrue(split.ruledLines() > 0, split.toString());
    }

    @Test
    void aParagraphIsDividedBetweenWordsAndKeepsItsEmphasis() {
        String words = IntStream.rangeClosed(1, 120).mapToObj(HandoutNotesTest::word).collect(Collectors.joining(" "));
        String notes = "<p id=\"n1\">" + words.replace(word(60), "<em id=\"e1\">" + word(60)).replace(word(90), word(90) + "</em>") + "</p>";
        HandoutNotes.Split split = HandoutNotes.split(notes, A4_PACK);
        Document column = Jsoup.parseBodyFragment(split.column());
        Document rest = Jsoup.parseBodyFragment(split.rest());
        assertEquals(words, (column.text() + " " + rest.text()).trim(), "every word once, in order");
        assertEquals(0, split.ruledLines(), "a full column has no room for lines");
        assertTrue(column.select("em").size() == 1 && rest.select("em").size() == 1, split.toString());
        assertEquals(List.of("n1", "e1"), column.select("[id]").eachAttr("id"));
        assertEquals(List.of(), rest.select("[id]").eachAttr("id"), "no id twice in the document");
        assertTrue(rest.selectFirst("em").text().endsWith(word(90)), rest.html());
    }

    @Test
    void aNumberedListGoesOnCountingAndAPictureGoesOnWhole() {
        StringBuilder list = new StringBuilder("<ol start=\"3\">");
        for (int i = 1; i <= 30; i++) {
            list.append("<li>").append(word(i)).append(' ').append(word(i + 100)).append("</li>");
        }
        list.append("</ol><p><img src=\"map.png\" alt=\"A map\"></p><p>After the map.</p>");
        HandoutNotes.Split split = HandoutNotes.split(list.toString(), A4_PACK);
        Document column = Jsoup.parseBodyFragment(split.column());
        Document rest = Jsoup.parseBodyFragment(split.rest());
        int kept = column.select("li").size();
        assertTrue(kept >= 10 && kept < 30, "the column's share of the items: " + kept);
        assertEquals(String.valueOf(3 + kept), rest.selectFirst("ol").attr("start"), rest.html());
        assertEquals(30, kept + rest.select("li").size());
        assertEquals("After the map.", rest.select("p").last().text(), "the picture and what follows it after the slides");
        assertEquals(1, rest.select("img").size());
    }

    /**
     * The column the notes are shared out for is the one the handout's style prints, on each paper, in a pack and on its
     * own: the estimate assumed 306 px on every paper, and a Letter pack's rows are 280 px. Read from the style as a
     * right-to-left handbook renders it, which states the handout's width.
     */
    @ParameterizedTest
    @ValueSource(strings = {"A4", "letter", "A5"})
    void theColumnIsTheOneTheHandoutsStylePrints(String paper) throws Exception {
        for (boolean inPack : List.of(true, false)) {
            Map<String, Object> model = new java.util.HashMap<>(Map.of("site", Map.of("language", "ar")));
            model.put(inPack ? "pack" : "paper", inPack ? Map.of("paper", paper) : paper);
            String css = new ThemeEngine(null, Locale.UK).render("print/handout-style.ftlh", model);
            HandoutColumn column = HandoutColumn.of(Paper.parse(paper).orElseThrow(), inPack);
            String where = paper + (inPack ? " in a pack" : " on its own");
            Matcher height = Pattern.compile("\\.hb-right-inner \\{ height: (\\d+)px").matcher(css);
            double printed = 0;
            while (height.find()) {
                printed = Double.parseDouble(height.group(1)); // the last rule wins
            }
            assertEquals(printed, column.height(), where + ": " + css);
            Matcher width = Pattern.compile("\\.hb-handout \\{ width: ([\\d.]+)mm").matcher(css);
            assertTrue(width.find(), css);
            double handout = Double.parseDouble(width.group(1)) * 96 / 25.4;
            assertEquals(paper.equals("A5") ? handout - 6 : handout - 432 - 20 - 6, column.width(), 0.01, where);
        }
    }

    @Test
    void anA5ColumnUnderTheSlideTakesMoreThanTwiceTheWordsOfA4s() {
        String notes = "<p>" + IntStream.rangeClosed(1, 400).mapToObj(HandoutNotesTest::word).collect(Collectors.joining(" ")) + "</p>";
        int onA4 = Jsoup.parseBodyFragment(HandoutNotes.split(notes, A4_PACK).column()).text().split(" ").length;
        int onA5 = Jsoup.parseBodyFragment(HandoutNotes.split(notes, HandoutColumn.of(Paper.A5, true)).column()).text().split(" ").length;
        assertTrue(onA5 > 2 * onA4, "A5's column is more than twice as wide: " + onA4 + ", " + onA5);
    }

    private static List<Integer> numbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NUMBERED.matcher(text);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as read: an emphasised run is drawn after the rest of its line
            return stripper.getText(document);
        }
    }
}
