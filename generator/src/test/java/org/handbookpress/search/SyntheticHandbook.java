package org.handbookpress.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * A handbook of any size, the same every time for the same size: folders of 100 pages of about 800
 * words, with headings, drawn from a made-up vocabulary whose word frequencies fall off as in real text
 * (Zipf), a glossary (Gŵyl, café) and one policy holding a word no other page has ({@link #UNIQUE}).
 */
public final class SyntheticHandbook {

    /** The word only the policy uses. */
    public static final String UNIQUE = "quillwortberry";
    static final String[] SYLLABLES = {"ba", "be", "bi", "bo", "da", "de", "di", "do", "fa", "fe", "ga", "go", "ka", "ke",
        "ki", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "pi", "ra", "re", "ri",
        "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "wa", "we", "ya", "za", "ch", "sh", "th", "st"};
    static final int VOCABULARY = 20_000;

    private final String[] words;
    private final double[] cumulative;
    private final Random random;

    private SyntheticHandbook(long seed) {
        random = new Random(seed);
        words = new String[VOCABULARY];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < VOCABULARY; i++) {
            String w;
            do {
                StringBuilder b = new StringBuilder();
                int n = 1 + Math.min(4, i / 400 + random.nextInt(3));
                for (int s = 0; s < n; s++) {
                    b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                w = b.toString();
            } while (!seen.add(w) || w.equals(UNIQUE));
            words[i] = w;
        }
        cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Writes a handbook of {@code pages} pages (plus the glossary and the policy) into {@code content}. */
    public static Path write(Path content, int pages) throws IOException {
        new SyntheticHandbook(pages).writeAll(content, pages);
        return content;
    }

    private String word() {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[Math.min(VOCABULARY - 1, at < 0 ? -at - 1 : at)];
    }

    private String words(int n, boolean sentence) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = word();
            if (i == 0 && sentence) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(i == 0 ? "" : " ").append(w);
        }
        return b.toString();
    }

    private void writeAll(Path content, int pages) throws IOException {
        Files.createDirectories(content);
        Files.writeString(content.resolve("handbook.yml"), "title: Synthetic Handbook\norganisation: Test Group\nlanguage: en-GB\n");
        Files.writeString(content.resolve("index.md"), "# Synthetic Handbook\n\nA handbook made up for measuring search.\n");
        Files.writeString(content.resolve("glossary.md"), "---\nkind: glossary\n---\n# Glossary\n\n"
                + "Gŵyl\n: A festival the groups hold each summer.\n  Also: gwyliau\n\n"
                + "Café\n: The room where a group meets over tea.\n\n"
                + "Check-in\n: The round at the start of a session where each person says how they are.\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(content.resolve("policies"));
        Files.writeString(content.resolve("policies/rare-plants.md"), "---\nkind: policy\n---\n# Rare plants\n\n"
                + words(60, true) + ".\n\n## Where it grows\n\nThe " + UNIQUE + " is kept in the garden. " + words(80, true) + ".\n");
        for (int p = 0; p < pages; p++) {
            String folder = String.format("part-%03d", p / 100);
            Path file = content.resolve(folder).resolve(String.format("page-%05d.md", p));
            Files.createDirectories(file.getParent());
            StringBuilder md = new StringBuilder("# ").append(words(3, true)).append("\n\n");
            int written = 0;
            int section = 0;
            while (written < 800) {
                if (written > 0 && random.nextInt(3) == 0) {
                    md.append("## ").append(words(2 + random.nextInt(3), true)).append(" ").append(++section).append("\n\n");
                }
                int n = 40 + random.nextInt(60);
                md.append(words(n, true)).append(". ");
                if (p % 50 == 0) {
                    md.append("We meet at the café for Gŵyl. ");
                }
                md.append("\n\n");
                written += n;
            }
            Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        }
    }
}
