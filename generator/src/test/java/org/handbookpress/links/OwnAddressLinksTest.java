package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.OwnAddresses;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook moved over from GitHub or from its old website links its own pages with full addresses: they are links
 * within the site when the page or picture is in the handbook, and stay as written otherwise.
 */
class OwnAddressLinksTest {

    private final MarkdownConverter converter = new MarkdownConverter();

    private PageHtml page(String path, String markdown) {
        Page page = new Page(path, path.replace(".md", ".html"), Path.of(path), FrontMatter.empty(), path, markdown, 1);
        return new PageHtml(page, converter.toHtml(markdown, 1));
    }

    private static List<String> rewrite(PageHtml welcome, PageHtml rota, OwnAddresses own, Findings findings) {
        PageIndex index = new PageIndex(List.of(welcome, rota), List.of("images/van.png"), Set.of());
        new LinkRewriter(index, findings, Severity.ERROR, own).apply(welcome);
        return welcome.content().select("a").eachAttr("href");
    }

    @Test
    void aLinkToThisRepositorysFileViewIsThePageInTheSite(@TempDir Path checkout) throws IOException {
        Files.createDirectories(checkout.resolve(".git"));
        Files.writeString(checkout.resolve(".git/config"), """
                [core]
                \tbare = false
                [remote "origin"]
                \turl = git@github.com:Riverside-Food-Bank/Volunteer-Handbook.git
                \tfetch = +refs/heads/*:refs/remotes/origin/*
                """, StandardCharsets.UTF_8);
        Path content = Files.createDirectories(checkout.resolve("docs"));
        PageHtml welcome = page("welcome.md", """
                See [the rota](https://github.com/riverside-food-bank/volunteer-handbook/blob/main/docs/rota.md#weekends),
                [an old copy](https://github.com/Riverside-Food-Bank/Volunteer-Handbook/blob/4f2a9c1/docs/rota.md),
                [the licence](https://github.com/riverside-food-bank/volunteer-handbook/blob/main/LICENCE.md) and
                [another charity's rota](https://github.com/hillside-pantry/handbook/blob/main/docs/rota.md).

                ![The van](https://raw.githubusercontent.com/riverside-food-bank/volunteer-handbook/main/docs/images/van.png)
                """);
        PageHtml rota = page("rota.md", "## Weekends\n");
        Findings findings = new Findings();
        List<String> hrefs = rewrite(welcome, rota, OwnAddresses.of(content, null), findings);
        assertEquals(List.of("rota.html#weekends", "rota.html",
                "https://github.com/riverside-food-bank/volunteer-handbook/blob/main/LICENCE.md",
                "https://github.com/hillside-pantry/handbook/blob/main/docs/rota.md"), hrefs);
        assertEquals("images/van.png", welcome.content().selectFirst("img").attr("src"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void aHeadingTheOwnPageNoLongerHasIsReported(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("CNAME"), "volunteers.example.org\n", StandardCharsets.UTF_8);
        PageHtml welcome = page("welcome.md", "See [the rota](https://volunteers.example.org/rota/#sundays).\n");
        Findings findings = new Findings();
        rewrite(welcome, page("rota.md", "## Weekends\n"), OwnAddresses.of(content, null), findings);
        assertEquals(List.of("link.anchor-missing"), findings.sorted().stream().map(f -> f.code()).toList());
        assertEquals("link to 'https://volunteers.example.org/rota/#sundays', but rota.md has no heading or anchor #sundays",
                findings.sorted().get(0).message());
        // A warning: the old copy showed the page's top, and a build that passed when the link left the site still passes.
        assertEquals(org.handbookpress.findings.Severity.WARNING, findings.sorted().get(0).severity());
    }

    @Test
    void aLinkToTheSitesOwnDomainIsThePageInTheSite(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("CNAME"), "volunteers.example.org\n", StandardCharsets.UTF_8);
        PageHtml welcome = page("welcome.md", """
                See [the rota](https://volunteers.example.org/rota/#weekends), [the same](http://www.volunteers.example.org/rota),
                [the old shop page](https://volunteers.example.org/shop/) and [the home page](https://volunteers.example.org).

                ![The van](https://volunteers.example.org/images/van.png)
                """);
        PageHtml rota = page("rota.md", "## Weekends\n");
        Findings findings = new Findings();
        List<String> hrefs = rewrite(welcome, rota, OwnAddresses.of(content, null), findings);
        assertEquals(List.of("rota.html#weekends", "rota.html", "https://volunteers.example.org/shop/", "index.html"), hrefs);
        assertEquals("images/van.png", welcome.content().selectFirst("img").attr("src"));
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
    }

    @Test
    void baseUrlAndJekyllsUrlAreTheSitesAddressesToo(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("_config.yml"), "url: https://example.github.io\nbaseurl: /handbook\n", StandardCharsets.UTF_8);
        OwnAddresses own = OwnAddresses.of(content, "https://handbook.example.org/v2/");
        assertEquals("/rota/", own.pathOf("https://example.github.io/handbook/rota/"));
        assertEquals("/rota.html", own.pathOf("https://handbook.example.org/v2/rota.html"));
        assertEquals(null, own.pathOf("https://example.github.io/other-project/rota/"));
        assertEquals(null, own.pathOf("https://handbook.example.org/v1/rota.html"));
    }

    /**
     * A Jekyll site on GitHub Pages under its repository's name writes its links from the server's top with that path,
     * as its baseurl makes the addresses (Mozilla's Open Leadership Training Series:
     * {@code /open-leadership-training-series/articles/…}): they are the handbook's pages, found from its top.
     */
    @Test
    void aLinkFromTheTopUnderTheSitesPathIsThePage(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("_config.yml"), "url: https://charity.github.io\nbaseurl: /volunteer-handbook\n");
        PageHtml welcome = page("welcome.md", """
                See [the rota](/volunteer-handbook/rota/#weekends), [the van](/Volunteer-Handbook/images/van.png)
                and [another site's page](/food-bank/rota/).
                """);
        PageHtml rota = page("rota.md", "## Weekends\n");
        Findings findings = new Findings();
        assertEquals(List.of("rota.html#weekends", "images/van.png"), rewrite(welcome, rota, OwnAddresses.of(content, null), findings));
        assertEquals(List.of("link.broken"), findings.sorted().stream().map(f -> f.code()).toList(), "the other site's is no page of this one");
    }

    /**
     * A site GitHub Pages publishes from its repository under the repository's name, whose links from the server's top
     * carry that name although no setting of the site says so (Lake Afton Public Observatory's volunteer handbook, a Hugo
     * site built by GitHub's workflow: {@code /volunteer-handbook/handbook/history/}): the checkout's origin names the
     * repository, so those links are the handbook's pages. A repository named as its owner's own site is at the top.
     */
    @Test
    void aLinkUnderTheRepositorysNameIsThePageGitHubPagesPublishesThere(@TempDir Path checkout) throws IOException {
        Files.createDirectories(checkout.resolve(".git"));
        Files.writeString(checkout.resolve(".git/config"), """
                [remote "origin"]
                	url = https://github.com/lake-observatory/volunteer-handbook.git
                """, StandardCharsets.UTF_8);
        Path content = Files.createDirectories(checkout.resolve("content"));
        PageHtml welcome = page("welcome.md", """
                Next: [the rota](/volunteer-handbook/rota/#weekends), [the van](https://lake-observatory.github.io/volunteer-handbook/images/van.png)
                and [another project's page](/food-bank/rota/).
                """);
        PageHtml rota = page("rota.md", "## Weekends\n");
        Findings findings = new Findings();
        assertEquals(List.of("rota.html#weekends", "images/van.png"), rewrite(welcome, rota, OwnAddresses.of(content, null), findings));
        assertEquals(List.of("link.broken"), findings.sorted().stream().map(f -> f.code()).toList(), "the other project's is no page of this one");

        Files.writeString(checkout.resolve(".git/config"), """
                [remote "origin"]
                	url = git@github.com:lake-observatory/lake-observatory.github.io.git
                """, StandardCharsets.UTF_8);
        OwnAddresses own = OwnAddresses.of(content, null);
        assertEquals("/rota/", own.pathOf("https://lake-observatory.github.io/rota/"));
        assertEquals(null, own.pathOf("/lake-observatory.github.io/rota/"));
    }

    /**
     * A Docusaurus site published under a path ({@code baseUrl: '/fita/'} in docusaurus.config.ts, beside its docs
     * folder) links its pages from the server's top under that path: {@code /fita/rota/}. Every such link was
     * link.broken, an error that failed the build of a site that works; the config is read, never run.
     */
    @Test
    void aDocusaurusSitesBaseUrlIsItsPathOnTheServer(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("docusaurus.config.ts"), """
                const config = {
                  title: 'Pantry volunteers',
                  url: 'https://pantry-network.github.io',
                  baseUrl: '/fita/',
                };
                export default config;
                """, StandardCharsets.UTF_8);
        Path docs = Files.createDirectories(site.resolve("docs"));
        PageHtml welcome = page("welcome.md", """
                See [the rota](/fita/rota/#weekends), [the van](/fita/images/van.png)
                and [another site's page](/food-bank/rota/).
                """);
        PageHtml rota = page("rota.md", "## Weekends\n");
        Findings findings = new Findings();
        assertEquals(List.of("rota.html#weekends", "images/van.png"), rewrite(welcome, rota, OwnAddresses.of(docs, null), findings));
        assertEquals(List.of("link.broken"), findings.sorted().stream().map(f -> f.code()).toList(), "the other site's is no page of this one");
        assertEquals("/rota/", OwnAddresses.of(docs, null).pathOf("https://pantry-network.github.io/fita/rota/"));
    }

    @Test
    void aStarlightSitesBaseIsItsPathOnTheServer(@TempDir Path site) throws IOException {
        // makinzm/mille: site and base in astro.config.mjs, its pages three folders down, linked as /mille/en/…
        Files.writeString(site.resolve("astro.config.mjs"), """
                import starlight from '@astrojs/starlight';
                export default defineConfig({
                  site: 'https://garden-share.github.io',
                  base: '/plots',
                  integrations: [starlight({ title: 'Plot holders' })],
                });
                """, StandardCharsets.UTF_8);
        Path docs = Files.createDirectories(site.resolve("src/content/docs"));
        PageHtml welcome = page("welcome.md", "See [watering](/plots/watering/#rota) and [another site's page](/allotments/watering/).\n");
        PageHtml watering = page("watering.md", "## Rota\n");
        Findings findings = new Findings();
        assertEquals(List.of("watering.html#rota"), rewrite(welcome, watering, OwnAddresses.of(docs, null), findings));
        assertEquals(List.of("link.broken"), findings.sorted().stream().map(f -> f.code()).toList(), "the other site's is no page of this one");
        assertEquals("/watering/", OwnAddresses.of(docs, null).pathOf("https://garden-share.github.io/plots/watering/"));
    }
}
