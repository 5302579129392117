package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A Raspberry Pi Foundation learning project (its {@code raspberrypilearning/*} repositories): a folder of one language
 * ({@code en/}, {@code fr-FR/}) whose pages are {@code step_1.md}, {@code step_2.md}…, with a {@code meta.yml} beside
 * them that names the project ({@code title:}, {@code description:}) and, in its {@code steps:} list, each step in turn
 * ({@code - title: What you will make}). The steps' own text opens at a {@code ##} heading, so without meta.yml each
 * page was "Step 1", "Step 2"…, and the handbook "Handbook". For any other content folder, nothing.
 */
final class RaspberryPiProject {

    static final String FILE = "meta.yml";
    /** A step's page, group 1 its number from 1. */
    private static final Pattern STEP = Pattern.compile("step_([1-9][0-9]{0,3})\\.md");
    /** A folder named for a language as the projects name theirs ({@code en}, {@code fr-FR}, {@code es-LA}). */
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("[a-z]{2,3}(?:-[A-Z]{2})?");
    /** A quiz's question, group 1 its number from 1. */
    private static final Pattern QUESTION = Pattern.compile("question_([1-9][0-9]{0,3})\\.md");
    private static final RaspberryPiProject NONE = new RaspberryPiProject(null, null, List.of(), List.of());

    /** The content folder; null for a content folder that is no such project. */
    private final Path contentDir;
    /** The project's meta.yml; null for a content folder that is no such project. */
    private final YamlMap meta;
    /** Each step's title, in the steps' order; null for a step meta.yml names by no title. */
    private final List<String> titles;
    /** Each step's quiz, the folder of its questions ({@code knowledge_quiz: path: quiz1}); null for a step with none. */
    private final List<String> quizzes;

    private RaspberryPiProject(Path contentDir, YamlMap meta, List<String> titles, List<String> quizzes) {
        this.contentDir = contentDir;
        this.meta = meta;
        this.titles = titles;
        this.quizzes = quizzes;
    }

    /** The project whose pages are in {@code contentDir}: its meta.yml lists steps and its first step is there. */
    static RaspberryPiProject of(Path contentDir) {
        if (!Files.isRegularFile(contentDir.resolve("step_1.md"))) {
            return NONE;
        }
        return InputFiles.text(contentDir.resolve(FILE)).flatMap(text -> read(contentDir, text)).orElse(NONE);
    }

    /** The folder of a project's pages in English, which every project has; its translations are beside it (fr-FR/). */
    static final String ENGLISH = "en";

    /**
     * The project's English folder when {@code contentDir} is the top of its repository (en/meta.yml listing its steps,
     * no handbook.yml): there, every translation's folder (30 in raspberrypilearning/boat-race) was read into one handbook,
     * each step 30 times over under the same title in as many languages, with the repository's README and CONTRIBUTING.
     */
    static Optional<Path> englishFolder(Path contentDir) {
        Path top = contentDir.toAbsolutePath().normalize();
        if (Files.exists(top.resolve(ConfigLoader.FILE))) {
            return Optional.empty();
        }
        Path english = top.resolve(ENGLISH);
        return of(english).meta != null ? Optional.of(english) : Optional.empty();
    }

    /** meta.yml's text read as a project's, when it lists steps ({@code steps:}, each a mapping). */
    private static Optional<RaspberryPiProject> read(Path contentDir, String text) {
        Optional<YamlMap> yaml = YamlSource.parseForeign(text, FILE, Findings.discarded());
        if (yaml.isEmpty() || !yaml.get().has("steps")) {
            return Optional.empty();
        }
        List<String> titles = new ArrayList<>();
        List<String> quizzes = new ArrayList<>();
        for (Node item : YamlMap.asList(yaml.get().value("steps"))) {
            YamlMap step = item instanceof MappingNode map ? new YamlMap(map, FILE, 0, Findings.discarded()) : null;
            String title = step == null ? null : step.foreignText("title");
            titles.add(title == null || title.isBlank() ? null : title.strip());
            String quiz = step == null ? null : step.section("knowledge_quiz").map(q -> q.foreignText("path")).orElse(null);
            quizzes.add(quiz == null || !QUIZ_FOLDER.matcher(quiz.strip()).matches() ? null : quiz.strip());
        }
        return titles.isEmpty() ? Optional.empty() : Optional.of(new RaspberryPiProject(contentDir, yaml.get(), titles, quizzes));
    }

    /**
     * The handbook's settings meta.yml gives ({@link SiteConfigFiles}): the project's title and description, and the
     * language its folder is named for ({@code fr-FR/} holds the French translation); none for a folder that is no project.
     */
    static Optional<HandbookConfig> config(Path contentDir) {
        RaspberryPiProject project = of(contentDir);
        if (project.meta == null) {
            return Optional.empty();
        }
        String title = project.meta.foreignText("title");
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        Path folder = contentDir.toAbsolutePath().normalize().getFileName();
        String language = folder != null && LANGUAGE_FOLDER.matcher(folder.toString()).matches() ? folder.toString() : null;
        return Optional.of(HandbookConfig.fromOtherTool(title, project.meta.foreignText("description"), language));
    }

    /**
     * The project's picture, meta.yml's {@code hero_image} ({@code images/banner.png}), as a path in the content folder,
     * which the projects site shows over the project's description before its first step; empty for none, or for a
     * folder that is no project.
     */
    Optional<String> heroImage() {
        String image = meta == null ? null : meta.foreignText("hero_image");
        if (image == null || image.isBlank() || image.contains("://") || image.contains("..")) {
            return Optional.empty();
        }
        String path = image.strip();
        while (path.startsWith("./") || path.startsWith("/")) {
            path = path.substring(path.startsWith("/") ? 1 : 2);
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(path);
    }

    /**
     * The project's front door, its picture when the content folder has it ({@code assets}); empty for a folder that is no
     * project. A {@code hero_image} the folder lacks is a warning at its line in meta.yml: the front door showed no
     * picture and said nothing (raspberrypilearning/safeguarding-module names one its images/ folder does not have).
     */
    Optional<ProjectFrontDoor> frontDoor(java.util.Collection<String> assets, Findings findings) {
        if (meta == null) {
            return Optional.empty();
        }
        Optional<String> image = heroImage();
        if (image.isPresent() && !assets.contains(image.get())) {
            findings.warning(FILE, meta.lineOf("hero_image"), "config.hero-image", "hero_image names '" + image.get()
                            + "', which the folder does not have: the project's front door shows no picture",
                    "add the picture at " + image.get() + ", or name one the folder has (images/banner.png), or remove hero_image");
            return Optional.of(new ProjectFrontDoor(null));
        }
        return Optional.of(new ProjectFrontDoor(image.orElse(null)));
    }

    /** A step's opening {@code ##} heading: group 1 its words. */
    private static final Pattern OPENING = Pattern.compile("^##[ \\t]+(\\S.*?)[ \\t#]*$");

    /**
     * The words of a step's first {@code ##} heading outside code, for a step meta.yml does not list
     * (raspberrypilearning/boat-race's step_9.md, "What can you do now?", after its eight entries), which was "Step 9";
     * null for none.
     */
    private String openingHeading(String path) {
        Optional<String> text = InputFiles.text(contentDir.resolve(path));
        if (text.isEmpty()) {
            return null;
        }
        CodeFences fences = new CodeFences();
        for (String line : text.get().split("\n", -1)) {
            Matcher heading = fences.inCode(line) ? null : OPENING.matcher(line);
            if (heading != null && heading.matches()) {
                String words = HeadingText.of(heading.group(1));
                return words.isBlank() ? null : words;
            }
        }
        return null;
    }

    /** A quiz's folder as meta.yml names it, one folder in the content folder ({@code quiz1}). */
    private static final Pattern QUIZ_FOLDER = Pattern.compile("[\\w-]+");

    /**
     * Whether the file at this path of the content folder is left out of the pages and files: the project's meta.yml, its
     * settings, which no reader needs, and a quiz's questions, which its step shows ({@link #withQuiz}).
     */
    boolean excludes(String rel) {
        if (meta == null) {
            return false;
        }
        int slash = rel.indexOf('/');
        return rel.equals(FILE) || slash > 0 && rel.endsWith(".md") && quizzes.contains(rel.substring(0, slash));
    }

    /**
     * A step whose meta.yml entry names a quiz ({@code knowledge_quiz: path: quiz1}) with that quiz's questions after its
     * own text, in their order (question_2.md before question_10.md), as the projects site shows them on the step: the step
     * is mostly a heading ("Code of behaviour quiz"), and the questions were pages of their own under "Quiz1", "Question
     * 1"…, the step an empty section. They are pasted in as a Middleman partial is ({@link IncludeLines}: their pictures'
     * and links' paths are the step's, as the projects write them), each reported at the step's last line.
     */
    Page withQuiz(Page page) {
        Matcher step = STEP.matcher(page.path());
        if (meta == null || !step.matches()) {
            return page;
        }
        int number = Integer.parseInt(step.group(1));
        String quiz = number <= quizzes.size() ? quizzes.get(number - 1) : null;
        List<String> questions = quiz == null ? List.of() : questions(quiz);
        if (questions.isEmpty()) {
            return page;
        }
        String markdown = page.markdown().stripTrailing();
        int lastLine = page.bodyLine() + (int) markdown.chars().filter(c -> c == '\n').count();
        StringBuilder with = new StringBuilder(markdown);
        for (String question : questions) {
            with.append("\n\n").append(IncludeLines.MARKER).append(lastLine).append(" partial:").append(quiz).append('/')
                    .append(question).append(" -->");
        }
        return new Page(page.path(), page.url(), page.file(), page.meta(), page.title(), with.append('\n').toString(), page.bodyLine());
    }

    /** The question files in a quiz's folder, by their numbers. */
    private List<String> questions(String quiz) {
        Path folder = contentDir.resolve(quiz);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> QUESTION.matcher(name).matches())
                    .sorted(java.util.Comparator.comparingInt(name -> number(QUESTION, name))).toList();
        } catch (java.io.IOException e) {
            return List.of(); // an unreadable folder: the step as written
        }
    }

    /**
     * The steps in their order, step_2.md before step_10.md, each named in the menu and as its page's title by the title
     * meta.yml gives it ({@link SummaryFile#label}), as the projects site names them. Empty for a folder that is no project.
     */
    Optional<SummaryFile> order(List<String> paths) {
        if (meta == null) {
            return Optional.empty();
        }
        List<String> steps = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<Integer> at = meta.itemLines("steps");
        // By number: the menu lists them in the order given, and their paths sort step_10.md before step_2.md.
        List<String> byNumber = paths.stream().filter(path -> STEP.matcher(path).matches())
                .sorted(java.util.Comparator.comparingInt(path -> number(STEP, path))).toList();
        for (String path : byNumber) {
            int number = number(STEP, path);
            steps.add(path);
            ranks.add(number);
            lines.add(number <= at.size() ? at.get(number - 1) : meta.lineOf("steps"));
            String title = number <= titles.size() && titles.get(number - 1) != null ? titles.get(number - 1) : openingHeading(path);
            if (title != null) {
                labels.put(path, title);
            }
        }
        return steps.isEmpty() ? Optional.empty() : Optional.of(SummaryFile.titled(steps, ranks, lines, labels));
    }

    /** The number of a step's or a question's file, group 1 of its pattern, which it matches. */
    private static int number(Pattern file, String name) {
        Matcher m = file.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException(name);
        }
        return Integer.parseInt(m.group(1));
    }
}
