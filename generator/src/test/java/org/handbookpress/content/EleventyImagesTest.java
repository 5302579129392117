package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eleventy's {@code {% image "path" "alt" %}} (18F's, 41 of them): a picture the content folder publishes is Markdown's
 * picture, one it does not is its alt text with a finding that names it and the Markdown to write. Before, each was
 * shown as written and reported only as a template tag the build does not run.
 */
class EleventyImagesTest {

    @Test
    void aPictureTagIsThePictureOrItsAltTextWithWhereToPutThePicture(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Team handbook\n",
                "index.md", "# Team handbook\n\nSee [booking](travel/book.md).\n",
                "travel/book.md", """
                        # Booking travel

                        1. Choose the city.

                           {% image "_img/travel/2-choose-departure.png" "choosing the departure city" %}

                        2. Check the rota: {% image "images/rota.png" "The rota board" %} before you go.

                        {% image_with_class "/images/rota.png" "border border-base-light" "Rota for [May]" %}

                        {% image "_img/hidden.png" %}

                        {% image "_img/quote.png" "don't click "allow"" %}

                        To show a picture, write `{% image "images/x.png" "alt" %}`.

                        {% raw %}{% image "images/rota.png" "kept" %}{% endraw %} and {% image page.picture "alt" %}
                        """));
        picturesAt(content, "images/rota.png", "_img/hidden.png");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        Document page = Jsoup.parse(Files.readString(out.resolve("travel/book.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("../images/rota.png", "../images/rota.png"), page.select("main img").eachAttr("src"));
        assertEquals(List.of("The rota board", "Rota for [May]"), page.select("main img").eachAttr("alt"), "the class left out");
        String text = page.selectFirst("main").text();
        assertTrue(text.contains("choosing the departure city") && text.contains("don't click \"allow\""), text);
        assertTrue(text.contains("write {% image \"images/x.png\" \"alt\" %}") && text.contains("{% image \"images/rota.png\" \"kept\" %}"),
                "in code and in a raw block, as written: " + text);
        List<Finding> warnings = result.findings().stream().filter(f -> f.severity() != Severity.NOTICE).toList();
        // One finding for the page's three, at the first tag's line, naming the others' lines (18F had 39, one a tag).
        assertEquals(List.of("travel/book.md:5 syntax.eleventy-image", "travel/book.md:17 syntax.liquid"),
                warnings.stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(), "a variable's tag is still Liquid's");
        assertEquals("3 {% image %} tags (Eleventy's picture shortcode) name pictures the site cannot show, and each is shown as its"
                + " alt text instead: this one names '_img/travel/2-choose-departure.png', which is no file (Eleventy reads the path"
                + " from the site's top, beside its .eleventy.js); the others are at lines 11, 13", warnings.get(0).message());
        assertEquals("move the pictures into the content folder and write Markdown's picture in place of each tag: for this one,"
                + " move it to img/travel/2-choose-departure.png say, and write ![choosing the departure"
                + " city](../img/travel/2-choose-departure.png)", warnings.get(0).fix());
    }

    /** A page's one such tag is said alone: its picture, why, and the Markdown to write. */
    @Test
    void aPagesOneTagIsSaidAlone(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Team handbook\n",
                "index.md", "# Team handbook\n\nSee [booking](travel/book.md).\n",
                "travel/book.md", "# Booking travel\n\n{% image \"_img/hidden.png\" %}\n"));
        picturesAt(content, "_img/hidden.png");
        BuildResult result = TestHandbooks.build(content, dir.resolve("out"));
        assertEquals(List.of("travel/book.md:3 Eleventy's picture shortcode names '_img/hidden.png', which is in a folder the build"
                        + " leaves out, as its name starts with '_': it is left out | move the picture into the content folder, to"
                        + " img/hidden.png say, and write ![what the picture shows](../img/hidden.png) in place of the tag"),
                result.findings().stream().filter(f -> f.code().equals(EleventyImages.CODE))
                        .map(f -> f.file() + ":" + f.line() + " " + f.message() + " | " + f.fix()).toList());
    }

    /**
     * A page's tags are one finding, at the first tag's line: a silence on another tag's line was of no finding, so it
     * silenced nothing, and one on the first tag's line silenced every tag of the page. A tag silenced on its own line is
     * now counted silenced, and the finding is of the others; with all of them silenced there is none.
     */
    @Test
    void aTagSilencedOnItsOwnLineIsLeftOutOfThePagesFinding(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Team handbook\n",
                "index.md", "# Team handbook\n\nSee [booking](travel/book.md) and [the office](travel/office.md).\n",
                "travel/book.md", """
                        # Booking travel

                        {% image "_img/a.png" "Step one" %}

                        <!-- handbook-ignore syntax.eleventy-image -->
                        {% image "_img/b.png" "Step two" %}

                        {% image "_img/c.png" "Step three" %}
                        """,
                "travel/office.md", """
                        # The office

                        {% image "_img/d.png" "The door" %} <!-- handbook-ignore syntax -->

                        {% image "_img/e.png" "The desk" %} <!-- handbook-ignore syntax.eleventy-image -->
                        """));
        picturesAt(content, "_img/a.png", "_img/b.png", "_img/c.png", "_img/d.png", "_img/e.png");
        List<String> said = new java.util.ArrayList<>();
        BuildResult result = new org.handbookpress.HandbookBuild(org.handbookpress.BuildOptions.of(content, dir.resolve("out")),
                new org.handbookpress.BuildLog() {
                    public void info(String message) {
                        said.add(message);
                    }

                    public void warn(String message) {
                    }

                    public void error(String message) {
                    }
                }).run();
        List<Finding> found = result.findings().stream().filter(f -> f.code().equals(EleventyImages.CODE)).toList();
        assertEquals(List.of("travel/book.md:3"), found.stream().map(f -> f.file() + ":" + f.line()).toList());
        assertTrue(found.get(0).message().startsWith("2 {% image %} tags") && found.get(0).message().endsWith("the others are at line 8"),
                found.get(0).message());
        assertTrue(said.contains("3 finding(s) silenced by 'ignore:' or handbook-ignore comments"), "the three tags silenced, each counted: " + said);
    }

    /**
     * In an Eleventy site whose pages are a folder of their own ({@code dir: {input: "pages"}}), a path is from the site's
     * top, as eleventy-img's examples write it ({@code "./pages/images/rota.png"}): the picture in the pages' folder is
     * shown, and one beside that folder (18F's {@code _img/}) is said to be outside it.
     */
    @Test
    void inASiteWhosePagesAreAFolderOfTheirOwnThePathIsFromTheSitesTop(@TempDir Path dir) throws Exception {
        Path site = TestHandbooks.write(dir, Map.of(
                ".eleventy.js", "module.exports = () => ({ dir: { input: \"pages\", output: \"_site\" } });\n",
                "pages/handbook.yml", "title: Team handbook\n",
                "pages/index.md", "# Team handbook\n\n{% image \"./pages/images/rota.png\" \"The rota board\" %}\n\n"
                        + "{% image \"_img/desk.png\" \"The front desk\" %}\n"));
        picturesAt(site, "pages/images/rota.png", "_img/desk.png");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(site.resolve("pages"), out);
        Document page = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("images/rota.png"), page.select("main img").eachAttr("src"));
        List<Finding> warnings = result.findings().stream().filter(f -> f.severity() != Severity.NOTICE).toList();
        assertEquals(List.of("index.md:5 Eleventy's picture shortcode names '_img/desk.png', which is outside the content folder"
                        + " (the site publishes only the files in it): its alt text is shown instead, 'The front desk' | move the picture into"
                        + " the content folder, to img/desk.png say, and write ![The front desk](img/desk.png) in place of the tag"),
                warnings.stream().map(f -> f.file() + ":" + f.line() + " " + f.message() + " | " + f.fix()).toList());
    }

    /**
     * An Eleventy input two folders down ({@code dir: {input: "src/site"}}): the paths are from the site's top, two
     * folders above the content folder. Only the folder above was asked, so the picture at
     * {@code ./src/site/images/rota.png} was said to be no file, and its alt text shown.
     */
    @Test
    void anInputTwoFoldersDownReadsThePathFromTheSitesTop(@TempDir Path dir) throws Exception {
        Path site = TestHandbooks.write(dir, Map.of(
                "eleventy.config.js", "export default function (eleventyConfig) {\n  eleventyConfig.setInputDirectory(\"src/site\");\n}\n",
                "src/site/handbook.yml", "title: Team handbook\n",
                "src/site/index.md", "# Team handbook\n\n{% image \"./src/site/images/rota.png\" \"The rota board\" %}\n"));
        picturesAt(site, "src/site/images/rota.png");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(site.resolve("src/site"), out);
        Document page = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("images/rota.png"), page.select("main img").eachAttr("src"));
        assertEquals(List.of(), result.findings().stream().filter(f -> f.code().equals(EleventyImages.CODE)).toList());
    }

    /** A small picture at each path from {@code folder}. */
    private static void picturesAt(Path folder, String... paths) throws java.io.IOException {
        for (String path : paths) {
            Files.createDirectories(folder.resolve(path).getParent());
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", folder.resolve(path).toFile());
        }
    }
}
