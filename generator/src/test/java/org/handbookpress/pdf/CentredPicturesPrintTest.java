package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture alone in its paragraph prints centred between the page's margins, as the website shows it; the engine
 * ignored print.css's {@code margin: auto} on the block picture, and every such picture stood at the left edge (QA-N).
 * A picture in a line of text stays in the line.
 */
class CentredPicturesPrintTest {

    /** The left and right edges, in points, of each picture a page draws. */
    private static final class PictureEdges extends PDFGraphicsStreamEngine {
        final List<double[]> edges = new ArrayList<>();

        PictureEdges(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            edges.add(new double[] {ctm.getTranslateX(), ctm.getTranslateX() + ctm.getScalingFactorX()});
        }

        @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
        @Override public void clip(int windingRule) { }
        @Override public void moveTo(float x, float y) { }
        @Override public void lineTo(float x, float y) { }
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
        @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
        @Override public void closePath() { }
        @Override public void endPath() { }
        @Override public void strokePath() { }
        @Override public void fillPath(int windingRule) { }
        @Override public void fillAndStrokePath(int windingRule) { }
        @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) { }
    }

    @Test
    void aPictureAloneInItsParagraphIsCentred(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Carers together\n",
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/room.md", "---\nkind: chapter\n---\n# Setting the room\n\nChairs in a circle:\n\n![The circle](circle.png)\n\n"
                        + "A mark ![tick](tick.png) in a line of text.\n"));
        picture(content.resolve("toolkit/circle.png"), 400, 200);
        picture(content.resolve("toolkit/tick.png"), 12, 12);
        Path site = TestHandbooks.build(content, dir.resolve("site")).output();
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/toolkit/room.pdf").toFile())) {
            PDPage page = pdf.getPage(0);
            PictureEdges pictures = new PictureEdges(page);
            pictures.processPage(page);
            assertEquals(2, pictures.edges.size());
            double mm = 72 / 25.4;
            double left = 20 * mm; // print.css's @page margins: 20 mm on the left, 18 on the right
            double right = page.getMediaBox().getWidth() - 18 * mm;
            double[] circle = pictures.edges.get(0);
            assertEquals(left + right, circle[0] + circle[1], 2, "the circle's middle, " + (circle[0] + circle[1]) / 2
                    + ", is the text's, " + (left + right) / 2);
            double[] tick = pictures.edges.get(1);
            assertTrue(tick[0] > left + 10 && tick[1] < (left + right) / 2, "the tick stays in its line of text, after 'A mark': " + tick[0]);
        }
    }

    private static void picture(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, 0x3366aa);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
