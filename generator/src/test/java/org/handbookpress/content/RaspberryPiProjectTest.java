package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Raspberry Pi Foundation learning project's folder of one language (raspberrypilearning/boat-race, safeguarding-module:
 * en/meta.yml beside step_1.md…): the handbook was "Handbook" and its pages "Step 1", "Step 2"…, the titles meta.yml
 * gives unread.
 */
class RaspberryPiProjectTest {

    private static final String META = """
            ---
            title: Kite festival
            description: Build a kite that flies in the park
            version: 2
            steps:
            - title: What you will build
            - title: Cutting the sail
              completion:
              - engaged
            - title: 'Challenge: a longer tail'
              challenge: true
            """;

    /** The files in a content folder of this name, as the projects name theirs for their language. */
    static Path write(Path dir, String folder, Map<String, String> files) throws java.io.IOException {
        Path written = TestHandbooks.write(dir, files);
        return java.nio.file.Files.move(written, dir.resolve(folder));
    }

    private static Path project(Path dir, String folder) throws Exception {
        return write(dir, folder, Map.of(
                "meta.yml", META,
                "step_1.md", "## What you will build\n\nA kite.\n",
                "step_2.md", "## Cutting the sail\n\nCut along the line.\n",
                "step_3.md", "## Challenge: a longer tail\n\nAdd ribbons.\n",
                "images/kite.png", "not really a picture"));
    }

    @Test
    void theProjectAndEachStepAreNamedAsMetaYmlNamesThem(@TempDir Path dir) throws Exception {
        Path content = project(dir, "en");
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(content);
        assertEquals("Kite festival", config.title());
        assertEquals("Build a kite that flies in the park", config.description());
        assertEquals("en", config.language());
        assertTrue(findings.sorted().stream().noneMatch(f -> f.code().equals("config.missing")), findings.sorted().toString());
        Handbook handbook = new ContentLoader(new Findings()).load(content, config);
        assertEquals(List.of("What you will build", "Cutting the sail", "Challenge: a longer tail"),
                handbook.pages().stream().filter(p -> p.path().startsWith("step_")).map(Page::title).toList());
        // The preview reads an edited step again on its own: the same title, or each edit was a full build.
        List<String> paths = handbook.pages().stream().map(Page::path).toList();
        assertEquals("Cutting the sail", new ContentLoader(new Findings()).loadPage(content, config, content.resolve("step_2.md"), paths)
                .orElseThrow().title());
        assertFalse(handbook.assets().contains("meta.yml"), "the project's settings are no file for its readers: " + handbook.assets());
        assertTrue(handbook.assets().contains("images/kite.png"));
    }

    @Test
    void aTranslationsFolderNamesItsLanguage(@TempDir Path dir) throws Exception {
        assertEquals("fr-FR", new ConfigLoader(new Findings()).load(project(dir, "fr-FR")).language());
    }

    @Test
    void stepTenComesAfterStepTwoAndAStepMetaYmlDoesNotNameIsNamedByItsOpeningHeading(@TempDir Path dir) throws Exception {
        StringBuilder meta = new StringBuilder("title: Long project\nsteps:\n");
        java.util.Map<String, String> files = new java.util.HashMap<>();
        for (int i = 1; i <= 10; i++) {
            meta.append("- title: Part ").append(i).append('\n');
            files.put("step_" + i + ".md", "## Part " + i + "\n\nText.\n");
        }
        files.put("step_11.md", "Text with no heading.\n");
        files.put("step_12.md", "```\n## not this\n```\n\n## What *next*?\n\nMore projects.\n");
        files.put("meta.yml", meta.toString());
        Path content = write(dir, "en", files);
        Handbook handbook = new ContentLoader(new Findings()).load(content, new ConfigLoader(new Findings()).load(content));
        assertEquals(List.of("Part 1", "Part 2", "Part 3", "Part 4", "Part 5", "Part 6", "Part 7", "Part 8", "Part 9", "Part 10",
                "Step 11", "What next?"), handbook.pages().stream().filter(p -> p.path().startsWith("step_")).map(Page::title).toList());
        // and so does the menu, which listed step_10.md, step_11.md… after step_1.md, as their files' names sort
        assertEquals(List.of("step_1.md", "step_2.md", "step_3.md", "step_4.md", "step_5.md", "step_6.md", "step_7.md", "step_8.md",
                "step_9.md", "step_10.md", "step_11.md", "step_12.md"), handbook.config().nav().stream().map(NavEntry::target)
                .filter(t -> t != null && t.startsWith("step_")).toList(), handbook.config().nav().toString());
    }

    @Test
    void aMetaYmlWithoutStepsIsNoProject(@TempDir Path dir) throws Exception {
        Path content = write(dir, "en", Map.of(
                "meta.yml", "title: Something else\n",
                "step_1.md", "Text.\n"));
        assertEquals("Handbook", new ConfigLoader(new Findings()).load(content).title());
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertTrue(handbook.assets().contains("meta.yml"), handbook.assets().toString());
    }

    /**
     * safeguarding-module's step 5 is only its heading, "Code of behaviour quiz": meta.yml names its questions' folder
     * (knowledge_quiz: path: quiz1), which the projects site shows on the step. The step was an empty section (warned of),
     * and the questions pages of their own, "Quiz1" and "Question 1"…, their pictures broken (written from the step's folder).
     */
    @Test
    void aStepShowsTheQuizItsEntryNamesAndTheQuestionsAreNoPagesOfTheirOwn(@TempDir Path dir) throws Exception {
        java.util.Map<String, String> files = new java.util.HashMap<>();
        files.put("meta.yml", """
                title: Kite safety
                steps:
                - title: Before you fly
                - title: Kite safety quiz
                  knowledge_quiz:
                    path: quiz1
                    version: 1
                    questions: 2
                """);
        files.put("step_1.md", "## Before you fly\n\nLook for power lines.\n");
        files.put("step_2.md", "## Kite safety quiz\n");
        files.put("quiz1/question_1.md", """
                --- question ---
                ---
                legend: Question 1 of 2
                ---

                Where should you fly?

                ![A park with no wires](images/park.png)

                --- choices ---
                - (x) An open park
                - ( ) Beside a railway
                --- /choices ---
                --- /question ---
                """);
        files.put("quiz1/question_2.md", "--- question ---\n---\nlegend: Question 2 of 2\n---\n\nIs it windy enough?\n\n"
                + "--- choices ---\n- ( ) No\n- (x) Yes\n--- /choices ---\n--- /question ---\n");
        files.put("images/park.png", "");
        Path content = write(dir, "en", files);
        java.nio.file.Files.write(content.resolve("images/park.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        Path out = dir.resolve("out");
        org.handbookpress.BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        org.jsoup.nodes.Document step = TestHandbooks.page(out, "step_2.html");
        assertEquals(List.of("Question 1 of 2", "Question 2 of 2"), step.select(".question .fenced-div-title").eachText(), step.html());
        assertEquals(List.of("An open park", "Beside a railway", "No", "Yes"), step.select(".quiz-choice-text").eachText());
        assertEquals("images/park.png", step.selectFirst("main img").attr("src"), "the picture as the step's own");
        assertFalse(java.nio.file.Files.exists(out.resolve("quiz1")), "no pages of the questions alone");
        assertTrue(TestHandbooks.codes(result).stream().noneMatch(c -> c.contains("placeholder.empty-section") || c.contains("link.")
                || c.contains("image.")), TestHandbooks.codes(result).toString());
    }

    /**
     * A project's repository, built from its top (raspberrypilearning/boat-race: en/ and 30 translations' folders beside
     * README.md): every language's steps were one handbook, each step 30 times under its title in as many languages.
     */
    @Test
    void aProjectsRepositoryIsReadFromItsEnglishFolder(@TempDir Path dir) throws Exception {
        Path english = project(dir.resolve("repo"), "en");
        project(dir.resolve("repo"), "fr-FR");
        java.nio.file.Files.writeString(dir.resolve("repo/README.md"), "# Kite festival\n\nFind it on the projects site.\n");
        Path top = dir.resolve("repo");
        assertEquals(english.toRealPath(), ContentLoader.siteSourceFolder(top).orElseThrow().folder().toRealPath());
        assertTrue(ContentLoader.siteSourceFolder(top).orElseThrow().namedBy().contains("en/meta.yml"));
        java.nio.file.Files.writeString(top.resolve("handbook.yml"), "title: Our own\n");
        assertTrue(ContentLoader.siteSourceFolder(top).isEmpty(), "a handbook.yml at the top says the top is the handbook");
        assertTrue(ContentLoader.siteSourceFolder(english).isEmpty());
    }

    /**
     * raspberrypilearning/where-is-the-space-station's steps 2 and 4 hold Python in the projects' own code blocks, its
     * comments ("# http://…") at the line's start: read as the page's '#' headings, they were titled "Step 2" and
     * "Step 4" from their files' names, with a notice that their '#' headings were their sections.
     */
    @Test
    void commentsInAProjectsCodeBlockAreNoHeadings(@TempDir Path dir) throws Exception {
        Path content = write(dir, "en", Map.of(
                "meta.yml", "title: Weather station\nsteps:\n- title: Read the sensor\n",
                "step_1.md", """
                        ## Read the sensor

                        --- code ---
                        ---
                        language: python
                        ---
                        # the address of the sensor
                        address = 0x76
                        # read it every minute
                        --- /code ---
                        """));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, new ConfigLoader(new Findings()).load(content));
        assertEquals(List.of("Read the sensor"), handbook.pages().stream().map(Page::title).toList());
        assertTrue(findings.sorted().stream().noneMatch(f -> f.code().equals("page.sections-at-top")), findings.sorted().toString());
    }
}
