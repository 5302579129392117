package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * The glossary of a Sphinx or Jupyter Book folder: the page that defines its terms in MyST's {@code ```{glossary}}
 * directives (The Turing Way's {@code afterword/glossary.md}, a block of terms under each letter), which {@code {term}}
 * roles elsewhere refer to. When no page says {@code kind: glossary}, that page is the handbook's glossary, so its terms
 * are linked and explained where the pages use them, as the format's own glossary's are. A page that says another kind,
 * or several such pages, are left as they are but for the first: one named {@code glossary}, else the first in
 * reading order.
 */
final class MystGlossaryPage {

    private static final Pattern DIRECTIVE = Pattern.compile("^[ ]{0,3}(?:`{3,}|~{3,}|:{3,})\\{glossary\\}");

    private MystGlossaryPage() {
    }

    /** The pages, in their order, with the glossary's page made of kind glossary when the handbook has none. */
    static List<Page> apply(List<Page> pages) {
        if (pages.stream().anyMatch(p -> p.kind() == Kind.GLOSSARY)) {
            return pages;
        }
        Page chosen = null;
        for (Page page : pages) {
            if (page.kind() == Kind.PAGE && !page.meta().lines().containsKey("kind") && definesTerms(page.markdown())
                    && (chosen == null || !isNamedGlossary(chosen) && isNamedGlossary(page))) {
                chosen = page;
            }
        }
        if (chosen == null) {
            return pages;
        }
        List<Page> out = new ArrayList<>(pages);
        out.set(out.indexOf(chosen), asGlossary(chosen));
        return out;
    }

    /** The page, made the handbook's glossary. */
    static Page asGlossary(Page page) {
        return new Page(page.path(), page.url(), page.file(), page.meta().withKind(Kind.GLOSSARY), page.title(), page.markdown(),
                page.bodyLine());
    }

    /** Whether the page's file is named glossary, in any folder. */
    static boolean isNamedGlossary(Page page) {
        String stem = Page.stem(page.path()).toLowerCase(java.util.Locale.ROOT); // GLOSSARY.md too, as READMEs' neighbours are named
        return stem.equals("glossary") || stem.endsWith("/glossary");
    }

    /** Whether the Markdown opens a glossary directive outside code (an example of one, in a code block, is none). */
    static boolean definesTerms(String markdown) {
        return QuickScan.contains(markdown, "{glossary}") && CodeFences.foundOutsideCode(markdown, DIRECTIVE);
    }
}
