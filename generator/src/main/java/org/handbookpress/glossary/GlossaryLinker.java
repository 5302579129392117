package org.handbookpress.glossary;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;

/**
 * The pass that links, on every page but the glossary itself, the first use of each term (or of one
 * of its other forms) to its glossary entry, and remembers which page uses which term for the
 * glossary's "Used in" lists. Skipped: pages with {@code glossary: false} in their front matter, and on
 * each page the terms its own title names (a page about safeguarding does not send its readers to the
 * glossary's line on safeguarding). Safe to run on different pages from different threads.
 */
public final class GlossaryLinker implements HtmlPass {

    private final Glossaries glossaries;
    private final Map<Glossary, TermLinker> linkers = new java.util.IdentityHashMap<>();
    private final Map<String, BitSet> usage = new ConcurrentHashMap<>();

    public GlossaryLinker(Glossary glossary) {
        this(Glossaries.of(glossary));
    }

    /** Links each page's terms to its glossary: its folder of translations' ({@code cy/glossary.md}), else the handbook's. */
    public GlossaryLinker(Glossaries glossaries) {
        this.glossaries = glossaries;
        glossaries.all().forEach(g -> linkers.put(g, new TermLinker(g)));
    }

    /** Whether a folder of translations has a glossary of its own, besides the handbook's. */
    public boolean severalGlossaries() {
        return glossaries.all().size() > 1;
    }

    /** The glossary whose terms the page at {@code path} links (its entries are what {@link #usedBy} counts). */
    public Glossary glossaryOf(String path) {
        return glossaries.of(path);
    }

    @Override
    public void apply(PageHtml html) {
        Page page = html.page();
        Glossary glossary = glossaries.of(page.path());
        if (glossary.isEmpty() || page.kind() == Kind.GLOSSARY || !page.meta().glossary()) {
            return;
        }
        Set<Integer> titleTerms = new HashSet<>();
        for (TermMatcher.Match match : glossary.matcher().findAll(page.title())) {
            if (match.value() != Glossary.NAME) {
                titleTerms.add(match.value());
            }
        }
        usage.put(page.path(), linkers.get(glossary).link(html.content(), page.url(), titleTerms, new BitSet()));
    }

    /** The entries (indexes into {@link Glossary#entries()}) the page at {@code path} uses: a copy, empty when none. */
    public BitSet usedBy(String path) {
        BitSet used = usage.get(path);
        return used == null ? new BitSet() : (BitSet) used.clone();
    }
}
