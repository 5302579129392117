package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the main sources depend on each other without cycles: a package graph from the
 * imports and fully qualified names in the code (comments left out), checked with Tarjan's
 * strongly connected components. A cycle is reported as its packages and the files that close it.
 */
class PackageCyclesTest {

    private static final String ROOT = "org.handbookpress";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.handbookpress(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void mainPackagesHaveNoCycles() throws IOException {
        Map<String, Set<String>> graph = graph(Path.of("src", "main", "java"));
        assertTrue(graph.containsKey(ROOT + ".pdf") && graph.get(ROOT).contains(ROOT + ".pdf"), graph.toString());
        assertEquals(List.of(), cycles(graph), "package cycles in the main sources");
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", new TreeSet<>(Set.of("b")));
        graph.put("b", new TreeSet<>(Set.of("c")));
        graph.put("c", new TreeSet<>(Set.of("a")));
        graph.put("d", new TreeSet<>(Set.of("a")));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
    }

    /** Package → the packages its classes refer to. */
    static Map<String, Set<String>> graph(Path sources) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String src = FindingCodesDocumentedTest.withoutComments(Files.readString(file));
                Matcher pkg = PACKAGE.matcher(src);
                if (!pkg.find()) {
                    continue;
                }
                Set<String> uses = graph.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher ref = REFERENCE.matcher(src);
                while (ref.find()) {
                    if (!ref.group(1).equals(pkg.group(1))) {
                        uses.add(ref.group(1));
                    }
                }
            }
        }
        return graph;
    }

    /** The strongly connected components of more than one package, each sorted, in sorted order. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, out, counter);
            }
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<List<String>> out, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, out, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                component.sort(String::compareTo);
                out.add(component);
            }
        }
    }
}
