package org.handbookpress.glossary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.content.Page;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.render.SiteRenderer;
import org.handbookpress.text.ArabicLetters;
import org.handbookpress.text.ListComma;
import org.jsoup.nodes.Element;

/**
 * Rewrites the glossary page once every other page is linked: the author's definition lists become an
 * A–Z jump list and the entries in alphabetical order, each with its anchor, its definition (with the
 * terms it uses linked to their own entries), its other forms and the pages that use it. The result is
 * plain page content, so any layout and the PDF packs show the same glossary. Warns about terms no page uses.
 */
public final class GlossaryPage {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /**
     * A term used on more pages than this lists the first {@link #USED_IN_SHOWN} in reading order and sends the
     * reader to the search for the rest: listed whole, a common term of a handbook of 10,000 pages put 10,000
     * links on the glossary page, and thirty such terms made it tens of megabytes, on a page read on phones.
     */
    static final int USED_IN_LISTED_UP_TO = 12;
    static final int USED_IN_SHOWN = 10;

    private final Glossary glossary;
    private final Findings findings;
    private final Labels words;
    /** The search page the "and N more pages" link leads to. */
    private final String searchPage;

    /** @param labels the words of the page's own ("Used in:", "Also:"), taken in the glossary page's language */
    public GlossaryPage(Glossary glossary, Findings findings, PageLabels labels) {
        this.glossary = glossary;
        this.findings = findings;
        this.words = glossary.page().map(page -> labels.of(page.path())).orElse(labels.handbook());
        // A folder of translations' glossary (cy/glossary.md) searches its folder's search page, in its language.
        String path = glossary.page().map(Page::path).orElse("");
        boolean translated = path.indexOf('/') > 0 && !words.locale().getLanguage().equals(labels.handbook().locale().getLanguage());
        this.searchPage = translated ? path.substring(0, path.indexOf('/') + 1) + SiteRenderer.SEARCH : SiteRenderer.SEARCH;
    }

    /**
     * @param pages every page in reading order, the glossary page among them
     * @return the URLs of every page using each term, in reading order, by the term's entry id: the page lists only the
     *         first few, and a printed pack's glossary lists those of its own parts (PrintLinks)
     */
    public Map<String, List<String>> write(List<PageHtml> pages, GlossaryLinker usage) {
        Page page = glossary.page().orElse(null);
        PageHtml html = pages.stream().filter(p -> p.page() == page).findFirst().orElse(null);
        if (html == null || glossary.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> usersById = new HashMap<>();
        List<Element> lists = TermAnchors.lists(html.content());
        Element block = new Element("div").addClass("glossary");
        block.appendChild(jumpList());
        List<List<Page>> usersOf = usersOf(pages, usage);
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<GlossaryEntry> repeated = new java.util.HashSet<>();
        for (GlossaryEntry entry : glossary.entries()) {
            if (!keys.add(TermMatcher.key(entry.term()))) {
                repeated.add(entry);
            }
        }
        int index = 0;
        for (Glossary.LetterGroup group : glossary.byLetter()) {
            block.appendElement("h2").id(group.id()).addClass("glossary-letter").text(group.letter());
            Element dl = block.appendElement("dl").addClass("glossary-entries");
            for (GlossaryEntry entry : group.entries()) {
                List<Page> users = usersOf.get(index);
                usersById.putIfAbsent(entry.id(), users.stream().map(Page::url).toList());
                // Made anew, the entry is given its source line again, for findings about it (a character no PDF font has).
                String line = String.valueOf(entry.line());
                dl.appendElement("dt").id(entry.id()).text(entry.term()).attr(MarkdownConverter.LINE, line);
                Element dd = dl.appendElement("dd").attr(MarkdownConverter.LINE, line);
                // Its words are not linked to the other entries: nothing is, on the glossary page (the format's contract).
                dd.appendElement("div").addClass("glossary-definition").html(entry.definitionHtml());
                if (!entry.forms().isEmpty()) {
                    dd.appendElement("p").addClass("glossary-forms").text(words.format("glossary.also", Map.of("forms", ListComma.join(new LinkedHashSet<>(entry.forms()), words.locale()))));
                }
                if (!users.isEmpty()) {
                    Element used = dd.appendElement("div").addClass("glossary-used-in");
                    used.appendElement("span").addClass("glossary-used-in-label").text(words.text("glossary.used-in"));
                    Element list = used.appendElement("ul");
                    int shown = users.size() <= USED_IN_LISTED_UP_TO ? users.size() : USED_IN_SHOWN;
                    for (Page user : users.subList(0, shown)) {
                        list.appendElement("li").appendElement("a").attr("href", RelativeUrl.between(page.url(), user.url())).text(user.title());
                    }
                    if (shown < users.size()) {
                        used.appendText(" ");
                        used.appendElement("a").addClass("glossary-used-in-more")
                                .attr("href", RelativeUrl.between(page.url(), searchPage) + "?q="
                                        + URLEncoder.encode(entry.term(), StandardCharsets.UTF_8).replace("+", "%20"))
                                .text(words.format("glossary.more", Map.of("count", users.size() - shown, "term", entry.term())));
                    }
                } else if (!repeated.contains(entry)) {
                    // A term defined twice: its pages are its first entry's, and glossary.duplicate has said so.
                    findings.warning(page.path(), entry.line(), "glossary.unused",
                            "no page uses the term '" + entry.term() + "'"
                                    + (entry.forms().isEmpty() ? "" : " or its other forms (" + String.join(", ", entry.forms()) + ")"),
                            "use it on a page, add the form the pages use to its 'Also:' line, or remove the entry");
                }
                index++;
            }
        }
        if (lists.isEmpty()) {
            html.content().appendChild(block);
        } else {
            lists.get(0).before(block);
            lists.forEach(Element::remove);
        }
        return Map.copyOf(usersById);
    }

    /** For each entry, the pages that use it, in reading order: one pass over the pages, not one per entry. */
    private List<List<Page>> usersOf(List<PageHtml> pages, GlossaryLinker usage) {
        List<List<Page>> users = new ArrayList<>();
        glossary.entries().forEach(entry -> users.add(new ArrayList<>()));
        for (PageHtml html : pages) {
            if (usage.glossaryOf(html.page().path()) != glossary) {
                continue; // a page of another language, which links its own glossary's terms
            }
            BitSet used = usage.usedBy(html.page().path());
            used.stream().forEach(entry -> users.get(entry).add(html.page()));
        }
        return users;
    }

    /**
     * Every letter of the terms' alphabet (those without terms as plain text), and any other initials the terms use, in the
     * order of their groups on the page. The
     * alphabet is that of most of the terms' initials: A–Z for Latin ones, the 28 letters of Arabic for Arabic ones;
     * terms mostly of another script list only the initials they use (an Arabic glossary showed 26 empty Latin letters).
     */
    private Element jumpList() {
        List<Glossary.LetterGroup> groups = glossary.byLetter();
        Element nav = new Element("nav").addClass("glossary-az").attr("aria-label", words.text("glossary.az"));
        Element ul = nav.appendElement("ul");
        List<String> letters = new ArrayList<>();
        String alphabet = alphabet(groups, words.locale());
        List<String> ownLatin = alphabet.equals(ALPHABET) ? latinIndexLetters(words.locale()) : List.of();
        if (!ownLatin.isEmpty()) {
            letters.addAll(ownLatin); // Welsh's A B C Ch D Dd …, Polish's Ą Ć Ę Ł … in their places
        } else {
            alphabet.codePoints().forEach(c -> letters.add(new String(Character.toChars(c))));
        }
        // Other initials where their groups are on the page: "#" before A when the terms sort numbers first (18F's 2FA,
        // 10X), as the headings below and the page's contents have it; else after the alphabet.
        List<String> initials = groups.stream().map(Glossary.LetterGroup::letter).toList();
        for (int i = initials.size() - 1; i >= 0; i--) {
            if (!letters.contains(initials.get(i))) {
                int before = initials.subList(i + 1, initials.size()).stream().filter(letters::contains).findFirst()
                        .map(letters::indexOf).orElse(letters.size());
                letters.add(before, initials.get(i));
            }
        }
        for (String letter : letters) {
            Element li = ul.appendElement("li");
            boolean present = groups.stream().anyMatch(g -> g.letter().equals(letter));
            if (present) {
                li.appendElement("a").attr("href", "#" + Glossary.letterId(letter)).text(letter);
            } else {
                li.appendElement("span").addClass("glossary-az-empty").text(letter);
            }
        }
        return nav;
    }

    /**
     * The alphabet of most of the entries' initials: Latin unless Arabic or another script has more entries, and for
     * another script the language's own alphabet when it is written in it (Ukrainian's 32 initial letters, А to Я with
     * Ґ, Є, І, Ї in their places, from CLDR's index characters), else only the initials used.
     */
    static String alphabet(List<Glossary.LetterGroup> groups, java.util.Locale language) {
        String alphabet = alphabet(groups);
        if (!alphabet.isEmpty() || groups.isEmpty()) {
            return alphabet;
        }
        Character.UnicodeScript most = null;
        int mostEntries = 0;
        Map<Character.UnicodeScript, Integer> byScript = new HashMap<>();
        for (Glossary.LetterGroup group : groups) {
            int first = group.letter().codePointAt(0);
            if (Character.isLetter(first)) {
                int n = byScript.merge(Character.UnicodeScript.of(first), group.entries().size(), Integer::sum);
                if (n > mostEntries) {
                    most = Character.UnicodeScript.of(first);
                    mostEntries = n;
                }
            }
        }
        return most == null ? "" : ownAlphabet(language, most);
    }

    /**
     * The language's index letters (CLDR) when it writes in Latin letters and has its own (Welsh's Ch, Dd, Ll; Polish's
     * Ł); empty for A–Z itself (English, German), which the bar then lists as it always has.
     */
    static List<String> latinIndexLetters(java.util.Locale language) {
        List<String> index = Glossary.indexLetters(language);
        boolean latin = !index.isEmpty() && index.stream().allMatch(l -> l.codePoints().allMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN));
        return !latin || String.join("", index).equals(ALPHABET) ? List.of() : index;
    }

    /** The language's index letters (CLDR), when each is one letter of {@code script}; else "". */
    static String ownAlphabet(java.util.Locale language, Character.UnicodeScript script) {
        StringBuilder out = new StringBuilder();
        for (String label : Glossary.indexLetters(language)) {
            if (label.codePointCount(0, label.length()) != 1 || Character.UnicodeScript.of(label.codePointAt(0)) != script) {
                return "";
            }
            out.append(label);
        }
        return out.toString();
    }

    /** The alphabet of most of the entries' initials: Latin unless Arabic or another script has more entries. */
    static String alphabet(List<Glossary.LetterGroup> groups) {
        int latin = 0;
        int arabic = 0;
        int other = 0;
        for (Glossary.LetterGroup group : groups) {
            int first = group.letter().codePointAt(0);
            int entries = group.entries().size();
            if (!Character.isLetter(first)) {
                continue; // "#": of no script
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(first);
            if (script == Character.UnicodeScript.LATIN) {
                latin += entries;
            } else if (script == Character.UnicodeScript.ARABIC) {
                arabic += entries;
            } else {
                other += entries;
            }
        }
        if (latin >= arabic && latin >= other) {
            return ALPHABET;
        }
        return arabic >= other ? ArabicLetters.ALPHABET : "";
    }
}
