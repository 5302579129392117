package org.handbookpress.epub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.content.TextDirection;
import org.handbookpress.files.SitePath;
import org.handbookpress.files.WrittenAddress;
import org.handbookpress.labels.Labels;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.markdown.ConditionalContent;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.handbookpress.pdf.PageStyles;
import org.handbookpress.pdf.UsedInLists;
import org.handbookpress.slides.Slide;
import org.handbookpress.slides.SlideDeck;
import org.handbookpress.xml.XmlText;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Makes a pack's reflowable EPUB 3: a cover page, the navigation document (every page and its
 * {@code h2} sections, plus landmarks), every page as its own XHTML content document, the pictures
 * they use, and the glossary, whose terms link to their entry and whose entries link back to the
 * term's first use. Links between pages of the book stay inside it; links to pages outside the pack
 * go to the website when {@code baseUrl} is known and are otherwise plain text. No fonts are embedded.
 * The bytes depend only on the {@link EpubBook}: fixed entry order and times, a name-based identifier.
 */
public final class EpubMaker {

    private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp");
    /** Not for an e-book: scripts (the book is not scripted), embedded frames, and the web page's screen-only parts. */
    private static final String REMOVED = "script, noscript, iframe, object, embed, .screen-only, .glossary-az";
    static final String TEXT = "OEBPS/";

    private final EpubBook book;
    private final String language;
    private final String baseUrl;
    /** The book's own words, in its language. */
    private final Labels words;
    /** Site URL of each page in the book → its XHTML file name. */
    private final Map<String, String> files = new LinkedHashMap<>();
    /** Site path of each picture used → its path in the book (relative to OEBPS). */
    private final Map<String, String> images = new LinkedHashMap<>();
    /** Glossary fragment (term id) → where the term is first used ({@code file#id}). */
    private final Map<String, String> firstUse = new LinkedHashMap<>();
    private boolean missingAlt;
    private int uses;

    private EpubMaker(EpubBook book) {
        this.book = book;
        this.language = book.language() == null || book.language().isBlank() ? "en" : book.language();
        this.words = book.labels();
        String base = book.baseUrl();
        this.baseUrl = base == null || base.isBlank() ? null : (base.endsWith("/") ? base : base + "/");
    }

    /** The EPUB's bytes. */
    public static byte[] make(EpubBook book) throws IOException {
        return new EpubMaker(book).build();
    }

    private byte[] build() throws IOException {
        List<PageHtml> pages = new ArrayList<>(book.pages());
        // Each glossary the pages use, not only the handbook's own: a folder of translations' pages link their terms to
        // its glossary (uk/glossary.md), which a pack of them would otherwise lack, its terms leading out of the book.
        List<PageHtml> pack = List.copyOf(pages);
        for (PageHtml glossary : book.glossaries()) {
            if (pack.stream().noneMatch(p -> p.page().url().equals(glossary.page().url()))
                    && pack.stream().anyMatch(p -> linksTo(p, glossary.page().url()))) {
                pages.add(glossary);
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            files.put(pages.get(i).page().url(), String.format(Locale.ROOT, "page-%03d.xhtml", i + 1));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<Chapter> chapters = new ArrayList<>();
        for (PageHtml html : pages) {
            chapters.add(chapter(html));
        }
        // Back links from glossary entries: only now are the first uses known.
        for (Chapter chapter : chapters) {
            if (chapter.page().kind() == Kind.GLOSSARY) {
                addBackLinks(chapter);
            }
        }
        for (Chapter chapter : chapters) {
            String styles = takeStyles(chapter.body());
            // A chapter in another language than the book's (a Welsh page in an English pack) is marked so, as in the PDF.
            String own = book.textLanguage().apply(chapter.page());
            entries.put(TEXT + chapter.file(), utf8(xhtml(chapter.title(), chapter.body().outerHtml(), "", styles,
                    own == null || own.isBlank() ? language : own)));
        }
        for (Map.Entry<String, String> image : images.entrySet()) {
            byte[] clean = book.cleanSvgs().get(image.getKey());
            entries.put(TEXT + image.getValue(), clean != null ? clean : Files.readAllBytes(book.files().file(image.getKey())));
        }
        entries.put(TEXT + "cover.xhtml", utf8(cover()));
        entries.put(TEXT + "nav.xhtml", utf8(nav(chapters)));
        entries.put(TEXT + "book.css", utf8(CSS));
        entries.put(TEXT + "package.opf", utf8(opf(chapters)));
        entries.put("META-INF/container.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles>
                    <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>
                  </rootfiles>
                </container>
                """));
        return EpubZip.zip(entries, book.modified());
    }

    private record Chapter(Page page, String file, String title, Element body, boolean svg) {
    }

    private Chapter chapter(PageHtml html) {
        Page page = html.page();
        String file = files.get(page.url());
        Document doc = Document.createShell("");
        Element section = doc.body().appendElement("section");
        switch (page.kind()) {
            case CHAPTER -> section.attr("epub:type", "chapter").attr("role", "doc-chapter");
            case GLOSSARY -> section.attr("epub:type", "glossary").attr("role", "doc-glossary");
            default -> { }
        }
        Element title = section.appendElement("h1").text(page.title());
        DocumentFacts facts = book.documentFacts().apply(page);
        section.append(facts.facts());
        if (page.kind() == Kind.SLIDES) {
            slides(html, section);
        } else {
            for (Node child : html.content().childNodes()) {
                section.appendChild(child.clone());
            }
        }
        section.append(facts.history());
        section.select(REMOVED).remove();
        section.select("." + ConditionalContent.PRINT_ONLY + "[hidden]").removeAttr("hidden"); // the book's, not the web page's
        String folder = SitePath.folderOf(page.url());
        if (page.kind() == Kind.GLOSSARY) {
            usedInTheBook(section, page.url());
        }
        unplayed(section);
        for (Element link : section.select("a[href]")) {
            link(page, file, folder, link);
        }
        for (Element image : section.select("img")) {
            image(folder, image);
        }
        int n = 0;
        for (Element h2 : section.select("h2")) {
            if (h2.id().isBlank()) {
                h2.attr("id", "section-" + (++n));
            }
        }
        // A page's "back to top" and "skip to the content" links name places a web page's layout has (#top, #main:
        // LinkRewriter.layoutPlace); in the book they are the chapter's title and the chapter.
        if (section.getElementById("main") == null) {
            section.attr("id", "main");
        }
        if (section.getElementById("top") == null) {
            title.attr("id", "top");
        }
        // Attributes of the web page's widgets mean nothing in a book.
        section.select("[data-definition]").removeAttr("data-definition").removeAttr("data-term");
        // Nor do the build's own (each element's source line, a heading's words): the site's pages are written without
        // them, and so is the book, which carried data-hb-line on nearly every element.
        SourceLines.strip(section);
        leaveOutWhatXmlCannotCarry(section);
        PresentationalAttributes.restyle(section);
        ContentModel.repair(section, words.text("epub.details"));
        Document out = new Document("");
        out.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element body = out.appendElement("body");
        body.appendChild(section);
        return new Chapter(page, file, page.title(), body, !section.select("svg").isEmpty());
    }

    /**
     * Markdown passes control characters through, and a browser reads past them; in a chapter's XHTML even one,
     * escaped or not, makes the file unreadable to a reader or epubcheck. Text, styles and attributes lose them.
     */
    private static void leaveOutWhatXmlCannotCarry(Element section) {
        section.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                text.text(XmlText.legal(text.getWholeText()));
            } else if (node instanceof DataNode data) {
                data.setWholeData(XmlText.legal(data.getWholeData()));
            } else if (node instanceof Comment comment) {
                comment.setData(XmlText.legal(comment.getData()));
            } else if (node instanceof Element element) {
                for (Attribute attribute : element.attributes()) {
                    attribute.setValue(XmlText.legal(attribute.getValue()));
                }
            }
        });
    }

    /** A deck reflowed: each slide a section, its speaker notes only when the deck says {@code handout: notes}. */
    private void slides(PageHtml html, Element section) {
        SlideDeck deck = SlideDeck.of(html);
        for (Slide slide : deck.slides()) {
            Element s = section.appendElement("section").addClass("slide")
                    .attr("aria-label", words.format("epub.slide", Map.of("number", slide.number())));
            s.appendElement("p").addClass("slide-number").text(words.format("epub.slide", Map.of("number", slide.number())));
            s.append(slide.readingHtml()); // under the deck's title, the book's one h1 in this chapter
            if (deck.handoutWithNotes() && !slide.notes().isBlank()) {
                Element notes = s.appendElement("aside").addClass("speaker-notes").attr("aria-label", words.text("slides.notes"));
                notes.appendElement("p").addClass("speaker-notes-title").text(words.text("slides.notes"));
                notes.append(slide.notes());
            }
        }
    }

    private void link(Page page, String file, String folder, Element link) {
        String href = link.attr("href").trim();
        if (WrittenAddress.isNoPath(href) || href.startsWith("#")) {
            String valid = WebAddress.valid(href);
            if (valid == null) {
                link.unwrap(); // no address a reader could follow: its words stay
            } else if (!valid.equals(href)) {
                link.attr("href", valid);
            }
            return;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash + 1);
        String url = path.isEmpty() ? page.url() : RelativeUrl.resolve(folder, path);
        String target = url == null ? null : files.get(url);
        if (target != null) {
            link.attr("href", target + (fragment.isEmpty() ? "" : "#" + fragment));
            Page to = book.pagesByUrl().get(url);
            if (to != null && to.kind() == Kind.GLOSSARY && !fragment.isEmpty() && page.kind() != Kind.GLOSSARY) {
                link.addClass("glossary-term");
                String entry = target + "#" + fragment; // by glossary too: two glossaries may each have an entry of an id
                if (!firstUse.containsKey(entry)) {
                    if (link.id().isBlank()) {
                        link.attr("id", "glossary-use-" + (++uses));
                    }
                    firstUse.put(entry, file + "#" + link.id());
                }
            }
        } else if (url != null && baseUrl != null && book.pagesByUrl().containsKey(url)) {
            link.attr("href", baseUrl + url + (fragment.isEmpty() ? "" : "#" + fragment));
        } else {
            link.unwrap(); // a relative link leads nowhere from an e-book
        }
    }

    private void image(String folder, Element image) {
        String src = image.attr("src").trim();
        String resolved = WrittenAddress.isNoPath(src) || src.startsWith("/") ? null
                : RelativeUrl.resolve(folder, src);
        String ext = resolved == null ? "" : resolved.substring(resolved.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (resolved == null || !IMAGE_TYPES.containsKey(ext) || !Files.isRegularFile(book.files().file(resolved))) {
            // Remote pictures are never fetched; a picture the book cannot hold is replaced by its description.
            String alt = image.attr("alt");
            if (alt.isBlank()) {
                image.remove();
            } else {
                image.replaceWith(new Element("span").addClass("missing-picture").text(alt));
            }
            return;
        }
        String inBook = images.computeIfAbsent(resolved, r -> String.format(Locale.ROOT, "images/image-%03d.%s", images.size() + 1, ext));
        image.attr("src", inBook);
        image.removeAttr("srcset");
        if (image.attr("alt").isBlank()) {
            // No words for it: the book's accessibility metadata must not say every picture is described. The site gives a
            // picture written in HTML without alt text an empty one (HtmlSanitiser), so empty counts as missing here.
            missingAlt = true;
            image.attr("alt", "");
        }
    }

    /** The glossary's "Used in" lists as a reader of the book can follow them, as the PDFs print them ({@link UsedInLists}). */
    private void usedInTheBook(Element section, String glossaryUrl) {
        UsedInLists.rewrite(section, glossaryUrl, files.keySet(), book.termUsers(),
                url -> book.pagesByUrl().containsKey(url) ? book.pagesByUrl().get(url).title() : null, baseUrl != null);
    }

    private void addBackLinks(Chapter glossary) {
        String ofThisGlossary = glossary.file() + "#";
        for (Map.Entry<String, String> use : firstUse.entrySet()) {
            if (!use.getKey().startsWith(ofThisGlossary)) {
                continue;
            }
            Element entry = glossary.body().getElementById(use.getKey().substring(ofThisGlossary.length()));
            if (entry == null) {
                continue;
            }
            Element holder = entry;
            if (entry.tagName().equals("dt") && entry.nextElementSibling() != null
                    && entry.nextElementSibling().tagName().equals("dd")) {
                holder = entry.nextElementSibling();
            }
            holder.appendText(" ");
            holder.appendElement("a").addClass("glossary-back").attr("href", use.getValue())
                    .text(words.text("epub.back-to-first-use"));
        }
    }

    private String cover() {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"cover\" epub:type=\"cover\">\n<h1>").append(XmlText.escape(book.title())).append("</h1>\n");
        if (book.subtitle() != null && !book.subtitle().isBlank()) {
            b.append("<p class=\"subtitle\">").append(XmlText.escape(book.subtitle())).append("</p>\n");
        }
        String publisher = book.organisation() == null || book.organisation().isBlank() ? book.siteTitle() : book.organisation();
        if (publisher != null && !publisher.isBlank()) {
            b.append("<p class=\"publisher\">").append(XmlText.escape(publisher)).append("</p>\n");
        }
        b.append("</section>");
        return xhtml(book.title(), b.toString(), "");
    }

    private String nav(List<Chapter> chapters) {
        StringBuilder b = new StringBuilder();
        b.append("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n<h1>").append(XmlText.escape(words.text("epub.contents"))).append("</h1>\n<ol>\n");
        for (Chapter c : chapters) {
            b.append("<li><a href=\"").append(c.file()).append("\">").append(XmlText.escape(c.title())).append("</a>");
            List<Element> sections = c.body().select("section > h2[id]");
            if (!sections.isEmpty()) {
                b.append("\n<ol>\n");
                for (Element h2 : sections) {
                    b.append("<li><a href=\"").append(c.file()).append('#').append(XmlText.escape(h2.id())).append("\">")
                            .append(XmlText.escape(h2.text().isBlank() ? words.text("epub.section") : h2.text())).append("</a></li>\n");
                }
                b.append("</ol>\n");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n</nav>\n");
        b.append("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>").append(XmlText.escape(words.text("epub.landmarks"))).append("</h2>\n<ol>\n");
        b.append("<li><a epub:type=\"cover\" href=\"cover.xhtml\">").append(XmlText.escape(words.text("epub.cover"))).append("</a></li>\n");
        b.append("<li><a epub:type=\"toc\" href=\"nav.xhtml#toc\">").append(XmlText.escape(words.text("epub.contents"))).append("</a></li>\n");
        if (!chapters.isEmpty()) {
            b.append("<li><a epub:type=\"bodymatter\" href=\"").append(chapters.get(0).file()).append("\">")
                    .append(XmlText.escape(chapters.get(0).title())).append("</a></li>\n");
        }
        for (Chapter c : chapters) {
            if (c.page().kind() == Kind.GLOSSARY) {
                b.append("<li><a epub:type=\"glossary\" href=\"").append(c.file()).append("\">").append(XmlText.escape(words.text("epub.glossary"))).append("</a></li>\n");
            }
        }
        b.append("</ol>\n</nav>");
        return xhtml(words.text("epub.contents"), b.toString(), "");
    }

    private String opf(List<Chapter> chapters) {
        String modified = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
                .format(book.modified().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        String where = baseUrl != null ? baseUrl : book.siteTitle() == null ? "" : book.siteTitle();
        UUID id = UUID.nameUUIDFromBytes(("handbookpress:epub:" + where + ":" + book.packId()).getBytes(StandardCharsets.UTF_8));
        String publisher = book.organisation() == null || book.organisation().isBlank() ? book.siteTitle() : book.organisation();
        boolean pictures = !images.isEmpty();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"")
                .append(XmlText.escape(language)).append("\">\n");
        b.append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        b.append("<dc:identifier id=\"uid\">urn:uuid:").append(id).append("</dc:identifier>\n");
        b.append("<dc:title>").append(XmlText.escape(book.title())).append("</dc:title>\n");
        b.append("<dc:language>").append(XmlText.escape(language)).append("</dc:language>\n");
        if (publisher != null && !publisher.isBlank()) {
            b.append("<dc:creator>").append(XmlText.escape(publisher)).append("</dc:creator>\n");
            b.append("<dc:publisher>").append(XmlText.escape(publisher)).append("</dc:publisher>\n");
        }
        if (book.subtitle() != null && !book.subtitle().isBlank()) {
            b.append("<dc:description>").append(XmlText.escape(book.subtitle())).append("</dc:description>\n");
        }
        b.append("<meta property=\"dcterms:modified\">").append(modified).append("</meta>\n");
        b.append("<meta property=\"schema:accessMode\">textual</meta>\n");
        if (pictures) {
            b.append("<meta property=\"schema:accessMode\">visual</meta>\n");
        }
        b.append("<meta property=\"schema:accessModeSufficient\">textual</meta>\n");
        List<String> features = new ArrayList<>(List.of("structuralNavigation", "tableOfContents", "readingOrder"));
        if (pictures && !missingAlt) {
            features.add("alternativeText");
        }
        for (String feature : features) {
            b.append("<meta property=\"schema:accessibilityFeature\">").append(feature).append("</meta>\n");
        }
        b.append("<meta property=\"schema:accessibilityHazard\">none</meta>\n");
        b.append("<meta property=\"schema:accessibilitySummary\">").append(XmlText.escape(summary(pictures))).append("</meta>\n");
        if (!missingAlt) {
            // Claimed only when every picture has a description; the site's checks hold the pages to WCAG 2.2 AA.
            b.append("<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>\n");
        }
        b.append("</metadata>\n<manifest>\n");
        b.append("<item id=\"cover\" href=\"cover.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        b.append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        b.append("<item id=\"css\" href=\"book.css\" media-type=\"text/css\"/>\n");
        for (Chapter c : chapters) {
            b.append("<item id=\"").append(itemId(c.file())).append("\" href=\"").append(c.file())
                    .append("\" media-type=\"application/xhtml+xml\"").append(c.svg() ? " properties=\"svg\"" : "").append("/>\n");
        }
        for (String image : images.values()) {
            String ext = image.substring(image.lastIndexOf('.') + 1);
            b.append("<item id=\"").append(itemId(image.substring(image.lastIndexOf('/') + 1))).append("\" href=\"").append(image)
                    .append("\" media-type=\"").append(IMAGE_TYPES.get(ext)).append("\"/>\n");
        }
        b.append("</manifest>\n<spine" + (TextDirection.rightToLeft(language) ? " page-progression-direction=\"rtl\"" : "")
                + ">\n<itemref idref=\"cover\"/>\n<itemref idref=\"nav\"/>\n");
        for (Chapter c : chapters) {
            b.append("<itemref idref=\"").append(itemId(c.file())).append("\"/>\n");
        }
        b.append("</spine>\n</package>\n");
        return b.toString();
    }

    private String summary(boolean pictures) {
        return words.text("epub.summary") + " "
                + (pictures ? words.text(missingAlt ? "epub.summary.undescribed" : "epub.summary.described") + " " : "")
                + words.text("epub.summary.links-fonts");
    }

    private String xhtml(String title, String body, String bodyClass) {
        return xhtml(title, body, bodyClass, "", language);
    }

    /**
     * @param styles style elements for the head, after the book's style sheet (a page's own, {@link #takeStyles})
     * @param lang   the language of the document's text: the book's, or a chapter's own
     */
    private static String xhtml(String title, String body, String bodyClass, String styles, String lang) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\""
                + XmlText.escape(lang) + "\" xml:lang=\"" + XmlText.escape(lang) + "\""
                + (TextDirection.rightToLeft(lang) ? " dir=\"rtl\"" : "") + ">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"
                + XmlText.escape(title) + "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"book.css\"/>\n" + styles + "</head>\n"
                + (body.startsWith("<body") ? body : "<body" + (bodyClass.isEmpty() ? "" : " class=\"" + bodyClass + "\"") + ">\n"
                + body + "\n</body>") + "\n</html>\n";
    }

    /** A page's own style sheets ({@link PageStyles#inBody}), taken out of its body for the head. */
    private static String takeStyles(Element body) {
        StringBuilder styles = new StringBuilder();
        for (Element style : PageStyles.inBody(body)) {
            WebAddress.encodeDataUrls(style);
            styles.append(style.outerHtml()).append('\n');
            style.remove();
        }
        return styles.toString();
    }

    private static String itemId(String file) {
        return "i-" + file.replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static boolean linksTo(PageHtml page, String url) {
        String folder = SitePath.folderOf(page.page().url());
        for (Element a : page.content().select("a[href]")) {
            String href = a.attr("href");
            int hash = href.indexOf('#');
            String path = hash < 0 ? href : href.substring(0, hash);
            if (!path.isEmpty() && !WrittenAddress.hasScheme(path) && url.equals(RelativeUrl.resolve(folder, path))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String CSS = """
            body { line-height: 1.5; }
            img.only-dark { display: none; }
            .cover { text-align: center; margin-top: 20%; }
            .cover .subtitle { font-style: italic; }
            section.slide { border-top: 1px solid #777; margin-top: 1.5em; padding-top: 0.5em; }
            .slide-number, .speaker-notes-title { font-weight: bold; }
            .speaker-notes { margin-left: 1em; padding-left: 0.5em; border-left: 3px solid #777; }
            .callout { border-left: 3px solid #777; padding-left: 0.75em; margin: 1em 0; }
            .glossary-back { font-size: 0.9em; }
            img { max-width: 100%; height: auto; }
            """;

    /**
     * Videos and sounds in the book as the link a player holds for what cannot play it (links/PlayedMedia writes one),
     * else a link to the file: the book does not carry them (it would weigh what they weigh, and few e-readers play
     * them), and epubcheck rejects a player whose file is not in the book (RSC-007).
     */
    private static void unplayed(Element section) {
        for (Element player : section.select("video, audio")) {
            player.select("source, track").remove();
            if (player.children().isEmpty() && player.text().isBlank()) {
                String src = player.attr("src");
                if (src.isBlank()) {
                    player.remove();
                    continue;
                }
                player.appendElement("a").attr("href", src).text(src.substring(src.lastIndexOf('/') + 1));
            }
            player.unwrap();
        }
    }
}
