package org.handbookpress.sanitise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.handbookpress.files.SitePath;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * An SVG file from content, as the site will serve it. Opened on its own (a reader following a link to
 * it, or a browser showing it in an {@code <object>}), an SVG is a document that can run scripts and
 * load from anywhere, so the copy the site serves keeps its drawing and loses what is active:
 * {@code <script>}, {@code on…} attributes, {@code <foreignObject>}, animations that rewrite a link or an
 * event attribute, references outside the site ({@code href}, {@code xlink:href}, {@code url(…)},
 * {@code @import}, {@code <?xml-stylesheet?>}, any XSLT, and XHTML's loading attributes, {@code srcset},
 * {@code poster}, {@code background}…, with its {@code <meta http-equiv>}). Unlike pages, SVG files are not
 * held to an allow-list of elements: the metadata drawing programs write (Inkscape, Illustrator) is inert. Each
 * removal is an {@code svg.unsafe} finding naming the file and line; a clean file is served byte for byte, unless
 * its DOCTYPE declares entities ({@link SvgDoctype}): it is then checked and served with them written out.
 */
public final class SvgSanitiser {

    private static final Set<String> ACTIVE = Set.of("script", "foreignobject", "iframe", "frame", "frameset", "embed", "object",
            "applet", "portal", "handler", "listener");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform");

    private final Findings findings;

    public SvgSanitiser(Findings findings) {
        this.findings = findings;
    }

    /**
     * Every SVG among the handbook's files, checked before anything is written.
     *
     * @param files  the file each path is read from ({@code AssetFiles.file}: the content folder's, or a site's static folder's)
     * @param assets paths from the content folder, as the handbook lists its files
     * @return the bytes to serve for each SVG that had to be cleaned, by path
     */
    public Map<String, byte[]> cleanAll(java.util.function.Function<String, Path> files, Collection<String> assets) throws IOException {
        Map<String, byte[]> cleaned = new TreeMap<>();
        for (String asset : assets) {
            if (asset.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                clean(asset, Files.readAllBytes(files.apply(asset))).ifPresent(bytes -> cleaned.put(asset, bytes));
            }
        }
        return cleaned;
    }

    /**
     * @param file   the SVG's path in the content folder, for findings and to resolve its relative URLs
     * @return the bytes to serve instead, when something had to be removed
     */
    public Optional<byte[]> clean(String file, byte[] svg) {
        Parser parser = Parser.xmlParser().setTrackPosition(true);
        // Checked as a browser reads it: in UTF-16 when it is written so, the entities its DOCTYPE declares written out,
        // which this parser leaves as text.
        java.nio.charset.Charset encoding = encoding(svg);
        String text = new String(svg, encoding);
        SvgDoctype.Read doctype = SvgDoctype.read(text);
        Document document = Jsoup.parse(doctype.text() != null ? doctype.text() : text, "", parser);
        String folder = SitePath.folderOf(file);
        List<Finding> removals = new ArrayList<>();
        doctype.leftOut().forEach(what -> removals.add(report(file, 1, what)));
        for (Node node : new ArrayList<>(document.childNodes())) {
            if (node instanceof XmlDeclaration declaration && declaration.name().equalsIgnoreCase("xml-stylesheet")) {
                String href = declaration.attr("href");
                // Only a style sheet: XSLT (type="text/xsl", even from within the file, href="#s") turns the drawing into
                // whatever markup it writes, scripts included, which no check here sees.
                boolean css = declaration.attr("type").strip().toLowerCase(Locale.ROOT).equals("text/css");
                if (!css || SiteUrl.of(href, folder) != SiteUrl.LOCAL) {
                    removals.add(report(file, 1, "an <?xml-stylesheet?> that " + (css ? "loads " + href
                            : "transforms the drawing (" + HtmlSanitiser.abbreviate(declaration.attr("type") + " " + href).strip()
                            + ") into markup no check sees")));
                    node.remove();
                }
            }
        }
        List<Integer> htmlLabels = new ArrayList<>();
        for (Element element : new ArrayList<>(document.getAllElements())) {
            if (element.root() == document) {
                if (isHtmlLabel(element)) {
                    htmlLabels.add(element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0);
                    element.remove();
                } else {
                    visit(file, folder, element, removals);
                }
            }
        }
        if (!htmlLabels.isEmpty()) {
            removals.add(htmlLabelsRemoved(file, htmlLabels));
        }
        boolean utf8 = encoding.equals(StandardCharsets.UTF_8);
        if (removals.isEmpty() && doctype.text() == null && utf8) {
            return Optional.empty();
        }
        if (!utf8) { // served as UTF-8, which it then says
            document.childNodes().stream().filter(n -> n instanceof XmlDeclaration d && d.hasAttr("encoding"))
                    .forEach(n -> n.attr("encoding", "UTF-8"));
        }
        removals.forEach(findings::add);
        document.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8);
        return Optional.of(document.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    private static void visit(String file, String folder, Element element, List<Finding> removals) {
        String name = localName(element.normalName());
        int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
        if (ACTIVE.contains(name)) {
            removals.add(report(file, line, "a <" + element.tagName() + "> element"));
            element.remove();
            return;
        }
        String animated = localName(element.attr("attributeName").strip().toLowerCase(Locale.ROOT));
        if (ANIMATIONS.contains(name) && (animated.equals("href") || HtmlSanitiser.isEventHandler(animated))) {
            removals.add(report(file, line, (name.equals("set") ? "a <" : "an <") + element.tagName() + "> that rewrites "
                    + (animated.equals("href") ? "a link" : "an event attribute")));
            element.remove();
            return;
        }
        if (name.equals("meta") && element.hasAttr("http-equiv")) {
            // An XHTML <meta http-equiv="refresh"> works in an SVG opened on its own: it sends the reader elsewhere.
            removals.add(report(file, line, "a <" + element.tagName() + " http-equiv> element, which can send the reader to another address"));
            element.remove();
            return;
        }
        if (name.equals("style")) {
            CssFilter.Result css = CssFilter.filter(HtmlSanitiser.css(element), folder);
            if (css.changed()) {
                css.removed().forEach(r -> removals.add(report(file, line, "'" + HtmlSanitiser.abbreviate(r.css()) + "' from a <style> element (" + r.why() + ")")));
                element.empty();
                element.appendChild(new DataNode(css.css()));
            }
        }
        for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
            String key = attribute.getKey();
            String lower = localName(key.toLowerCase(Locale.ROOT));
            String value = attribute.getValue();
            if (HtmlSanitiser.isEventHandler(lower)) {
                removals.add(report(file, line, "the event attribute " + key + " of <" + element.tagName() + ">"));
                element.removeAttr(key);
            } else if (lower.equals("href") || lower.equals("src")) {
                SiteUrl kind = SiteUrl.of(value, folder);
                boolean link = name.equals("a") && kind != SiteUrl.SCRIPT && SiteUrl.isSafeLink(value, folder);
                // A bitmap embedded in the drawing (<image href="data:image/png;base64,…">) loads nothing and runs nothing.
                boolean embeddedPicture = name.equals("image") && kind == SiteUrl.DATA
                        && SAFE_DATA_PICTURE.matcher(value.trim().toLowerCase(Locale.ROOT)).lookingAt();
                if (kind != SiteUrl.LOCAL && !link && !embeddedPicture) {
                    removals.add(report(file, line, key + "=\"" + HtmlSanitiser.abbreviate(value) + "\" of <" + element.tagName() + ">, which "
                            + (kind == SiteUrl.SCRIPT ? "runs code" : "points outside the site")));
                    element.removeAttr(key);
                }
            } else if (lower.equals("srcset") && HtmlSanitiser.outsideInSrcset(value, folder) != null
                    || key.equalsIgnoreCase("xml:base") && SiteUrl.of(value, folder) != SiteUrl.LOCAL
                    || HtmlSanitiser.URL_ATTRIBUTES.contains(lower) && !value.isBlank() && SiteUrl.of(value, folder) != SiteUrl.LOCAL) {
                // XHTML written into the drawing (xmlns:h="http://www.w3.org/1999/xhtml") loads as a page's would:
                // <h:img srcset>, <h:video poster>, <h:table background> all reach another website.
                removals.add(report(file, line, key + "=\"" + HtmlSanitiser.abbreviate(value) + "\" of <" + element.tagName() + ">, which "
                        + (SiteUrl.of(value, folder) == SiteUrl.SCRIPT ? "runs code" : "points outside the site")));
                element.removeAttr(key);
            } else if (lower.equals("style") || value.toLowerCase(Locale.ROOT).contains("url(")) {
                CssFilter.Result css = lower.equals("style") ? CssFilter.filter(value, folder) : null;
                String why = css == null ? CssFilter.problem(value, folder) : css.changed() ? css.removed().get(0).why() : null;
                if (why != null) {
                    removals.add(report(file, line, key + "=\"" + HtmlSanitiser.abbreviate(value) + "\" of <" + element.tagName() + "> (" + why + ")"));
                    if (css != null && !css.css().isBlank()) {
                        element.attr(key, css.css());
                    } else {
                        element.removeAttr(key);
                    }
                }
            }
        }
    }

    /**
     * The encoding a browser reads the file in: UTF-16 when it starts with UTF-16's byte-order mark or with a character of
     * ASCII written in two bytes ({@code <} as {@code 3C 00}), as XML tells its encodings apart; UTF-8 otherwise. Read as
     * UTF-8, a UTF-16 file showed the check no markup at all, and its script ran once the reader opened it.
     */
    static java.nio.charset.Charset encoding(byte[] svg) {
        if (svg.length >= 2 && (svg[0] == (byte) 0xFF && svg[1] == (byte) 0xFE || svg[0] == (byte) 0xFE && svg[1] == (byte) 0xFF)) {
            return StandardCharsets.UTF_16; // the mark says the order, and is dropped
        }
        if (svg.length >= 2 && svg[0] != 0 && svg[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return svg.length >= 2 && svg[0] == 0 && svg[1] != 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
    }

    private static final java.util.regex.Pattern SAFE_DATA_PICTURE = java.util.regex.Pattern.compile("data:image/(png|jpeg|jpg|gif|webp)[;,]");

    /**
     * A label written as HTML with the drawing's own text after it for programs that cannot show HTML: the
     * {@code <switch>} of a {@code <foreignObject>} and a {@code <text>} that draw.io (diagrams.net) writes for each
     * "formatted text" label. Removed like any foreignObject, the drawing keeps its words; so it is one finding for the
     * file, not one for each label of an organisation chart (ten for a volunteer handbook's), and says what the reader
     * sees and what to change in draw.io.
     */
    private static boolean isHtmlLabel(Element element) {
        Element parent = element.parent();
        if (!localName(element.normalName()).equals("foreignobject") || parent == null || !localName(parent.normalName()).equals("switch")) {
            return false;
        }
        for (Element after = element.nextElementSibling(); after != null; after = after.nextElementSibling()) {
            if (localName(after.normalName()).equals("text")) {
                return true;
            }
        }
        return false;
    }

    private static Finding htmlLabelsRemoved(String file, List<Integer> lines) {
        String count = lines.size() == 1 ? "a label" : lines.size() + " labels";
        return Finding.warning(file, lines.get(0), "svg.unsafe", "removed " + count + " written as HTML (<foreignObject>, as draw.io"
                        + " writes a label of formatted text) from the copy of this SVG the site serves, since an SVG opened on its own"
                        + " is a page that can run code; the picture shows the plain text the file keeps for each instead, which draw.io"
                        + " shortens when a label is long ('Board of...')",
                "in draw.io, select the shapes, untick 'Formatted Text' in the Text tab and export the SVG again, so that its labels"
                        + " are the drawing's own text; or leave it so, if the shortened labels read well");
    }

    private static Finding report(String file, int line, String what) {
        return Finding.warning(file, line, "svg.unsafe", "removed " + what + " from the copy of this SVG the site serves: an SVG opened "
                + "on its own is a page that can run code and load from other websites", "remove it from the file");
    }

    /** {@code svg:script} and {@code script} alike; {@code xlink:href} and {@code href} alike. */
    private static String localName(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
