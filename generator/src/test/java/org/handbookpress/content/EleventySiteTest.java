package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
     * Eleventy's {@code --input} in package.json's scripts ({@code "build": "npx @11ty/eleventy --input=src"}, as sites
     * with no configuration file or one naming no folder write it) was not read: the build took the repository's top, its
     * README and package files' folder, as the pages. The command line wins over the configuration, as in Eleventy; the
     * build script's over the others'; a folder from a variable, a glob or the folder itself is none.
     */
    @Test
    void theInputIsReadFromEleventysCommandLineInPackageJsonsScripts(@TempDir Path site) throws Exception {
        Path src = site.resolve("src").toAbsolutePath().normalize();
        Files.createDirectories(src);
        Files.createDirectories(site.resolve("old"));
        Files.createDirectories(site.resolve("docs"));
        for (String build : List.of("npx @11ty/eleventy --input=src", "eleventy --input src --output=_site",
                "rm -rf _site && npx @11ty/eleventy --input='src' --quiet", "ELEVENTY_ENV=production eleventy --input=./src/")) {
            Files.writeString(site.resolve("package.json"), """
                    {
                      "name": "our-handbook",
                      "scripts": {
                        "start": "npx @11ty/eleventy --serve --input=docs",
                        "build": "%s"
                      },
                      "devDependencies": { "@11ty/eleventy": "^2.0.1" }
                    }
                    """.formatted(build));
            assertEquals(Optional.of(new EleventySite.Input("package.json", src, "--input in its scripts")),
                    EleventySite.inputFolder(site), build);
        }
        Files.writeString(site.resolve(".eleventy.js"), "module.exports = () => ({ dir: { input: \"old\" } });\n");
        assertEquals(Optional.of(src), EleventySite.inputFolder(site).map(EleventySite.Input::folder), "the command line wins");
        Files.writeString(site.resolve("package.json"), "{\"scripts\": {\"serve\": \"eleventy --serve --input docs\"}}\n");
        assertEquals(Optional.of(site.resolve("docs").toAbsolutePath().normalize()),
                EleventySite.inputFolder(site).map(EleventySite.Input::folder), "no build script: the first that gives one");
        for (String none : List.of("eleventy --input=$INPUT", "eleventy --input=src/**/*.md", "eleventy --input=.",
                "eleventy-img --input=src", "eleventy --serve")) {
            Files.writeString(site.resolve("package.json"), "{\"scripts\": {\"build\": \"" + none + "\"}}\n");
            assertEquals(none.equals("eleventy --serve") || none.startsWith("eleventy-img") ? Optional.of(site.resolve("old").toAbsolutePath().normalize())
                    : Optional.empty(), EleventySite.inputFolder(site).map(EleventySite.Input::folder), none);
        }
        Files.delete(site.resolve(".eleventy.js"));
        Files.writeString(site.resolve("package.json"), "{\"scripts\": {\"build\": \"eleventy --input=src\"}}\n");
        assertEquals(Optional.of(site.toAbsolutePath().normalize()), EleventySite.siteTop(src), "the site's top, with no configuration file");
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
