package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter that ends with a box (an exercise, a tip) at the foot of its page prints no page after it: the box's bottom
 * margin, which did not fit under it, made a page blank but for its running title and page number (a befriending
 * handbook's "Your first visit", one page of text, printed as two).
 */
class NoBlankLastPagePrintTest {

    /** The running title and the part's title over each page, and the footer ("Kettle Club … · date", "Page 1 of 2"). */
    private static boolean onlyRunningText(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .allMatch(line -> line.startsWith("Kettle Club") || line.startsWith("Your first visit")
                        || line.startsWith("Page "));
    }

    /** The befriending handbook's chapter as it was reported, its exercise ending at the foot of its one page. */
    private static final String FIRST_VISIT = """
            ---
            title: Your first visit
            kind: chapter
            summary: What to do before, during and after your first home visit.
            ---

            # Your first visit

            A first home visit can feel awkward for both of you. That is normal.

            ## Before you go

            - Ring the day before to confirm the time.
            - Carry your Kettle Club badge.
            - Tell the office when you expect to leave, as the lone working policy asks.

            > [!IMPORTANT]
            > Office line: 01632 960 123 (Monday to Friday, 9 till 5). Out of hours: 01632 960 987.

            ## At the door

            Wait to be invited in. Say your name and that you are the befriender from Kettle Club.
            Never accept money or gifts worth more than a cup of tea.

            | Do | Don't |
            |---|---|
            | Sit where you are asked | Move furniture |
            | Let them lead the chat | Give medical advice |

            > [!WARNING]
            > If nobody answers and you expected them to be in, ring the office straight away.

            ## Afterwards

            Write a short visit note the same day. See Listening well for what to record.

            > [!EXERCISE]
            > Think of one thing you might talk about on a first visit, and one subject you would steer away from.
            """;

    @Test
    void aBoxAtTheFootOfAChapterLeavesNoBlankPage(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Kettle Club Befriending Handbook\norganisation: Kettle Club Befriending (a made-up charity)\n");
        files.put("toolkit/01-first-visit.md", FIRST_VISIT);
        files.put("index.md", "# Home\n\nHello.\n");
        Path site = TestHandbooks.build(TestHandbooks.write(dir, files), dir.resolve("site")).output();
        List<String> blank = new ArrayList<>();
        int checked = 0;
        try (var pdfs = Files.list(site.resolve("downloads/toolkit"))) {
            for (Path pdf : pdfs.sorted().toList()) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                        stripper.setStartPage(page);
                        stripper.setEndPage(page);
                        if (onlyRunningText(stripper.getText(doc))) {
                            blank.add(pdf.getFileName() + " page " + page);
                        }
                    }
                }
                checked++;
            }
        }
        assertEquals(1, checked);
        assertTrue(blank.isEmpty(), "pages with nothing but the running title and footer: " + blank);
    }
}
