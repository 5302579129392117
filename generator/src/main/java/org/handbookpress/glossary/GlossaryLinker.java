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

    private final Glossary glossary;
    private final TermLinker linker;
    private final Map<String, BitSet> usage = new ConcurrentHashMap<>();

    public GlossaryLinker(Glossary glossary) {
        this.glossary = glossary;
        this.linker = new TermLinker(glossary);
    }

    @Override
    public void apply(PageHtml html) {
        Page page = html.page();
        if (glossary.isEmpty() || page.kind() == Kind.GLOSSARY || !page.meta().glossary()) {
            return;
        }
        Set<Integer> titleTerms = new HashSet<>();
        for (TermMatcher.Match match : glossary.matcher().findAll(page.title())) {
            if (match.value() != Glossary.NAME) {
                titleTerms.add(match.value());
            }
        }
        usage.put(page.path(), linker.link(html.content(), page.url(), titleTerms, new BitSet()));
    }

    /** The entries (indexes into {@link Glossary#entries()}) the page at {@code path} uses: a copy, empty when none. */
    public BitSet usedBy(String path) {
        BitSet used = usage.get(path);
        return used == null ? new BitSet() : (BitSet) used.clone();
    }
}
