package org.handbookpress.sanitise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Every page's HTML through one allow-list ({@link AllowedHtml}), straight after Markdown: raw HTML
 * and the Markdown renderer's own markup alike, so a {@code javascript:} Markdown link is caught too.
 * What may stay is kept as written; what could load from another website or run code is removed —
 * the vectors are listed in docs/checks.md under "Raw HTML" — and each removal is a finding with the
 * page and line. Elements not on the list but harmless ({@code <font>}, {@code <center>}) give way to
 * their content. Frames become plain links the reader may follow. Pictures' {@code src} is left to
 * the link stage, which owns pictures and reports a remote one as {@code image.remote}.
 *
 * <p>Why jsoup's {@link Safelist} rather than its {@code Cleaner} or the OWASP sanitiser: both clean
 * silently (the OWASP change listener names a tag, not a line), work on a copy or a string, and judge
 * a URL by its scheme only, while the promise here is a finding with a line for every removal and
 * "nothing outside the site", which needs the page's folder. The Safelist keeps the allow-list
 * declarative and reviewable, the walk below reads it, and the page stays one jsoup tree from
 * Markdown to layout. jsoup is a dependency already; OWASP's would add Guava.
 */
public final class HtmlSanitiser implements HtmlPass {

    /** kramdown's values of {@code markdown=} that ask for the element's content to be read as Markdown. */
    /** A link's scheme and the slashes after it, for {@link Walk#mistypedWebAddress}: {@code hhttps://}. */
    private static final java.util.regex.Pattern MISTYPED_SCHEME = java.util.regex.Pattern.compile("^([a-zA-Z]{3,7}):/{0,3}(?=[\\w.-])");
    private static final java.util.regex.Pattern MARKDOWN_INSIDE = java.util.regex.Pattern.compile("1|span|block|true",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Where lazy-loading scripts (lazysizes, WordPress', jQuery's) keep a picture's file until it is shown. */
    private static final List<String> LAZY_SOURCES = List.of("data-src", "data-lazy-src", "data-original");
    private static final Set<String> EMBEDS = Set.of("object", "embed", "applet", "portal", "frameset", "param");
    /** Attributes whose value is a link the reader may follow, never a load. */
    private static final Set<String> LINKS = Set.of("a href", "a xlink:href", "blockquote cite", "q cite", "del cite", "ins cite");
    /** Attributes that load what they point at as the page is shown. */
    private static final Set<String> LOADS = Set.of("video src", "video poster", "audio src", "source src", "track src",
            "image href", "image xlink:href", "use href", "use xlink:href", "textpath href", "textpath xlink:href",
            "lineargradient href", "lineargradient xlink:href", "radialgradient href", "radialgradient xlink:href",
            "pattern href", "pattern xlink:href");

    /** Attributes, not on the list, whose value the browser would fetch or send something to. */
    static final Set<String> URL_ATTRIBUTES = Set.of("background", "action", "formaction", "src", "href", "lowsrc",
            "dynsrc", "data", "codebase", "longdesc", "poster", "manifest", "profile", "usemap", "icon", "xlink:href", "srcset",
            "archive", "classid", "cite", "itemtype", "ping");

    private final Safelist allowed = AllowedHtml.safelist();
    private final ScriptRule scripts;
    private final Findings findings;
    private final Set<String> files;
    /** The words of the links it puts in place of frames, in each page's language. */
    private final PageLabels labels;

    public HtmlSanitiser(ScriptRule scripts, Findings findings) {
        this(scripts, findings, Set.of());
    }

    public HtmlSanitiser(ScriptRule scripts, Findings findings, Set<String> files) {
        this(scripts, findings, files, PageLabels.english());
    }

    /**
     * @param files the handbook's files (pages and assets, as paths from the content folder): a link that
     *              looks like a scheme but names one of them ({@code colon:%20x.md}) is a link to it, not a scheme
     */
    public HtmlSanitiser(ScriptRule scripts, Findings findings, Set<String> files, PageLabels labels) {
        this.scripts = scripts;
        this.findings = findings;
        this.files = Set.copyOf(files);
        this.labels = labels;
    }

    @Override
    public void apply(PageHtml html) {
        new Walk(html.page().path(), html.page().folder(), labels.of(html.page().path()))
                .clean(html.content());
    }

    /** One page's walk: its file for findings, its folder for relative URLs. */
    private final class Walk {
        private final String file;
        private final String folder;
        private final Labels words;

        Walk(String file, String folder, Labels words) {
            this.file = file;
            this.folder = folder;
            this.words = words;
        }

        /**
         * Visits every element in document order, but none inside one that a visit took out of the page. Whether an
         * element is still in the page is read from its parent, which was visited just before it (or its grandparent,
         * when the parent was unwrapped): the elements known to be in the page are kept, so that the answer takes a
         * step or two, not a walk up to the root from every element, which made 100,000 nested {@code <div>}s cost
         * 26 s (the square of the depth).
         */
        void clean(Element root) {
            Set<Element> inPage = Collections.newSetFromMap(new IdentityHashMap<>());
            inPage.add(root);
            for (Element element : new ArrayList<>(root.getAllElements())) {
                if (element != root && inPage(element, inPage)) {
                    visit(element);
                    if (element.parent() == null) { // removed, replaced or unwrapped: what was inside it is not reached through it
                        inPage.remove(element);
                    }
                }
            }
        }

        /**
         * An element with no attribute of the author's with a value (only words, {@code <page type>}, and the build's own,
         * {@code data-hb-…}): with an unknown name and never closed, a name in angle brackets standing for what the reader
         * types ({@code <expr>}). A known element ({@code <template>}) is not taken for one: the HTML parser has already
         * read what follows as its content.
         */
        private static boolean isPlaceholder(Element element) {
            return element.attributes().asList().stream().allMatch(a -> a.getKey().startsWith("data-hb-") || a.getValue().isEmpty());
        }

        /** The placeholder as written: its name and any words after it ({@code <page type>}, read as attributes). */
        private static String placeholderText(Element element) {
            StringBuilder text = new StringBuilder("<").append(element.normalName());
            element.attributes().asList().stream().map(Attribute::getKey).filter(k -> !k.startsWith("data-hb-"))
                    .forEach(word -> text.append(' ').append(word));
            return text.append('>').toString();
        }

        /** Whether the element is still in the page: it or an ancestor is known to be (all on the way are then added). */
        private static boolean inPage(Element element, Set<Element> inPage) {
            List<Element> path = new ArrayList<>();
            for (Element e = element; e != null; e = e.parent()) {
                if (inPage.contains(e)) {
                    inPage.addAll(path);
                    return true;
                }
                path.add(e);
            }
            return false;
        }

        /**
         * Old HTML that GitHub and kramdown still pass and browsers still show as meant, as the tag that means it now:
         * {@code <tt>} monospaced text as code, {@code <strike>} struck out, {@code <acronym title>} with its expansion.
         * They were unwrapped with a notice, so a struck-out price or step read as current, and the Rails Girls guides'
         * Roman numerals in {@code <tt>} lost their type.
         */
        private static final Map<String, String> OBSOLETE = Map.of("tt", "code", "strike", "s", "acronym", "abbr");

        private void visit(Element element) {
            String tag = element.normalName();
            int line = SourceLines.of(element);
            if (element.hasAttr(MarkdownConverter.UNCLOSED) && !allowed.isSafeTag(tag) && isPlaceholder(element)
                    && !org.jsoup.parser.Tag.isKnownTag(tag)) {
                // "-o jsonpath=<expr>": a name in angle brackets standing for what the reader types, never HTML. GitHub and
                // Hugo drop it and leave a gap in the sentence; it is shown as written.
                element.removeAttr(MarkdownConverter.UNCLOSED);
                String written = placeholderText(element);
                findings.warning(file, line, "html.unclosed", written + " is never closed and is no HTML a page may use; it is "
                                + "shown as the text " + written + ", a placeholder as it seems to be",
                        "write \\" + written + " (or `" + written + "` as code) so that Markdown shows it as written");
                element.before(new org.jsoup.nodes.TextNode(written));
                element.unwrap();
                return;
            }
            if (element.hasAttr(MarkdownConverter.UNCLOSED)) {
                element.removeAttr(MarkdownConverter.UNCLOSED);
                findings.warning(file, line, "html.unclosed", "<" + tag + "> is never closed; the build closed it at the end of its "
                                + "HTML block, so that it cannot swallow what follows",
                        "add </" + tag + "> where the element ends, in the same HTML block or in a later one before the next ---");
            }
            String modern = OBSOLETE.get(tag);
            if (modern != null) {
                element.tagName(modern);
                tag = modern;
            }
            // A Docusaurus page's <head> block (its tag is gone once parsed) writes metadata, harmless and not the page's text.
            if (tag.equals("title") && element.closest("svg") == null || tag.equals("meta") && !element.hasAttr("http-equiv")) {
                element.remove();
                // Written so by an MDX page's <head> block; in another page, pasted with a web page's text (a social card's tags).
                findings.notice(file, line, "html.unsupported", "left out a <" + tag + "> in the page's text ("
                        + (file.toLowerCase(Locale.ROOT).endsWith(".mdx") ? "as a <head> block in MDX writes" : "a web page's metadata, pasted with its text")
                        + "): a page's title and description come from its front matter or first heading", "remove it from the Markdown");
                return;
            }
            String playedFrom = tag.equals("video") || tag.equals("audio") ? onlyFromElsewhere(element) : null;
            if (playedFrom != null) {
                shownAsLink(element, playedFrom, line); // a player with every source taken away would play nothing
                return;
            }
            switch (tag) {
                case "script" -> script(element, line);
                case "iframe", "frame" -> frame(element, line);
                // Neither loads a file: "copy the file into the content folder" told an editor nothing they could do.
                case "base" -> removeElement(element, line, loadsFromElsewhere(element.attr("href")) ? "html.remote" : "html.unsafe",
                        "a <base href>: it re-points every relative link and "
                        + "picture on the page" + elsewhere(element.attr("href")),
                        "remove it from the Markdown: the build writes every link and picture relative to its page");
                case "meta" -> removeElement(element, line, SiteUrl.of(refreshTarget(element), folder) == SiteUrl.REMOTE ? "html.remote"
                        : "html.unsafe", "a <meta> element" + (element.attr("http-equiv").equalsIgnoreCase("refresh")
                        ? " that sends the reader to another address" : "") + "; page settings belong to the theme",
                        element.attr("http-equiv").equalsIgnoreCase("refresh")
                                ? "link to that address instead ([where to go](https://…)), or, for a page that has moved, list its "
                                + "old address under redirect-from: in the front matter of its new page"
                                : "remove it from the Markdown");
                case "link" -> removeElement(element, line, loadsFromElsewhere(element.attr("href")) ? "html.remote" : "html.unsupported",
                        "a <link> element" + elsewhere(element.attr("href")) + "; stylesheets and fonts belong to the theme");
                case "foreignobject" -> removeElement(element, line, "html.unsafe",
                        "an SVG <foreignObject>, which can hold any HTML out of reach of this check");
                case "style" -> style(element, line);
                default -> {
                    String shown = tag.equals("object") || tag.equals("embed") ? embedded(element, tag) : "";
                    if (!shown.isEmpty()) {
                        embed(element, shown, line);
                    } else if (EMBEDS.contains(tag)) {
                        String url = element.hasAttr("data") ? element.attr("data") : element.attr("src");
                        removeElement(element, line, loadsFromElsewhere(url) ? "html.remote" : "html.unsafe",
                                "an <" + tag + "> that embeds another document or a plug-in, which can run code" + elsewhere(url));
                    } else if (tag.equals("input") && !element.attr("type").equalsIgnoreCase("checkbox")) {
                        String src = element.attr("src");
                        removeElement(element, line, loadsFromElsewhere(src) ? "html.remote" : "html.unsupported",
                                // A text box, the commonest, is written without a type: not 'an <input type="">'.
                                (element.attr("type").isBlank() ? "an <input>" : "an <input type=\"" + element.attr("type") + "\">")
                                        + elsewhere(src) + "; a handbook page is not a form");
                    } else {
                        // A component with no content that says its words in attributes: VitePress' <Badge text="beta" />,
                        // a site's own <card heading="API keys" description="Create and delete them">.
                        String words = !allowed.isSafeTag(tag) && element.childNodeSize() == 0 ? componentWords(element) : "";
                        attributes(element, tag, line);
                        if (!allowed.isSafeTag(tag)) {
                            findings.notice(file, line, "html.unsupported", "<" + tag + "> is not among the HTML a handbook page may use; "
                                    + "the build kept its content without it", "write it in Markdown or with the HTML listed in docs/checks.md");
                            if (!words.isBlank()) {
                                element.appendChild(new Element("span").attr(MarkdownConverter.WORDS, "").text(words));
                            }
                            element.unwrap();
                        }
                    }
                }
            }
        }

        /** The words a component with no content gives in its attributes: its text or title, then its description. */
        private static String componentWords(Element element) {
            String words = "";
            for (String name : List.of("text", "heading", "title", "label")) {
                if (!element.attr(name).isBlank()) {
                    words = element.attr(name).strip();
                    break;
                }
            }
            String description = element.attr("description").strip();
            return words.isEmpty() ? description : description.isEmpty() ? words : words + " — " + description;
        }

        private void attributes(Element element, String tag, int line) {
            if (tag.equals("img")) {
                lazySource(element);
                withEmptyAlt(element);
            }
            for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (SourceLines.isPrivate(key)) { // the build's own: a fenced div's attributes for AttributeLists to report
                    continue;
                }
                if (isEventHandler(key)) {
                    script(line, "an event attribute " + attribute.getKey() + "=\"…\"", () -> element.removeAttr(attribute.getKey()));
                    continue;
                }
                if (!allowed.isSafeAttribute(tag, element, attribute) && !key.startsWith("aria-")) {
                    element.removeAttr(attribute.getKey());
                    unknownAttribute(tag, key, value, line);
                    continue;
                }
                String where = tag + " " + key;
                if (key.equals("style")) {
                    CssFilter.Result css = CssFilter.filter(value, folder);
                    if (css.changed()) {
                        reportCss(css, line, "style attribute of <" + tag + ">");
                        if (css.css().isBlank()) {
                            element.removeAttr(attribute.getKey());
                        } else {
                            element.attr(attribute.getKey(), css.css());
                        }
                    }
                } else if (LINKS.contains(where)) {
                    link(element, attribute, line);
                } else if (LOADS.contains(where)) {
                    load(element, attribute, tag, line);
                } else if (key.equals("srcset")) {
                    srcset(element, attribute, tag, line);
                } else if (value.toLowerCase(Locale.ROOT).contains("url(")) {
                    // SVG paint attributes take url(…): fill="url(#gradient)" stays, fill="url(https://…)" does not.
                    String why = CssFilter.problem(value, folder);
                    if (why != null) {
                        element.removeAttr(attribute.getKey());
                        findings.warning(file, line, "html.css", "removed " + key + "=\"" + value + "\" from <" + tag + ">: " + why,
                                "refer only to files inside the content folder, by a relative path");
                    }
                }
            }
        }

        /**
         * A picture written in HTML with no alt text and no other name ({@code <img src="demo.png">}) gets the empty alt text
         * Markdown's {@code ![](demo.png)} writes: without one, a screen reader reads the file's name aloud and the page fails
         * WCAG's check (axe's image-alt, on a Raspberry Pi project's every step with a demo picture). image.alt-missing
         * still tells the author to describe it; the PDFs and the e-book name it as before, reading empty alt text as none.
         */
        private static void withEmptyAlt(Element image) {
            if (!image.hasAttr("alt") && image.attr("title").isBlank() && image.attr("aria-label").isBlank() && !image.hasAttr("aria-labelledby")) {
                image.attr("alt", "");
            }
        }

        /**
         * A picture copied from a web page that loads its pictures lazily names its file in a script's attribute
         * ({@code <img data-src="chairs.png" class="lazyload">}) and has no {@code src} until the script runs; the site has
         * no such script, so the picture showed nothing. Its file becomes its {@code src}, checked as any other.
         */
        private static void lazySource(Element image) {
            if (!image.attr("src").isBlank()) {
                return;
            }
            for (String name : LAZY_SOURCES) {
                if (!image.attr(name).isBlank()) {
                    image.attr("src", image.attr(name).strip());
                    image.removeAttr(name);
                    return;
                }
            }
        }

        private void unknownAttribute(String tag, String key, String value, int line) {
            SiteUrl kind = SiteUrl.of(value, folder);
            if (key.equals("srcdoc")) {
                findings.warning(file, line, "html.unsafe", "removed the srcdoc of <" + tag + ">: it is a whole page, with its own scripts "
                        + "and requests", "link to the page instead");
            } else if (key.equals("ping")) {
                findings.warning(file, line, "html.remote", "removed ping=\"" + value + "\" from <" + tag + ">: it reports every "
                        + "click on the link to another address", "remove the ping attribute");
            } else if (kind == SiteUrl.SCRIPT) {
                findings.warning(file, line, "html.script", "removed " + key + "=\"" + value + "\" from <" + tag + ">: it runs code",
                        "remove it from the Markdown");
            } else if (URL_ATTRIBUTES.contains(key) && !value.isBlank() && kind != SiteUrl.LOCAL) {
                findings.warning(file, line, "html.remote", "removed " + key + "=\"" + value + "\" from <" + tag + ">: it would load "
                        + "something from outside the site", tag.equals("form") && key.equals("action")
                                ? "link to the form on its own website instead: a page here cannot send a form's answers anywhere"
                                : "copy the file into the content folder and use it from Markdown, or remove it");
            } else if (key.equals("markdown") && MARKDOWN_INSIDE.matcher(value).matches()) {
                // kramdown's markdown="1": an instruction to read the element's content as Markdown, which the build
                // does (KramdownHtmlBlocks; between inline tags CommonMark reads Markdown anyway), not a thing the page
                // shows: dropped without a word, where it was "not among the attributes a page may use" (37 on opensource.guide).
                return;
            } else if (allowed.isSafeTag(tag)) { // an element left out is said once, not again for each of its attributes
                findings.notice(file, line, "html.unsupported", "removed " + key + "=\"" + abbreviate(value) + "\" from <" + tag
                        + ">: not among the attributes a handbook page may use", "remove it, or see the list in docs/checks.md");
            }
        }

        private void link(Element element, Attribute attribute, int line) {
            String url = attribute.getValue();
            SiteUrl kind = SiteUrl.of(url, folder);
            if (kind == SiteUrl.SCRIPT) {
                // Named by its own scheme, as the author wrote it (vbscript: is not javascript:).
                String scheme = url.strip().replaceAll("[\\s\\x00-\\x1f]", "");
                scheme = scheme.contains(":") ? scheme.substring(0, scheme.indexOf(':') + 1).toLowerCase(Locale.ROOT) : "javascript:";
                script(line, "a " + scheme + " link (" + abbreviate(url) + ")", () -> element.removeAttr(attribute.getKey()));
            } else if (!SiteUrl.isSafeLink(url, folder) && !SiteUrl.namesFile(url, folder, files)) {
                element.removeAttr(attribute.getKey());
                String meant = mistypedWebAddress(url);
                findings.warning(file, line, "html.unsafe", "removed the link to '" + abbreviate(url) + "' from <" + element.normalName()
                        + ">: only links to pages, websites, e-mail addresses and phone numbers are kept", meant != null
                                ? "did you mean " + abbreviate(meant) + "? Correct the address's start" : "link to a page or a website instead");
            }
        }

        /**
         * The web address a link whose scheme is a slip of the keyboard from http or https meant ({@code hhttps://…},
         * {@code htps://…}, written in 18F's handbook and two of opensource.guide's translations); null for any other.
         */
        private static String mistypedWebAddress(String url) {
            java.util.regex.Matcher start = MISTYPED_SCHEME.matcher(url.strip());
            if (!start.find()) {
                return null;
            }
            String scheme = start.group(1).toLowerCase(Locale.ROOT);
            String meant = org.handbookpress.text.EditDistance.between(scheme, "https") <= 1 ? "https"
                    : org.handbookpress.text.EditDistance.between(scheme, "http") <= 1 ? "http" : null;
            return meant == null ? null : meant + "://" + url.strip().substring(start.end());
        }

        private void load(Element element, Attribute attribute, String tag, int line) {
            String url = attribute.getValue();
            SiteUrl kind = SiteUrl.of(url, folder);
            // A file of the handbook named from the site's top (/media/talk.mp4, as Jekyll and Hugo sites write it): the
            // link pass makes it relative to the page, which from file:// it must be (LinkRewriter).
            if (kind == SiteUrl.LOCAL || kind == SiteUrl.OUTSIDE && url.startsWith("/") && !url.startsWith("//")
                    && SiteUrl.namesFile(url.substring(1), "", files)) {
                return;
            }
            element.removeAttr(attribute.getKey());
            if (kind == SiteUrl.SCRIPT) {
                findings.warning(file, line, "html.script", "removed " + attribute.getKey() + "=\"" + abbreviate(url) + "\" from <" + tag
                        + ">: it runs code", "remove it from the Markdown");
            } else {
                findings.warning(file, line, kind == SiteUrl.DATA ? "html.unsafe" : "html.remote", "removed " + attribute.getKey() + "=\""
                                + abbreviate(url) + "\" from <" + tag + ">: " + (kind == SiteUrl.DATA ? "data: URLs are not loaded"
                                : "it would load from outside the site") + "; the site makes no request outside itself",
                        "copy the file into the content folder and refer to it by a relative path");
            }
        }

        private void srcset(Element element, Attribute attribute, String tag, int line) {
            String url = outsideInSrcset(attribute.getValue(), folder);
            if (url != null) {
                element.removeAttr(attribute.getKey());
                findings.warning(file, line, "html.remote", "removed srcset=\"" + abbreviate(attribute.getValue()) + "\" from <" + tag
                                + ">: '" + url + "' is outside the site; the site makes no request outside itself",
                        "copy the pictures into the content folder and refer to them by relative paths");
            }
        }

        private void script(Element element, int line) {
            String src = element.attr("src");
            if (!src.isBlank() && SiteUrl.of(src, folder) != SiteUrl.LOCAL) {
                removeElement(element, line, "html.remote", "a <script> that loads " + src + " from outside the site");
                return;
            }
            script(line, src.isBlank() ? "a <script> element" : "a <script src=\"" + src + "\">", element::remove);
        }

        /** Code written into content, under the handbook's {@link ScriptRule}. */
        private void script(int line, String what, Runnable remove) {
            switch (scripts) {
                case KEEP -> findings.warning(file, line, "html.script", "kept " + what + " because handbook.yml says 'allow-scripts: true'; "
                        + "it runs on every reader's device", "remove it, or remove 'allow-scripts: true' to have the build remove it");
                case REMOVE_AS_ASKED -> {
                    remove.run();
                    findings.notice(file, line, "html.script-stripped", "removed " + what + " from the page, as 'strip-scripts: true' asks",
                            "delete it from the Markdown to silence this notice");
                }
                case REMOVE -> {
                    remove.run();
                    findings.warning(file, line, "html.script", "removed " + what + ": code in content would run on every reader's device",
                            "delete it from the Markdown; if the handbook truly needs it, set 'allow-scripts: true' in handbook.yml");
                }
            }
        }

        /** The address an {@code <object data>} or {@code <embed src>} shows, or "". */
        private static String embedded(Element element, String tag) {
            return element.attr(tag.equals("object") ? "data" : "src").strip();
        }

        /**
         * An {@code <object>} or {@code <embed>} showing a file: a picture of the site's own (an SVG shown so, as a
         * diagram often is) becomes the picture, which runs nothing; anything else a link, as a frame does.
         */
        private void embed(Element element, String src, int line) {
            if (SiteUrl.of(src, folder) != SiteUrl.LOCAL || !org.handbookpress.links.LinkRewriter.namesPicture(src)) {
                shownAsLink(element, src, line);
                return;
            }
            String alt = !element.attr("title").isBlank() ? element.attr("title") : element.attr("aria-label");
            Element picture = new Element("img").attr("src", src).attr("alt", alt.strip()).attr(MarkdownConverter.LINE, String.valueOf(line));
            for (String size : List.of("width", "height")) {
                if (element.attr(size).strip().matches("\\d{1,5}")) {
                    picture.attr(size, element.attr(size).strip());
                }
            }
            element.replaceWith(picture);
            findings.notice(file, line, "html.unsupported", "an <" + element.normalName() + "> showing the picture " + src
                    + " is shown as that picture (<img>): an embedded document can run scripts", "write it as a picture, ![…](" + src + "), to silence this");
        }

        private void frame(Element element, int line) {
            if (element.hasAttr("srcdoc")) {
                unknownAttribute(element.normalName(), "srcdoc", element.attr("srcdoc"), line);
            }
            shownAsLink(element, element.attr("src").strip(), line);
        }

        /** A frame or embedded document shown as a link to what it shows. */
        private void shownAsLink(Element element, String src, int line) {
            SiteUrl kind = src.isEmpty() ? SiteUrl.DATA : SiteUrl.of(src, folder);
            if (kind != SiteUrl.REMOTE && kind != SiteUrl.LOCAL) {
                if (kind == SiteUrl.SCRIPT) {
                    findings.warning(file, line, "html.script", "removed a frame that runs code (" + abbreviate(src) + ")", "remove it from the Markdown");
                } else if (SiteUrl.normalise(src).regionMatches(true, 0, "file:", 0, 5)) {
                    // A file on the author's own disk, as a converted Word document or a saved web page names it: there is
                    // something to show, which the author can copy in; "nothing to link to" sent them looking for a fault.
                    String name = src.replaceFirst("^.*[/\\\\]", "");
                    findings.warning(file, line, "html.unsafe", "removed the <" + element.normalName() + "> showing '" + abbreviate(src)
                                    + "', a file on the computer the page was written on, which readers cannot open",
                            "copy the file into the content folder and link to it from the page" + (name.isBlank() ? "" : ", [" + name + "](" + name + ")"));
                } else if (!element.hasAttr("srcdoc")) {
                    findings.warning(file, line, "html.unsafe", "removed a frame with nothing to link to", "remove it from the Markdown");
                }
                element.remove();
                return;
            }
            String title = element.attr("title").strip();
            // The link's words are a label in the page's language; its key is put together, or the scan for finding codes
            // (FindingCodesDocumentedTest) would take it for one.
            Element link = new Element("a").attr("href", src).attr(MarkdownConverter.LINE, String.valueOf(line)).text(title.isEmpty()
                    ? words.text("embed." + (kind == SiteUrl.REMOTE ? "frame-remote" : "frame"))
                    : kind == SiteUrl.REMOTE ? words.format("embed.frame-remote.titled", Map.of("title", title)) : title);
            boolean inText = element.parent() != null && Set.of("p", "span", "a", "li", "td", "th", "figcaption", "summary")
                    .contains(element.parent().normalName());
            element.replaceWith(inText ? link : new Element("p").appendChild(link));
            if (kind == SiteUrl.REMOTE) {
                findings.warning(file, line, "html.remote", "removed " + article(element.normalName()) + " <" + element.normalName() + "> that loads " + src
                                + " from another website; the site makes no request outside itself",
                        "it is shown as a link instead; to silence this, write the link yourself");
            } else {
                findings.notice(file, line, "html.unsupported", article(element.normalName()) + " <" + element.normalName() + "> is shown as a link to " + src
                        + ": a frame can run the scripts of the page it shows", "write the link yourself to silence this");
            }
        }

        /**
         * The first address a {@code <video>} or {@code <audio>} plays from, when it and every {@code <source>} in it
         * load from another website (Mozilla's training videos, from a file host); null when any is the site's own.
         */
        private String onlyFromElsewhere(Element element) {
            List<String> sources = new ArrayList<>();
            if (!element.attr("src").isBlank()) {
                sources.add(element.attr("src").strip());
            }
            for (Element source : element.children()) {
                if (source.normalName().equals("source") && !source.attr("src").isBlank()) {
                    sources.add(source.attr("src").strip());
                }
            }
            return !sources.isEmpty() && sources.stream().allMatch(url -> SiteUrl.of(url, folder) == SiteUrl.REMOTE) ? sources.get(0) : null;
        }

        private void style(Element element, int line) {
            CssFilter.Result css = CssFilter.filter(css(element), folder);
            if (css.changed()) {
                reportCss(css, line, "<style> element");
                element.empty();
                element.appendChild(new DataNode(css.css()));
            }
            attributes(element, "style", line);
        }

        private void reportCss(CssFilter.Result css, int line, String where) {
            for (CssFilter.Removal removal : css.removed()) {
                findings.warning(file, line, "html.css", "removed '" + abbreviate(removal.css()) + "' from a " + where + ": " + removal.why(),
                        "refer only to files inside the content folder, by a relative path; fonts and stylesheets belong to the theme");
            }
        }

        /** "an" before an element read with a vowel first (an iframe, an object, an embed), "a" before the rest (a frame). */
        private static String article(String tag) {
            return "aeiou".indexOf(tag.isEmpty() ? 'x' : tag.charAt(0)) >= 0 ? "an" : "a";
        }

        private void removeElement(Element element, int line, String code, String what) {
            removeElement(element, line, code, what,
                    code.equals("html.remote") ? "copy the file into the content folder and refer to it relatively, or remove it"
                            : "remove it from the Markdown");
        }

        private void removeElement(Element element, int line, String code, String what, String toDo) {
            element.remove();
            findings.warning(file, line, code, "removed " + what, toDo);
        }

        private boolean loadsFromElsewhere(String url) {
            return !url.isBlank() && SiteUrl.of(url, folder) != SiteUrl.LOCAL;
        }

        private String elsewhere(String url) {
            return loadsFromElsewhere(url) ? " (" + abbreviate(url) + ")" : "";
        }
    }

    /** The URL of {@code <meta http-equiv="refresh" content="0; url=…">}, or "". */
    private static String refreshTarget(Element meta) {
        String content = meta.attr("content");
        int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
        return at < 0 ? "" : content.substring(at + 4).strip().replaceAll("^['\"]|['\"]$", "");
    }

    /**
     * The first address in a {@code srcset} that is not the site's own, or null. Every word that is not a width or density
     * descriptor is judged as a URL: a tab inside a scheme splits it in two words, and neither half may point outside.
     */
    static String outsideInSrcset(String srcset, String folder) {
        for (String url : srcset.split("[\\s,]+")) {
            if (!url.isEmpty() && !url.matches("\\d+(\\.\\d+)?[wxh]") && SiteUrl.of(url, folder) != SiteUrl.LOCAL) {
                return url;
            }
        }
        return null;
    }

    /** The stylesheet in a {@code <style>}: data in HTML, text (or CDATA) in SVG and XML. */
    static String css(Element style) {
        return style.data().isEmpty() ? style.wholeText() : style.data();
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "…";
    }

    /**
     * Whether an attribute (its local name, in lower case) is an event handler: "on" and letters, as every handler
     * HTML and SVG define ({@code onclick}, {@code onbegin}). A name with other characters is never run:
     * Inkscape's {@code only_selected} is a setting of its own, which an {@code on} prefix alone took for a script.
     */
    static boolean isEventHandler(String name) {
        if (name.length() <= 2 || !name.startsWith("on")) {
            return false;
        }
        for (int i = 2; i < name.length(); i++) {
            if (name.charAt(i) < 'a' || name.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }
}
