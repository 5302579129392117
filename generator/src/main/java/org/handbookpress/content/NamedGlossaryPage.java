package org.handbookpress.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The glossary of a folder migrated from another tool: a page named {@code glossary} ({@code glossary.md},
 * {@code resources/glossary.md}) written as a list of terms, in any of the three ways the glossary reads one: a
 * definition list ({@code Term} then {@code : what it means}), bold terms ({@code - **Term**: what it means}, in a list or
 * as paragraphs) or a heading
 * for each term with its text under it ({@code #### Term}). Other tools have no kind of page for a glossary, so such a
 * page never says {@code kind: glossary}; when no page of the handbook says it, that page is the handbook's glossary, so
 * its terms are linked and explained where the pages use them (Raid Guild's and NHS England's RAP handbooks: their
 * glossaries' terms were linked nowhere). A page so named written as prose stays a page, as does any page whose front
 * matter gives its kind. Of several, the one nearest the top is chosen, then the first in reading order: a handbook has
 * one glossary in its own language, and one in each folder of translations.
 */
final class NamedGlossaryPage {

    private static final Pattern DEFINITION = Pattern.compile("^[ ]{0,3}:[ \\t]+\\S");
    private static final Pattern BOLD_TERM = Pattern.compile("^[ ]{0,3}(?:[-*+][ \\t]+)?(?:\\*\\*|__)[^*_\\n]+?(?::(?:\\*\\*|__)|(?:\\*\\*|__)[ \\t]*(?::|[-\u2013\u2014][ \\t]))");
    private static final Pattern HEADING = Pattern.compile("^[ ]{0,3}(#{2,6})[ \\t]+\\S");

    private NamedGlossaryPage() {
    }

    /**
     * The pages, in their order, with the named glossary page made of kind glossary when the handbook has none; and, in
     * each folder of translations ({@code languages}, asked only when a page is named so), its own named glossary page
     * when the folder has none, as the glossary reads one per folder of translations (glossary/Glossaries): a Welsh
     * {@code cy/glossary.md} without {@code kind:} beside a {@code glossary.md} that says {@code kind: glossary} was a
     * plain page, and the Welsh pages linked the English terms.
     */
    static List<Page> apply(List<Page> pages, Supplier<LanguageFolders> languages) {
        List<Page> named = pages.stream().filter(page -> page.kind() == Kind.PAGE && !page.meta().lines().containsKey("kind")
                && MystGlossaryPage.isNamedGlossary(page)).toList();
        if (named.isEmpty()) {
            return pages;
        }
        LanguageFolders folders = named.stream().anyMatch(page -> page.path().contains("/")) ? languages.get() : LanguageFolders.NONE;
        Set<String> declared = new HashSet<>(); // the scopes, "" or a folder of translations, whose glossary a page declares
        pages.stream().filter(p -> p.kind() == Kind.GLOSSARY).forEach(p -> declared.add(scope(p, folders)));
        Map<String, Page> chosen = new LinkedHashMap<>();
        for (Page page : named) {
            String scope = scope(page, folders);
            Page before = chosen.get(scope);
            if (!declared.contains(scope) && (before == null || depth(page) < depth(before)) && readsAsTerms(page.markdown())) {
                chosen.put(scope, page);
            }
        }
        if (chosen.isEmpty()) {
            return pages;
        }
        List<Page> out = new ArrayList<>(pages);
        chosen.values().forEach(page -> out.set(out.indexOf(page), MystGlossaryPage.asGlossary(page)));
        return out;
    }

    /** The folder of translations the page is in ({@code cy}), whose glossary it may be; "" for the handbook's own. */
    private static String scope(Page page, LanguageFolders folders) {
        return folders.languageOf(page.path()) == null ? "" : page.path().substring(0, page.path().indexOf('/'));
    }

    private static int depth(Page page) {
        return (int) page.path().chars().filter(c -> c == '/').count();
    }

    /**
     * Whether the Markdown, outside code, is written as terms as the glossary reads them (glossary/GlossaryReader,
     * BoldTermLists, HeadingTerms): a definition's line after its term's; two bold terms opening list items or lines; or two
     * headings of one level, every heading of that level followed by its text rather than by another heading.
     */
    static boolean readsAsTerms(String markdown) {
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        int boldTerms = 0;
        Map<Integer, int[]> headings = new HashMap<>(); // level -> {headings, those followed by text}
        String previous = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fences.inCode(line)) {
                previous = "";
                continue;
            }
            if (DEFINITION.matcher(line).find() && !previous.isBlank()) {
                return true;
            }
            if (BOLD_TERM.matcher(line).find() && ++boldTerms >= 2) {
                return true;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.find()) {
                int[] counts = headings.computeIfAbsent(heading.group(1).length(), level -> new int[2]);
                counts[0]++;
                counts[1] += followedByText(lines, i) ? 1 : 0;
            }
            previous = line;
        }
        return headings.values().stream().anyMatch(counts -> counts[0] >= 2 && counts[1] == counts[0]);
    }

    /** Whether the first line with anything on it after line {@code i} is text, not another heading. */
    private static boolean followedByText(String[] lines, int i) {
        for (int j = i + 1; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                return !lines[j].stripLeading().startsWith("#");
            }
        }
        return false;
    }
}
