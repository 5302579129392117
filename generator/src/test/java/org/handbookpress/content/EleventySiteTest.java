package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input folder an Eleventy site's configuration names, in the forms real sites write it, and the site's top above it. */
class EleventySiteTest {

    private static Optional<Path> input(Path site, String configuration) throws Exception {
        Files.writeString(site.resolve(".eleventy.js"), configuration);
        return EleventySite.inputFolder(site).map(EleventySite.Input::folder);
    }

    /**
     * Eleventy 3's {@code eleventyConfig.setInputDirectory("src/site")} was not read, nor was a folder past a commented-out
     * one ({@code // input: "old"}); the {@code dir} object is read whether a function returns it (CommonJS or ESM) or a
     * {@code config} export holds it, and two folders down as one.
     */
    @Test
    void theInputIsReadFromTheFormsAConfigurationIsWrittenIn(@TempDir Path site) throws Exception {
        Path siteFolder = site.resolve("src/site").toAbsolutePath().normalize();
        Files.createDirectories(siteFolder);
        Files.createDirectories(site.resolve("old"));
        assertEquals(Optional.of(siteFolder), input(site, """
                export default function (eleventyConfig) {
                  eleventyConfig.addPassthroughCopy("src/site/img/*");
                  eleventyConfig.setInputDirectory("src/site");
                  eleventyConfig.setOutputDirectory("_site");
                }
                """));
        assertEquals(Optional.of(siteFolder), input(site, """
                module.exports = function (eleventyConfig) {
                  eleventyConfig.addFilter("year", (date) => { return date.getFullYear(); });
                  return {
                    dir: {
                      // input: "old",
                      /* input: "old", until the move */
                      input: "src/site",
                      output: "_site",
                    },
                  };
                };
                """));
        assertEquals(Optional.of(siteFolder), input(site, """
                export default async function (eleventyConfig) {
                  eleventyConfig.addPassthroughCopy({ "src/site/img": "img" }); // see https://www.11ty.dev/docs/copy/
                  return { dir: { input: './src/site/' } };
                }
                """));
        assertEquals(Optional.of(siteFolder), input(site, "export const config = { dir: { input: \"src/site\", output: \"dist\" } };\n"));
        assertEquals(Optional.empty(), input(site, "export default function (c) { c.setInputDirectory(process.env.INPUT); }\n"),
                "a folder worked out when the file runs is not guessed");
    }

    /**
     * The site's top above a content folder two folders down ({@code dir: {input: "src/site"}}): Eleventy reads a
     * shortcode's paths from there. Only the folder above the content folder was asked, so there was none.
     */
    @Test
    void theSitesTopIsFoundTwoFoldersUp(@TempDir Path site) throws Exception {
        Path top = site.toAbsolutePath().normalize();
        Files.createDirectories(top.resolve("src/site/guides"));
        Files.writeString(top.resolve(".eleventy.js"), "module.exports = () => ({ dir: { input: \"src/site\" } });\n");
        assertEquals(Optional.of(top), EleventySite.siteTop(top.resolve("src/site")));
        assertEquals(Optional.empty(), EleventySite.siteTop(top.resolve("src/site/guides")), "a folder of the input is not it");
        assertEquals(Optional.empty(), EleventySite.siteTop(top.resolve("src")), "nor is the folder above it");
    }
}
