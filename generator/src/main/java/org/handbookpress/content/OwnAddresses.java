package org.handbookpress.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where this handbook is already published, as its pages link themselves with full addresses: its website (handbook.yml's
 * {@code baseUrl}, a Jekyll site's {@code url:} and {@code baseurl:}, the {@code CNAME} file with which GitHub Pages
 * serves it at a domain of its own, the address GitHub Pages gives its repository's site, a Docusaurus site's {@code url}
 * and {@code baseUrl}, a Starlight site's {@code site} and {@code base}) and its repository's file view (the git checkout's {@code origin}, or
 * {@code github: repository_nwo:} in _config.yml). A handbook kept on GitHub links its pages as
 * {@code https://github.com/owner/handbook/blob/main/benefits.md} so that they work in GitHub's own view, and a site
 * links {@code https://opensource.guide/legal/}; moved over, such a link is a page of this handbook, which the reader
 * should stay in (and which works offline), not the old copy.
 */
public final class OwnAddresses {

    public static final OwnAddresses NONE = new OwnAddresses(List.of(), List.of(), "");

    private static final Pattern WEB = Pattern.compile("(?i)^https?://");
    /** A repository's address in a remote's URL: https://host/owner/name(.git), git@host:owner/name.git, ssh://git@host/owner/name. */
    private static final Pattern REMOTE = Pattern.compile("(?i)^(?:https?://(?:[^@/]+@)?|ssh://(?:[^@/]+@)?|[^@/]+@)"
            + "([^/:]+)(?::\\d+)?[/:]([^/]+)/([^/]+?)(?:\\.git)?/?$");
    /** A file in a repository's web view: host/owner/name/blob/ref/path (GitLab's with /-/), or GitHub's raw files. */
    private static final Pattern FILE_VIEW = Pattern.compile("(?i)^([^/]+/[^/]+/[^/]+)/(?:-/)?(?:blob|tree|raw)/[^/]+/?(.*)$");
    private static final Pattern RAW = Pattern.compile("(?i)^raw\\.githubusercontent\\.com/([^/]+/[^/]+)/[^/]+/?(.*)$");

    /** Each website's address without its scheme, in lower case and ending in '/': {@code opensource.guide/}. */
    private final List<String> sites;
    /** Each repository as host/owner/name, in lower case: {@code github.com/basecamp/handbook}. */
    private final List<String> repositories;
    /** The content folder's path in the repository, ending in '/' ({@code docs/}), or "" at its top. */
    private final String folderInRepository;

    private OwnAddresses(List<String> sites, List<String> repositories, String folderInRepository) {
        this.sites = sites;
        this.repositories = repositories;
        this.folderInRepository = folderInRepository;
    }

    /** What the content folder, its site file and the git checkout it is in say of where the handbook is published. */
    public static OwnAddresses of(Path contentDir, String baseUrl) {
        Set<String> sites = new LinkedHashSet<>();
        site(baseUrl).ifPresent(sites::add);
        JekyllSite jekyll = JekyllSite.of(contentDir);
        String jekyllUrl = jekyll.setting("url");
        if (!jekyllUrl.isEmpty()) {
            site(jekyllUrl.replaceFirst("/+$", "") + "/" + jekyll.setting("baseurl").replaceFirst("^/+", "")).ifPresent(sites::add);
        }
        cname(contentDir).flatMap(host -> site("https://" + host + "/")).ifPresent(sites::add);
        docusaurusSite(contentDir).ifPresent(sites::add);
        astroSite(contentDir).ifPresent(sites::add);
        Set<String> repositories = new LinkedHashSet<>();
        String nwo = jekyll.setting("github.repository_nwo");
        if (nwo.matches("[^/\\s]+/[^/\\s]+")) {
            repositories.add("github.com/" + nwo.toLowerCase(Locale.ROOT));
        }
        String folder = "";
        Path top = checkoutTop(contentDir);
        if (top != null) {
            List<String> remotes = remotes(top);
            repositories.addAll(remotes);
            remotes.forEach(repository -> githubPages(repository).ifPresent(sites::add));
            Path inside = top.relativize(contentDir.toAbsolutePath().normalize());
            folder = inside.toString().isEmpty() ? "" : inside.toString().replace('\\', '/') + "/";
        }
        if (sites.isEmpty() && repositories.isEmpty()) {
            return NONE;
        }
        return new OwnAddresses(List.copyOf(sites), List.copyOf(repositories), folder);
    }

    /**
     * The address from the handbook's top ({@code /legal/#licences}) that a link to one of its own published addresses
     * names, or null for any other address. A repository's file outside the content folder is no page of the handbook.
     */
    public String pathOf(String href) {
        Matcher web = WEB.matcher(href);
        if (!web.find()) {
            return rootRelative(href);
        }
        String rest = href.substring(web.end());
        String lower = rest.toLowerCase(Locale.ROOT);
        int www = lower.startsWith("www.") ? 4 : 0; // the sites are kept without it, as either serves the same pages
        String host = lower.substring(www);
        for (String site : sites) {
            if (host.startsWith(site) || (host + "/").equals(site)) {
                return "/" + rest.substring(Math.min(rest.length(), www + site.length()));
            }
        }
        for (Pattern view : List.of(FILE_VIEW, RAW)) {
            Matcher file = view.matcher(rest);
            if (file.matches()) {
                String repository = (view == RAW ? "github.com/" : "") + file.group(1).toLowerCase(Locale.ROOT);
                String path = file.group(2);
                if (repositories.contains(repository) && path.startsWith(folderInRepository)) {
                    return "/" + path.substring(folderInRepository.length());
                }
            }
        }
        return null;
    }

    /**
     * A link from the top of the server written with the path the site is published under: a Jekyll site on GitHub Pages
     * at {@code mozilla.github.io/open-leadership-training-series/} links {@code /open-leadership-training-series/articles/…},
     * as its {@code baseurl:} makes the addresses. The path after it, from the handbook's top; null for any other link.
     */
    private String rootRelative(String href) {
        if (!href.startsWith("/") || href.startsWith("//")) {
            return null;
        }
        String lower = href.toLowerCase(Locale.ROOT);
        for (String site : sites) {
            int slash = site.indexOf('/');
            String path = site.substring(slash); // "/open-leadership-training-series/"; "/" for a site at its host's top
            if (path.length() > 1 && (lower.startsWith(path) || (lower + "/").equals(path))) {
                return "/" + href.substring(Math.min(href.length(), path.length()));
            }
        }
        return null;
    }

    private static Optional<String> site(String url) {
        if (url == null || !WEB.matcher(url.strip()).find()) {
            return Optional.empty();
        }
        String rest = WEB.matcher(url.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        rest = rest.startsWith("www.") ? rest.substring(4) : rest;
        rest = rest.endsWith("/") ? rest : rest + "/";
        return rest.length() > 1 && !rest.startsWith("/") ? Optional.of(rest) : Optional.empty();
    }

    /**
     * Where GitHub Pages publishes a repository's site: {@code owner.github.io/name/} (a project's site, under its
     * repository's name), or {@code owner.github.io/} for the repository named so. A Hugo site published from its
     * repository by GitHub's workflow, which gives Hugo that address as its base, links its pages from the server's top
     * with the name before them ({@code /volunteer-handbook/handbook/history/}), whatever its own settings say.
     */
    private static Optional<String> githubPages(String repository) {
        String[] parts = repository.split("/");
        if (parts.length != 3 || !parts[0].equals("github.com")) {
            return Optional.empty();
        }
        String host = parts[1] + ".github.io";
        return site("https://" + host + "/" + (parts[2].equals(host) ? "" : parts[2] + "/"));
    }

    /**
     * A Docusaurus site's address, its config's {@code url} and {@code baseUrl} ({@code url: 'https://x.github.io',
     * baseUrl: '/fita/'}): its pages link each other from the server's top under that path ({@code /fita/docs/intro}),
     * and every such link was {@code link.broken}, an error that failed the build of a site that works. The file is
     * read, never run; a {@code url} that is not literal names no address.
     */
    private static Optional<String> docusaurusSite(Path contentDir) {
        for (Path file : InputFiles.nearby(contentDir, DocusaurusSite.CONFIG, DocusaurusSite.CONFIG)) {
            Optional<String> text = InputFiles.text(file);
            if (text.isPresent()) {
                java.util.List<ScriptTokens.Token> tokens = ScriptTokens.of(text.get());
                String url = ScriptTokens.firstString(tokens, "url");
                String base = ScriptTokens.firstString(tokens, "baseUrl");
                return url == null ? Optional.empty()
                        : site(url.replaceFirst("/+$", "") + "/" + (base == null ? "" : base.replaceFirst("^/+", "")));
            }
        }
        return Optional.empty();
    }

    /**
     * A Starlight site's address, its astro.config's {@code site} and {@code base} ({@code site: 'https://x.github.io',
     * base: '/mille'}, three folders above its pages): Astro serves every page under that path, and its pages link each
     * other so ({@code /mille/en/configuration/naming/}); makinzm/mille's 28 such links were each {@code link.broken}, an
     * error that failed the build. Read, never run; without a literal {@code site} it names no address.
     */
    private static Optional<String> astroSite(Path contentDir) {
        Optional<String> text = SiteConfigFiles.starlightConfig(contentDir).flatMap(InputFiles::text);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        java.util.List<ScriptTokens.Token> tokens = ScriptTokens.of(text.get());
        String url = ScriptTokens.firstString(tokens, "site");
        String base = ScriptTokens.firstString(tokens, "base");
        return url == null ? Optional.empty()
                : site(url.replaceFirst("/+$", "") + "/" + (base == null ? "" : base.replaceFirst("^/+", "").replaceFirst("/*$", "/")));
    }

    /** The domain GitHub Pages serves the site at: the CNAME file's one line. */
    private static Optional<String> cname(Path contentDir) {
        Path file = contentDir.resolve("CNAME");
        try {
            if (Files.isRegularFile(file) && Files.size(file) < 1024) {
                String host = Files.readString(file, StandardCharsets.UTF_8).strip();
                return host.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}") ? Optional.of(host) : Optional.empty();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable CNAME names no address: links to the site stay as written.
        }
        return Optional.empty();
    }

    /** The folder of the git checkout the content folder is in (the one holding .git), or null. */
    private static Path checkoutTop(Path contentDir) {
        for (Path dir = contentDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return null;
    }

    /** The repositories the checkout's remotes name, as host/owner/name in lower case. */
    private static List<String> remotes(Path top) {
        Path config = top.resolve(".git").resolve("config");
        List<String> found = new ArrayList<>();
        try {
            if (!Files.isRegularFile(config) || Files.size(config) > 1 << 20) {
                return found; // a worktree's .git is a file pointing elsewhere: its remotes are not looked for
            }
            boolean inRemote = false;
            for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.startsWith("[")) {
                    inRemote = text.startsWith("[remote ");
                } else if (inRemote && text.matches("(?i)url\\s*=.*")) {
                    Matcher remote = REMOTE.matcher(text.substring(text.indexOf('=') + 1).strip());
                    if (remote.matches()) {
                        found.add((remote.group(1) + "/" + remote.group(2) + "/" + remote.group(3)).toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable git config names no repository: links to it stay as written.
        }
        return found;
    }
}
