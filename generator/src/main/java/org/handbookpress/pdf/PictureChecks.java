package org.handbookpress.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.handbookpress.content.Handbook;
import org.handbookpress.findings.Findings;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Every picture a page shows, checked by its header before anything prints it (see
 * {@link PictureHeader}): a file that is no picture at all (a text file named {@code .png}), a
 * format the PDFs cannot show (WebP), and a picture too large to decode in full, which the PDFs print
 * scaled down ({@link PrintPictures}). Runs on the paths as the author wrote them, before link
 * rewriting, as {@code check/ImageChecks} does; a missing file is the link check's to report.
 */
public final class PictureChecks implements HtmlPass {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page.
    private static final Evaluator IMAGES = QueryParser.parse("img[src]");

    private final org.handbookpress.content.AssetFiles files;
    private final Set<String> assets;
    private final Findings findings;

    public PictureChecks(Handbook handbook, Findings findings) {
        this.files = handbook.files();
        this.assets = Set.copyOf(handbook.assets());
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml html) {
        String file = html.page().path();
        for (Element image : html.content().select(IMAGES)) {
            String src = image.attr("src");
            String asset = src.isEmpty() ? null : RelativeUrl.resolve(html.page().folder(), src);
            if (asset == null || !assets.contains(asset) || org.handbookpress.links.PlayedMedia.tag(asset).isPresent()) {
                continue; // a video or a sound is shown as a player, and printed as its link (PlayedMedia)
            }
            Optional<PictureHeader> header;
            try {
                header = PictureHeader.read(files.file(asset));
            } catch (IOException e) {
                continue; // unreadable now: copying it into the site reports that, with the file's name
            }
            check(file, SourceLines.of(image), asset, header);
        }
    }

    /** "WEBP", "TIFF", "HEIC (an iPhone's photo)". */
    private static String formatName(PictureHeader header) {
        return switch (header.format()) {
            case "tif", "tiff" -> "TIFF";
            case "heic" -> "HEIC (the photo format of iPhones)";
            default -> header.format().toUpperCase(java.util.Locale.ROOT);
        };
    }

    private void check(String file, int line, String asset, Optional<PictureHeader> found) {
        if (found.isEmpty()) {
            findings.warning(file, line, "image.not-a-picture", "the file " + asset
                            + " is not a picture (its content is no PNG, JPEG, GIF, BMP, WebP or SVG image, whatever its name says), so"
                            + " browsers show a broken picture and the PDFs leave it out",
                    "put the real picture file there, saved as PNG, JPEG or SVG");
            return;
        }
        PictureHeader header = found.get();
        if (!header.shownByBrowsers()) {
            findings.warning(file, line, "image.not-for-browsers", "the picture " + asset + " is a " + formatName(header)
                            + " file, which most browsers (Chrome, Edge, Firefox) cannot show and the PDFs cannot print, so most"
                            + " readers see a broken picture", "save it as JPEG (a photo) or PNG, and use that file");
        } else if (!header.printable()) {
            findings.warning(file, line, "image.not-printable", "the picture " + asset + " is a " + formatName(header)
                            + " file, which browsers show but the PDFs cannot print, so it is missing from them",
                    "save it as PNG or JPEG as well, and use that file");
        } else if (PrintPictures.oversized(header)) {
            findings.warning(file, line, "image.oversized", "the picture " + asset + " is " + header.describe()
                            + ", far more than any page or screen needs; the PDFs print it scaled down to "
                            + PrintPictures.scaledSize(header) + ", and web pages still send it whole",
                    "save it again at about 2000 pixels across");
        }
    }
}
