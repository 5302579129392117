package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heading of any level stays on the page of what follows it (a task list, a list, a numbered list, a table, a box, a
 * paragraph), in the standard and the large-print edition: a checklist's heading alone at the foot of a page, its list
 * overleaf, was reported in a large-print workbook. Chapters of headings and blocks of many lengths put headings at every
 * height of the page; the test asks that some were moved over with their block, so that the rule was put to work.
 */
class HeadingsKeepWithNextPrintTest {

    private static final Pattern HEADING = Pattern.compile("Heading \\d+ h\\d \\w+");

    /** The running head ("Week", the part's "Plan 2") and foot ("Carers", "Page 3 of 40"), one line or two; blank lines. */
    private static final Pattern RUNNING = Pattern.compile("(Week)?\\s*(Plan \\d+)?|(Carers)?\\s*(Page \\d+ of \\d+)?");

    private static final Map<String, String> FOLLOWING = new LinkedHashMap<>();

    static {
        FOLLOWING.put("tasks", "- [ ] Ring the surgery about the repeat prescription\n- [ ] Order the medicines\n- [ ] Book the day centre\n");
        FOLLOWING.put("list", "- Ring the surgery\n- Order the medicines\n");
        FOLLOWING.put("numbered", "1. Ring the surgery\n2. Order the medicines\n");
        FOLLOWING.put("table", "| Day | Who |\n|---|---|\n| Monday | Sam |\n| Tuesday | Ali |\n");
        FOLLOWING.put("box", "> [!TIP]\n> Keep the out-of-hours number by the phone.\n");
        FOLLOWING.put("paragraph", "Keep the out-of-hours number by the phone, and the list of medicines beside it.\n");
    }

    @Test
    void noHeadingEndsAPageInEitherEdition(@TempDir Path dir) throws Exception {
        Random random = new Random(7);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Carers\npacks:\n  - id: week\n    title: Week\n    editions: [standard, large-print]\n"
                + "    include: [plans/]\n");
        files.put("index.md", "# Home\n\nHello.\n");
        List<String> kinds = new ArrayList<>(FOLLOWING.keySet());
        int number = 0;
        for (int chapter = 1; chapter <= 3; chapter++) {
            StringBuilder page = new StringBuilder("---\ntitle: Plan " + chapter + "\nkind: chapter\n---\n");
            for (int block = 0; block < 30; block++) {
                page.append('\n').append("Caring takes planning and patience. ".repeat(1 + random.nextInt(14))).append("\n\n");
                String kind = kinds.get(number % kinds.size());
                int level = 2 + random.nextInt(3);
                number++;
                page.append("#".repeat(level)).append(" Heading ").append(number).append(" h").append(level).append(' ').append(kind)
                        .append("\n\n").append(FOLLOWING.get(kind));
            }
            files.put("plans/plan-" + chapter + ".md", page.toString());
        }
        Path content = TestHandbooks.write(dir, files);
        Path site = TestHandbooks.build(content, dir.resolve("site")).output();
        for (String pdf : List.of("downloads/week.pdf", "downloads/week-large-print.pdf")) {
            List<String> alone = new ArrayList<>();
            int moved = 0;
            try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    List<String> lines = bodyLines(doc, page);
                    if (!lines.isEmpty() && HEADING.matcher(lines.get(lines.size() - 1)).matches()) {
                        alone.add("page " + page + ": " + lines.get(lines.size() - 1));
                    }
                    if (!lines.isEmpty() && HEADING.matcher(lines.get(0)).matches()) {
                        moved++;
                    }
                }
            }
            assertTrue(alone.isEmpty(), pdf + ": headings alone at the foot of a page, their text overleaf: " + alone);
            assertTrue(moved >= 3, pdf + ": only " + moved + " pages start with a heading; the test no longer puts one at a page's foot");
        }
    }

    /** A page's lines of text without its running head and foot (the pack's and part's titles, organisation, page number). */
    private static List<String> bodyLines(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> lines = new ArrayList<>();
        for (String line : stripper.getText(doc).split("\\R")) {
            String text = line.strip();
            if (!RUNNING.matcher(text).matches()) {
                lines.add(text);
            }
        }
        return lines;
    }
}
