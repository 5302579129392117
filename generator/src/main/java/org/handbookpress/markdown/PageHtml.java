package org.handbookpress.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.Page;
import org.handbookpress.text.QuickScan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A page on its way through the HTML passes: the page, its content as a Jsoup tree, and what the
 * passes learned that the layout needs (an agenda, a chapter number…). One thread at a time owns it.
 *
 * <p>Between its passes the build {@linkplain #freeze() freezes} it: the tree, many times the size of its
 * text, is dropped and only the HTML text kept, so that only the pages being worked on have a tree and a
 * handbook of 10,000 pages fits in memory. A frozen page's {@link #content()} is a fresh tree made from
 * that text, to read, on any thread; {@link #thaw()} makes it a tree again for passes that change it.
 */
public final class PageHtml {
    /** Every heading, parsed once for the passes that walk them. */
    public static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    /** 1 to 6 for h1 to h6, 0 for any other element: the one test of "is a heading" for every pass. */
    public static int headingLevel(Element element) {
        String tag = element.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6' ? tag.charAt(1) - '0' : 0;
    }

    /**
     * A heading's text as other tools make its id from it: without words the build wrote for a component
     * ({@link MarkdownConverter#WORDS}); for the element that keeps the page's title heading's id, that heading's.
     */
    public static String headingText(Element heading) {
        if (heading.hasAttr(MarkdownConverter.HEADING)) {
            return heading.attr(MarkdownConverter.HEADING);
        }
        if (heading.selectFirst("[" + MarkdownConverter.WORDS + "]") == null) {
            return heading.text();
        }
        Element copy = heading.clone();
        copy.select("[" + MarkdownConverter.WORDS + "]").remove();
        return copy.text();
    }

    /** A list item's own words, without those of the lists nested in it (a task's sub-tasks, an agenda item's parts). */
    public static String ownText(Element item) {
        Element copy = item.clone();
        copy.select("ul, ol").remove();
        return copy.text();
    }

    private final Page page;
    private Document document;
    /** The HTML the page was made from, kept while its tree is first worked on, for {@link #freezeBefore}. */
    private String source;
    /** Passes to run again when a page frozen before them ({@link #freezeBefore}) is read or thawed; null once run. */
    private List<HtmlPass> replay;
    /** The content's HTML once frozen; null before, and after {@link #release()} (then the tree is null too). */
    private String frozen;
    private final Map<String, Object> model = new LinkedHashMap<>();
    /** Whether the page's Markdown shows another file's text ({@link Includes#asks}); null until asked. */
    private Boolean asksIncludes;

    public PageHtml(Page page, String html) {
        this.page = page;
        this.source = html;
        this.document = parse(html);
    }

    private static Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }

    public Page page() {
        return page;
    }

    /**
     * Whether the page's text may hold {@code text}, for passes that skip the pages that cannot: its own Markdown
     * holds it, or the page shows another file's text ({@link Includes}), which is not in its Markdown.
     */
    public boolean mayHold(String text) {
        return mayHold(markdown -> QuickScan.contains(markdown, text));
    }

    /** As {@link #mayHold(String)}, for what {@code found} finds in the page's Markdown. */
    public boolean mayHold(java.util.function.Predicate<String> found) {
        if (found.test(page.markdown())) {
            return true;
        }
        if (asksIncludes == null) { // looked for once: each of a dozen passes asked again, over the whole page, for most pages
            asksIncludes = Includes.asks(page.markdown());
        }
        return asksIncludes;
    }

    /** The content element (the fragment's body); passes change it in place. Once frozen, a copy to read. */
    public Element content() {
        if (document != null) {
            return document.body();
        }
        if (replay != null) {
            PageHtml copy = new PageHtml(page, frozenHtml());
            replay.forEach(pass -> pass.apply(copy));
            return copy.document.body();
        }
        return parse(frozenHtml()).body();
    }

    /** Makes a frozen page's content a tree again, for passes that change it; freeze it again when they are done. */
    public void thaw() {
        if (document == null) {
            document = parse(frozenHtml());
            frozen = null;
            if (replay != null) {
                List<HtmlPass> passes = replay;
                replay = null;
                passes.forEach(pass -> pass.apply(this));
            }
        }
    }

    /** Keeps the content as HTML text only, until {@link #thaw()}; a pass cannot change it meanwhile. */
    public void freeze() {
        if (document != null) {
            frozen = html();
            document = null;
        }
        source = null;
    }

    /**
     * Freezes the page as the HTML it was made from, to go through {@code passes} again when it is read or thawed:
     * for a page whose tree is that HTML after exactly those passes and others that changed nothing. Parsing it and
     * running them again costs less than writing the tree out as HTML, which was a third of a 10,000-page build's
     * Markdown stage; the passes must give the same tree each time, and report nothing the second time.
     */
    public void freezeBefore(List<HtmlPass> passes) {
        if (document == null || source == null) {
            throw new IllegalStateException(page.path() + ": only a page still holding the tree first made of its HTML can be frozen before its passes");
        }
        frozen = source;
        replay = List.copyOf(passes);
        document = null;
        source = null;
    }

    /** Whether the page is frozen (or released): its HTML is then text, and {@link #content()} a copy. */
    public boolean isFrozen() {
        return document == null;
    }

    /** Extra values for the page's layout, by name; a pass adds what it computed. */
    public Map<String, Object> model() {
        return model;
    }

    public String html() {
        if (document != null) {
            return document.body().html();
        }
        return replay != null ? content().html() : frozenHtml();
    }

    /**
     * Keeps nothing of the content, once the page is written and nothing reads it again: at 10,000 pages the
     * pages' HTML is a third of what the build holds, and the stages after the layouts need only the files.
     */
    public void release() {
        document = null;
        frozen = null;
        source = null;
        replay = null;
    }

    /** Called only with no tree: a page is then frozen, or released. */
    private String frozenHtml() {
        if (frozen == null) {
            throw new IllegalStateException(page.path() + ": its HTML was released once the page was written");
        }
        return frozen;
    }
}
