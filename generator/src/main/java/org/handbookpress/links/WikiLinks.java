package org.handbookpress.links;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.content.WikiNames;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;

/**
 * Wiki links, {@code [[Title]]}, as the handbook format and Obsidian write them: by title, alias, path or file name, to
 * a heading ({@code #Heading}, a path of them, as written or without its punctuation) or a block ({@code #^id}), to a
 * file ({@code [[consent.pdf]]}) or showing a picture ({@code ![[chairs.png|300]]}), with a label after the bar. Part
 * of {@link LinkRewriter}, which hands it every link Flexmark read as a wiki link.
 */
final class WikiLinks {

    private final PageIndex index;
    private final Findings findings;
    private final LinkRewriter.Missing missing;

    WikiLinks(PageIndex index, Findings findings, LinkRewriter.Missing missing) {
        this.index = index;
        this.findings = findings;
        this.missing = missing;
    }

    /** Obsidian's size after the bar: {@code ![[chairs.png|300]]} or {@code |300x200}. */
    private static final Pattern SIZE = Pattern.compile("(\\d{1,4})(?:x(\\d{1,4}))?");

    /**
     * Words after a picture's bar that place it rather than describe it, as Obsidian vaults' style sheets read them
     * ({@code img[alt~="center"]}): not its alt text.
     */
    private static final Pattern PLACEMENT = Pattern.compile("(?i)center|centre|left|right|inline");

    /** A destination in brackets straight after a wiki link: {@code [[1]](notes.md#one)}, a citation. */
    private static final Pattern DESTINATION_AFTER = Pattern.compile("^\\(([^()\\s]+)\\)");

    /**
     * Whether the "wiki link" is CommonMark's link whose text is in brackets, {@code [[1]](notes.md#one)}, as MkDocs'
     * release notes cite: then it becomes that link (text "[1]"), and the destination is taken from the text after it.
     */
    static boolean bracketedLinkText(Element link) {
        if (!(link.nextSibling() instanceof org.jsoup.nodes.TextNode after)) {
            return false;
        }
        Matcher m = DESTINATION_AFTER.matcher(after.getWholeText());
        if (m.find()) {
            after.text(after.getWholeText().substring(m.end()));
            link.removeAttr(MarkdownConverter.WIKI).attr("href", m.group(1)).text("[" + link.text() + "]");
            return true;
        }
        // A web address there was made a link of its own by the autolinks, [[here]](https://example.org/x) read as
        // "[[here]]", "(", <a>https://example.org/x</a>, ")…" (Kubernetes' community meeting notes).
        if (after.getWholeText().equals("(") && after.nextSibling() instanceof Element address && address.normalName().equals("a")
                && !address.attr("href").isEmpty() && address.nextSibling() instanceof org.jsoup.nodes.TextNode rest
                && rest.getWholeText().startsWith(")")) {
            link.removeAttr(MarkdownConverter.WIKI).attr("href", address.attr("href")).text("[" + link.text() + "]");
            after.remove();
            address.remove();
            rest.text(rest.getWholeText().substring(1));
            return true;
        }
        return false;
    }

    /**
     * The link, from the page, to the glossary entry of the term a wiki link names ({@code [[Player voice]]}, written
     * as Obsidian's users link a note, for the term "Player voice"): {@code ../glossary.md#term-player-voice}. Its
     * letters and digits are compared with the entries' anchors' ({@code term-} and the term's, see the glossary's
     * TermSlug), which this package cannot use.
     */
    private Optional<String> glossaryEntry(Page page, String name) {
        for (Page glossary : glossaries()) {
            Optional<String> id = termAnchor(glossary, name);
            if (id.isPresent()) {
                return Optional.of(RelativeUrl.between(page.path(), glossary.path()) + "#" + id.get());
            }
        }
        return Optional.empty();
    }

    /** The anchor of the glossary's entry for a term ({@code term-quarantine-shelf} for "Quarantine shelf"), by its letters and digits. */
    private Optional<String> termAnchor(Page glossary, String term) {
        String wanted = lettersOf(term);
        return wanted.isEmpty() ? Optional.empty() : index.anchorsOf(glossary.path()).stream()
                .filter(a -> a.startsWith(TERM) && lettersOf(a.substring(TERM.length())).equals(wanted)).sorted().findFirst();
    }

    private List<Page> glossaries;

    /** The glossary pages, found at the first wiki link that names no page (a migrated wiki may have thousands). */
    private synchronized List<Page> glossaries() {
        if (glossaries == null) {
            glossaries = index.pages().stream().filter(p -> p.kind() == Kind.GLOSSARY).toList();
        }
        return glossaries;
    }

    /** The prefix of a glossary entry's anchor. */
    private static final String TERM = "term-";

    private static String lettersOf(String text) {
        StringBuilder out = new StringBuilder();
        text.toLowerCase(java.util.Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Points a wiki link at the page, heading, block or file it names, or reports it and unlinks it. */
    void rewrite(Page page, Element link) {
        String raw = firstPart(link);
        int hash = raw.indexOf('#');
        String target = hash < 0 ? raw : raw.substring(0, hash);
        String heading = hash < 0 ? null : raw.substring(hash + 1);
        // Obsidian's path of headings, [[Settings#General#Account]], ends at the one linked to.
        if (heading != null && !heading.startsWith("^") && heading.contains("#")) {
            heading = heading.substring(heading.lastIndexOf('#') + 1);
        }
        int line = SourceLines.of(link);
        boolean embed = embedded(link);
        if (LinkRewriter.EXTENSION.matcher(target).find() && !Page.isPageFile(target)) {
            Optional<String> file = index.wikiAsset(target, page.folder());
            if (file.isPresent()) {
                // After a picture's name, #icon is a hint to Obsidian Publish's style sheet; after a PDF's, #page=3 is kept.
                linkFile(page, link, raw, file.get(), LinkRewriter.PICTURE.matcher(file.get()).find() ? null : heading, embed);
                return;
            }
        }
        Optional<WikiNames.Found> match = target.isBlank() ? Optional.of(new WikiNames.Found(page, List.of()))
                : index.byWikiTarget(target, page.folder());
        boolean wordsFirst = false;
        if (match.isEmpty() && !link.text().isBlank() && !link.text().equals(raw) && !link.text().equals(target)) {
            // GitHub's wikis write the words first, [[How we meet|Meetings]]: when the first part names no page and the
            // second does, the second is the page and the first its words.
            Optional<WikiNames.Found> named = index.byWikiTarget(link.text(), page.folder());
            if (named.isPresent()) {
                link.text(target);
                match = named;
                heading = null;
                wordsFirst = true;
            }
        }
        Optional<Page> found = match.map(WikiNames.Found::page);
        if (match.isPresent() && !match.get().tied().isEmpty()) {
            List<String> candidates = new java.util.ArrayList<>();
            candidates.add(match.get().page().path());
            match.get().tied().forEach(other -> candidates.add(other.path()));
            findings.warning(page.path(), line, "link.wiki-ambiguous", "wiki link [[" + raw + "]] names " + candidates.size()
                    + " pages equally near this one: " + org.handbookpress.findings.Listed.first(candidates, 5) + "; it links to the first, "
                    + match.get().page().path(), "name the page you mean by its path, e.g. [[" + Page.stem(match.get().page().path())
                    + "]], or give the pages titles of their own");
        }
        if (embed && found.isPresent()) {
            // Obsidian's ![[Page]] shows the other page inside this one; the site links to it instead.
            findings.notice(page.path(), line, "link.embed", "![[" + raw + "]] asks to show another page inside this one, "
                    + "which the handbook does not do; it links to the page instead", "write [[" + raw + "]], or copy the text you need");
        }
        Optional<PageIndex.PackFile> pack = found.isEmpty() && heading == null && !embed ? index.packFile(target) : Optional.empty();
        if (pack.isPresent()) {
            // [[Block Rep Starter Pack]]: a pack's title, its PDF (or its first edition's file), as the Downloads page links it;
            // written bare, it shows the pack's title as handbook.yml gives it, as a page's link shows the page's.
            link.attr("href", RelativeUrl.between(page.url(), pack.get().file()));
            if (!wordsFirst && (link.text().equals(raw) || link.text().equals(target) || link.text().isBlank())) {
                link.text(pack.get().title());
            }
            link.addClass("wiki-link");
            return;
        }
        if (found.isEmpty()) {
            List<String> similar = index.similarTitles(target);
            String fromFolder = page.folder().isEmpty() ? target : RelativeUrl.resolve(page.folder(), target);
            Optional<PageIndex.UnreadPage> unread = fromFolder == null ? Optional.empty() : index.unreadPage(fromFolder);
            if (unread.isEmpty()) {
                unread = index.unreadPage(target); // a path from the top, as a wiki link's usually is
            }
            Optional<String> term = unread.isPresent() ? Optional.empty() : glossaryEntry(page, target);
            missing.report(page, line, "link.wiki-missing", "wiki link [[" + raw + "]] matches no page title or path"
                            + unread.map(u -> ": " + u.what()).orElse("") + (term.isPresent() ? "; it is a term of the glossary" : ""),
                    unread.isPresent() ? unread.get().fix()
                            : term.isPresent() ? "write the words without [[ ]]: the first use of a term on a page links to the glossary"
                                    + " by itself; or link its entry, [" + target + "](" + term.get() + ")"
                            : similar.isEmpty() ? "use a page's exact title or its path without .md"
                            : "did you mean " + String.join(", ", similar.stream().map(s -> "[[" + s + "]]").toList()) + "?");
            LinkRewriter.unlink(link);
            return;
        }
        String url = RelativeUrl.between(page.url(), found.get().url());
        if (heading != null && !heading.isBlank()) {
            Optional<String> id = index.headingId(found.get(), heading);
            if (id.isEmpty() && found.get().kind() == Kind.GLOSSARY) {
                // The glossary's "headings" are its terms: [[Glossary#Quarantine shelf]] is that term's entry.
                id = termAnchor(found.get(), heading);
            }
            if (id.isEmpty()) {
                missing.report(page, line, "link.anchor-missing", "wiki link [[" + raw + "]]: " + found.get().path()
                        + " has no heading '" + heading + "'", "use the text of one of its headings");
            } else {
                url += "#" + UrlPath.encodeFragment(id.get());
            }
        }
        if (found.get() == page && heading != null && url.contains("#")) {
            url = url.substring(url.indexOf('#'));
        }
        link.attr("href", url);
        // A bare [[Title]] shows the target as the author typed it; show the page's real title instead, and as Obsidian
        // does, [[Page#Heading]] "Page › Heading", [[#Heading]] the heading (an empty link has no name to read out). By
        // one of the page's aliases it shows the alias as written, as Obsidian does: the author chose that name for the
        // sentence ([[Safeguarding]] read "Safeguarding Policy").
        if (!wordsFirst && (link.text().equals(raw) || link.text().equals(target) || link.text().isBlank())) {
            boolean named = heading != null && !heading.isBlank() && !heading.startsWith("^");
            String name = isAlias(found.get(), target) ? target.strip() : found.get().title();
            link.text(!named ? name : target.isBlank() ? heading : name + " › " + heading);
        }
        link.addClass("wiki-link");
    }

    /** Whether the target is one of the page's aliases (any case) and not its title, which names it first. */
    private static boolean isAlias(Page page, String target) {
        String name = target.strip();
        return !name.equalsIgnoreCase(page.title()) && page.meta().aliases().stream().anyMatch(alias -> alias.strip().equalsIgnoreCase(name));
    }

    /**
     * The target of the wiki link as Obsidian reads it: up to its first bar, without the spaces around it. Flexmark splits
     * {@code ![[chairs.png|center|400]]} at its last bar, so its target was "chairs.png|center", which named no file (an
     * Obsidian vault's pictures, sized and placed by a style sheet's word, were all reported missing and left out); the
     * words after the first bar go back into the link's text, where the label is read from. {@code [[a.png | 250]]}, spaced
     * as Obsidian allows, names a.png.
     */
    private static String firstPart(Element link) {
        String written = link.attr(MarkdownConverter.WIKI);
        int bar = written.indexOf('|');
        if (bar < 0) {
            if (link.text().equals(written)) {
                link.text(written.strip());
            }
            return written.strip();
        }
        link.text(written.substring(bar + 1) + "|" + link.text());
        return written.substring(0, bar).strip();
    }

    /** Whether the wiki link is an Obsidian embed, {@code ![[…]]}: the text before it ends in "!" (taken away here). */
    private static boolean embedded(Element link) {
        if (link.previousSibling() instanceof org.jsoup.nodes.TextNode text && text.getWholeText().endsWith("!")) {
            String before = text.getWholeText();
            text.text(before.substring(0, before.length() - 1));
            return true;
        }
        return false;
    }

    /**
     * A wiki link to a file, as Obsidian writes them: {@code [[forms/consent.pdf]]} links to it, {@code ![[chairs.png]]}
     * shows the picture ({@code |300} sets its width, other words after the bar its alt text).
     */
    private void linkFile(Page page, Element link, String raw, String file, String fragment, boolean embed) {
        String href = RelativeUrl.between(page.url(), file) + (fragment == null || fragment.isBlank() ? "" : "#" + UrlPath.encodeFragment(fragment));
        // [[chairs.png#icon]] shows its target, fragment and all or without it: no label of the author's.
        String label = link.text().equals(raw) || link.text().equals(LinkRewriter.withoutFragment(raw)) || link.text().isBlank()
                ? null : link.text();
        if (embed && LinkRewriter.PICTURE.matcher(file).find()) {
            Element img = new Element("img").attr("src", href);
            // After the name, each part between bars is a size (|300, |300x200), a word of placement a vault's style
            // sheet reads (|center), or the picture's alt text: ![[chairs.png|A circle of chairs|400]].
            List<String> alt = new java.util.ArrayList<>();
            for (String part : label == null ? new String[0] : label.split("\\|")) {
                Matcher size = SIZE.matcher(part.strip());
                if (size.matches()) {
                    img.attr("width", size.group(1));
                    if (size.group(2) != null) {
                        img.attr("height", size.group(2));
                    }
                } else if (!PLACEMENT.matcher(part.strip()).matches() && !part.isBlank()) {
                    alt.add(part.strip());
                }
            }
            img.attr("alt", String.join(" ", alt));
            link.attributes().asList().stream().filter(a -> a.getKey().equals(MarkdownConverter.LINE))
                    .findFirst().ifPresent(a -> img.attr(MarkdownConverter.LINE, a.getValue()));
            link.replaceWith(img);
            return;
        }
        link.attr("href", href);
        link.removeAttr(MarkdownConverter.WIKI);
        if (label == null) {
            link.text(file.substring(file.lastIndexOf('/') + 1));
        }
    }
}
