package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A docsify site's settings, read without running them: {@code window.$docsify = { … }} in its {@code index.html}'s
 * scripts, or in a script of the content folder the page loads ({@code <script src="_common/init.js">}), as Codecool's
 * Tech Interview Workbook keeps them. Its {@code loadSidebar: 'sidebar.md'} names the sidebar when it is not docsify's
 * {@code _sidebar.md}: without it, that workbook's sidebar was a page of its own, named "Sidebar", and its order and
 * groups were lost.
 */
final class DocsifySite {

    private static final String INDEX = "index.html";
    /** A script element: 1 its attributes, 2 what it holds. */
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script>");
    private static final Pattern SOURCE = Pattern.compile("(?i)\\bsrc\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern SIDEBAR_FILE = Pattern.compile("[^:?#]+\\.md", Pattern.CASE_INSENSITIVE);

    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>([^<]*)</title>");

    private final List<ScriptTokens.Token> tokens;
    /** The page's {@code <title>}, or null. */
    private final String pageTitle;

    private DocsifySite(List<ScriptTokens.Token> tokens, String pageTitle) {
        this.tokens = tokens;
        this.pageTitle = pageTitle;
    }

    /**
     * The site's name: docsify's {@code name} setting, else the page's {@code <title>} (the workbook's, its name being
     * empty), which the browser shows; null when neither names it.
     */
    String name() {
        String name = string("name");
        String title = name == null || name.isBlank() ? pageTitle : name;
        title = title == null ? null : org.handbookpress.text.CharacterReferences.decode(title).strip();
        return title == null || title.isEmpty() ? null : title;
    }

    /** The first text given for {@code key} in the settings, or null. */
    private String string(String key) {
        return ScriptTokens.firstString(tokens, key);
    }

    /** The settings of the docsify site whose content folder this is: an index.html that loads docsify. */
    static Optional<DocsifySite> of(Path contentDir) {
        Optional<String> page = InputFiles.text(contentDir.resolve(INDEX));
        if (page.isEmpty() || !page.get().contains("docsify")) {
            return Optional.empty();
        }
        Path content = contentDir.toAbsolutePath().normalize();
        List<ScriptTokens.Token> tokens = new ArrayList<>();
        Matcher script = SCRIPT.matcher(page.get());
        while (script.find()) {
            Matcher source = SOURCE.matcher(script.group(1));
            if (!source.find()) {
                tokens.addAll(ScriptTokens.of(script.group(2)));
                continue;
            }
            String src = source.group(1);
            if (src.startsWith("//") || src.contains(":")) {
                continue; // docsify itself and its plugins, from the network
            }
            Path file = content.resolve(src.startsWith("/") ? src.substring(1) : src).normalize();
            if (file.startsWith(content)) {
                InputFiles.text(file).ifPresent(text -> tokens.addAll(ScriptTokens.of(text)));
            }
        }
        Matcher title = TITLE.matcher(page.get());
        return Optional.of(new DocsifySite(tokens, title.find() ? title.group(1) : null));
    }

    /** The sidebar file {@code loadSidebar} names, when it names one other than {@code _sidebar.md}; empty otherwise. */
    Optional<String> ownSidebar() {
        String sidebar = string("loadSidebar");
        if (sidebar == null) {
            return Optional.empty();
        }
        String name = sidebar.strip().replaceFirst("^\\./|^/", "");
        return SIDEBAR_FILE.matcher(name).matches() && !name.equals(SummaryFile.DOCSIFY_SIDEBAR) ? Optional.of(name) : Optional.empty();
    }

    /** Whether the file is a docsify site's own sidebar, named by its settings. */
    static Optional<Path> ownSidebarFile(Path contentDir) {
        return of(contentDir).flatMap(DocsifySite::ownSidebar).map(contentDir::resolve).filter(Files::isRegularFile);
    }
}
