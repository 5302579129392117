package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A Quarto project's profiles: the ones a build without arguments gives, read from _quarto.yml alone. Quarto takes
 * {@code profile: default:} (a name, a list, or names separated by commas), then adds the first name of each
 * {@code profile: group:} none of whose names is active. Quarto's {@code QUARTO_PROFILE} and {@code --profile} choose
 * others on one machine for one render; the build never reads the machine's environment (a handbook must be the same
 * wherever it is built), nor the files one machine keeps for itself ({@code _quarto.yml.local}, {@code .env}). Each active
 * profile's {@code _quarto-<name>.yml} (or {@code .yaml}) beside _quarto.yml adds to and overrides its metadata, the
 * first profile's winning, as Quarto merges them.
 */
final class QuartoProfiles {

    /** A profile's name as a file's name may hold it: no folders, no dots to climb out of the project. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*");

    private QuartoProfiles() {
    }

    /** The profiles a build without arguments makes active, in Quarto's order; none when _quarto.yml names none. */
    static List<String> active(YamlMap quarto) {
        List<String> active = new ArrayList<>();
        if (quarto == null) {
            return active;
        }
        for (Node node : items(quarto.at(List.of("profile", "default")))) {
            if (node instanceof ScalarNode name && !YamlMap.isNull(name)) {
                for (String one : name.getValue().split("[ ,]+")) {
                    if (!one.isEmpty() && !active.contains(one)) {
                        active.add(one);
                    }
                }
            }
        }
        Node groups = quarto.at(List.of("profile", "group"));
        List<Node> listed = items(groups);
        // One group is a list of names; several are a list of lists.
        List<List<Node>> each = listed.stream().allMatch(n -> n instanceof SequenceNode)
                ? listed.stream().map(n -> ((SequenceNode) n).getValue()).toList() : List.of(listed);
        for (List<Node> group : each) {
            List<String> names = group.stream().filter(n -> n instanceof ScalarNode).map(n -> ((ScalarNode) n).getValue()).toList();
            if (!names.isEmpty() && names.stream().noneMatch(active::contains)) {
                active.add(names.get(0));
            }
        }
        return active;
    }

    /** The active profiles' files beside _quarto.yml, the first profile's first (whose values win). */
    static List<Path> files(Path root, List<String> profiles) {
        List<Path> files = new ArrayList<>();
        for (String profile : profiles) {
            if (!NAME.matcher(profile).matches()) {
                continue;
            }
            for (String ext : List.of(".yml", ".yaml")) {
                Path file = root.resolve("_quarto-" + profile + ext);
                if (Files.isRegularFile(file)) {
                    files.add(file);
                    break;
                }
            }
        }
        return files;
    }

    private static List<Node> items(Node node) {
        if (node instanceof SequenceNode list) {
            return list.getValue();
        }
        return node == null ? List.of() : List.of(node);
    }
}
