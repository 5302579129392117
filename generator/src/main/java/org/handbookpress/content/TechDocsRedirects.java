package org.handbookpress.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handbookpress.files.SitePath;
import org.handbookpress.findings.Findings;

/**
 * The old addresses a GOV.UK Tech Docs Template site keeps working, its {@code config/tech-docs.yml}'s {@code redirects:}
 * ({@code /standards/git.html: /standards/source-code/working-with-git.html}): each becomes its target page's old address
 * ({@link MovedPages}), so that the site's own links to it, written before the page moved, still reach the page. The
 * file is the content folder's, or the one beside it when the content folder is the site's {@code source/}
 * ({@link MiddlemanSite}); its targets are addresses on the site, the part after a {@code #} left out.
 */
final class TechDocsRedirects {

    private TechDocsRedirects() {
    }

    static MovedPages of(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        for (Path file : InputFiles.nearby(content, List.of(SiteConfigFiles.TECH_DOCS), List.of(SiteConfigFiles.TECH_DOCS))) {
            Optional<YamlMap> redirects = InputFiles.text(file).flatMap(text -> YamlSource.parseForeign(text, SiteConfigFiles.TECH_DOCS,
                    Findings.discarded())).flatMap(settings -> settings.section("redirects"));
            if (redirects.isEmpty()) {
                continue;
            }
            List<MovedPages.Redirect> read = new ArrayList<>();
            for (String old : redirects.get().keys()) {
                String target = redirects.get().foreignText(old);
                if (target == null || target.isBlank() || old.isBlank() || old.contains("#") || old.contains("?") || target.contains("://")) {
                    continue; // a redirect to another website sends no one to a page of the handbook
                }
                int hash = target.indexOf('#');
                read.add(new MovedPages.Redirect("/" + SitePath.fromTop(old), SitePath.fromTop(hash < 0 ? target : target.substring(0, hash)),
                        redirects.get().lineOf(old)));
            }
            String shown = file.startsWith(content) ? SiteConfigFiles.TECH_DOCS : "../" + SiteConfigFiles.TECH_DOCS;
            return new MovedPages(shown, "redirects", "the site", read);
        }
        return MovedPages.NONE;
    }
}
