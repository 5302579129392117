package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Raspberry Pi Foundation project (raspberrypilearning/boat-race: meta.yml, step_1.md…, no home page) opens as the
 * projects site opens it: its title, its description and its picture from meta.yml, then the way into its first step,
 * then its steps. Its front door was a bare list: "Section", "Boat race", "10 pages", each step a card marked "Page".
 */
class RaspberryPiFrontDoorTest {

    @Test
    void theProjectOpensOnItsPictureAndItsFirstStep(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("en"), Map.of(
                "meta.yml", "title: Pond dipping\nhero_image: images/banner.png\ndescription: Find out what lives in the school pond\n"
                        + "steps:\n- title: What you will find\n- title: Getting ready\n",
                "images/banner.png", "not really a picture",
                "step_1.md", "## What you will find\n\nSnails and newts.\n",
                "step_2.md", "## Getting ready\n\n--- task ---\n\nFetch a net.\n\n--- /task ---\n"));
        Path out = dir.resolve("site");
        TestHandbooks.buildWithoutPdfs(content, out);

        Document home = TestHandbooks.page(out, "index.html");
        assertEquals("Pond dipping", home.select("main h1").text());
        assertEquals("Find out what lives in the school pond", home.select("main header .lede").text(), "its description, not '2 pages'");
        assertTrue(home.select("main .eyebrow").isEmpty(), "not a 'Section'");
        assertEquals(List.of("images/banner.png"), home.select("main img").eachAttr("src"), "its picture");
        assertEquals("step_1.html", home.select("main a[rel=next]").attr("href"), "the way into step 1");
        assertEquals("What you will find", home.select("main a[rel=next] .pager-title").text());
        assertEquals(List.of("step_1.html", "step_2.html"), home.select("main .cards a").eachAttr("href").subList(0, 2), "then its steps");
        assertTrue(TestHandbooks.page(out, "step_2.html").select("main div.task").text().contains("Fetch a net"));
        // A task is a box with a square to tick at its side, as the projects site shows it: it was plain paragraphs.
        String css = java.nio.file.Files.readString(out.resolve("assets/theme.css"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(css.contains("div.fenced-div.task{") && css.contains("div.fenced-div.task::before{"), "the theme styles tasks");
    }

    /**
     * A meta.yml whose hero_image names a picture the folder lacks (raspberrypilearning/safeguarding-module's): the front
     * door has no picture, as before, and a warning names meta.yml's line and what to do, where nothing was said.
     */
    @Test
    void aHeroImageTheFolderLacksIsAWarningAtItsLine(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("en"), Map.of(
                "meta.yml", "title: Bird boxes\nhero_image: images/nest.png\nsteps:\n- title: Measuring up\n",
                "images/other.png", "not really a picture",
                "step_1.md", "## Measuring up\n\nMeasure the plank.\n"));
        Path out = dir.resolve("site");
        org.handbookpress.BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertTrue(TestHandbooks.page(out, "index.html").select("main img").isEmpty(), "no broken picture");
        List<String> found = result.findings().stream().filter(f -> f.code().equals("config.hero-image"))
                .map(f -> f.file() + ":" + f.line() + " " + f.message() + " / " + f.fix()).toList();
        assertEquals(List.of("meta.yml:2 hero_image names 'images/nest.png', which the folder does not have: the project's front"
                + " door shows no picture / add the picture at images/nest.png, or name one the folder has (images/banner.png),"
                + " or remove hero_image"), found);
    }
}
