package org.handbookpress.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;

/**
 * A rendered {@code .html} committed beside its {@code .md} (Pandoc and Quarto folders keep both): the
 * page is published at that address, so the old rendering is left out, with one warning naming both.
 * When the rendering is a reveal.js deck and the page does not say what it is, the page becomes a
 * deck, split at headings by Pandoc's rule (see {@link #pandocSlideLevel}).
 */
final class RenderedBeside {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+|$)");

    private RenderedBeside() {
    }

    /** Removes such files from {@code assets}; returns the pages, decks made decks. */
    static List<Page> apply(Path contentDir, List<Page> pages, List<String> assets, Findings findings) {
        Map<String, Integer> byHtml = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            byHtml.put(pages.get(i).url().toLowerCase(Locale.ROOT), i);
        }
        List<Page> out = new ArrayList<>(pages);
        for (String asset : new ArrayList<>(assets)) {
            Integer index = byHtml.get(asset.toLowerCase(Locale.ROOT));
            if (index == null || !asset.toLowerCase(Locale.ROOT).endsWith(".html")) {
                continue;
            }
            Page page = out.get(index);
            assets.remove(asset);
            boolean deck = isRevealDeck(contentDir.resolve(asset)) && page.kind() == Kind.PAGE && !page.meta().lines().containsKey("kind");
            findings.warning(asset, 0, "page.html-beside", "left out: the page " + page.path() + " is published at this address"
                            + (deck ? "; it was a reveal.js deck, so " + page.path() + " is built as slides" : ""),
                    "delete " + asset + " (it is an old rendering of " + page.path() + "), or rename one of them to keep both");
            if (deck) {
                Integer level = page.meta().slideLevel() != null ? page.meta().slideLevel() : pandocSlideLevel(page.markdown());
                out.set(index, page.withMeta(page.meta().asDeck(level)));
            }
        }
        return out;
    }

    private static boolean isRevealDeck(Path html) {
        try {
            byte[] bytes = Files.readAllBytes(html);
            String head = new String(bytes, 0, Math.min(bytes.length, 200_000), StandardCharsets.UTF_8);
            return head.contains("class=\"reveal\"") || head.contains("reveal.js") || head.contains("reveal.css");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Pandoc's default slide level: the highest heading level followed directly by content other
     * than a heading somewhere in the deck; null when no heading is (the deck splits at {@code ---} only).
     */
    static Integer pandocSlideLevel(String markdown) {
        String[] lines = markdown.split("\n", -1);
        Integer level = null;
        CodeFences fences = new CodeFences();
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i])) {
                continue;
            }
            Matcher m = HEADING.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            int j = i + 1;
            while (j < lines.length && lines[j].isBlank()) {
                j++;
            }
            if (j < lines.length && !HEADING.matcher(lines[j]).find()) {
                int here = m.group(1).length();
                level = level == null ? here : Math.min(level, here);
            }
        }
        return level;
    }
}
