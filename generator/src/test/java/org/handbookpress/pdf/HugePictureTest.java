package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.handbookpress.testing.HeapLimitedBuild;
import org.handbookpress.testing.HugePng;
import org.handbookpress.testing.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 30000 × 30000 PNG (under 1 MB on disk, 3.6 GB decoded) in a chapter, a pack and a slide deck:
 * the build must finish within a 512 MB heap, name the picture with its page and line, and print it
 * scaled down and fitted to the page.
 */
class HugePictureTest {

    private static final int SIDE = 30_000;

    @TempDir
    static Path temp;
    private static Path project;
    private static List<String> output;
    private static int exit;

    @BeforeAll
    static void buildUnderASmallHeap() throws Exception {
        project = temp.resolve("project");
        ProjectFixture fixture = new ProjectFixture(project)
                .file("handbook.yml", """
                        title: Huge Picture
                        packs:
                          - id: everything
                            title: Everything
                            include: [garden.md, deck.md]
                        """)
                .file("index.md", "---\ntitle: Home\n---\nWelcome.\n")
                .file("garden.md", "---\ntitle: Garden\nkind: chapter\n---\nOur garden:\n\n![The whole garden](huge.png)\n")
                .file("deck.md", "---\ntitle: Deck\nkind: slides\n---\n# Deck\n\n---\n\n## The garden\n\n![The garden again](huge.png)\n");
        HugePng.write(fixture.content().resolve("huge.png"), SIDE, SIDE);
        assertTrue(Files.size(fixture.content().resolve("huge.png")) < 1024 * 1024, "the test picture is a small file");

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), HeapLimitedBuild.class.getName(), project.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] printed = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES));
        exit = process.exitValue();
        output = new String(printed, StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theBuildFinishesWithoutRunningOutOfMemory() {
        assertEquals(0, exit, String.join("\n", output));
        assertTrue(output.contains("BUILT"), String.join("\n", output));
        assertFalse(output.stream().anyMatch(l -> l.contains("OutOfMemoryError") || l.contains("Java heap space")), String.join("\n", output));
    }

    @Test
    void thePictureIsNamedWithItsPageAndLine() {
        assertTrue(output.stream().anyMatch(l -> l.startsWith("garden.md:7: warning: the picture huge.png is 30000 × 30000 pixels")
                && l.contains("scaled down")), String.join("\n", output));
        assertTrue(output.stream().anyMatch(l -> l.startsWith("deck.md:11: warning: the picture huge.png is 30000 × 30000 pixels")),
                String.join("\n", output));
    }

    @Test
    void everyPdfPrintsThePictureScaledDownAndInsideThePage() throws IOException {
        Path site = project.resolve("target/handbook");
        for (String pdf : List.of("downloads/garden.pdf", "downloads/everything.pdf", "downloads/deck-slides.pdf", "downloads/deck-handout.pdf")) {
            Path file = site.resolve(pdf);
            if (!Files.exists(file)) {
                try (var files = Files.walk(site)) {
                    throw new AssertionError(pdf + " missing; the site has " + files.filter(p -> p.toString().endsWith(".pdf")).toList());
                }
            }
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                int pictures = 0;
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                            pictures++;
                            assertTrue(image.getWidth() <= PrintPictures.SCALED_SIDE, pdf + ": printed " + image.getWidth() + " pixels wide");
                        }
                    }
                }
                assertTrue(pictures >= 1, pdf + " has the picture");
                assertEquals(List.of(), PageOverflow.find(doc), pdf);
            }
        }
    }
}
