package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every finding code the main sources emit is documented in docs/checks.md. A code is the third
 * argument of {@code findings.error/warning/notice(…)} and {@code Finding.error/warning/notice(…)};
 * where that argument is not a literal (a table of codes, as in ForeignSyntax), every code-shaped
 * literal of that file counts.
 */
class FindingCodesDocumentedTest {

    private static final Pattern CALL = Pattern.compile("\\b(?:findings|Finding)\\s*\\.\\s*(?:error|warning|notice)\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:-[a-z]+)*(?:\\.[a-z]+(?:-[a-z]+)*)?)\"");
    private static final Pattern CODE_SHAPED = Pattern.compile("\"([a-z]+(?:-[a-z]+)*\\.[a-z]+(?:-[a-z]+)*)\"");

    @Test
    void everyEmittedCodeIsInChecksMd() throws IOException {
        Path docs = Path.of("..", "docs", "checks.md");
        Assumptions.assumeTrue(Files.isRegularFile(docs), "docs/checks.md is not beside the generator module");
        Set<String> documented = documented(Files.readString(docs));
        TreeMap<String, String> emitted = emitted(Path.of("src", "main", "java"));
        assertTrue(emitted.size() > 50, "the scan found the codes: " + emitted.keySet());
        assertTrue(emitted.containsKey("slides.overflow") && emitted.containsKey("syntax.liquid") && emitted.containsKey("io"),
                emitted.keySet().toString());
        List<String> missing = new ArrayList<>();
        emitted.forEach((code, file) -> {
            if (!documented.contains(code)) {
                missing.add(code + " (" + file + ")");
            }
        });
        assertEquals(List.of(), missing, "codes emitted but not documented in docs/checks.md");
    }

    /** Codes in the first column of the tables; {@code `front-matter.kind`, `.date`} documents front-matter.date too. */
    static Set<String> documented(String markdown) {
        Set<String> codes = new TreeSet<>();
        Pattern tick = Pattern.compile("`([^`]+)`");
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String prefix = null;
            Matcher m = tick.matcher(line.split("\\|")[1]);
            while (m.find()) {
                String token = m.group(1);
                if (token.startsWith(".") && prefix != null) {
                    codes.add(prefix + token);
                } else {
                    codes.add(token);
                    prefix = token.contains(".") ? token.substring(0, token.indexOf('.')) : token;
                }
            }
        }
        return codes;
    }

    /** Code → the first file emitting it. */
    static TreeMap<String, String> emitted(Path sources) throws IOException {
        TreeMap<String, String> codes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String src = withoutComments(Files.readString(file));
                String name = sources.relativize(file).toString();
                boolean indirect = false;
                Matcher call = CALL.matcher(src);
                while (call.find()) {
                    List<String> args = arguments(src, call.end());
                    if (args.size() < 3) {
                        continue;
                    }
                    Matcher literal = LITERAL.matcher(args.get(2));
                    if (literal.matches()) {
                        codes.putIfAbsent(literal.group(1), name);
                    } else {
                        indirect = true;
                    }
                }
                if (indirect && !name.endsWith("Findings.java")) {
                    Matcher shaped = CODE_SHAPED.matcher(src);
                    while (shaped.find()) {
                        codes.putIfAbsent(shaped.group(1), name);
                    }
                }
            }
        }
        return codes;
    }

    /** The top-level arguments of a call whose opening parenthesis ends at {@code from}, as source text. */
    static List<String> arguments(String src, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < src.length() && src.charAt(end) != '"') {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(src, i, Math.min(end + 1, src.length()));
                i = end;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(current.toString().strip());
                    return args;
                }
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return args;
    }

    static String withoutComments(String src) {
        return src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//[^\"\\n]*$", "");
    }
}
