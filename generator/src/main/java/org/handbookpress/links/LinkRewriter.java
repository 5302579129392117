package org.handbookpress.links;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handbookpress.files.WrittenAddress;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.OwnAddresses;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Rewrites links and image sources from what authors write (relative {@code .md} paths, wiki links)
 * to relative URLs of the built site, and reports every target that does not exist with its line. Wiki links are
 * {@link WikiLinks}' part.
 */
public final class LinkRewriter implements HtmlPass {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page.
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator IMAGES = QueryParser.parse("img");
    private static final Evaluator MEDIA = QueryParser.parse("video[src], audio[src], source[src], track[src], video[poster]");
    /**
     * A web address written without https:// ([the post](hachyderm.io/@group/1234), [docs](www.example.org)), which a
     * browser reads as a path on this site: "www." and a name, or host labels whose last is no file type a handbook links
     * to, then a slash (a file's own name, notes.py or setup.sh, has no slash after it); or, without a slash, a name whose
     * last part is a common top-level domain that no file type has ([Draw.io](Draw.io), [our app](tidetracker.live)).
     */
    private static final Pattern WEB_ADDRESS = Pattern.compile("^(?:www\\.[a-z0-9-]+\\.[a-z]|(?:[a-z0-9-]+\\.)+"
            + "(?!(?:md|markdown|html?|pdf|docx?|xlsx?|pptx?|od[tsp]|csv|txt|png|jpe?g|gif|svg|webp|zip|gz|json|ya?ml|xml|mp[34]|js|css"
            + "|py|sh|rs|go|ts|rst|adoc|ipynb|[rq]md)/)[a-z]{2,12}/"
            + "|(?:[a-z0-9-]+\\.)+(?:com|org|net|io|dev|app|live|co|uk|gov|edu|info|ai|site|tech|page|eu|ie|nz|au|ca)/?$)",
            Pattern.CASE_INSENSITIVE);

    private final PageIndex index;
    private final Findings findings;
    private final Severity missing;
    private final WikiLinks wikiLinks;
    private final OwnAddresses own;

    /** How a target that does not exist is reported: with the severity the handbook chose. */
    interface Missing {
        void report(Page page, int line, String code, String message, String fix);
    }

    /** Links, anchors and images that cannot be resolved are errors: the build stops on them. */
    public LinkRewriter(PageIndex index, Findings findings) {
        this(index, findings, Severity.ERROR);
    }

    /**
     * @param missing the severity of a target that does not exist ({@code broken-links: warning} in
     *                handbook.yml makes it a warning, for content being migrated); either way the site
     *                shows the link's text, or the image's alt text, instead of something broken
     */
    public LinkRewriter(PageIndex index, Findings findings, Severity missing) {
        this(index, findings, missing, OwnAddresses.NONE);
    }

    /** @param own where the handbook is already published: a link there to one of its pages or files stays in the site */
    public LinkRewriter(PageIndex index, Findings findings, Severity missing, OwnAddresses own) {
        this.index = index;
        this.findings = findings;
        this.missing = missing;
        this.own = own;
        this.wikiLinks = new WikiLinks(index, findings, this::reportMissing);
    }

    /**
     * An address as a message names it: as its author wrote it, and where, when it is in the text of another file a page
     * shows ({@code org.handbookpress.markdown.Includes}), whose addresses are made ones from the top: a child document's
     * {@code rota.md} was reported as "link to '/rota.md'", at the line showing it, which holds no link.
     */
    private static String shown(Element e, String address) {
        Element from = e.closest("[" + MarkdownConverter.INCLUDED_FROM + "]");
        String written = e.hasAttr(MarkdownConverter.WRITTEN) ? e.attr(MarkdownConverter.WRITTEN) : address;
        return from == null ? written : written + "' in '" + from.attr(MarkdownConverter.INCLUDED_FROM);
    }

    /** Keeps the address as written before the link is read as another, for {@link #shown}. */
    private static void keepWritten(Element link, String href) {
        if (!link.hasAttr(MarkdownConverter.WRITTEN)) {
            link.attr(MarkdownConverter.WRITTEN, href);
        }
    }

    private void reportMissing(Page page, int line, String code, String message, String fix) {
        findings.add(new Finding(page.path(), line, 0, missing, code, message, fix));
    }

    @Override
    public void apply(PageHtml html) {
        Page page = html.page();
        ContributorsKey.unlink(html);
        for (Element link : html.content().select(LINKS)) {
            if (link.hasAttr(MarkdownConverter.WIKI) && !WikiLinks.bracketedLinkText(link)) {
                wikiLinks.rewrite(page, link);
            } else {
                rewriteHref(page, link);
            }
        }
        WebPageEmbeds embeds = new WebPageEmbeds();
        for (Element image : html.content().select(IMAGES)) {
            rewriteImage(page, image, embeds);
        }
        embeds.report(page, findings);
        for (Element media : html.content().select(MEDIA)) {
            // Loaded as written: a file of the handbook is named from the page (from the site's top it would be the
            // disk's top opened from file://). The sanitiser kept only the handbook's own files here.
            for (String attribute : List.of("src", "poster")) {
                String asset = media.hasAttr(attribute) ? asset(page, media.attr(attribute).trim()) : null;
                if (asset != null) {
                    media.attr(attribute, RelativeUrl.between(page.url(), asset));
                }
            }
        }
    }

    /**
     * A file extension at the end of a path ({@code .pdf}, {@code .md}): a wiki link's target with one names a file
     * ({@code [[chairs.png]]}), and a link with one names a file, never a pretty address.
     */
    static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    static final Pattern PICTURE = Pattern.compile("(?i)\\.(png|jpe?g|gif|svg|webp|avif)$");

    /** A web address: a remote "picture" whose address names no picture file is a page, a video or a post. */
    private static final Pattern WEB_PAGE = Pattern.compile("(?i)^https?://");

    /**
     * Whether an image's address is a web page rather than a picture (Obsidian embeds a video or a post with
     * {@code ![](https://www.youtube.com/watch?v=…)}): a web address whose path names no picture file. Such an
     * "image" becomes a link, so it needs no alt text.
     */
    public static boolean embedsWebPage(String src) {
        return WEB_PAGE.matcher(src).find() && !namesPicture(src);
    }

    /** Whether an address names a picture file (its path ends in an image format's extension, before any ? or #). */
    public static boolean namesPicture(String address) {
        return PICTURE.matcher(withoutFragment(stripQuery(address))).find();
    }

    /** An e-mail address alone, as a link's address: a name, an @ and a domain, no folder. */
    private static final Pattern E_MAIL = Pattern.compile("[^/@\\s:]+@[^/@\\s:]+\\.[A-Za-z]{2,}");

    /**
     * An address a template writes ({@code {{ contributor.html_url }}}, {@code {% link x.md %}}) in a Jekyll or Hugo
     * page, or ERB in a Middleman one ({@code <%= item.link %>}): there is no such file to look for, and the page's one
     * {@code syntax.liquid} or {@code syntax.erb} finding already says its templates are not run, so it is not reported
     * again as a missing page or picture for each address.
     */
    private static boolean writtenByATemplate(String address) {
        if (address.contains("{{") || address.contains("{%") || address.contains("<%")) {
            return true;
        }
        String upper = address.toUpperCase(Locale.ROOT); // as the Markdown renderer writes a link's address: %7B%7B
        // [each](<%= item.link %>): the Markdown reads the angle brackets as the address's own, leaving "%= item.link %".
        return upper.contains("%7B%7B") || upper.contains("%7B%25") || upper.contains("%3C%25")
                || upper.startsWith("%25") && upper.endsWith("%25") && upper.length() > 6;
    }

    private void rewriteHref(Page page, Element link) {
        String href = link.attr("href").trim();
        if (writtenByATemplate(href)) {
            unlink(link);
            return;
        }
        String ownPath = own.pathOf(href);
        // A link from the top that names a page as written is that page, whatever path the site is published under.
        if (ownPath != null && !(href.startsWith("/") && linksWithin(page, href)) && linksWithin(page, ownPath)) {
            keepWritten(link, href);
            link.attr("href", ownPath);
            // A heading the page no longer has is a warning here, not the handbook's error for a broken link: the old copy
            // showed the page's top, and GitHub names headings by rules of its own (Benefits & Perks: #benefits--perks), so
            // a build that passed before it linked within the site does not fail for it.
            (missing == Severity.WARNING ? this : new LinkRewriter(index, findings, Severity.WARNING, own)).rewriteHref(page, link);
            return;
        }
        int line = SourceLines.of(link);
        // "colon: x.md" looks like a URL scheme; it is a link to that page when the page exists.
        if (href.isEmpty() || href.startsWith("//") || (WrittenAddress.hasScheme(href) && !namesAFile(page, href))) {
            return;
        }
        if (href.startsWith("#")) {
            String id = decode(href.substring(1));
            if (id.isEmpty() || index.hasAnchor(page, id)) {
                if (!id.isEmpty() && link.text().isBlank()) {
                    // MyST's [](#code:setup) to a target of this page shows what the target is called, as elsewhere.
                    index.target(id).filter(t -> t.page().path().equals(page.path())).ifPresent(t -> nameIfWordless(link, t.words()));
                }
                return;
            }
            Optional<String> heading = index.anchor(page, id).or(() -> layoutPlace(id));
            // MyST (mystmd, Jupyter Book 2) resolves [](#label) against the labels of the whole project, not the page:
            // (faq:migration)= on one page is reached by [](#faq:migration) from any other.
            Optional<PageIndex.Target> label = heading.isPresent() ? Optional.empty() : index.target(id);
            // A book's chapters are one document to Quarto and bookdown: in a .qmd or .Rmd page, #id is that section
            // wherever it is (rOpenSci's dev guide links 86 so). Only there: elsewhere a #id this page lacks is a heading
            // renamed or mistyped, and another page that happens to have the id is no answer.
            Optional<Page> chapter = heading.isPresent() || label.isPresent() || !org.handbookpress.content.CodeChunks.isChunked(page.path())
                    ? Optional.empty() : index.onlyPageWith(id);
            if (heading.isPresent()) {
                link.attr("href", "#" + UrlPath.encodeFragment(heading.get()));
            } else if (label.isPresent()) {
                link.attr("href", RelativeUrl.toId(page, label.get().page(), label.get().id()));
                nameIfWordless(link, label.get().words());
            } else if (chapter.isPresent()) {
                link.attr("href", RelativeUrl.toId(page, chapter.get(), id));
            } else if (DocumentBookmarks.namedBy(id) != null) {
                Optional<String> found = DocumentBookmarks.heading(index, page, link.text());
                if (found.isPresent()) {
                    link.attr("href", "#" + UrlPath.encodeFragment(found.get()));
                } else {
                    // A warning, not a missing anchor: the converter wrote it so, and the words stay on the page.
                    findings.warning(page.path(), line, "link.bookmark", "link to #" + id + ", " + possessive(DocumentBookmarks.namedBy(id))
                                    + " own name for a heading or bookmark, which the Markdown made from the document does not keep,"
                                    + " and no heading of this page is called '" + link.text().strip() + "'",
                            "link to the heading's id instead: its words in lower case, spaces as hyphens ('## Who to contact' is"
                                    + " #who-to-contact), or the id written in braces after it");
                    unlink(link);
                }
            } else {
                reportMissing(page, line, "link.anchor-missing", "link to #" + id + ", but this page has no such heading or anchor",
                        "use the id of a heading on this page (lower case, spaces as hyphens)" + headingsOf(page, id) + elsewhere(page, id));
                unlink(link);
            }
            return;
        }
        int hashAt = href.indexOf('#');
        String pathPart = decode(stripQuery(hashAt < 0 ? href : href.substring(0, hashAt)));
        String fragment = hashAt < 0 ? null : decode(href.substring(hashAt + 1));
        String resolved = RelativeUrl.resolve(page.folder(), pathPart);
        String literal = literalFileName(page, href, resolved);
        if (literal != null) {
            resolved = literal;
            fragment = null;
        }
        String inside = withoutOwnFolder(page, href);
        if (inside == null) {
            inside = docusaurusSitePath(page, href, pathPart);
        }
        String insidePath = inside == null ? null : RelativeUrl.resolve("", decode(stripQuery(withoutFragment(inside))));
        // Or the address a page had there: Docusaurus serves docs/ at /docs/, and a page by its id: (GeekBeacon's
        // /docs/collaborators/tools is collaborators/resource_tools.md, id: tools).
        if (inside != null && !exists(resolved) && (exists(insidePath) || index.oldAddresses().address(insidePath).isPresent())) {
            keepWritten(link, href);
            link.attr("href", inside);
            rewriteHref(page, link);
            return;
        }
        if (resolved == null && Page.isPageFile(pathPart)) {
            // Nothing outside is read or copied, and the link is taken away: with broken-links: warning (content brought
            // from a repository whose docs link its README), a warning like any link that goes nowhere.
            reportMissing(page, line, "link.md-outside", "link to the Markdown file '" + shown(link, href)
                            + "', which is outside the content folder and so not part of the handbook",
                    "move that page into the content folder, or link to the address where it is published");
            unlink(link);
            return;
        }
        if (resolved == null) {
            Optional<Page> pretty = prettyTarget(page, pathPart);
            if (pretty.isPresent()) {
                linkToPage(page, link, pretty.get(), fragment, line);
                return;
            }
            // Or a page's address by its id: (Docusaurus), written for the page's own address: CodeYourFuture's react/prep.md
            // links '../../guides/creating-a-react-app', which from /react/prep is guides/create-a-react-app.md's.
            Optional<OldAddresses.Address> moved = movedTarget(page, null, pathPart);
            if (moved.isPresent()) {
                linkToMoved(page, link, href, moved.get(), fragment, line);
                return;
            }
            reportMissing(page, line, "link.outside", "link to '" + shown(link, href) + "' climbs out of the content folder",
                    "link only to pages and files inside the content folder");
            unlink(link);
            return;
        }
        Optional<Page> target = targetPage(resolved);
        if (target.isPresent()) {
            linkToPage(page, link, target.get(), fragment, line);
            return;
        }
        if (Page.isPageFile(resolved) && (Page.stem(resolved).equals("index") || Page.stem(resolved).endsWith("/index"))) {
            resolved = resolved.substring(0, resolved.lastIndexOf("index")); // a generated folder index, as "policies/"
        }
        String asFolder = resolved.endsWith("/") ? resolved : resolved + "/";
        if (resolved.isEmpty() || index.isGenerated(asFolder + "index.html") || index.isGenerated(resolved)) {
            String url = resolved.isEmpty() ? "index.html" : index.isGenerated(resolved) ? resolved : asFolder + "index.html";
            link.attr("href", RelativeUrl.between(page.url(), url) + (fragment == null ? "" : "#" + UrlPath.encodeFragment(fragment)));
            return;
        }
        if (index.isAsset(resolved)) {
            link.attr("href", RelativeUrl.between(page.url(), resolved) + (fragment == null ? "" : "#" + UrlPath.encodeFragment(fragment)));
            return;
        }
        Optional<Page> pretty = prettyTarget(page, pathPart);
        if (pretty.isPresent()) {
            linkToPage(page, link, pretty.get(), fragment, line);
            return;
        }
        // Before reading the link from the top: a Welsh page's link to a Welsh page not translated yet is written as it
        // should be, and finds the English page until the Welsh one exists; read from the top, it found the same page
        // with a notice telling the translator to rewrite the link to the English one.
        Optional<Page> untranslated = untranslated(page, resolved, pathPart);
        if (untranslated.isPresent()) {
            linkToPage(page, link, untranslated.get(), fragment, line);
            return;
        }
        Optional<Page> fromTop = fromTop(pathPart);
        if (fromTop.isPresent()) {
            findings.notice(page.path(), line, "link.from-top", "link to '" + shown(link, href) + "' finds " + fromTop.get().path()
                            + " from the top of the content folder, not from this page's folder (as Hugo's ref reads a path; GitHub does not)",
                    "write it from this page, " + RelativeUrl.between(page.path(), fromTop.get().path()) + ", or from the top, /"
                            + fromTop.get().path());
            linkToPage(page, link, fromTop.get(), fragment, line);
            return;
        }
        for (String folder : WorkbenchLesson.otherFolders(index, page)) {
            String there = pathPart.isEmpty() ? null : RelativeUrl.resolve(folder, pathPart);
            Optional<Page> inLesson = there == null ? Optional.empty() : targetPage(there);
            if (inLesson.isPresent()) {
                linkToPage(page, link, inLesson.get(), fragment, line);
                return;
            }
            if (there != null && index.isAsset(there)) {
                link.attr("href", RelativeUrl.between(page.url(), there) + (fragment == null ? "" : "#" + UrlPath.encodeFragment(fragment)));
                return;
            }
        }
        Optional<Page> inLanguage = inLanguageFolder(page, pathPart);
        if (inLanguage.isPresent()) {
            linkToPage(page, link, inLanguage.get(), fragment, line);
            return;
        }
        String hugoAsset = index.hugoAssetLinked(pathPart);
        if (hugoAsset != null) {
            link.attr("href", RelativeUrl.between(page.url(), hugoAsset) + (fragment == null ? "" : "#" + UrlPath.encodeFragment(fragment)));
            return;
        }
        Optional<OldAddresses.Address> moved = movedTarget(page, resolved, pathPart);
        if (moved.isPresent()) {
            linkToMoved(page, link, href, moved.get(), fragment, line);
            return;
        }
        Optional<PageIndex.Target> labelled = fragment == null && pathPart.indexOf('.') < 0 ? index.target(pathPart) : Optional.empty();
        if (labelled.isPresent()) {
            // MyST's link to a target by its label, [the rota](rota), where (rota)= names a heading or block of some page.
            link.attr("href", RelativeUrl.toId(page, labelled.get().page(), labelled.get().id()));
            nameIfWordless(link, labelled.get().words());
            return;
        }
        // A page of a format not read (contact.njk for /contact/, setup.rst for setup.html): said so, with what to do.
        Optional<PageIndex.UnreadPage> unread = index.unreadPage(resolved.replaceFirst("/+$", "").replaceFirst("\\.html?$", ""));
        if (unread.isPresent() && !resolved.isEmpty()) {
            reportMissing(page, line, "link.broken", "link to '" + shown(link, href) + "', but " + unread.get().what(), unread.get().fix());
            unlink(link);
            return;
        }
        Optional<String> leftOut = index.leftOutPage(resolved);
        if (leftOut.isPresent()) {
            boolean hidden = ("/" + leftOut.get()).contains("/_") || ("/" + leftOut.get()).contains("/.");
            // An empty file is a page not written yet (a lab handbook's index linked seven such): said so, not "a draft, or
            // a page it could not read", which sent its author looking for front matter it did not have.
            boolean empty = !hidden && index.isEmptyFile(leftOut.get());
            // A translation kept beside its page (rules.nl.md) is left out by the build's own choice, one language a
            // handbook: said so, as a warning, where it was "a draft, or a page it could not read" and failed the build
            // of a folder that had nothing wrong with it (the Foundation for Public Code's articles, linked in Dutch).
            Optional<String> language = hidden || empty ? Optional.empty() : org.handbookpress.content.Translations.languageOf(leftOut.get());
            if (language.isPresent()) {
                findings.warning(page.path(), line, "link.translation", "link to '" + shown(link, href) + "', but " + leftOut.get()
                                + " is a translation into " + language.get() + " kept beside its page, which the build leaves out:"
                                + " the handbook is in one language; the link's words are shown without it",
                        "build each language as a handbook of its own and link to its site, or remove the link");
                unlink(link);
                return;
            }
            reportMissing(page, line, "link.broken", "link to '" + shown(link, href) + "', but " + leftOut.get() + " is left out of the build: "
                            + (hidden ? "its name, or a folder's on its way, starts with '_' or '.'" : empty ? "the file is empty, a page"
                            + " not written yet" : "a draft (draft: true or published: false), a page whose expiryDate has passed or publishDate is to come, or a page it could not read (see that page's own finding)"),
                    hidden ? "rename it without the '_' or '.' to publish it" + ", or remove the link" : empty
                            ? "write that page, or remove the link until it is written" : "publish that page, or remove the link until it is");
            unlink(link);
            return;
        }
        boolean markdown = Page.isPageFile(resolved);
        // [write to us](office@example.org): an address without mailto: is read as a file's path, here as on GitHub.
        boolean email = E_MAIL.matcher(href).matches();
        // [rota](rota/) beside rota.md: written for the site's pretty addresses, but read from the page's own one there
        // (guide/leave/rota/), so broken on that site too; the page it meant is named in the fix.
        Optional<Page> meant = resolved.endsWith("/") ? index.byPath(resolved.replaceFirst("/+$", "") + ".md") : Optional.empty();
        // A page of a near name, or of the same name in another folder: the link is written from it (a renamed or moved page).
        // An address with no extension is a page's on sites of pretty addresses (/policies/grievance for grievances.md):
        // pages of a near name first, then files.
        boolean extensionless = !resolved.endsWith("/") && resolved.lastIndexOf('.') <= resolved.lastIndexOf('/');
        List<String> near = markdown ? index.similarPaths(resolved).stream().map(p -> RelativeUrl.between(page.path(), p.path())).toList()
                : Stream.concat(extensionless ? index.similarPaths(resolved + ".md").stream().map(p -> RelativeUrl.between(page.path(), p.path()))
                        : Stream.empty(), index.similarFiles(resolved).stream().map(f -> RelativeUrl.between(page.path(), f))).limit(3).toList();
        Optional<String> unquoted = CurlyQuotes.unquoted(decode(href));
        boolean folder = resolved.endsWith("/"); // [Setup](development/setup/): a folder's address, which no file has
        String hiddenFolder = markdown || !index.isLeftOutFile(resolved) ? null : leftOutName(resolved); // in docs/.assets/, say
        reportMissing(page, line, "link.broken", "link to '" + shown(link, href) + "', but "
                        + (markdown ? "there is no page " + resolved : hiddenFolder != null
                                ? "the build leaves out the files and folders whose names start with '.' or '_', and " + resolved
                                        + " is in '" + hiddenFolder + "'"
                                : index.isLeftOutFile(resolved)
                                ? "the build leaves the file " + resolved + " out of the site (its own finding says why)"
                                : folder ? "there is no folder " + resolved + " in the content folder"
                                : "there is no file " + resolved + " in the content folder"),
                unquoted.isPresent() ? CurlyQuotes.fix(unquoted.get())
                        : hiddenFolder != null ? "rename '" + hiddenFolder + "' without its first character, or move the file into a folder such as files/, and link it there"
                        : markdown ? (near.isEmpty() ? "check the file name, or create the page"
                        : "did you mean " + String.join(" or ", near) + "? Check the file name, or create the page") : email ? "to link the e-mail address, write mailto:" + href
                        : WEB_ADDRESS.matcher(href).find() ? "to link the website, write https://" + href
                        : meant.isPresent() ? "a link ending in '/' names a folder; to link the page beside this one, write "
                                + RelativeUrl.between(page.path(), meant.get().path()) + (fragment == null ? "" : "#" + fragment)
                        : folder && near.isEmpty() ? "fix the path, or make the folder, with the pages it should hold"
                        : near.isEmpty() && index.isBesideContent(resolved) ? "the file is beside the content folder, at ../" + resolved
                                + ", where the handbook does not look: move " + (resolved.indexOf('/') > 0 ? "the folder "
                                + resolved.substring(0, resolved.indexOf('/') + 1) : "it") + " into the content folder, and the link finds it"
                        : near.isEmpty() ? "add the file to the content folder, or fix the path"
                        : "did you mean " + String.join(" or ", near) + "? Fix the path, or add the file to the content folder");
        unlink(link);
    }

    /**
     * A place every page of the site has, which a page's own ids do not name: its top ({@code #top}, which a browser
     * scrolls to whether or not an element has the id, as HTML says: "back to top" links) and its main content, the
     * layout's {@code <main id="main">}, which other tools' layouts name {@code #content} (Middleman's Tech Docs) or
     * {@code #main-content} (GOV.UK's). Empty for any other id.
     */
    static Optional<String> layoutPlace(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "top" -> Optional.of("top");
            case "main", "content", "main-content", "maincontent" -> Optional.of("main");
            default -> Optional.empty();
        };
    }

    private void linkToPage(Page page, Element link, Page target, String fragment, int line) {
        String url = target == page ? "" : RelativeUrl.between(page.url(), target.url());
        if (fragment != null && !fragment.isEmpty()) {
            // Authors link glossary entries by the term's own slug (glossary.md#taking-time).
            if (!index.hasAnchor(target, fragment) && index.hasAnchor(target, "term-" + fragment)) {
                fragment = "term-" + fragment;
            }
            String asked = fragment;
            Optional<String> anchor = index.anchor(target, asked).or(() -> layoutPlace(asked));
            if (anchor.isPresent()) {
                url += "#" + UrlPath.encodeFragment(anchor.get());
            } else {
                // The page exists: the link still takes the reader there, to its top.
                // Named as written, as a broken link is, and the page it found: '../policies/safety.md#who' is policies/safety.md.
                reportMissing(page, line, "link.anchor-missing", "link to '" + shown(link, link.attr("href").trim()) + "', but "
                        + target.path() + " has no heading or anchor #" + fragment,
                        "use the id of one of its headings (lower case, spaces as hyphens)" + headingsOf(target, fragment));
            }
        }
        link.attr("href", url.isEmpty() ? "#" : url);
        nameIfWordless(link, target.title()); // [](safeguarding.md), which MyST names by the page's title
    }

    /**
     * The page's heading nearest the id wanted, for a fix, when one is a slip of the keyboard away; else its first headings'
     * ids: an id transliterated or shortened by hand is found among them.
     */
    private String headingsOf(Page page, String wanted) {
        Optional<String> near = index.nearHeadingId(page.path(), wanted);
        if (near.isPresent() && !near.get().equals(wanted)) {
            return " — did you mean #" + near.get() + "?";
        }
        List<String> ids = index.headingIdsOf(page.path(), 6);
        if (ids.isEmpty()) {
            return "";
        }
        return " — its headings are " + ids.stream().limit(5).map(id -> "#" + id).collect(java.util.stream.Collectors.joining(", "))
                + (ids.size() > 5 ? " and more" : "");
    }

    /**
     * Where else the id is, for a fix: a #id written on one page for a heading of another (a chapter of a book linked as
     * one document, a section moved to a page of its own) is mended by naming that page. Empty when no page has it.
     */
    private String elsewhere(Page page, String id) {
        List<Page> others = index.pagesWith(id, 4);
        if (others.isEmpty()) {
            return "";
        }
        String named = others.stream().limit(3).map(other -> RelativeUrl.between(page.path(), other.path()) + "#" + id)
                .collect(java.util.stream.Collectors.joining(", "));
        return others.size() == 1 ? ", or link to that heading on its page: " + named
                : ", or link to the page it is on: " + named + (others.size() > 3 ? " or another" : "");
    }

    /** A link without words or a picture is named by {@code words}: a reader would see nothing to follow. */
    static void nameIfWordless(Element link, String words) {
        if (link.text().isBlank() && link.select("img, svg").isEmpty()) {
            link.text(words);
        }
    }

    /**
     * The page a link written for "pretty" addresses means, as Jekyll ({@code permalink: /:path/}) and Hugo serve
     * pages: {@code building-community.md} at {@code building-community/}, so its authors link from it as from a
     * folder, and {@code ../starting-a-project/} in {@code ar/building-community.md} is {@code ar/starting-a-project.md}
     * (an index page is served at its own folder). Tried only for a link that names nothing read the plain way.
     */
    /**
     * A link into a folder of translations to a page not translated yet ({@code /es/guides/setup/}): the page in the
     * handbook's language ({@code guides/setup.md}), as Starlight and Mintlify serve it ({@link LanguageFolders}).
     */
    private Optional<Page> untranslated(Page page, String resolved, String pathPart) {
        LanguageFolders languages = index.languages();
        if (languages.isEmpty()) {
            return Optional.empty();
        }
        String path = pathPart.replaceFirst("/+$", "");
        for (String written : new String[] {resolved, path.isEmpty() ? null : RelativeUrl.resolve(prettyBase(page), path)}) {
            String rest = written == null ? null : languages.untranslated(written);
            Optional<Page> found = rest == null || rest.isEmpty() ? Optional.empty() : pageNamed(rest.replaceFirst("/+$", ""));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * A link from the site's top ({@code /about/}) on a page in a folder named by a language ({@code en/docs/setup.md}):
     * the page at that path in the same folder, as a Hugo site in several languages, each in a folder of its own
     * ({@code contentDir: content/en}, or {@code content/english} as its settings name it), serves each language's pages
     * from its site's top.
     */
    private Optional<Page> inLanguageFolder(Page page, String pathPart) {
        int slash = page.path().indexOf('/');
        if (!pathPart.startsWith("/") || slash < 0 || !index.languages().isLanguageFolder(page.path().substring(0, slash))) {
            return Optional.empty();
        }
        String resolved = RelativeUrl.resolve("", page.path().substring(0, slash) + pathPart.replaceFirst("/+$", ""));
        Optional<Page> found = resolved == null ? Optional.empty() : pageNamed(resolved);
        if (found.isPresent()) {
            return found;
        }
        // Hugo serves a language at its code's address (/es/shifts/), whatever its folder's name (espanol/shifts.md).
        int next = pathPart.indexOf('/', 1);
        String folder = next < 0 ? null : index.languages().folderServedAt(pathPart.substring(1, next));
        String there = folder == null ? null : RelativeUrl.resolve("", folder + pathPart.substring(next).replaceFirst("/+$", ""));
        return there == null ? Optional.empty() : pageNamed(there);
    }

    private Optional<Page> prettyTarget(Page page, String pathPart) {
        String path = pathPart.replaceFirst("/+$", ""); // /overtime//#comp-time, as links are sometimes written
        // A name ending in what looks like an extension is a file's, unless the link ends in '/': /blog/release/v5.1.1/
        // (Node.js' release notes) is the page v5.1.1.md.
        if (path.isEmpty() || !pathPart.endsWith("/") && EXTENSION.matcher(path).find()) {
            return Optional.empty();
        }
        for (String base : prettyBases(page)) {
            String resolved = RelativeUrl.resolve(base, path);
            Optional<Page> found = resolved == null ? Optional.empty() : pageNamed(resolved);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The page a path names, read as a link to a page may name it: the page itself, with or without .md or .html, a
     * folder's own page; in any case when only one page has that path.
     */
    private Optional<Page> pageNamed(String resolved) {
        Optional<Page> found = targetPage(resolved);
        // Hugo serves every address in lower case, so its authors link to /functions/css/build/ for functions/css/Build.md.
        found = found.or(() -> index.byPathIgnoringCase(resolved + ".md"));
        for (String name : org.handbookpress.content.Handbook.FOLDER_PAGE_NAMES) {
            found = found.or(() -> index.byPathIgnoringCase(resolved + "/" + name));
        }
        return found.or(() -> index.folderPage(resolved)); // a multilingual Hugo site's _index.en.md
    }

    /**
     * The page a path names from the top of the content folder, for a link that names none from its page's folder: Hugo
     * reads a path so when the page's folder has none ({@code ref}, {@code relref} and its links), and its authors
     * write {@code docs/events/talks.md} from {@code docs/how-we-work/sharing.md}. Not for a path that says where it
     * starts ({@code /}, {@code ./}, {@code ../}).
     */
    private Optional<Page> fromTop(String pathPart) {
        if (pathPart.isEmpty() || pathPart.startsWith("/") || pathPart.startsWith(".")) {
            return Optional.empty();
        }
        String top = RelativeUrl.resolve("", pathPart);
        return top == null || top.isEmpty() ? Optional.empty() : pageNamed(top.replaceFirst("/+$", ""));
    }

    /**
     * The old address the link names, with the page that lists it ({@link OldAddresses}), read as a path from the
     * page's folder or, as a link written for pretty addresses, from the page's own.
     */
    private Optional<OldAddresses.Address> movedTarget(Page page, String resolved, String pathPart) {
        OldAddresses moved = index.oldAddresses();
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        String fromOwnAddress = pathPart.isEmpty() ? null : RelativeUrl.resolve(prettyBase(page), pathPart);
        // From the address its permalink gave it, where the pages' files are not at their addresses (an Eleventy site's
        // content/product/discover/index.md at /product/discover/): ./discover/ on the page at /product/.
        String fromPermalink = pathPart.isEmpty() ? null
                : ownAddressBase(page).map(base -> RelativeUrl.resolve(base, pathPart)).orElse(null);
        return (resolved == null ? Optional.<OldAddresses.Address>empty() : moved.address(resolved))
                .or(() -> fromOwnAddress == null ? Optional.empty() : moved.address(fromOwnAddress))
                .or(() -> fromPermalink == null ? Optional.empty() : moved.address(fromPermalink));
    }

    /** Leads the link to the page whose old address it names, with a notice saying how to link it. */
    private void linkToMoved(Page page, Element link, String href, OldAddresses.Address moved, String fragment, int line) {
        Page movedTo = moved.page();
        findings.notice(page.path(), line, "link.old-address", "link to '" + shown(link, href) + "' finds " + movedTo.path()
                + " " + moved.foundBy(), moved.fix(RelativeUrl.between(page.path(), movedTo.path())));
        linkToPage(page, link, movedTo, fragment, line);
    }

    /** The folder a pretty address makes of a page: its own name as a folder ({@code setup/}), an index page's folder. */
    private static String prettyBase(Page page) {
        return page.isIndex() ? page.folder() : page.pathWithoutExtension();
    }

    /**
     * The folders a link to a page written for pretty addresses is read from: {@link #prettyBase}, and first, for a
     * folder's own page of another name, its folder: Hugo publishes {@code _index.md} at its section's address, so a
     * volunteer handbook's {@code Handbook/_index.md} links its first chapter as {@code ./welcome/} (a README is shown at
     * its folder too).
     */
    private static List<String> prettyBases(Page page) {
        List<String> bases = new java.util.ArrayList<>(!page.isIndex() && org.handbookpress.content.Handbook.folderPageRank(page.fileName()) >= 0
                ? List.of(page.folder(), prettyBase(page)) : List.of(prettyBase(page)));
        ownAddressBase(page).filter(base -> !bases.contains(base)).ifPresent(bases::add);
        return bases;
    }

    /**
     * The folder the page's own address on the old site makes of it, when its {@code permalink:} (or {@code url:}) puts
     * it elsewhere than its file: links written for that site are read from there. 18F's product guide keeps its first
     * page in {@code about-this-guide/index.md} at {@code permalink: /product/}, and links {@code ./discover/} from it,
     * which is {@code /product/discover/}. Only an address from the site's top written out in full (not Jekyll's
     * {@code /:path/}).
     */
    private static Optional<String> ownAddressBase(Page page) {
        for (org.handbookpress.content.ListedAddress listed : page.meta().names().redirectFrom()) {
            String written = listed.written();
            if (("permalink".equals(listed.key()) || "url".equals(listed.key())) && written.startsWith("/")
                    && written.chars().noneMatch(c -> c == ':' || c == '?' || c == '#' || c == '\\')) {
                String path = written.substring(1);
                return Optional.ofNullable(RelativeUrl.resolve("", path.endsWith(".html") ? org.handbookpress.files.SitePath.folderOf(path)
                        : path.replaceFirst("/+$", "")));
            }
        }
        return Optional.empty();
    }

    /** Whether the link, read as a path, names a page or file of the handbook. */
    private boolean namesAFile(Page page, String href) {
        int hashAt = href.indexOf('#');
        String resolved = RelativeUrl.resolve(page.folder(), decode(stripQuery(hashAt < 0 ? href : href.substring(0, hashAt))));
        return exists(resolved) || literalFileName(page, href, resolved) != null;
    }

    /**
     * The file an href names when read literally, for authors who write a file name as it is on disk:
     * {@code <q?mark.md>}, {@code <hash#tag.md>}, {@code <pct%20x.md>}; null when the href read as a URL
     * already names something, or when no file has the literal name.
     */
    private String literalFileName(Page page, String href, String resolvedAsUrl) {
        if (exists(resolvedAsUrl)) {
            return null;
        }
        for (String name : List.of(decode(href), href)) {
            String resolved = RelativeUrl.resolve(page.folder(), name);
            if (exists(resolved)) {
                return resolved;
            }
        }
        return null;
    }

    private boolean exists(String resolved) {
        return resolved != null && !resolved.isEmpty() && (targetPage(resolved).isPresent() || index.isAsset(resolved));
    }

    private Optional<Page> targetPage(String resolved) {
        if (resolved.isEmpty()) {
            return index.byPath("index.md");
        }
        if (resolved.endsWith("/")) {
            return index.byPath(resolved + "index.md");
        }
        if (Page.isPageFile(resolved)) {
            return index.byPath(resolved);
        }
        if (resolved.endsWith(".html")) {
            String stem = resolved.substring(0, resolved.length() - 5);
            Optional<Page> page = index.byPath(stem + ".md");
            // x/index.html, written on a site of pretty addresses (Jekyll's permalink: pretty, Hugo, MkDocs), is x.md's page
            // there: the Open Data Handbook's French appendices link file-formats/index.html for file-formats.md.
            return page.isPresent() || !stem.endsWith("/index") ? page
                    : index.byPath(stem.substring(0, stem.length() - "/index".length()) + ".md");
        }
        // Extensionless links, as some migrated content writes them: "setting-up" for "setting-up.md".
        Optional<Page> page = index.byPath(resolved + ".md");
        return page.isPresent() ? page : index.byPath(resolved + "/index.md");
    }

    /**
     * Whether a link from the handbook's top ({@code /legal/#licences}), made of an address where the handbook is
     * published, finds its page or file here; tried on a copy, so that an address the handbook has no page for (the old
     * site's other pages) stays the link to that site it was. A heading the page no longer has is then reported, as a
     * warning: the old copy showed the page's top, and the author should know.
     */
    private boolean linksWithin(Page page, String path) {
        Findings trial = new Findings();
        Element copy = new Element("a").attr("href", path);
        new Element("span").appendChild(copy);
        new LinkRewriter(index, trial, missing).rewriteHref(page, copy);
        List<String> codes = trial.sorted().stream().filter(f -> f.severity() != Severity.NOTICE).map(Finding::code).toList();
        return codes.isEmpty() ? copy.hasAttr("href") : codes.stream().allMatch("link.anchor-missing"::equals);
    }

    /** @param embeds where an image that is no picture file of another website goes, to be reported with the page's others */
    private void rewriteImage(Page page, Element image, WebPageEmbeds embeds) {
        String src = image.attr("src").trim();
        if (src.isEmpty() && !image.attr("srcset").isBlank()) {
            return; // <img srcset="a.png 1x, a@2x.png 2x"> with no src is whole HTML: the browser picks from the set
        }
        if (src.isEmpty()) {
            reportMissing(page, SourceLines.of(image), "image.missing", "an <img> names no picture: its src is "
                    + (image.hasAttr("src") ? "empty" : "missing"), "name the picture's file in src, relative to this page, or remove the <img>");
            replaceByAltText(image);
            return;
        }
        if (writtenByATemplate(src)) {
            replaceByAltText(image);
            return;
        }
        int line = SourceLines.of(image);
        String asset = asset(page, src);
        if (asset != null) {
            image.attr("src", RelativeUrl.between(page.url(), asset));
            PlayedMedia.tag(asset).ifPresent(tag -> PlayedMedia.play(image, tag));
            return;
        }
        String ownPath = own.pathOf(src);
        if (ownPath != null && asset(page, ownPath) != null) {
            image.attr("src", ownPath); // the handbook's own picture, at the address where it is already published
            rewriteImage(page, image, embeds);
            return;
        }
        if (WrittenAddress.isNoPath(src)) {
            if (embedsWebPage(src)) {
                // Obsidian's ![](https://www.youtube.com/watch?v=…) embeds a video or a post: a link asks nothing of that site.
                embeds.add(line, src, image.attr("alt"));
                // Inside a link already (a contributors table's avatar, linked to the person's profile), its words: a link
                // within a link is no HTML, and browsers take the outer one apart.
                Element link = new Element(image.closest("a") != null ? "span" : "a").text(image.attr("alt").isBlank() ? src : image.attr("alt"));
                if (link.normalName().equals("a")) {
                    link.attr("href", src);
                }
                if (image.hasAttr(MarkdownConverter.LINE)) {
                    link.attr(MarkdownConverter.LINE, image.attr(MarkdownConverter.LINE));
                }
                image.replaceWith(link);
                return;
            }
            if (src.startsWith("data:")) {
                return; // a picture written into the page: the sanitiser decides whether it stays
            }
            if (src.regionMatches(true, 0, "file:", 0, 5)) {
                // A picture on the author's own disk, as a converted Word document or a saved web page names it.
                reportMissing(page, line, "image.remote", "image '" + shown(image, src) + "' is a file on the computer it was written on,"
                                + " which readers cannot open", "copy the picture into the content folder and link it relatively");
                replaceByAltText(image);
            } else if (!WrittenAddress.namesAServer(src)) {
                // javascript:, about:, an e-mail's cid: (a converted message's picture): no picture, and no other website.
                String scheme = src.substring(0, src.indexOf(':') + 1);
                reportMissing(page, line, "image.remote", "image '" + shown(image, src) + "' is no picture file: its address begins '"
                                + scheme + "', which a browser does not show as a picture",
                        "link a picture file in the content folder, relatively, or remove the image");
                replaceByAltText(image);
            } else {
                reportMissing(page, line, "image.remote", "image '" + shown(image, src) + "' is loaded from another website",
                        "download the image into the content folder and link it relatively; the site must make no outside requests");
                replaceByAltText(image);
            }
            return;
        }
        String resolved = RelativeUrl.resolve(page.folder(), decode(stripQuery(src)));
        if (resolved == null) {
            findings.error(page.path(), line, "image.outside", "image '" + shown(image, src) + "' climbs out of the content folder",
                    "put the image inside the content folder (e.g. images/) and link it from there");
            replaceByAltText(image);
            return;
        }
        Optional<String> otherCase = index.assetIgnoringCase(resolved);
        String name = index.isLeftOutFile(resolved) ? leftOutName(resolved) : null;
        if (name != null) {
            reportMissing(page, line, "image.missing", "image '" + shown(image, src) + "' is not in the site: the build leaves out the"
                            + " files and folders whose names start with '.' or '_', and " + resolved + " is in '" + name + "'",
                    "rename '" + name + "' without its first character, or move the picture into a folder such as images/, and link it there");
        } else if (index.isLeftOutFile(resolved)) {
            // A symbolic link out of the content folder, say: the file is there, but not published.
            reportMissing(page, line, "image.missing", "image '" + shown(image, src) + "' is not in the site: the build leaves " + resolved
                    + " out (its own finding says why)", "see the finding on " + resolved + " and do what it says");
        } else if (otherCase.isPresent()) {
            reportMissing(page, line, "image.missing", "image '" + shown(image, src) + "' not found: the file is named '" + otherCase.get()
                            + "', its letters in another case, which the author's Windows or Mac opens but a web server does not",
                    "write the name with the file's own capitals, or rename the file");
        } else {
            Optional<String> unquoted = CurlyQuotes.unquoted(decode(src));
            List<String> near = index.similarFiles(resolved).stream().map(f -> RelativeUrl.between(page.path(), f)).toList();
            reportMissing(page, line, "image.missing", "image '" + shown(image, src) + "' not found (looked for " + resolved + ")",
                    unquoted.isPresent() ? CurlyQuotes.fix(unquoted.get()) : near.isEmpty() ? "add the file, or correct the path relative to this page"
                            : "did you mean " + String.join(" or ", near) + "? Correct the path relative to this page, or add the file");
        }
        replaceByAltText(image);
    }

    /**
     * The picture file a src names, read as a URL or else literally as a file name; null when none. As in Obsidian,
     * a fragment after the name ({@code chairs.png#interface}, a hint to its style sheet) is no part of it, and a bare
     * file name that is not beside the page names the one picture of that name anywhere in the handbook. A src
     * written for the page's pretty address, as links may be ({@link #prettyTarget}), is read so last.
     */
    private String asset(Page page, String src) {
        String path = decode(stripQuery(src));
        String name = withoutFragment(path);
        for (String candidate : List.of(path, decode(src), src, name)) {
            String resolved = RelativeUrl.resolve(page.folder(), candidate);
            if (resolved != null && index.isAsset(resolved)) {
                return resolved;
            }
        }
        String inside = withoutOwnFolder(page, src);
        if (inside != null) {
            String resolved = RelativeUrl.resolve("", withoutFragment(decode(stripQuery(inside))));
            if (resolved != null && index.isAsset(resolved)) {
                return resolved;
            }
        }
        // Written for the page's pretty address (MkDocs and Jekyll serve setup.md at setup/): ../img/a.png from there.
        String pretty = RelativeUrl.resolve(prettyBase(page), name);
        if (pretty != null && index.isAsset(pretty)) {
            return pretty;
        }
        for (String folder : WorkbenchLesson.otherFolders(index, page)) {
            String there = RelativeUrl.resolve(folder, name);
            if (there != null && index.isAsset(there)) {
                return there;
            }
        }
        String hugoAsset = index.hugoAsset(name);
        if (hugoAsset != null) {
            return hugoAsset;
        }
        return name.contains("/") || !PICTURE.matcher(name).find() ? null : index.wikiAsset(name, page.folder()).orElse(null);
    }

    /**
     * An address from the top of the site that names the content folder itself, {@code /docs/setup.md} written in
     * {@code docs/}: GitHub reads such a path from the top of the repository, and Quarto from the project's folder, where
     * the content folder is {@code docs/}; so it means {@code /setup.md} here. The address without that first folder, or
     * null when it does not start so (or the content folder holds a folder of its own name, which it then means).
     */
    private String withoutOwnFolder(Page page, String href) {
        if (!href.startsWith("/") || href.startsWith("//") || page.file() == null) {
            return null;
        }
        String own = ownFolderName(page);
        String prefix = own == null ? null : "/" + own + "/";
        if (prefix == null || !href.startsWith(prefix) || index.isAsset(prefix.substring(1)) || exists(own + "/")
                || exists(RelativeUrl.resolve("", decode(stripQuery(withoutFragment(href)))))) {
            return null;
        }
        return href.substring(prefix.length() - 1);
    }

    /** The content folder's own name, from the page's file ({@code docs}); null when it is not known. */
    private static String ownFolderName(Page page) {
        if (page.file() == null) {
            return null;
        }
        java.nio.file.Path dir = page.file().toAbsolutePath();
        for (int depth = page.path().split("/").length; depth > 0 && dir != null; depth--) {
            dir = dir.getParent();
        }
        java.nio.file.Path own = dir == null ? null : dir.getFileName();
        return own == null ? null : own.toString();
    }

    /**
     * How a Docusaurus site reads a link to a file that starts with neither {@code ./}, {@code ../} nor {@code /}: from its
     * docs folder first, then from the site's folder ({@code docs/processes/git.md} written in any page), and only then
     * from the page's own folder. Read from the page's folder alone, Wonderland's handbook had eleven such links reported
     * broken that work on its site. The address from the top of the content folder ({@code /processes/git.md}) when the
     * page's folder has no such file and one of those has; null otherwise.
     */
    private String docusaurusSitePath(Page page, String href, String pathPart) {
        if (href.isEmpty() || href.startsWith("/") || href.startsWith("./") || href.startsWith("../") || href.contains(":")
                || !index.isDocusaurus() || exists(RelativeUrl.resolve(page.folder(), pathPart))) {
            return null;
        }
        String fromDocs = RelativeUrl.resolve("", pathPart);
        if (fromDocs != null && !fromDocs.isEmpty() && exists(fromDocs)) {
            return "/" + href;
        }
        String own = ownFolderName(page);
        return own != null && href.startsWith(own + "/") ? "/" + href.substring(own.length() + 1) : null;
    }

    /**
     * The first folder or file name on a path that the build leaves out by its leading '.' or '_' ({@code .assets}), which
     * no finding names (hidden folders are passed by in silence: .git, .github, .vscode); null when none does. A picture
     * kept in a Docusaurus site's docs/.assets/ was 'left out (its own finding says why)', and there was no such finding.
     */
    static String leftOutName(String resolved) {
        for (String name : resolved.split("/")) {
            if (name.startsWith(".") && !name.equals(".") && !name.equals("..") || name.startsWith("_")) {
                return name;
            }
        }
        return null;
    }

    /** An image the site cannot show becomes its alt text, marked, rather than a broken picture. */
    private static void replaceByAltText(Element image) {
        Element text = new Element("span").addClass("missing-image").text("[" + (image.attr("alt").isBlank() ? "image" : image.attr("alt")) + "]");
        image.replaceWith(text);
    }

    /** "Word's", "Google Docs'". */
    private static String possessive(String name) {
        return name + (name.endsWith("s") ? "'" : "'s");
    }

    static void unlink(Element link) {
        link.removeAttr("href");
        // What only a link to somewhere may carry goes with its address: <a rel="external"> with no href is no HTML,
        // and an e-book holding one is rejected.
        for (String attribute : new String[] {"rel", "target", "hreflang", "download", "type", "referrerpolicy", "ping"}) {
            link.removeAttr(attribute);
        }
        link.addClass("broken-link");
    }

    /** The address without its {@code #fragment}. */
    static String withoutFragment(String address) {
        int hash = address.indexOf('#');
        return hash < 0 ? address : address.substring(0, hash);
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private static String decode(String text) {
        return UrlPath.decode(text);
    }
}
