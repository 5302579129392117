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
    private static final RaspberryPiProject NONE = new RaspberryPiProject(null, List.of());

    /** The project's meta.yml; null for a content folder that is no such project. */
    private final YamlMap meta;
    /** Each step's title, in the steps' order; null for a step meta.yml names by no title. */
    private final List<String> titles;

    private RaspberryPiProject(YamlMap meta, List<String> titles) {
        this.meta = meta;
        this.titles = titles;
    }

    /** The project whose pages are in {@code contentDir}: its meta.yml lists steps and its first step is there. */
    static RaspberryPiProject of(Path contentDir) {
        if (!Files.isRegularFile(contentDir.resolve("step_1.md"))) {
            return NONE;
        }
        return InputFiles.text(contentDir.resolve(FILE)).flatMap(RaspberryPiProject::read).orElse(NONE);
    }

    /** meta.yml's text read as a project's, when it lists steps ({@code steps:}, each a mapping). */
    private static Optional<RaspberryPiProject> read(String text) {
        Optional<YamlMap> yaml = YamlSource.parseForeign(text, FILE, Findings.discarded());
        if (yaml.isEmpty() || !yaml.get().has("steps")) {
            return Optional.empty();
        }
        List<String> titles = new ArrayList<>();
        for (Node item : YamlMap.asList(yaml.get().value("steps"))) {
            String title = item instanceof MappingNode map ? new YamlMap(map, FILE, 0, Findings.discarded()).foreignText("title") : null;
            titles.add(title == null || title.isBlank() ? null : title.strip());
        }
        return titles.isEmpty() ? Optional.empty() : Optional.of(new RaspberryPiProject(yaml.get(), titles));
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

    /** Whether the file at this path of the content folder is the project's meta.yml, its settings, which no reader needs. */
    boolean excludes(String rel) {
        return meta != null && rel.equals(FILE);
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
        for (String path : paths) {
            Matcher step = STEP.matcher(path);
            if (!step.matches()) {
                continue;
            }
            int number = Integer.parseInt(step.group(1));
            steps.add(path);
            ranks.add(number);
            lines.add(number <= at.size() ? at.get(number - 1) : meta.lineOf("steps"));
            if (number <= titles.size() && titles.get(number - 1) != null) {
                labels.put(path, titles.get(number - 1));
            }
        }
        return steps.isEmpty() ? Optional.empty() : Optional.of(SummaryFile.titled(steps, ranks, lines, labels));
    }
}
