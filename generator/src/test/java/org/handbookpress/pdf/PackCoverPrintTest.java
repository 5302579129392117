package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pack's cover is one page, on every paper. On A5 a title of three lines and a subtitle of two ("Volunteer and Mentor
 * Training Pack", a food pantry network's) made the cover taller than the page: "Name:" stayed on the cover and the
 * line to write the name on went over to a second page, which held nothing else, before the contents.
 */
class PackCoverPrintTest {

    @ParameterizedTest
    @ValueSource(strings = {"A5", "A4", "Letter"})
    void aLongTitleAndSubtitleStayOnTheCoverAndTheContentsFollow(String paper, @TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", """
                        title: Shared Shelves Volunteer Handbook
                        organisation: Shared Shelves Pantry Network
                        language: en-GB
                        packs:
                          - id: training
                            title: Volunteer and Mentor Training Pack
                            subtitle: A day of training for new pantry volunteers and the mentors who meet them
                            paper: %s
                            include: [toolkit/]
                        """.formatted(paper),
                "index.md", "# Home\n\nWelcome to the pantry.\n",
                "toolkit/sorting.md", "---\ntitle: Sorting a delivery\nkind: chapter\n---\nCheck every date before a tin goes on a shelf.\n"));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/training.pdf").toFile())) {
            String cover = text(pdf, 1);
            assertTrue(cover.contains("Name:"), "the name's label on the cover: " + cover);
            String second = text(pdf, 2);
            assertTrue(second.contains("Contents"), paper + ": the contents on the page after the cover, not " + second);
        }
    }

    private static String text(PDDocument pdf, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
