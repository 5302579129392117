package org.handbookpress.labels;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One file of labels, {@code key = text} a line, as read: its texts and the line of each, for findings.
 *
 * @param source the file as a finding names it ({@code templates/labels/cy.properties})
 */
record Catalogue(String source, Map<String, String> texts, Map<String, Integer> lines) {

    /**
     * Reads {@code key = text} lines; {@code #} starts a comment line. A line without {@code =} is returned in
     * {@code malformed} by its number. The file is UTF-8 (a {@code .properties} file's old Latin-1 and its
     * {@code \u00e9} escapes are what translators trip over); a backslash ends a line only as {@code \n} in the text.
     */
    static Catalogue parse(String source, String text, Map<Integer, String> malformed) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] all = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                malformed.put(i + 1, line);
                continue;
            }
            String key = line.substring(0, eq).strip();
            texts.put(key, line.substring(eq + 1).strip().replace("\\n", "\n"));
            lines.put(key, i + 1);
        }
        return new Catalogue(source, Map.copyOf(texts), Map.copyOf(lines));
    }
}
