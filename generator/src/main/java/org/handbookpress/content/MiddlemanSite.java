package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Middleman site, the GOV.UK Tech Docs Template's among them, given at its top: its pages are in {@code source/} (or the
 * folder its {@code config.rb} sets, {@code set :source, "src"}), which Middleman publishes as the site's top, so a page's
 * link from the top ({@code /documentation/standards/x.html}) names a path from there. Read from that folder, as the
 * Jekyll site's {@code source:} is ({@link ContentLoader#siteSourceFolder}); the settings beside it are still found
 * ({@link SiteConfigFiles}). The configuration is Ruby, read as text and never run.
 */
final class MiddlemanSite {

    static final String CONFIG = "config.rb";

    /** {@code set :source, "src"} (or {@code 'src'}), alone on its line. */
    private static final Pattern SOURCE = Pattern.compile("(?m)^\\s*set\\s*\\(?\\s*:source\\s*,\\s*[\"']([^\"'\\n]+)[\"']");

    /**
     * What only a Middleman config.rb says: an extension activated ({@code activate :livereload}), the Tech Docs
     * Template's {@code GovukTechDocs.configure(self)}, or Middleman by name. Other Ruby tools keep a config.rb too.
     */
    private static final Pattern MIDDLEMAN = Pattern.compile("(?m)^\\s*activate\\s+:|GovukTechDocs|[Mm]iddleman");

    private MiddlemanSite() {
    }

    /** The site file that says the folder is a Middleman site, and the folder of its pages; empty when it is none. */
    record Source(String file, Path folder) {
    }

    static Optional<Source> sourceFolder(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        String named = "source";
        String file;
        Optional<String> config = InputFiles.text(content.resolve(CONFIG));
        if (config.isPresent() && MIDDLEMAN.matcher(config.get()).find()) {
            file = CONFIG;
            Matcher set = SOURCE.matcher(config.get());
            if (set.find()) {
                named = set.group(1).strip();
            }
        } else if (Files.isRegularFile(content.resolve(SiteConfigFiles.TECH_DOCS))) {
            file = SiteConfigFiles.TECH_DOCS;
        } else {
            return Optional.empty();
        }
        Path folder = content.resolve(named).normalize();
        return folder.startsWith(content) && !folder.equals(content) && Files.isDirectory(folder)
                ? Optional.of(new Source(file, folder)) : Optional.empty();
    }
}
