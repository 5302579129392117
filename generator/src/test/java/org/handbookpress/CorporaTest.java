package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real-world curricula in ../shared/corpora, written by others in other tools' dialects:
 * no crash, every problem named with its file (and line where there is one), and the number of
 * findings of each code exactly as expected, so that a change which silently drops content (or
 * starts reporting it twice) shows. On a fresh clone without ../shared these tests are skipped, each
 * saying why; CI (.ci/run) refuses to run without the corpora, so there they always run.
 */
class CorporaTest {

    private static Path corpus(String name) {
        Path path = Path.of(System.getProperty("handbook.repoRoot", ".."), "..", "shared", "corpora", name).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            String why = "skipped: the corpus " + name + " is not at " + path
                    + " (it lives in the team's shared folder beside the repository; .ci/run requires it)";
            System.out.println("CorporaTest " + why);
            assumeTrue(false, why);
        }
        return path;
    }

    private static List<Finding> buildOrReport(Path content, Path out) {
        try {
            return TestHandbooks.build(content, out).findings();
        } catch (BuildFailure failure) {
            return failure.findings();
        }
    }

    private static Map<String, Long> countsByCode(List<Finding> findings) {
        return new TreeMap<>(findings.stream().collect(Collectors.groupingBy(f -> f.code() + " " + f.severity().name().toLowerCase(),
                Collectors.counting())));
    }

    /** What the Carpentries lesson has, whatever broken-links says: the same for both runs below. */
    private static final Map<String, Long> CARPENTRIES_COMMON = Map.ofEntries(
            // 13 keys (teaching, exercises…), once each however many files; Jekyll's permalink, redirect_from and redirect_to are read,
            // and its layout, which means nothing in a handbook, is one notice
            Map.entry("config.unknown-key warning", 13L),
            Map.entry("front-matter.other-tool-key notice", 1L),
            // index.md's redirect_from names the lesson's old website, which this site cannot redirect from
            Map.entry("page.redirect-invalid warning", 1L),
            // an episode's link to LICENSE.md, which the Carpentries' workbench publishes beside the episodes
            Map.entry("link.from-top notice", 1L),
            // registration_confirmation.md: title: in its front matter, and a '#' heading shown as its section
            Map.entry("page.sections-at-top notice", 1L),
            Map.entry("heading.skipped-level warning", 6L),
            Map.entry("html.remote warning", 6L), // a social-media widget: its remote scripts (one finding each) and frame
            Map.entry("svg.unsafe warning", 14L), // seven Excalidraw drawings, each loading two fonts from excalidraw.com
            // no image.alt-missing: all 20 pictures without words in their brackets give their alt text in {alt=…}, 7 of them
            // with quotes inside it (\"Novice\"), which the attribute list read as the value's end until 6 December
            Map.entry("image.too-large warning", 1L),
            // instructor-notes.md: two runs of empty headings, one per episode with nothing noted yet (4 and 8), one finding
            // each (13 warnings before, one a heading), and one empty section on its own
            Map.entry("placeholder.empty-section warning", 3L),
            Map.entry("placeholder.todo warning", 1L),
            // additional_exercises.md: two reference links whose labels the lesson never defines, left as their brackets
            Map.entry("markdown.unrendered warning", 2L));

    @Test
    void carpentriesInstructorTraining(@TempDir Path dir) {
        List<Finding> findings = buildOrReport(corpus("carpentries-instructor-training"), dir.resolve("out"));
        assertTrue(findings.stream().allMatch(f -> !f.message().isBlank() && f.fix() != null), findings.toString());
        Map<String, Long> expected = new TreeMap<>(CARPENTRIES_COMMON);
        expected.put("config.missing warning", 1L);
        // Its links to files it does not ship (PDFs, other repositories' pages) are errors, named with file and line.
        expected.put("image.missing error", 5L);
        expected.put("image.remote error", 3L);
        expected.put("link.anchor-missing error", 1L);
        expected.put("link.broken error", 10L);
        assertEquals(expected, countsByCode(findings));
        // Pandoc's fenced divs and attribute lists are read now: nothing is reported about them.
        assertTrue(findings.stream().noneMatch(f -> f.code().startsWith("syntax.fenced")));
        assertEquals(List.of("instructors/additional_exercises.md:91", "instructors/additional_exercises.md:92"), findings.stream()
                .filter(f -> f.code().equals("markdown.unrendered")).map(f -> f.file() + ":" + f.line()).sorted().toList());
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertTrue(errors.stream().allMatch(f -> f.line() > 0), errors.toString());
        assertFalse(Files.exists(dir.resolve("out")), "a failed build writes no output");
    }

    @Test
    void carpentriesBuildsWhenBrokenLinksAreWarnings(@TempDir Path dir) throws Exception {
        // A migrating user's first step: copy the content, tell the build that broken links are warnings.
        Path source = corpus("carpentries-instructor-training");
        Path content = dir.resolve("content");
        copyTree(source, content);
        Files.writeString(content.resolve("handbook.yml"), "title: Instructor Training\nbroken-links: warning\n");
        // and says which page is the glossary (a list of terms in bold)
        Path reference = content.resolve("learners/reference.md");
        Files.writeString(reference, Files.readString(reference).replaceFirst("title: Glossary\n", "title: Glossary\nkind: glossary\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(48, result.pages(), "every episode and page");
        Map<String, Long> expected = new TreeMap<>(CARPENTRIES_COMMON);
        expected.put("image.missing warning", 5L);
        expected.put("image.remote warning", 3L);
        expected.put("link.anchor-missing warning", 1L);
        expected.put("link.broken warning", 10L);
        expected.put("glossary.unused warning", 10L); // ten of its 45 terms that no page uses
        assertEquals(expected, countsByCode(result.findings()));
        assertEquals(List.of(), SiteLinks.broken(out), "unresolved links are shown as text, not left broken");
        assertEquals(List.of(), SiteLinks.externalResources(out), "the README's badges from other websites are dropped");
        // The welcome episode's pictures are all in the corpus: each is a picture, none a missing-image marker.
        Document welcome = Jsoup.parse(Files.readString(out.resolve("episodes/01-welcome.html")));
        assertTrue(welcome.select(".missing-image").isEmpty(), welcome.select(".missing-image").toString());
        assertTrue(Files.isRegularFile(source.resolve("episodes/fig/Blooms.png")));
        assertTrue(Files.isRegularFile(out.resolve("episodes/fig/Blooms.png")));
        assertFalse(welcome.select("main img[src*=Icebreaker]").isEmpty());
        // The lesson's ::: challenge and ::: solution boxes are boxes, and no ':::' is left as text.
        assertFalse(welcome.select("main div.challenge").isEmpty());
        assertFalse(welcome.selectFirst("main").text().contains(":::"));
        // pages/partners.md's note to the lesson's maintainers is a Liquid comment, which Jekyll never shows.
        Document partners = Jsoup.parse(Files.readString(out.resolve("pages/partners.html")));
        assertFalse(partners.selectFirst("main").text().contains("redirect"), partners.selectFirst("main").text());
        // Its glossary writes every term with capitals ("Cognitive Load"): none is a name, and its terms are found in
        // the lower case the episodes write them in.
        Document eia = Jsoup.parse(Files.readString(out.resolve("episodes/09-eia.html")));
        assertEquals(List.of("cognitive load"), eia.select("main a.glossary-term[data-term=Cognitive Load]").eachText());
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void mozillaOpenLeadershipTraining(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(corpus("mozilla-open-leadership-training"), out);
        assertEquals(4, result.pages(), "README, CODE_OF_CONDUCT, CONTRIBUTING, index; _articles is hidden by the underscore rule");
        assertEquals(Map.of("config.missing warning", 1L, "front-matter.other-tool-key notice", 1L, "page.hidden-folder notice", 1L),
                countsByCode(result.findings()));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertEquals(List.of(), SiteLinks.broken(out));
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("front-matter.other-tool-key") && f.file().equals("index.md") && f.line() == 2),
                "Jekyll's layout: home, told where it is");
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("page.hidden-folder") && f.file().equals("_articles/")),
                "the author is told where the modules went");
    }

    /**
     * The training's modules, as an author would build them, pointing the content folder at _articles: its glossary,
     * glossary.md written as a #### heading for each term and no kind: glossary (Jekyll has none), is the handbook's
     * glossary, its 36 terms read at their headings' lines and linked on the modules; it had no terms and linked nothing. A term
     * of two names, "Repository or Repo", is used where a page writes either.
     */
    @Test
    void mozillaOpenLeadershipTrainingsModulesAndTheirGlossary(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        List<Finding> findings = buildOrReport(corpus("mozilla-open-leadership-training").resolve("_articles"), out);
        List<Finding> glossary = findings.stream().filter(f -> f.code().startsWith("glossary.")).toList();
        assertTrue(glossary.stream().allMatch(f -> f.code().equals("glossary.unused") && f.file().equals("glossary.md")), glossary.toString());
        assertTrue(glossary.stream().anyMatch(f -> f.line() == 14 && f.message().contains("'Bug Tracker Tool'")), "at its heading's line: " + glossary);
        assertEquals(9, glossary.size(), "27 of the 36 terms are used: " + glossary);
        assertTrue(glossary.stream().noneMatch(f -> f.message().contains("'Repository or Repo'")), "the pages write 'repository' (TermParts)");
    }
}
