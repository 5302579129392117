package org.handbookpress.sanitise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.handbookpress.findings.Findings;

/**
 * The CSS files among a handbook's files, as the site serves them. A page's own CSS is filtered where it is written
 * ({@link CssFilter}), and the pages' Content-Security-Policy stops what a style sheet they import loads from elsewhere;
 * but an SVG opened on its own has no such policy, and its {@code <?xml-stylesheet?>} or {@code @import} of a style
 * sheet of the site's own is allowed. So each {@code .css} file is served with the same filter applied: what would load
 * from outside the site or run code is removed, each removal an {@code html.css} warning at its line, and a clean file
 * is served byte for byte.
 */
public final class StyleSheetFiles {

    private StyleSheetFiles() {
    }

    /**
     * @param files  the file each path is read from
     * @param assets paths from the content folder, as the handbook lists its files
     * @return the bytes to serve for each CSS file that had to be cleaned, by path
     */
    public static Map<String, byte[]> cleanAll(Function<String, Path> files, Collection<String> assets, Findings findings) throws IOException {
        Map<String, byte[]> cleaned = new TreeMap<>();
        for (String asset : assets) {
            if (asset.toLowerCase(Locale.ROOT).endsWith(".css")) {
                byte[] bytes = Files.readAllBytes(files.apply(asset));
                String css = new String(bytes, SvgSanitiser.encoding(bytes));
                String folder = org.handbookpress.files.SitePath.folderOf(asset);
                CssFilter.Result result = CssFilter.filter(css, folder);
                if (result.changed()) { // read in its encoding (UTF-16 too), served as UTF-8
                    for (CssFilter.Removal removal : result.removed()) {
                        findings.warning(asset, lineOf(css, removal.css()), "html.css", "removed '" + HtmlSanitiser.abbreviate(removal.css())
                                        + "' from the copy of this style sheet the site serves: " + removal.why(),
                                "refer only to files inside the content folder, by a relative path; fonts and stylesheets belong to the theme");
                    }
                    cleaned.put(asset, result.css().replaceFirst("^\uFEFF", "").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return cleaned;
    }

    private static int lineOf(String css, String piece) {
        int at = css.indexOf(piece);
        return at < 0 ? 0 : (int) css.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
