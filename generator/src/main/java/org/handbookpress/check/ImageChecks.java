package org.handbookpress.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.handbookpress.content.Handbook;
import org.handbookpress.files.FileNames;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.links.UrlPath;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.handbookpress.findings.Findings;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Images a reader cannot use: no alt text (a screen reader says nothing, or the file name), or a file
 * over 1 MB (slow on a phone, heavy in every PDF). Runs before link rewriting, on the paths as the
 * author wrote them; whether a file exists is reported by the link rewriting itself.
 */
public final class ImageChecks implements HtmlPass {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page.
    private static final Evaluator IMAGES = QueryParser.parse("img");
    private static final Evaluator DRAWINGS = QueryParser.parse("svg");

    public static final long MAX_BYTES = 1024L * 1024;

    private final org.handbookpress.content.AssetFiles files;
    private final Set<String> assets;
    private final Findings findings;

    public ImageChecks(Handbook handbook, Findings findings) {
        this.files = handbook.files();
        this.assets = Set.copyOf(handbook.assets());
        this.findings = findings;
    }

    /**
     * Whether a picture is described by the caption of the figure it is in, as GitBook writes every picture, {@code <figure>
     * <img src="…" alt=""><figcaption>…</figcaption></figure>}: the caption is read with it, as HTML allows in place of alt.
     */
    private static boolean captioned(Element image) {
        Element figure = image.closest("figure");
        if (figure == null) {
            return false;
        }
        Element caption = figure.selectFirst("figcaption");
        return caption != null && !caption.text().isBlank() && figure.select("img").size() == 1;
    }

    @Override
    public void apply(PageHtml html) {
        String file = html.page().path();
        checkDrawings(html, file);
        for (Element image : html.content().select(IMAGES)) {
            if (image.parent() != null && image.parent().hasClass(org.handbookpress.markdown.SlideBackgrounds.MARKER)) {
                continue; // a slide's background picture: decoration behind the slide's own words, as reveal.js draws it
            }
            int line = SourceLines.of(image);
            String src = image.attr("src");
            if (org.handbookpress.links.PlayedMedia.tag(src).isPresent() && !org.handbookpress.files.WrittenAddress.isNoPath(src)) {
                continue; // a video or a sound of the handbook, shown as a player with its link (PlayedMedia)
            }
            boolean written = src.regionMatches(true, 0, "data:", 0, 5);
            if (image.attr("alt").isBlank() && !org.handbookpress.links.LinkRewriter.embedsWebPage(src) && !captioned(image)
                    && org.handbookpress.markdown.AttributeLists.altAfter(image).isEmpty()) {
                findings.warning(file, line, "image.alt-missing", (written ? writtenPicture(src) : "image '" + src + "'") + " has no alt text",
                        "describe what the picture shows in the brackets: ![A circle of chairs](" + (written ? "…" : src) + "); if it is only"
                                + " decoration, say so with <!-- handbook-ignore image.alt-missing --> on the line before");
            }
            if (written && src.length() / 4 * 3 > MAX_BYTES) {
                findings.warning(file, line, "image.too-large", writtenPicture(src) + " is " + megabytes(src.length() / 4 * 3)
                                + " MB; images over 1 MB load slowly on phones and make every PDF heavier",
                        "save it as a file beside the page, resized (about 1600 pixels wide is plenty) and compressed, and link to that");
            }
            String asset = src.isEmpty() ? null : RelativeUrl.resolve(html.page().folder(), UrlPath.decode(src));
            if (asset != null && assets.contains(asset)) {
                long size = size(files.file(asset));
                if (size > MAX_BYTES) {
                    findings.warning(file, line, "image.too-large", "image " + asset + " is " + megabytes(size)
                                    + " MB; images over 1 MB load slowly on phones and make every PDF heavier",
                            "resize it (about 1600 pixels wide is plenty) and save it compressed, as JPEG for photos or PNG/SVG for drawings");
                }
            }
        }
    }

    /**
     * A drawing written into the page with no name: on the website a screen reader passes over it or reads its shapes'
     * words out of context, and in the PDF its figure gets only its words or "Drawing" as alternative text.
     */
    private void checkDrawings(PageHtml html, String file) {
        for (Element svg : html.content().select(DRAWINGS)) {
            if (svg.parents().stream().anyMatch(parent -> parent.normalName().equals("svg")) || named(svg)) {
                continue;
            }
            findings.warning(file, SourceLines.of(svg), "image.alt-missing", "a drawing written into the page (<svg>) has no name",
                    "give it a title as its first child: <svg …><title>What it shows</title>…</svg>; if it is only decoration,"
                            + " add aria-hidden=\"true\" to the svg");
        }
    }

    private static boolean named(Element svg) {
        if (!svg.attr("aria-label").isBlank() || !svg.attr("aria-labelledby").isBlank() || svg.attr("aria-hidden").equals("true")
                || svg.attr("role").equals("presentation") || svg.attr("role").equals("none")) {
            return true;
        }
        return svg.children().stream().anyMatch(child -> child.normalName().equals("title") && !child.text().isBlank());
    }

    /**
     * A picture written into the page as a {@code data:} address (Google Docs' Markdown export writes every picture so,
     * and editors paste screenshots so), described without its thousands of characters: "a PNG picture written into
     * the page (1.2 KB)".
     */
    static String writtenPicture(String src) {
        int end = src.indexOf(';') > 0 && src.indexOf(';') < src.indexOf(',') ? src.indexOf(';') : src.indexOf(',');
        String type = end > 5 ? src.substring(5, end) : "";
        String format = type.startsWith("image/") ? type.substring(6).replaceFirst("\\+.*", "").toUpperCase(java.util.Locale.ROOT) + " " : "";
        long bytes = src.contains(";base64,") ? src.length() / 4 * 3 : src.length();
        String size = bytes >= 1024 * 1024 ? megabytes(bytes) + " MB" : String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return "a " + format + "picture written into the page (" + size + ")";
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // unreadable now: copying it into the site reports that, with the file's name
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
