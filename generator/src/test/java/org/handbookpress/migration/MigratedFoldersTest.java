package org.handbookpress.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders as people bring them from other tools, written for this test: a Pandoc reveal.js deck
 * collection (rendered .html committed beside each .md), a Jekyll site (layout and permalink in every
 * file), a Quarto document with callouts and attribute lists. Each must build with no un-rendered
 * Markdown, decks as decks, and the migration noise summarised.
 */
class MigratedFoldersTest {

    private static BuildResult build(Path content, Path out) throws BuildFailure {
        return TestHandbooks.buildWithoutPdfs(content, out);
    }

    /** The warnings and errors, as file:line code. */
    private static List<String> withoutNotices(List<org.handbookpress.findings.Finding> findings) {
        return findings.stream().filter(f -> f.severity() != org.handbookpress.findings.Severity.NOTICE)
                .map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }

    private static List<String> codes(BuildResult result) {
        return TestHandbooks.codes(result);
    }

    private static Document page(Path out, String path) throws Exception {
        return TestHandbooks.page(out, path);
    }

    @Test
    void aPandocRevealDeckCollectionBuildsAsDecks(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer training\nbroken-links: warning\n");
        files.put("index.md", "# Volunteer training\n\n- [Welcome deck](welcome.md)\n- [Listening deck](listening.md)\n");
        files.put("welcome.md", """
                % Welcome to the team
                % Priya Shah
                % 4 March 2026

                # Why we are here

                ## What we do

                - Weekly drop-in
                - Phone line

                ::: notes
                Ask people what brought them here.
                :::

                ## Who we are

                Twelve volunteers and two staff.

                # Next steps

                ## Your first shift

                Shadow an experienced volunteer.
                """);
        files.put("welcome.html", "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"reveal.js/dist/reveal.css\"></head>"
                + "<body><div class=\"reveal\"><div class=\"slides\"></div></div></body></html>");
        files.put("listening.md", """
                ---
                title: Listening well
                slide-level: 2
                ---

                ## Open questions

                What, how, tell me more.

                ::: notes
                Give two examples.
                :::

                ## Reflecting back

                Say what you heard.
                """);
        files.put("listening.html", "<html><body><div class=\"reveal\"></div></body></html>");
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);

        assertEquals(List.of("listening.html:0 page.html-beside", "welcome.html:0 page.html-beside"),
                codes(result).stream().filter(c -> c.contains("html-beside")).toList());
        assertTrue(codes(result).stream().noneMatch(c -> c.contains("heading.multiple-h1") || c.contains("page.same-output")), codes(result).toString());
        // Pandoc's default slide level here is 2: '#' headings are section title slides, '##' slides.
        Document welcome = page(out, "welcome.slides.html");
        List<Element> slides = welcome.select("div.reveal > div.slides > section");
        assertEquals(List.of("Why we are here", "What we do", "Who we are", "Next steps", "Your first shift"),
                slides.stream().map(s -> s.selectFirst("h1, h2").text()).toList());
        assertEquals("Ask people what brought them here.", slides.get(1).selectFirst("aside.notes").text());
        assertEquals("Welcome to the team", page(out, "welcome.html").title().split(" · ")[0].strip());
        assertFalse(page(out, "welcome.html").text().contains("Priya Shah"), "the title block is not shown as text");
        Document listening = page(out, "listening.slides.html");
        assertEquals(2, listening.select("div.reveal > div.slides > section").size());
        assertEquals("Give two examples.", listening.selectFirst("aside.notes").text());
        assertTrue(Files.isRegularFile(out.resolve("welcome.html")));
        assertTrue(Files.readString(out.resolve("welcome.html")).contains("welcome.slides.html"), "the page links its deck");
    }

    @Test
    void aJekyllSiteSaysEachForeignKeyOnceWithACount(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Community garden\nbroken-links: warning\n");
        files.put("index.md", "---\nlayout: home\npermalink: /\n---\n# Community garden\n\n[Policies](policies/index.md)\n");
        for (int i = 1; i <= 8; i++) {
            files.put("policies/policy-" + i + ".md", "---\nlayout: page\npermalink: /p" + i + "/\ntitle: Policy " + i + "\n---\nText " + i + ".\n");
        }
        files.put("policies/tools.md", "---\nlayout: page\n---\n# Tool shed\n\n![Toolkit Pic](<../images/Toolkit Pic.png>)\n");
        files.put("images/Toolkit Pic.png", "not really a png");
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        List<Finding> unknown = result.findings().stream().filter(f -> f.code().equals("front-matter.other-tool-key")).toList();
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("config.unknown-key")), result.findings().toString());
        Finding layout = unknown.stream().filter(f -> f.message().contains("'layout'")).findFirst().orElseThrow();
        assertEquals("index.md", layout.file());
        assertEquals(2, layout.line());
        assertTrue(layout.message().contains("in 10 files") && layout.message().contains("and 5 more"), layout.message());
        // Each page's permalink was its address on the old site: links to it find the page, and the address sends the
        // reader on; the home page's permalink: / is its own address here too.
        assertEquals("../policies/policy-1.html", page(out, "p1/index.html").selectFirst("meta[http-equiv=refresh]").attr("content")
                .replace("0; url=", ""));
        assertEquals("../policies/policy-1.html", page(out, "p1/index.html").selectFirst("main a").attr("href"));
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("page.redirect")), codes(result).toString());
        files.put("policies/about.md", "---\nlayout: page\npermalink: /policies/about/\ntitle: About\n---\nWho we are.\n");
        Path again = dir.resolve("again");
        build(TestHandbooks.write(dir.resolve("content2"), files), again);
        assertEquals("../about.html", page(again, "policies/about/index.html").selectFirst("main a").attr("href"),
                "a page's own address in its old, pretty form sends the reader to it");
        // The link to the generated folder index resolves; the picture with spaces is a picture.
        assertEquals("policies/index.html", page(out, "index.html").selectFirst("main a[href^=policies]").attr("href"));
        Element img = page(out, "policies/tools.html").selectFirst("main img[alt=Toolkit Pic]");
        assertTrue(img != null && img.attr("src").startsWith("../images/Toolkit"), page(out, "policies/tools.html").html());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("markdown.unrendered")), codes(result).toString());
    }

    /**
     * A Jekyll site's HTML includes with values ({@code {% include videowrapper.html url="…" title="…" %}}, Mozilla's Open
     * Leadership Training has 28): the include's text filled in where the page asks for it, its lines still the page's;
     * one whose file was not copied with the pages is a link to its url, reported; one that loops stays, reported as Liquid.
     */
    @Test
    void aJekyllSitesHtmlIncludesAreFilledIn(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Open leadership\n");
        files.put("_config.yml", "title: Open leadership\nbaseurl: /open\nvideo: \"Video:\"\n");
        files.put("_layouts/page.html", "<main>{{ content }}</main>\n");
        files.put("_includes/videowrapper.html", """
                {% comment %}A video with its title.{% endcomment %}
                #### {{ site.video }} {{ include.title }}

                <video controls>
                  <source src="{{ include.url }}" type="video/mp4">
                  <track src="{{ site.baseurl }}/{{ include.subs }}" kind="subtitles" srclang="en" label="English">
                </video>
                {% if include.note %}*{{ include.note | escape }}*{% else %}No note.{% endif %}
                """);
        files.put("_includes/figure.html", "<figure><img src=\"{{ site.baseurl }}/{{ include.file }}\" alt=\"{{ include.alt }}\">"
                + "<figcaption>{{ include.caption | default: \"A picture\" }}</figcaption></figure>\n");
        files.put("_includes/menu.html", "{% for p in site.pages %}<a href=\"{{ p.url }}\">{{ p.title }}</a>{% endfor %}\n");
        files.put("videos/why-comms.mp4", "not really a video\n");
        files.put("videos/why-comms.vtt", "WEBVTT\n");
        files.put("img/circle.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><circle cx=\"2\" cy=\"2\" r=\"2\"/></svg>\n");
        files.put("index.md", """
                ---
                layout: page
                title: Communicating openly
                ---
                Watch this first.

                {% include videowrapper.html
                  url="videos/why-comms.mp4"
                  subs="/videos/why-comms.vtt"
                  title="Why comms matter" %}

                {% include figure.html file="img/circle.svg" alt="A circle of chairs" %}

                {% include videowrapper.html url="https://video.example.org/open-call" title="An open call" note="Subtitles <on>" %}

                {% include slides.html url="https://slides.example.org/deck" title="The deck" %}

                {% include menu.html %}

                ```
                {% include figure.html file="shown.png" %}
                ```

                See [the missing page](nowhere.md).
                """);
        Path out = dir.resolve("out");
        BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class, () -> build(TestHandbooks.write(dir.resolve("content"), files), out));
        List<String> found = failure.findings().stream().filter(f -> f.severity() != org.handbookpress.findings.Severity.NOTICE)
                .map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
        assertTrue(found.contains("index.md:24 link.broken"), "the page keeps its lines after the includes: " + found);
        assertTrue(found.contains("index.md:16 include.missing"), found.toString());
        assertTrue(found.contains("index.md:18 syntax.liquid"), "the include that loops: " + found);
        files.put("index.md", files.get("index.md").replace("See [the missing page](nowhere.md).", ""));
        files.put("guide/deep.md", "# Deeper\n\n{% include videowrapper.html url=\"../videos/why-comms.mp4\" subs=\"videos/why-comms.vtt\""
                + " title=\"Again\" %}\n");
        build(TestHandbooks.write(dir.resolve("content2"), files), out);
        Element deep = page(out, "guide/deep.html").selectFirst("main");
        assertEquals("../videos/why-comms.vtt", deep.selectFirst("track").attr("src"), "the site's top, from a page a folder down");
        Element main = page(out, "index.html").selectFirst("main");
        String text = main.text();
        assertFalse(text.contains("include videowrapper") || text.contains("include.") || text.contains("include figure.html file=\"img"), main.html());
        assertEquals(List.of("Video: Why comms matter", "Video: An open call"), main.select("h4").eachText(), main.html());
        assertTrue(text.contains("No note.") && text.contains("Subtitles <on>"), main.html());
        assertEquals("img/circle.svg", main.selectFirst("figure img").attr("src"), "{{ site.baseurl }}/ is the site's top");
        assertEquals("videos/why-comms.vtt", main.selectFirst("track").attr("src"), "a value's own slash after the site's is one");
        assertEquals("videos/why-comms.mp4", main.selectFirst("source").attr("src"));
        assertEquals("A circle of chairs", main.selectFirst("figure img").attr("alt"));
        assertEquals("A picture", main.selectFirst("figcaption").text());
        assertEquals("The deck", main.selectFirst("a[href=https://slides.example.org/deck]").text(), main.html());
        assertTrue(main.selectFirst("pre").text().contains("{% include figure.html file=\"shown.png\" %}"), "code shows the tag");
    }

    /**
     * An include among a line's words, as the about page {@code jekyll new} wrote has it ({@code {% include
     * icon-github.html username="jekyll" %} /}): its text pasted into the sentence when it is a phrase; one of a block
     * left and reported; one in a code span shown as typed; one whose file was not copied a link to its url, reported.
     * The include's own includes are filled in too (the minima theme's link includes its icon).
     */
    @Test
    void aJekyllIncludeAmongALinesWordsIsPastedIntoTheSentence(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Open leadership\n");
        files.put("_config.yml", "title: Open leadership\n");
        files.put("_includes/icon-github.html", "<a href=\"https://github.example.org/{{ include.username }}\"><span class=\"icon\">"
                + "{% include icon-github.svg %}</span>\n<span class=\"username\">{{ include.username }}</span></a>\n");
        files.put("_includes/icon-github.svg", "<svg aria-hidden=\"true\" viewBox=\"0 0 16 16\" width=\"16px\" height=\"16px\"><path d=\"M0 0h16v16H0z\"/></svg>\n");
        files.put("_includes/box.html", "<div class=\"box\">{{ include.text }}</div>\n");
        files.put("index.md", """
                # About

                Find us on {% include icon-github.html username="opencircle" %} / and by post.

                Write `{% include icon-github.html username="x" %}` to show an account.

                A box: {% include box.html text="Hello" %}

                Our rota: {% include rota.html url="https://rota.example.org/" title="the rota" %}, kept weekly.
                """);
        Path out = dir.resolve("out");
        List<String> found = build(TestHandbooks.write(dir.resolve("content"), files), out).findings().stream().filter(f -> f.severity() != org.handbookpress.findings.Severity.NOTICE)
                .map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
        assertEquals(List.of("index.md:7 syntax.liquid", "index.md:9 include.missing"), found.stream().sorted().toList(),
                "only the block among words is left, and the missing file reported: " + found);
        files.put("index.md", files.get("index.md").replace("A box: {% include box.html text=\"Hello\" %}", ""));
        build(TestHandbooks.write(dir.resolve("content2"), files), out);
        Element main = page(out, "index.html").selectFirst("main");
        Element sentence = main.select("p").get(0);
        assertEquals("Find us on opencircle / and by post.", sentence.text(), main.html());
        assertEquals("https://github.example.org/opencircle", sentence.selectFirst("a").attr("href"));
        assertEquals(1, sentence.select("a svg path").size(), "the include's own include, its icon: " + sentence.html());
        assertEquals("{% include icon-github.html username=\"x\" %}", main.select("p").get(1).selectFirst("code").text());
        assertEquals("the rota", main.selectFirst("a[href=https://rota.example.org/]").text(), main.html());
        assertTrue(main.select("p").get(2).text().endsWith(", kept weekly."), main.html());
    }

    /**
     * A Jekyll site whose pages are a collection it publishes ({@code _modules/}, {@code output: true}), as training
     * series on GitHub Pages keep them: built where Jekyll puts them (modules/…), so that the links its pages write by
     * Jekyll's addresses ({@code {{ site.baseurl }}/modules/welcome}) find them, and findings still name the files.
     */
    @Test
    void aJekyllCollectionIsPublishedWhereJekyllPublishesIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Peer mentor course\nbroken-links: warning\n");
        files.put("_config.yml", "title: Peer mentor course\nbaseurl: /mentor-course\ncollections:\n  modules:\n    output: true\n"
                + "permalink: /:path/\n");
        files.put("_layouts/page.html", "<main>{{ content }}</main>\n");
        files.put("index.md", "---\nlayout: page\n---\n# Peer mentor course\n\nStart with [the welcome]({{ site.baseurl }}/modules/welcome).\n");
        files.put("_modules/welcome.md", "---\nlayout: page\ntitle: Welcome\n---\nFirst, [listening](listening/first-conversations.md)."
                + " Then [boundaries]({{ site.baseurl }}/modules/listening/boundaries/).\n\n![The circle]({{ site.baseurl }}/img/circle.svg)\n");
        files.put("_modules/listening.md", "---\nlayout: page\ntitle: Listening\n---\nThis module has two sessions.\n");
        files.put("_modules/listening/first-conversations.md", "---\nlayout: page\ntitle: First conversations\n---\n"
                + "Back to [the welcome](../welcome.md), on to [boundaries](boundaries.md), or [home]({{ site.baseurl }}/).\n");
        files.put("_modules/listening/boundaries.md", "---\nlayout: page\ntitle: Boundaries\n---\nSee [a page not written](missing.md).\n");
        files.put("_drafts/ideas.md", "# Ideas\n");
        files.put("img/circle.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><title>A circle</title><circle cx=\"2\" cy=\"2\" r=\"2\"/></svg>\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(5, result.pages(), codes(result).toString());
        assertEquals(List.of("_modules/listening/boundaries.md:5 link.broken"), withoutNotices(result.findings()).stream()
                .filter(f -> !f.contains("config.unknown-key")).toList(), "findings name the files as the author keeps them");
        assertTrue(codes(result).contains("_drafts/:0 page.hidden-folder"), codes(result).toString());
        assertTrue(Files.isRegularFile(out.resolve("modules/listening/first-conversations.html")));
        assertFalse(Files.exists(out.resolve("_modules")), "no page is written under the collection's folder");
        assertEquals("modules/welcome.html", page(out, "index.html").selectFirst("main p a").attr("href"), page(out, "index.html").selectFirst("main").html());
        Document welcome = page(out, "modules/welcome.html");
        assertEquals(List.of("listening/first-conversations.html", "listening/boundaries.html"),
                welcome.select("main p a").eachAttr("href"));
        assertEquals("../img/circle.svg", welcome.selectFirst("main img").attr("src"));
        assertEquals(List.of("../welcome.html", "boundaries.html", "../../index.html"),
                page(out, "modules/listening/first-conversations.html").select("main p a").eachAttr("href"));
        // The navigation names the collection as a section, and the module page beside its folder as that folder's.
        Document nav = page(out, "modules/listening/boundaries.html");
        assertTrue(nav.select("nav a").eachText().containsAll(List.of("Modules", "Listening", "First conversations")),
                nav.select("nav a").eachText().toString());
    }

    @Test
    void aFolderThatGrewOnGitHubShowsItsReadmesAsFolderPages(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Staff handbook\n");
        files.put("README.md", "# Staff handbook\n\n[Policies](policies/) [Travel](policies/travel.md) [Tools](tools/)\n");
        files.put("policies/README.md", "# Our policies\n\nSee [the home page](../README.md) and [[Travel]].\n");
        files.put("policies/travel.md", "# Travel\n\nBack to [the policies](./) or [[Our policies]].\n");
        files.put("policies/leave.md", "# Leave\n\nText.\n");
        files.put("tools/index.md", "# Tools\n\n[Read me](README.md)\n");
        files.put("tools/README.md", "# About the tools folder\n\nWhat is kept here.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() != org.handbookpress.findings.Severity.NOTICE),
                codes(result).toString());
        // A README that is its folder's page is published at the folder's index.html (the front door, at the top), where
        // every link to it goes, as mdBook publishes it; README.html is the same page, for an address read before.
        assertEquals(Files.readString(out.resolve("README.html")), Files.readString(out.resolve("index.html")));
        assertEquals(Files.readString(out.resolve("policies/README.html")), Files.readString(out.resolve("policies/index.html")));
        assertEquals("Our policies", page(out, "policies/index.html").selectFirst("main h1").text());
        assertEquals("About the tools folder", page(out, "tools/README.html").selectFirst("main h1").text());
        assertEquals("Tools", page(out, "tools/index.html").selectFirst("main h1").text(), "beside an index.md a README is a page");
        Document home = page(out, "index.html");
        assertEquals(List.of("policies/index.html", "policies/travel.html", "tools/index.html"),
                home.select("main .page-body a").eachAttr("href"));
        assertEquals(List.of("../index.html", "travel.html"), page(out, "policies/index.html").select("main .page-body p a").eachAttr("href"));
        assertEquals(List.of("index.html", "index.html"), page(out, "policies/travel.html").select("main .page-body p a").eachAttr("href"),
                "a link to the folder and one to its README go to one address");
        // The navigation names the section by its README's title and lists the README once, as the section's own
        // page; the pager of the section's pages leaves it out; its page has no breadcrumb to itself.
        Element nav = page(out, "policies/index.html").selectFirst("nav.site-nav");
        assertTrue(nav.text().contains("Our policies"), nav.html());
        assertEquals(1, nav.select("a[href=index.html]").size(), nav.html());
        assertTrue(nav.select("a[href*=README]").isEmpty(), nav.html());
        assertTrue(nav.select("a[aria-current]").stream().anyMatch(a -> a.attr("href").equals("index.html")), nav.html());
        assertTrue(page(out, "policies/leave.html").select(".pager a").stream()
                .noneMatch(a -> a.attr("href").contains("README") || a.attr("href").equals("index.html")));
        assertEquals(List.of("../index.html"), page(out, "policies/travel.html").select(".breadcrumbs a").eachAttr("href").subList(0, 1));
        assertTrue(page(out, "policies/index.html").select(".breadcrumbs a").stream().noneMatch(a -> a.attr("href").equals("index.html")));
        assertTrue(home.select(".breadcrumbs a").isEmpty());
    }

    @Test
    void emojiShortcodesShowAsGitHubShowsThem(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team wiki\n");
        files.put("README.md", "# Welcome :wave:\n\nThanks for joining :tada: (type `:tada:` for that).\n\n"
                + "| Done | Task |\n|---|---|\n| :white_check_mark: | Read the [guide](guide.md) :+1: |\n");
        files.put("guide.md", "# Guide :book:\n\nMeet at 10:30:00, ratio 12:100:30. :octocat:\n\n```\n:smile:\n```\n\n"
                + "`:material-check:` is an icon of MkDocs Material's.\n\n:material-check: Ready :octicons-arrow-right-24: go\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        // Material's icons need its icon sets: said once for the page, at the first used outside code.
        assertEquals(List.of("guide.md:11 syntax.icon"), withoutNotices(result.findings()));
        Document home = page(out, "index.html");
        // The title taken from the heading has its emoji as the heading has, so the heading is the page's one h1.
        assertEquals(List.of("Welcome \uD83D\uDC4B"), home.select("main h1").eachText());
        assertEquals("Welcome \uD83D\uDC4B \u00B7 Team wiki", home.selectFirst("title").text());
        assertTrue(home.selectFirst("nav.site-nav").text().contains("Guide \uD83D\uDCD6"), home.selectFirst("nav.site-nav").html());
        assertEquals(List.of("Guide \uD83D\uDCD6"), page(out, "guide.html").select("main h1").eachText());
        Element body = home.selectFirst("main .page-body");
        assertTrue(body.text().contains("Thanks for joining \uD83C\uDF89 (type :tada: for that)"), body.text());
        assertEquals(":tada:", body.selectFirst("code").text());
        assertEquals(List.of("\u2705\uFE0F", "Read the guide \uD83D\uDC4D"), body.select("td").eachText());
        Element guide = page(out, "guide.html").selectFirst("main .page-body");
        assertTrue(guide.text().contains("Meet at 10:30:00, ratio 12:100:30. :octocat:"), guide.text());
        assertEquals(":smile:", guide.selectFirst("pre").text());
        assertTrue(guide.text().contains(":material-check: Ready :octicons-arrow-right-24: go"), guide.text());
    }

    /** A Hugo site: hugo.toml, content/ and static/ beside each other, a picture and a form in static/. */
    private static Path hugoSite(Path dir, Map<String, String> files) throws Exception {
        return hugoSite(dir, "", files);
    }

    /** The same, the content folder in {@code site/content/<language>} when {@code language} is not empty. */
    private static Path hugoSite(Path dir, String language, Map<String, String> files) throws Exception {
        Path site = dir.resolve("site");
        Path content = language.isEmpty() ? TestHandbooks.write(site, files) : TestHandbooks.write(site.resolve("content"), files)
                .getParent().resolve(language);
        if (!language.isEmpty()) {
            Files.move(site.resolve("content/content"), content);
        }
        Files.writeString(site.resolve("hugo.toml"), "title = 'Team handbook'\n");
        Files.createDirectories(site.resolve("static/images"));
        Files.createDirectories(site.resolve("static/files/.git"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                site.resolve("static/images/rota.png").toFile());
        Files.writeString(site.resolve("static/files/sign-up.txt"), "Name, date, role\n");
        Files.writeString(site.resolve("static/files/.git/config"), "hidden\n");
        Files.writeString(site.resolve("static/images/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><circle r='4'/></svg>\n");
        return content;
    }

    /**
     * The Hugo Learn and Relearn themes' {@code chapter: true} makes a section's page its chapter's title page (12 of
     * rladies/rladiesguide's, matcornic/hugo-theme-learn's example site): it is that here already, and was reported as an
     * unknown key. The themes show no title there, so the page opens with its heading block, {@code ### Chapter 1} over
     * {@code # Basics}: the label was a level skipped and an empty section, reported, and the title shown twice.
     */
    @Test
    void aLearnThemesChapterPageIsItsSectionsPageWithItsLabel(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_index.md", "# Team handbook\n\nWelcome.\n");
        files.put("basics/_index.md", """
                ---
                title: Basics
                weight: 5
                chapter: true
                ---

                ### Chapter 1

                # Basics

                Discover what this handbook is about.
                """);
        files.put("basics/setup.md", "---\ntitle: Setup\n---\n\nSet it up.\n");
        files.put("ally/_index.md", "+++\ntitle = 'Allies'\nchapter = true\n+++\n\nAllies information has moved.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(hugoSite(dir, files), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        Element main = page(out, "basics/index.html").selectFirst("main");
        assertEquals(List.of("Basics"), main.select("h1").eachText(), main.html());
        Element label = main.selectFirst(".page-body p");
        assertEquals("Chapter 1", label.text(), main.html());
        assertTrue(label.hasClass("eyebrow"), label.outerHtml());
        assertEquals("Allies information has moved.", page(out, "ally/index.html").selectFirst("main .page-body p").text());
    }

    /**
     * CodeYourFuture's Hugo theme cuts a tab set at lines of its tabs' titles, {@code ===[[👣 Step by step]]===}, and
     * gives each tab's panel the set's name and its number as id, which its pages link to (module/js1/setup, 51 pages):
     * the lines were wiki links reported missing, and the links to the tabs to anchors the page did not have.
     */
    @Test
    void aTabSetCutAtTitleLinesIsTabsThePageLinksTo(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_index.md", "# Course\n\nWelcome.\n");
        files.put("setup/index.md", """
                ---
                title: Setting up
                ---

                {{<tabs name="Start Project">}}
                ===[[🕹️ Follow along]]===

                Make a folder. 👉🏽 [Now create a package.json](#start-project-1)

                ===[[👣 Step by step]]===

                ```zsh
                touch package.json
                ```

                {{</tabs>}}

                Done.
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(hugoSite(dir, files), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        Element body = page(out, "setup/index.html").selectFirst("main .page-body");
        assertEquals(List.of("start-project-0", "start-project-1"), body.select("div.tab").eachAttr("id"), body.html());
        assertTrue(body.selectFirst("#start-project-0").text().startsWith("🕹️ Follow along"), body.html());
        assertEquals("touch package.json", body.selectFirst("#start-project-1 pre").text());
        assertEquals("Done.", body.select("> p").last().text());
    }

    @Test
    void aHugoSitesStaticFolderIsPublishedAtTheSitesRoot(@TempDir Path dir) throws Exception {
        // Hugo publishes static/ at the site's root: /images/rota.png is static/images/rota.png. So does the handbook.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team handbook\n");
        files.put("_index.md", "# Team handbook\n\n![The rota board](/images/rota.png)\n\n[The sign-up sheet](/files/sign-up.txt)\n");
        files.put("rotas/_index.md", "# Rotas\n\n![The rota board](/images/rota.png) ![Our logo](../../images/logo.svg)\n");
        files.put("images/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'><rect width='4' height='4'/></svg>\n");
        Path content = hugoSite(dir, files);
        Path site = content.getParent();
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        assertEquals(List.of("images/rota.png"), page(out, "index.html").select("main img").eachAttr("src"));
        assertEquals(List.of("files/sign-up.txt"), page(out, "index.html").select("main a[href$=.txt]").eachAttr("href"));
        assertEquals(List.of("../images/rota.png", "../images/logo.svg"), page(out, "rotas/index.html").select("main img").eachAttr("src"));
        assertArrayEquals(Files.readAllBytes(site.resolve("static/images/rota.png")), Files.readAllBytes(out.resolve("images/rota.png")));
        assertEquals("Name, date, role\n", Files.readString(out.resolve("files/sign-up.txt")));
        // The content folder's file of the same path wins; a hidden folder stays out, as in the content folder.
        assertTrue(Files.readString(out.resolve("images/logo.svg")).contains("rect"), Files.readString(out.resolve("images/logo.svg")));
        assertFalse(Files.exists(out.resolve("files/.git")));
        // A file changed in the static folder is an input: the next build is no longer up to date, and copies it.
        BuildOptions recorded = BuildOptions.of(content, out).withTimestamp(TestHandbooks.TIMESTAMP).withCache(dir.resolve("cache"));
        new HandbookBuild(recorded, BuildLog.SILENT).run();
        assertTrue(new HandbookBuild(recorded, BuildLog.SILENT).upToDate().isPresent());
        Files.writeString(site.resolve("static/files/sign-up.txt"), "Name, date, role, phone\n");
        assertTrue(new HandbookBuild(recorded, BuildLog.SILENT).upToDate().isEmpty());
        new HandbookBuild(recorded, BuildLog.SILENT).run();
        assertEquals("Name, date, role, phone\n", Files.readString(out.resolve("files/sign-up.txt")));
    }

    /**
     * A Hugo site's pictures in assets/, where Hugo's image render hook and many themes' (Hugoplate's among them) find
     * them with resources.Get: ![](/images/banner.png) and, from any page, ![](images/banner.png) are
     * assets/images/banner.png, published at images/banner.png. Hugoplate's example site had them reported missing. What
     * the theme builds from there (Sass, scripts, data) is not published; static/'s file of the same path wins.
     */
    @Test
    void aHugoSitesAssetsFolderIsPublishedAtTheSitesRootAndFoundFromAnyPage(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team handbook\n");
        files.put("_index.md", "# Team handbook\n\n![Our banner](/images/banner.png)\n\n![The rota board](/images/rota.png)\n");
        files.put("blog/first-shift.md", "# First shift\n\n![Our banner](images/banner.png)\n\n"
                + "{{< figure src=\"images/banner.png\" caption=\"The banner.\" >}}\n\nFill in [the form](files/sign-up.pdf).\n");
        Path content = hugoSite(dir, files);
        Path site = content.getParent();
        Files.createDirectories(site.resolve("assets/images"));
        Files.createDirectories(site.resolve("assets/scss"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                site.resolve("assets/images/banner.png").toFile());
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                site.resolve("assets/images/rota.png").toFile());
        Files.writeString(site.resolve("assets/scss/custom.scss"), "body { color: red; }\n");
        Files.createDirectories(site.resolve("assets/files"));
        Files.writeString(site.resolve("assets/files/sign-up.pdf"), "%PDF-1.4\n%%EOF\n");
        Files.writeString(site.resolve("assets/main.js"), "console.log('theme');\n");
        Files.createDirectories(site.resolve("assets/templates"));
        Files.writeString(site.resolve("assets/templates/manifest.html"), "<p>{{ site.Title }}</p>\n");
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        assertEquals(List.of("images/banner.png", "images/rota.png"), page(out, "index.html").select("main img").eachAttr("src"));
        assertEquals(List.of("../images/banner.png", "../images/banner.png"),
                page(out, "blog/first-shift.html").select("main img").eachAttr("src"));
        assertArrayEquals(Files.readAllBytes(site.resolve("assets/images/banner.png")), Files.readAllBytes(out.resolve("images/banner.png")));
        assertArrayEquals(Files.readAllBytes(site.resolve("static/images/rota.png")), Files.readAllBytes(out.resolve("images/rota.png")));
        // Hugo's link render hook finds a file there too.
        assertEquals("../files/sign-up.pdf", page(out, "blog/first-shift.html").selectFirst("main a[href$=.pdf]").attr("href"));
        assertFalse(Files.exists(out.resolve("scss/custom.scss")));
        assertFalse(Files.exists(out.resolve("main.js")));
        assertFalse(Files.exists(out.resolve("templates/manifest.html")), "a template, not a page: no file.active either");
    }

    /**
     * HugoBlox (Wowchemy, Hugo Academic) takes a page's picture that is not beside it from the site's assets/media/, as
     * its documentation tells authors to keep them: Maths et Maryam's association pages (MichelDeudon/maths-et-maryam,
     * ![…](assos/local-seasonal-menu.jpg) with assets/media/assos/local-seasonal-menu.jpg) had 109 pictures missing.
     */
    @Test
    void aHugoBloxSitesPicturesAreFoundInItsMediaFolder(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Maths et Maryam\nbroken-links: warning\n");
        files.put("_index.md", "# Maths et Maryam\n\nBienvenue.\n");
        files.put("asso/local.md", "# Local Seasonal\n\n![Le menu de saison](assos/menu.png)\n\n"
                + "{{< figure src=\"assos/menu.png\" caption=\"Le menu.\" >}}\n\n![Un atelier](atelier.png)\n");
        Path site = dir.resolve("site");
        Path content = TestHandbooks.write(site, files);
        Files.createDirectories(site.resolve("config/_default"));
        Files.writeString(site.resolve("config/_default/hugo.yaml"), "title: 'Maths et Maryam'\n");
        Files.createDirectories(site.resolve("assets/media/assos"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                site.resolve("assets/media/assos/menu.png").toFile());
        Files.writeString(site.resolve("assets/media/icon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><circle r='4'/></svg>\n");
        Path out = dir.resolve("out");
        BuildResult result = new HandbookBuild(BuildOptions.of(content, out).withTimestamp(TestHandbooks.TIMESTAMP)
                .withoutPdfs(), BuildLog.SILENT).run();
        assertEquals(List.of("../media/assos/menu.png", "../media/assos/menu.png"),
                page(out, "asso/local.html").select("main img").eachAttr("src"));
        assertArrayEquals(Files.readAllBytes(site.resolve("assets/media/assos/menu.png")), Files.readAllBytes(out.resolve("media/assos/menu.png")));
        // A picture in neither place is still missing, and said so.
        List<String> missing = result.findings().stream().filter(f -> f.code().equals("image.missing")).map(Finding::message).toList();
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains("atelier.png"), missing.toString());
    }

    @Test
    void aStaticFoldersPictureIsPrintedInTheChaptersPdfAndTheSlides(@TempDir Path dir) throws Exception {
        // The chapter's PDF is printed from the site being written, the slides from the content folder: both find it.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team handbook\n");
        files.put("_index.md", "# Team handbook\n\nSee [the guide](guide.md).\n");
        files.put("guide.md", "---\ntitle: Guide\nkind: chapter\n---\n\n![The rota board](/images/rota.png)\n");
        files.put("deck.md", "---\ntitle: Rotas\nkind: slides\n---\n\n## Rotas\n\n![The rota board](/images/rota.png)\n");
        Path content = hugoSite(dir, files);
        Path out = dir.resolve("out");
        BuildResult result = new HandbookBuild(BuildOptions.of(content, out).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        assertEquals(List.of(), withoutNotices(result.findings()));
        for (String pdf : List.of("downloads/guide.pdf", "downloads/deck-slides.pdf")) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(out.resolve(pdf).toFile())) {
                boolean picture = false;
                for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                    for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                        picture |= page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
                    }
                }
                assertTrue(picture, pdf + " draws the picture");
            }
        }
    }

    @Test
    void theOutputFolderIsNeverTheStaticFolderNorInsideIt(@TempDir Path dir) throws Exception {
        // Hugo users have built into static/ to serve a second site from it; the handbook reads that folder, so it refuses.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team handbook\n");
        files.put("index.md", "# Team handbook\n\nHello.\n");
        Path content = hugoSite(dir, files);
        Path staticFolder = content.getParent().resolve("static");
        for (Path out : List.of(staticFolder, staticFolder.resolve("handbook"), content.getParent())) {
            BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class, () -> build(content, out));
            assertEquals(List.of(":0 output.unsafe"), failure.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(),
                    out.toString());
        }
        assertEquals("Name, date, role\n", Files.readString(staticFolder.resolve("files/sign-up.txt")));
        assertFalse(Files.exists(staticFolder.resolve("handbook")));
    }

    @Test
    void oneLanguagesContentFolderOfAHugoSiteFindsTheSitesStaticFolder(@TempDir Path dir) throws Exception {
        // A Hugo site in several languages keeps each in a folder of its own (contentDir: content/en), built one at a time.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team handbook\n");
        files.put("_index.md", "# Team handbook\n\n![The rota board](/images/rota.png)\n");
        Path content = hugoSite(dir, "en", files);
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        assertTrue(Files.isRegularFile(out.resolve("images/rota.png")));
    }

    @Test
    void vitePressNextAndAstroPublishTheirPublicFolderAtTheRoot(@TempDir Path dir) throws Exception {
        // VitePress: docs/public/ inside the source folder, beside .vitepress/. Next.js (Nextra): public/ beside pages/.
        // Astro (Starlight): public/ three folders above src/content/docs/.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team handbook\n");
        files.put("index.md", "# Team handbook\n\n![Our logo](/logo.svg)\n\n[The form](/forms/sign-up.txt)\n");
        files.put(".vitepress/config.mts", "export default {}\n");
        files.put("public/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'><circle r='4'/></svg>\n");
        files.put("public/forms/sign-up.txt", "Name\n");
        Path vitePress = TestHandbooks.write(dir.resolve("vitepress"), files);
        files.remove(".vitepress/config.mts");
        // VitePress with a source folder of its own (srcDir: 'src', as Vue's docs): .vitepress/ beside it, public/ in it.
        Path vitePressSource = TestHandbooks.write(dir.resolve("vitepress-src"), files);
        Files.createDirectories(vitePressSource.resolveSibling(".vitepress"));
        Files.writeString(vitePressSource.resolveSibling(".vitepress/config.mts"), "export default { srcDir: 'src' }\n");
        files.remove("public/logo.svg");
        files.remove("public/forms/sign-up.txt");
        Path next = TestHandbooks.write(dir.resolve("next"), files);
        Files.writeString(next.resolveSibling("next.config.mjs"), "export default {}\n");
        Path astro = TestHandbooks.write(dir.resolve("astro/src/content"), files);
        Files.move(astro, astro.resolveSibling("docs"));
        astro = astro.resolveSibling("docs");
        Files.writeString(dir.resolve("astro/astro.config.mjs"), "export default {}\n");
        for (Path site : List.of(dir.resolve("next"), dir.resolve("astro"))) {
            Files.createDirectories(site.resolve("public/forms"));
            Files.writeString(site.resolve("public/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><circle r='4'/></svg>\n");
            Files.writeString(site.resolve("public/forms/sign-up.txt"), "Name\n");
        }
        for (Path content : List.of(vitePress, vitePressSource, next, astro)) {
            Path out = dir.resolve("out-" + content.getParent().getFileName());
            BuildResult result = build(content, out);
            assertEquals(List.of(), withoutNotices(result.findings()), content.toString());
            assertEquals(List.of("logo.svg"), page(out, "index.html").select("main img").eachAttr("src"), content.toString());
            assertTrue(Files.isRegularFile(out.resolve("logo.svg")) && Files.isRegularFile(out.resolve("forms/sign-up.txt")),
                    content.toString());
        }
    }

    @Test
    void aFileWhereTheHandbookWritesItsOwnIsSaidToBeReplaced(@TempDir Path dir) throws Exception {
        // A content folder's search.html and assets/theme.css, a Hugo site's static/404.html: the build writes its own. The
        // HTML files are not published in any case (file.active: a browser would run their scripts), and said so.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team handbook\n");
        files.put("_index.md", "# Team handbook\n\nHello.\n");
        files.put("search.html", "<p>Our old search</p>\n");
        files.put("assets/theme.css", "body { color: red }\n");
        Path content = hugoSite(dir, files);
        Files.writeString(content.getParent().resolve("static/404.html"), "<h1>Lost</h1>\n");
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        assertEquals(List.of("../static/404.html:0 file.active", "assets/theme.css:0 file.replaced", "search.html:0 file.active"),
                withoutNotices(result.findings()));
        assertFalse(Files.readString(out.resolve("search.html")).contains("Our old search"));
        assertFalse(Files.readString(out.resolve("404.html")).contains("Lost"));
    }

    @Test
    void aStaticFolderIsReadOnlyBesideAHugoOrDocusaurusSiteFile(@TempDir Path dir) throws Exception {
        // Without hugo.toml (or docusaurus.config.js) beside it, a folder named static is nobody's: not published.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team handbook\nbroken-links: warning\n");
        files.put("index.md", "# Team handbook\n\n![The rota board](/images/rota.png)\n");
        Path content = hugoSite(dir, files);
        Files.delete(content.getParent().resolve("hugo.toml"));
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        assertEquals(List.of("index.md:3 image.missing"), withoutNotices(result.findings()));
        assertFalse(Files.exists(out.resolve("images/rota.png")));
    }

    @Test
    void aLinkOutOfTheStaticFolderIsRefusedAsOneOutOfTheContentFolder(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team handbook\n");
        files.put("index.md", "# Team handbook\n\nHello.\n");
        Path content = hugoSite(dir, files);
        Files.writeString(dir.resolve("secret.txt"), "not for publishing\n");
        try {
            Files.createSymbolicLink(content.getParent().resolve("static/files/secret.txt"), dir.resolve("secret.txt"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "this file system makes no symbolic links: " + e);
        }
        BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class, () -> build(content, dir.resolve("out")));
        assertEquals(List.of("static/files/secret.txt:0 file.link-outside"), withoutNotices(failure.findings()));
        assertFalse(Files.exists(dir.resolve("out/files/secret.txt")));
    }

    @Test
    void aLinkFromTheTopInALanguagesFolderFindsThePageInThatFolder(@TempDir Path dir) throws Exception {
        // A Hugo site in several languages, built whole: each language's folder is its site's top, so /about/ on a page
        // in en/ is en/about.md, and on a page in cy/ (translated) cy/about.md.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Team handbook\nlanguage: en\n");
        files.put("en/_index.md", "# Team handbook\n\nRead [about us](/about/) and [the rota](/docs/rota/#sundays).\n");
        files.put("en/about.md", "# About us\n\nWho we are.\n");
        files.put("en/docs/rota.md", "# Rota\n\n## Sundays\n\nWho opens up.\n");
        files.put("cy/_index.md", "# Llawlyfr\n\nDarllenwch [amdanom ni](/about/).\n");
        files.put("cy/about.md", "# Amdanom ni\n\nPwy ydym ni.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir, files), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        assertEquals(List.of("about.html", "docs/rota.html#sundays"), page(out, "en/index.html").select("main .page-body a").eachAttr("href"));
        assertEquals(List.of("about.html"), page(out, "cy/index.html").select("main .page-body a").eachAttr("href"));
    }

    @Test
    void aHugoSiteKeepsItsSectionPagesAndItsLowerCaseAddresses(@TempDir Path dir) throws Exception {
        // Hugo's section page is _index.md (it was left out with the underscore folders, its words lost), and Hugo
        // serves every address in lower case, so its authors link to /volunteers/dbs-checks/ for DBS-Checks.md.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer handbook\n");
        files.put("_index.md", "---\ntitle: Volunteer handbook\n---\nStart with [the volunteers' section](/volunteers/).\n");
        files.put("volunteers/_index.md", "---\ntitle: For volunteers\n---\nWhat every volunteer needs. See [checks](/volunteers/dbs-checks/) "
                + "or [the same]({{< ref \"DBS-Checks.md\" >}}).\n");
        files.put("volunteers/DBS-Checks.md", "---\ntitle: DBS checks\nlinktitle: Checks\nslug: dbs\n---\nBack to [the section](/volunteers/).\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), codes(result));
        assertEquals(Files.readString(out.resolve("volunteers/_index.html")), Files.readString(out.resolve("volunteers/index.html")));
        assertEquals("For volunteers", page(out, "volunteers/index.html").selectFirst("main h1").text());
        assertTrue(page(out, "volunteers/index.html").selectFirst("main").text().contains("What every volunteer needs."));
        assertEquals("Volunteer handbook", page(out, "index.html").selectFirst("main h1").text());
        assertEquals(List.of("volunteers/index.html"), page(out, "index.html").select("main .page-body p a").eachAttr("href"));
        assertEquals(List.of("DBS-Checks.html", "DBS-Checks.html"), page(out, "volunteers/index.html").select("main .page-body p a").eachAttr("href"));
        assertEquals(List.of("index.html"), page(out, "volunteers/DBS-Checks.html").select("main .page-body p a").eachAttr("href"));
        // Its linktitle is its name in the navigation, its slug its old address.
        assertEquals("Checks", page(out, "volunteers/DBS-Checks.html").selectFirst("nav.site-nav a[href=DBS-Checks.html]").text());
        assertEquals("DBS checks", page(out, "volunteers/DBS-Checks.html").selectFirst("main h1").text());
        assertEquals("../DBS-Checks.html", page(out, "volunteers/dbs/index.html").selectFirst("main .page-body a").attr("href"));
    }

    @Test
    void aMultilingualHugoSitesPagesNamedWithTheirLanguageAreTheirFoldersOwn(@TempDir Path dir) throws Exception {
        // A Hugo site in several languages names each page with its language: a section's _index.en.md (it was left out
        // with the underscore names, the home page's and every section's words lost, and links to it broken) and a page
        // bundle's index.en.md (its folder was a generated list of one page, the page beside it at index.en.html).
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Organisers' guide\nlanguage: en\n");
        files.put("_index.en.md", "---\ntitle: Organisers' guide\n---\nStart with [events](/events/) or [allies](/allies/).\n");
        files.put("_index.es.md", "---\ntitle: Guía\n---\nEsta guía está en inglés.\n");
        // Hugo's themes list a section's own address among its aliases: not an address another page has.
        files.put("allies/_index.en.md", "---\ntitle: Allies\naliases:\n  - /allies/\n---\nHow partners help.\n");
        files.put("events/_index.en.md", "---\ntitle: Events\n---\nRunning meetups.\n");
        files.put("events/online/index.en.md", "---\ntitle: Online events\n---\nSee [promotion](../promotion/).\n");
        files.put("events/promotion/index.en.md", "---\ntitle: Promotion\n---\nBack to [online events](/events/online/), "
                + "or on to [allies](allies), a path from the top as Hugo reads it.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        assertEquals("Organisers' guide", page(out, "index.html").selectFirst("main h1").text());
        assertEquals(List.of("events/index.html", "allies/index.html"), page(out, "index.html").select("main .page-body a").eachAttr("href"));
        assertTrue(page(out, "allies/index.html").selectFirst("main").text().contains("How partners help."));
        assertTrue(page(out, "events/index.html").selectFirst("main").text().contains("Running meetups."));
        assertEquals("Online events", page(out, "events/online/index.html").selectFirst("main h1").text());
        assertEquals(List.of("../promotion/index.html"), page(out, "events/online/index.html").select("main .page-body a").eachAttr("href"));
        assertEquals(List.of("../online/index.html", "../../allies/index.html"),
                page(out, "events/promotion/index.html").select("main .page-body a").eachAttr("href"));
        assertFalse(Files.exists(out.resolve("events/online/index.en.html")), "one page, at its folder's address");
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("page.translation") && f.file().equals("_index.es.md")),
                "the Spanish home page is a translation, left out and said");
    }

    @Test
    void aHugoSitesLanguagesInFoldersNamedInWordsAreThoseLanguages(@TempDir Path dir) throws Exception {
        // NuevoFoundation/workshops: [languages.es] contentDir = "content/espanol". Each folder was a section of its own,
        // Portuguese first, every page lang="en", no page linked to its translations, and /es/… and /shifts/ broken.
        Path content = Path.of(getClass().getResource("/handbooks/hugo-folder-per-language/content").toURI());
        Path out = dir.resolve("out");
        BuildResult result = build(content, out); // its hugo.toml beside it
        assertEquals(List.of(), withoutNotices(result.findings()));
        assertEquals("en", page(out, "english/shifts/safety.html").selectFirst("html").attr("lang"));
        assertEquals("es-ES", page(out, "espanol/shifts/safety.html").selectFirst("html").attr("lang"), "its languageCode");
        assertEquals("pt-BR", page(out, "brazilian-portuguese/shifts/opening-up.html").selectFirst("html").attr("lang"),
                "one page translated so far, and a language all the same: the site says so");
        // In the order of the languages' weights (es 2, pt-br 3), as Hugo's language switch lists them; it was by folder name.
        assertEquals(List.of("../../espanol/shifts/opening-up.html", "../../brazilian-portuguese/shifts/opening-up.html"),
                page(out, "english/shifts/opening-up.html").select("link[rel=alternate][hreflang]").eachAttr("href"));
        assertEquals(List.of("es-ES", "pt-BR"), page(out, "english/shifts/opening-up.html").select("a[hreflang]").eachAttr("hreflang"),
                "the switch on the page, in the same order");
        assertEquals(List.of("../../english/shifts/safety.html"),
                page(out, "espanol/shifts/safety.html").select("link[rel=alternate][hreflang]").eachAttr("href"));
        // The default language's folder is the menu's section; the translations are no sections of it.
        assertEquals(List.of("Food pantry volunteer guide"),
                page(out, "index.html").select("main .subsection-list a").eachText());
        // Links from the language's top (/shifts/) and to Hugo's address of a language (/es/shifts/) find their pages.
        assertEquals(List.of("shifts/index.html", "shifts/safety.html"), page(out, "espanol/index.html").select("main .page-body a").eachAttr("href"));
        assertEquals(List.of("shifts/index.html", "shifts/safety.html"), page(out, "english/index.html").select("main .page-body a").eachAttr("href"));
    }

    @Test
    void aWorkbenchLessonsPagesLinkEachOtherAndTheirPicturesAcrossItsFolders(@TempDir Path dir) throws Exception {
        // The Carpentries Workbench publishes episodes/, learners/, instructors/ and profiles/ side by side at the site's
        // top, with their fig/ and files/: an episode links an instructors' page by its name alone, and a learners' page
        // shows a picture of episodes/fig/. Each was link.broken or image.missing, an error: no lesson built.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("config.yaml", "carpentry: 'cp'\ntitle: 'Trainer training'\nepisodes:\n- 01-welcome.md\n");
        files.put("index.md", "# Trainer training\n\nStart with [the welcome](episodes/01-welcome.md).\n");
        files.put("episodes/01-welcome.md", "---\ntitle: Welcome\n---\nAsk an [icebreaker question](icebreakers.md), then see "
                + "[the rubric](demo-rubric.md) and [the paper](files/papers/practice.pdf).\n");
        files.put("episodes/fig/edit-button.png", "png");
        files.put("episodes/files/papers/practice.pdf", "pdf");
        files.put("instructors/icebreakers.md", "---\ntitle: Icebreakers\n---\nQuestions to start with.\n");
        files.put("learners/demo-rubric.md", "---\ntitle: Demo rubric\n---\n![The edit button](fig/edit-button.png)\n\n"
                + "Read [the paper](files/papers/practice.pdf) and [the welcome](01-welcome.md).\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("lesson"), files), out);
        assertEquals(List.of(), withoutNotices(result.findings()).stream().filter(f -> f.contains("link.") || f.contains("image.")).toList());
        assertEquals(List.of("../instructors/icebreakers.html", "../learners/demo-rubric.html", "files/papers/practice.pdf"),
                page(out, "episodes/01-welcome.html").select("main .page-body p a").eachAttr("href"));
        Document rubric = page(out, "learners/demo-rubric.html");
        assertEquals("../episodes/fig/edit-button.png", rubric.selectFirst("main .page-body img").attr("src"));
        assertEquals(List.of("../episodes/files/papers/practice.pdf", "../episodes/01-welcome.html"),
                rubric.select("main .page-body p a").eachAttr("href"));
    }

    @Test
    void aWorkbenchLessonLeavesOutTheRepositorysFilesAsTheWorkbenchDoes(@TempDir Path dir) throws Exception {
        // The Workbench builds the lesson's folders and its top's Markdown but GitHub's README and CONTRIBUTING, and
        // copies none of its other files: the README's badges from other sites were most of a lesson's findings, and
        // config.yaml, site/ and the R project file were published as files of the site.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("config.yaml", "carpentry: 'cp'\ntitle: 'Trainer training'\n");
        files.put("index.md", "# Trainer training\n\nStart with [the welcome](episodes/welcome.md).\n");
        files.put("README.md", "# trainer-training\n\n[![Build](https://example.org/badge.svg)](missing-ci.md)\n");
        files.put("CONTRIBUTING.md", "# Contributing\n\nSee [the guide](missing-guide.md).\n");
        files.put("LICENSE.md", "---\ntitle: Licence\n---\nShare and adapt.\n");
        files.put("CITATION.cff", "cff-version: 1.2.0\n");
        files.put("AUTHORS", "Priya Shah\n");
        files.put("trainer-training.Rproj", "Version: 1.0\n");
        files.put("site/README.md", "# Built here\n\nSee [nothing](nothing.md).\n");
        files.put("renv/activate.R", "local({})\n");
        files.put("episodes/welcome.md", "---\ntitle: Welcome\n---\nHello.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("lesson"), files), out);
        assertEquals(List.of("config.yaml:1 page.workbench-left-out"), codes(result).stream()
                .filter(f -> !f.contains("config.site-file")).toList());
        assertTrue(result.findings().get(codes(result).indexOf("config.yaml:1 page.workbench-left-out")).message()
                .contains("AUTHORS, CITATION.cff, CONTRIBUTING.md, README.md, config.yaml, renv/, site/, trainer-training.Rproj"));
        for (String left : List.of("README.html", "CONTRIBUTING.html", "CITATION.cff", "AUTHORS", "trainer-training.Rproj", "config.yaml",
                "site", "renv")) {
            assertFalse(Files.exists(out.resolve(left)), left);
        }
        assertTrue(Files.exists(out.resolve("LICENSE.html")), "the Workbench publishes the lesson's licence");
        assertTrue(Files.exists(out.resolve("episodes/welcome.html")));
    }

    @Test
    void aWorkbenchLessonsPagesAreInTheOrderItsConfigLists(@TempDir Path dir) throws Exception {
        // config.yaml lists each folder's pages in the order the Workbench's menus show them; they were in the
        // alphabet's order (the lunch break before the welcome). A folder without a list has its pages by file name, in
        // its place among the folders, before the lesson's other pages.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("config.yaml", "carpentry: 'cp'\ntitle: 'Trainer training'\nepisodes:\n- welcome.md\n- practice.md\n- lunch.md\n"
                + "learners:\n- setup.md\n- calendar.md\ninstructors:\nprofiles:\n");
        files.put("index.md", "# Trainer training\n\nStart with [the welcome](episodes/welcome.md).\n");
        for (String episode : List.of("lunch", "practice", "welcome")) {
            files.put("episodes/" + episode + ".md", "---\ntitle: " + episode + "\n---\nText.\n");
        }
        files.put("learners/calendar.md", "---\ntitle: calendar\n---\nText.\n");
        files.put("learners/setup.md", "---\ntitle: setup\n---\nText.\n");
        files.put("instructors/notes.md", "---\ntitle: notes\n---\nText.\n");
        files.put("instructors/games.md", "---\ntitle: games\n---\nText.\n");
        files.put("profiles/priya.md", "---\ntitle: priya\n---\nText.\n");
        files.put("LICENSE.md", "---\ntitle: Licence\n---\nText.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("lesson"), files), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        assertEquals(List.of("../index.html", "index.html", "welcome.html", "practice.html", "lunch.html", "../learners/index.html",
                "../instructors/index.html", "../profiles/index.html", "../LICENSE.html"), menu(out, "episodes/welcome.html"));
        assertEquals(List.of("../index.html", "../episodes/index.html", "index.html", "setup.html", "calendar.html",
                "../instructors/index.html", "../profiles/index.html", "../LICENSE.html"), menu(out, "learners/setup.html"));
        assertEquals(List.of("../index.html", "../episodes/index.html", "../learners/index.html", "index.html", "games.html", "notes.html",
                "../profiles/index.html", "../LICENSE.html"), menu(out, "instructors/notes.html"));
    }

    /**
     * A Docusaurus page whose front matter gives it an id other than its file's name is published, linked and listed by
     * that id: CodeYourFuture's syllabus names each week's mentors.md 'id: instructors', its lessons link './instructors'
     * and its sidebars.js lists 'js-core-1/week-1/instructors'. Those ten links were broken (errors) and the notes fell out
     * of the sidebar's order, to the end of their week. A link from the site's top by the id, as Docusaurus serves the docs
     * folder at /docs/ (GeekBeacon's docs link /docs/collaborators/tools three times), finds it too.
     */
    @Test
    void aDocusaurusPagesIdIsItsAddressAndItsNameInTheSidebar(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("docusaurus.config.js", "module.exports = { title: 'Syllabus' };\n");
        files.put("sidebars.js", "module.exports = { someSidebar: { 'Week 1': ['week-1/lesson', 'week-1/instructors', 'week-1/homework'] } };\n");
        // From the site's top, as Docusaurus serves docs/ (GeekBeacon's /docs/collaborators/tools, a page whose id: is tools).
        files.put("docs/index.md", "---\nid: index\ntitle: Course\n---\nStart with [the lesson](week-1/lesson) and [the notes](/docs/week-1/instructors).\n");
        // From the page's own address, /week-1/homework, by the id of a page in another folder (CodeYourFuture's react/prep.md:
        // '../../guides/creating-a-react-app'): read from the page's folder it climbs out, and it was an error.
        files.put("docs/week-1/homework.md", "---\nid: homework\ntitle: Coursework\n---\nText, as [the guide](../../guides/setting-up) says.\n");
        files.put("docs/guides/set-up.md", "---\nid: setting-up\ntitle: Setting up\n---\nText.\n");
        files.put("docs/week-1/lesson.md", "---\nid: lesson\ntitle: Lesson\n---\nSee [the notes](./instructors) and [feedback](./instructors#giving-feedback).\n");
        files.put("docs/week-1/mentors.md", "---\nid: instructors\ntitle: Instructor notes\nsidebar_label: Instructor notes\n---\n"
                + "## Giving feedback\n\nText.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("site"), files).resolve("docs"), out);
        assertEquals(List.of(), withoutNotices(result.findings()), "no link is broken, and id: is no unknown key");
        assertEquals("mentors.html#giving-feedback", page(out, "week-1/lesson.html").select("main a[href*=feedback]").attr("href"));
        assertEquals("week-1/mentors.html", page(out, "index.html").select("main a:contains(the notes)").attr("href"));
        assertEquals("../guides/set-up.html", page(out, "week-1/homework.html").select("main a:contains(the guide)").attr("href"));
        // The shorthand's 'Week 1' is a category, a name over its pages leading nowhere, as Docusaurus shows it.
        assertEquals(List.of("lesson.html", "mentors.html", "homework.html"),
                menu(out, "week-1/lesson.html").stream().filter(href -> !href.startsWith("..")).toList(), "in the sidebar's order");
        // Elsewhere an id: is the author's own, a standard's number (UKHomeOffice's Eleventy site: id: SEGAS-00017), no address.
        Map<String, String> eleventy = new LinkedHashMap<>();
        eleventy.put("docs/handbook.yml", "title: Standards\n");
        eleventy.put("docs/index.md", "---\ntitle: Standards\n---\nSee [the test pyramid](SEGAS-00017).\n");
        eleventy.put("docs/test-pyramid.md", "---\nid: SEGAS-00017\ntitle: Test pyramid\n---\nText.\n");
        BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class,
                () -> build(TestHandbooks.write(dir.resolve("eleventy"), eleventy).resolve("docs"), dir.resolve("out2")));
        assertEquals(List.of("index.md:4 link.broken"), withoutNotices(failure.findings()), "no address from an id outside Docusaurus");
        assertFalse(Files.exists(dir.resolve("out2/SEGAS-00017.html")) || Files.exists(dir.resolve("out2/SEGAS-00017/index.html")));
    }

    /**
     * A picture or file a page links in a folder the build leaves out by its name (Code4GovTech's Docusaurus docs keep
     * their diagrams in docs/.assets/) is said to be left out for that name, with what to do: the finding said "(its own
     * finding says why)", and no finding said anything about the folder, which is passed by in silence.
     */
    @Test
    void aPictureInAHiddenFolderIsSaidToBeLeftOutForTheFoldersName(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.md", "# Welcome\n\n![How it fits together](.assets/architecture.png)\n\nThe [rota](_drafts/rota.pdf).\n");
        files.put(".assets/architecture.png", "not really a picture");
        files.put("_drafts/rota.pdf", "not really a PDF");
        BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class,
                () -> build(TestHandbooks.write(dir.resolve("content"), files), dir.resolve("out")));
        Finding picture = failure.findings().stream().filter(f -> f.code().equals("image.missing")).findFirst().orElseThrow();
        assertEquals("image '.assets/architecture.png' is not in the site: the build leaves out the files and folders whose names"
                + " start with '.' or '_', and .assets/architecture.png is in '.assets'", picture.message());
        assertTrue(picture.fix().startsWith("rename '.assets' without its first character, or move the picture"), picture.fix());
        Finding link = failure.findings().stream().filter(f -> f.code().equals("link.broken")).findFirst().orElseThrow();
        assertTrue(link.message().endsWith("_drafts/rota.pdf is in '_drafts'") && link.fix().startsWith("rename '_drafts'"),
                link.message() + " — " + link.fix());
    }

    /** The pages a page's menu links to, in its order, without the downloads page the theme adds. */
    private static List<String> menu(Path out, String path) throws Exception {
        return page(out, path).select("nav.site-nav a").eachAttr("href").stream().filter(href -> !href.endsWith("downloads.html")).toList();
    }

    @Test
    void folderNamesOfAWorkbenchLessonAloneDoNotFindPagesInEachOther(@TempDir Path dir) throws Exception {
        // Without the Workbench's config.yaml, learners/ and episodes/ are a handbook's own folders: a link from one
        // that names nothing there is broken, as anywhere else.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Handbook\nbroken-links: warning\n");
        files.put("index.md", "# Handbook\n\nWelcome.\n");
        files.put("episodes/one.md", "# One\n\nSee [the rubric](rubric.md).\n");
        files.put("learners/rubric.md", "# Rubric\n\nText.\n");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), dir.resolve("out"));
        assertEquals(List.of("episodes/one.md:3 link.broken"), withoutNotices(result.findings()));
    }

    @Test
    void aSectionPageListingItsPagesByShortcodeListsThem(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer handbook\n");
        files.put("index.md", "# Volunteer handbook\n\nWelcome.\n");
        files.put("policies/_index.md", "---\ntitle: Policies\n---\nOur policies:\n\n{{% children %}}\n");
        files.put("policies/leave.md", "---\ntitle: Leave\nsummary: Time off.\nweight: 2\n---\nText.\n");
        files.put("policies/expenses.md", "---\ntitle: Expenses\nweight: 1\n---\nText.\n");
        files.put("policies/safety/_index.md", "---\ntitle: Safety\n---\n{{< section >}}\n");
        files.put("policies/safety/fire.md", "---\ntitle: Fire\n---\nText.\n");
        files.put("policies/safety/first-aid.md", "---\ntitle: First aid\n---\nText.\n");
        files.put("empty/_index.md", "---\ntitle: Nothing yet\n---\nSoon.\n\n{{< toc-tree >}}\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), codes(result));
        Element list = page(out, "policies/index.html").selectFirst("main .page-body div.section-pages > ul");
        assertEquals(List.of("expenses.html", "leave.html", "safety/index.html"), list.select("a").eachAttr("href"),
                "the folder's pages in reading order, then its sub-folder by its own page");
        assertEquals("Leave: Time off.", list.select("li").get(1).text());
        assertEquals(List.of("fire.html", "first-aid.html"),
                page(out, "policies/safety/index.html").select("div.section-pages a").eachAttr("href"));
        assertTrue(page(out, "empty/index.html").select("div.section-pages").isEmpty(), "nothing to list: no empty list");
    }

    /**
     * HugoBlox's (Wowchemy's) section list, call-to-action and contents shortcodes, as Maths et Maryam's association
     * writes them (MichelDeudon/maths-et-maryam: c/maths/_index.md, home/actu.md): shown as typed, with nine
     * syntax.liquid warnings, and its "Adhérer à l'association" button no link.
     */
    @Test
    void hugoBloxsSectionListCallToActionAndContentsAreRead(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Maths et Maryam\nlanguage: fr\n");
        files.put("index.md", "# Maths et Maryam\n\n{{% cta cta_link=\"adhesion.md\" cta_text=\"Adhérer à l'association ✅\" %}}\n");
        files.put("adhesion.md", "# Adhésion\n\nTexte.\n");
        files.put("home/try.md", "# Essayer\n\n{{% cta cta_link=\"./c/maths/\" cta_text=\"Explorer les projets\" %}}\n");
        files.put("c/maths/_index.md", "---\ntitle: Maths\n---\n{{< toc hide_on=\"xl\" >}}\n\n## Nos projets\n\n{{< list_children >}}\n");
        files.put("c/maths/college.md", "---\ntitle: Collège\n---\nTexte.\n");
        files.put("c/maths/lycee.md", "---\ntitle: Lycée\n---\nTexte.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), codes(result));
        assertEquals(List.of("college.html", "lycee.html"), page(out, "c/maths/index.html").select("div.section-pages a").eachAttr("href"));
        Element cta = page(out, "index.html").selectFirst("main a[href=adhesion.html]");
        assertNotNull(cta, page(out, "index.html").select("main").html());
        assertEquals("Adhérer à l'association ✅", cta.text());
        assertFalse(page(out, "c/maths/index.html").select("main").text().contains("{{"));
        // HugoBlox reads a call to action's address from the site's top, wherever the page is.
        assertEquals(List.of("../c/maths/index.html"), page(out, "home/try.html").select("main .page-body a").eachAttr("href"));
    }

    @Test
    void aDocusaurusFolderOfMdxPagesBuildsWithItsTabsBoxesAndPartials(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer handbook\n");
        files.put("index.md", "# Volunteer handbook\n\nStart with the [guides](docs/index.mdx).\n");
        files.put("docs/index.mdx", """
                ---
                title: Guides
                ---
                import DocCardList from '@theme/DocCardList';

                <DocCardList />
                """);
        files.put("docs/intro.mdx", """
                ---
                sidebar_position: 1
                ---
                import Tabs from '@theme/Tabs';
                import TabItem from '@theme/TabItem';
                import Contacts from './_contacts.mdx';

                # Your first shift

                ## Before you arrive {#arrive}

                {/* Keep this short. */}
                Read [setting up](./setup.md) first, then go [home](../index.md).

                <Tabs>
                  <TabItem value="phone" label="On a phone">
                    Open the **rota** app.
                  </TabItem>
                  <TabItem value="paper" label="On paper">
                    Sign the sheet by the door.
                  </TabItem>
                </Tabs>

                <Admonition type="danger" title="Never alone">
                Two volunteers at every session.
                </Admonition>

                <Contacts />
                """);
        files.put("docs/_contacts.mdx", "<Note>\nCall the office on 0100 000 000.\n</Note>\n");
        files.put("docs/setup.mdx", """
                ---
                sidebar_position: 2
                ---
                # Setting up

                Back to [before you arrive](intro.mdx#arrive).

                <ThemedImage sources={{light: '/a.png'}} />

                Last built {new Date().getFullYear()}.
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("docs/setup.mdx:8 page.mdx-component", "docs/setup.mdx:10 page.mdx-expression"), codes(result));
        assertEquals(List.of("intro.html", "setup.html"), page(out, "docs/index.html").select("div.section-pages a").eachAttr("href"),
                "DocCardList lists the folder's pages");
        Element intro = page(out, "docs/intro.html").selectFirst("main .page-body");
        assertEquals(List.of("On a phone", "On paper"), intro.select("div.tabs > div.tab > .fenced-div-title").eachText());
        assertEquals("rota", intro.selectFirst("div.tab strong").text(), "a tab's indented content is Markdown, not code");
        assertEquals("Never alone", intro.selectFirst("div.box-caution .fenced-div-title").text());
        assertEquals("Call the office on 0100 000 000.", intro.selectFirst("div.included div.box-note p:not(.fenced-div-title)").text());
        assertEquals(List.of("setup.html", "../index.html"), intro.select("p > a").eachAttr("href"));
        assertEquals("arrive", intro.selectFirst("h2").id());
        assertFalse(intro.text().contains("import") || intro.text().contains("{/*") || intro.select("pre").size() > 0, intro.html());
        assertEquals("intro.html#arrive", page(out, "docs/setup.html").selectFirst("main .page-body p > a").attr("href"));
        assertEquals("docs/index.html", page(out, "index.html").selectFirst("main .page-body p > a").attr("href"));
    }

    @Test
    void aDocsifySidebarNamedInItsSettingsIsTheMenuNotAPage(@TempDir Path dir) throws Exception {
        // CodecoolGlobal's Tech Interview Workbook: window.$docsify = {loadSidebar: "sidebar.md"} in _common/init.js,
        // which its index.html loads. Its sidebar was a page named "Sidebar", and the modules came by title.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", """
                <!DOCTYPE html>
                <html><head><title>Codecool Tech Interview Workbook</title></head>
                <body><div id="app"></div>
                <script type="text/javascript" src="_common/init.js"></script>
                <script src="//unpkg.com/docsify/lib/docsify.min.js"></script>
                </body></html>
                """);
        files.put("_common/init.js", "window.$docsify = {\n  name: '',\n  loadSidebar: \"sidebar.md\",\n  homepage: 'README.md',\n};\n");
        files.put("README.md", "# Workbook\n\nHow to use it.\n");
        files.put("sidebar.md", """
                * Workbook

                    * [General usage information](/)
                    * [Web module](docs/module_web.md)
                    * [Basics module](docs/module_basics.md)
                """);
        files.put("docs/module_basics.md", "# Basics module\n\nVariables.\n");
        files.put("docs/module_web.md", "# Web module\n\nHTTP.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertFalse(Files.exists(out.resolve("sidebar.html")), "the menu is no page");
        List<String> names = page(out, "docs/module_web.html").select("nav.site-nav a[href]").eachText();
        assertTrue(names.indexOf("Web module") >= 0 && names.indexOf("Web module") < names.indexOf("Basics module"), names.toString());
        assertFalse(names.contains("Sidebar"), names.toString());
        assertFalse(codes(result).stream().anyMatch(c -> c.startsWith("sidebar.md")), codes(result).toString());
        assertTrue(page(out, "index.html").title().contains("Codecool Tech Interview Workbook"), "its name is empty: the page's title");
    }

    @Test
    void aVitePressOrStarlightHomePagesHeroButtonsAndFeaturesAreShown(@TempDir Path dir) throws Exception {
        // soramitsukhmer/frontend-handbook's docs/index.md is nothing but a VitePress hero and two features, which
        // introduce its sections; Dear-Asian-Youth/handbook's Starlight hero has a "Get Started" button. Both were
        // dropped as unknown keys.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Handbook\n");
        files.put("index.md", """
                ---
                layout: home
                title: Home
                hero:
                  name: Handbook
                  tagline: The starting point for new team members.
                  image:
                    src: /logo.png
                  actions:
                    - theme: brand
                      text: Start here
                      link: /on-boarding/
                    - text: Our GitHub
                      link: https://github.com/example
                features:
                  - icon: 🖖
                    title: On-Boarding
                    details: Onboarding is a pivotal moment for making people feel included.
                  - title: Engineering Guide
                    details: Our guides.
                    link: /guide/
                  - title: Open by default
                ---

                Welcome. TODO: write more.
                """);
        files.put("on-boarding/index.md", "# On-Boarding\n\nDay one.\n");
        files.put("guide/index.md", "# Engineering Guide\n\nHow we work.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("index.md:25 placeholder.todo"), withoutNotices(result.findings()),
                "the layout is the handbook's own (its key a notice); the text's lines keep their numbers");
        assertTrue(codes(result).contains("index.md:2 front-matter.other-tool-key"), codes(result).toString());
        assertTrue(codes(result).contains("index.md:7 front-matter.hero-image"), codes(result).toString());
        Document home = page(out, "index.html");
        assertEquals("The starting point for new team members.", home.selectFirst("main .lede").text(), "the tagline, under the title");
        Element body = home.selectFirst("main .page-body");
        assertEquals(List.of("on-boarding/index.html", "https://github.com/example"), body.select("p > a").eachAttr("href").subList(0, 2));
        // A feature of a title only (Hugoplate's home page's three, whose text is under another key) is a box of its title:
        // its tags were shown as text.
        assertEquals(List.of("🖖 On-Boarding", "Engineering Guide", "Open by default"), body.select(".card .fenced-div-title").eachText(),
                body.html());
        assertFalse(body.text().contains("{{"), body.html());
        assertTrue(body.selectFirst(".card").text().contains("Onboarding is a pivotal moment"), body.html());
        assertEquals("guide/index.html", body.select(".card").get(1).selectFirst("a").attr("href"));
    }

    @Test
    void aStarlightPagesSidebarOrderAndLabelOrderAndNameItInTheNavigation(@TempDir Path dir) throws Exception {
        // Dear-Asian-Youth/handbook: each folder's pages ordered by Starlight's sidebar: {order: n}; they were listed by
        // title (Mission before Team before Values before Welcome) and 'sidebar' said to be unknown in ten files.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: DAY handbook\n");
        files.put("index.mdx", "---\ntitle: Home\n---\nHello.\n");
        files.put("about/index.mdx", "---\ntitle: Welcome to DAY\nsidebar:\n  order: 2\n---\nAbout us.\n");
        files.put("guides/index.mdx", "---\ntitle: Guides\nsidebar:\n  order: 0\n---\nHow to.\n"); // its place in its own group
        files.put("about/values.mdx", "---\ntitle: Our values\nsidebar:\n  order: 1\n  label: Values\n---\nKindness.\n");
        files.put("about/team.mdx", "---\ntitle: Team\nsidebar:\n  order: 2\n---\nUs.\n");
        files.put("about/mission.mdx", "---\ntitle: Mission and vision\nsidebar:\n  order: 3\n---\nWhy.\n");
        files.put("about/jekyll.md", "---\ntitle: Zebra\nsidebar: mydoc_sidebar\n---\nA Jekyll theme's sidebar name.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("about/jekyll.md:3 config.unknown-key"), codes(result), "a sidebar that is not Starlight's stays unknown");
        List<String> names = page(out, "about/team.html").select("nav.site-nav a[href]").eachText();
        assertEquals(List.of("Values", "Team", "Mission and vision", "Zebra"),
                names.subList(names.indexOf("Values"), names.indexOf("Values") + 4), names.toString());
        assertEquals("Our values", page(out, "about/values.html").selectFirst("main h1").text(), "the label names it in the navigation only");
        List<String> top = page(out, "index.html").select("nav.site-nav .nav-level-1 > li > a").eachText();
        assertTrue(top.indexOf("Welcome to DAY") < top.indexOf("Guides"), "a folder page's order is its place in its folder: " + top);
    }

    @Test
    void anEleventyNavigationOrderAndTitleOrderAndNameThePageInTheNavigation(@TempDir Path dir) throws Exception {
        // 18F's guides: each page's eleventyNavigation: {key, parent, order, title}, which the plugin's menu follows; the
        // pages were listed by title (Debrief before Interviews before Phone screen) and the key said to be unknown.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Hiring guide\n");
        files.put("index.md", "# Hiring guide\n\nHow we hire.\n");
        files.put("hiring/index.md", "---\ntitle: Hiring\neleventyNavigation:\n  key: hiring\n  order: 1\n---\nThe steps.\n");
        files.put("hiring/screen.md", "---\ntitle: The phone screen\neleventyNavigation:\n  key: screen\n  parent: hiring\n"
                + "  order: 1\n  title: Phone screen\n---\nA short call.\n");
        files.put("hiring/interviews.md", "---\ntitle: Interviews\neleventyNavigation:\n  parent: hiring\n  order: 2\n---\nThree of them.\n");
        files.put("hiring/debrief.md", "---\ntitle: Debrief\neleventyNavigation:\n  parent: hiring\n  order: 3\n---\nDecide together.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), codes(result), "eleventyNavigation is read, not unknown");
        List<String> names = page(out, "hiring/debrief.html").select("nav.site-nav a[href]").eachText();
        assertEquals(List.of("Phone screen", "Interviews", "Debrief"),
                names.subList(names.indexOf("Phone screen"), names.indexOf("Phone screen") + 3), names.toString());
        assertEquals("The phone screen", page(out, "hiring/screen.html").selectFirst("main h1").text(), "the title names it in the navigation only");
    }

    /**
     * Starlight's sidebar in astro.config gives the menu's order, groups and labels, read as literal data: a group at the
     * top is a part of the menu, an item's label the page's name there, {@code autogenerate} a folder's pages in their
     * usual order (Starlight's {@code sidebar: order:}); a spread of a variable is no literal data, said once as a notice, and the rest is read.
     */
    @Test
    void aStarlightSidebarInAstroConfigGivesTheMenusOrderGroupsAndLabels(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("astro.config.mjs"), """
                import { defineConfig } from 'astro/config';
                import starlight from '@astrojs/starlight';
                import extra from './extra.mjs';

                export default defineConfig({
                  integrations: [
                    starlight({
                      title: 'Rota handbook',
                      sidebar: [
                        { label: 'Start here', link: '/about/' },
                        {
                          label: 'Guides',
                          items: [
                            { label: 'Your rota', slug: 'guides/rota' },
                            'guides/first-shift',
                          ],
                        },
                        { label: 'Reference', autogenerate: { directory: 'reference' } },
                        ...extra,
                      ],
                    }),
                  ],
                });
                """);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.mdx", "---\ntitle: Welcome\n---\nHello.\n");
        files.put("about.md", "---\ntitle: About the food bank\n---\nUs.\n");
        files.put("guides/first-shift.md", "---\ntitle: First shift\n---\nArrive early.\n");
        files.put("guides/rota.md", "---\ntitle: The rota\n---\nWho is on.\n");
        files.put("reference/glossary.md", "---\ntitle: Glossary\nsidebar:\n  order: 1\n---\nWords.\n");
        files.put("reference/contacts.md", "---\ntitle: Contacts\nsidebar:\n  order: 2\n---\nPeople.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("src/content"), files), out); // src/content/content: three folders down
        List<Finding> notices = result.findings().stream().filter(f -> f.code().equals("nav.sidebar-not-literal")).toList();
        assertEquals(1, notices.size(), result.findings().toString());
        assertEquals("../../../astro.config.mjs", notices.get(0).file());
        assertEquals(19, notices.get(0).line());
        String menu = page(out, "guides/rota.html").selectFirst("nav.site-nav").text();
        assertTrue(menu.contains("Start here Guides"), menu);
        assertTrue(menu.contains("Your rota First shift"), menu);
        String reference = page(out, "reference/glossary.html").selectFirst("nav.site-nav").text();
        assertTrue(reference.contains("Glossary Contacts"), "a generated folder's pages in their own order: " + reference);
        assertEquals("About the food bank", page(out, "about.html").selectFirst("main h1").text(), "the label names it in the menu only");
    }

    /**
     * VitePress' {@code themeConfig.sidebar}, one list for each part of the site (a {@code base} before its links), gives
     * the menu's groups and labels, as Starlight's does.
     */
    @Test
    void aVitePressSidebarGivesTheMenusGroupsAndLabels(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(".vitepress/config.mts", """
                import { defineConfig } from 'vitepress'

                export default defineConfig({
                  title: 'Rota',
                  themeConfig: {
                    sidebar: {
                      '/guide/': [
                        {
                          text: 'Getting started',
                          collapsed: false,
                          items: [
                            { text: 'Set up', link: '/guide/setup' },
                            { text: 'Your first shift', link: '/guide/first-shift' },
                          ]
                        }
                      ],
                      '/reference/': { base: '/reference/', items: [ { text: 'Words we use', link: 'glossary' } ] },
                    }
                  }
                })
                """);
        files.put("index.md", "# Welcome\n\nHello.\n");
        files.put("guide/first-shift.md", "# First shift\n\nArrive early.\n");
        files.put("guide/setup.md", "# Setting up\n\nBadge.\n");
        files.put("reference/glossary.md", "# Glossary\n\nWords.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("nav.sidebar-not-literal")), result.findings().toString());
        String menu = page(out, "guide/setup.html").selectFirst("nav.site-nav").text();
        assertTrue(menu.contains("Getting started") && menu.indexOf("Getting started") < menu.indexOf("Set up Your first shift"), menu);
        String words = page(out, "reference/glossary.html").selectFirst("nav.site-nav").text();
        assertTrue(words.contains("Words we use"), words);
    }

    @Test
    void aStarlightOrMintlifySiteWithAFolderPerLanguageBuildsEachInItsLanguage(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.mdx", "---\ntitle: Volunteer handbook\n---\nStart with [setting up](/guides/setup/).\n");
        files.put("guides/setup.mdx", """
                ---
                title: Setting up
                ---
                import { Aside, LinkCard } from '@astrojs/starlight/components';

                <Aside type="tip" title="Before you start">
                Bring your badge. <Badge text="New" />
                </Aside>

                <LinkCard title="The rota" href="/guides/rota/" description="Who is on when" />
                """);
        files.put("guides/rota.mdx", "---\ntitle: The rota\n---\nSee [setting up](/guides/setup/).\n\n## Swaps\n\nAsk first.\n");
        files.put("es/index.mdx", "---\ntitle: Manual\n---\nEmpieza por [la instalación](/es/guides/setup/).\n");
        files.put("es/guides/setup.mdx", """
                ---
                title: Instalación
                ---
                <div id="antes">
                  ## Antes de empezar
                </div>

                Mira [el turno](/es/guides/rota/#swaps), aún sin traducir, y [la instalación](#antes).
                """);
        files.put("es/guides/other.mdx", "---\ntitle: Other\n---\nTexto.\n"); // the same title in Spanish: no duplicate
        files.put("guides/other.mdx", "---\ntitle: Other\n---\n:::tip{icon=\"heart\"}\nText.\n:::\n");
        files.put("guides/api.mdx", """
                ---
                title: The rota's API
                ---
                <ParamField body="address" type="object" required>
                  <div className="mt-4">
                    Where the **volunteer** lives.
                  </div>
                </ParamField>
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("guides/other.mdx:4 syntax.attributes-ignored"),
                codes(result).stream().filter(c -> !c.endsWith("config.missing")).toList(), "said once, as what it is");
        Document setup = page(out, "es/guides/setup.html");
        assertEquals("es", setup.selectFirst("html").attr("lang"), "a screen reader speaks the page in Spanish");
        assertEquals("en", page(out, "guides/setup.html").selectFirst("html").attr("lang"));
        Element body = setup.selectFirst("main .page-body");
        assertEquals("Antes de empezar", body.selectFirst("div#antes > h2").text(), "a div's Markdown is read, not shown as typed");
        assertEquals(List.of("../../guides/rota.html#swaps", "#antes"), body.select("p a").eachAttr("href"),
                "a page not translated yet is the handbook's own");
        Element english = page(out, "guides/setup.html").selectFirst("main .page-body");
        assertEquals("Before you start", english.selectFirst("div.box-tip .fenced-div-title").text());
        assertTrue(english.selectFirst("div.box-tip").text().contains("Bring your badge. New"), english.html());
        assertEquals("rota.html", english.selectFirst("a:contains(The rota)").attr("href"));
        assertTrue(english.text().contains("Who is on when"), english.html());
        Element api = page(out, "guides/api.html").selectFirst("main .page-body");
        assertEquals("address", api.getElementById("param-address").parent().selectFirst("code").text(), "Mintlify's #param-address");
        assertEquals("volunteer", api.selectFirst("div.mt-4 strong").text(), api.html());
    }

    @Test
    void aStarlightRootLocalesSiblingFolderTranslatesItsPagesWhenTheSidebarListsThem(@TempDir Path dir) throws Exception {
        // makinzm/mille: defaultLocale 'root' (Japanese at the docs root), English in en/, a sidebar in astro.config.mjs.
        // The sidebar's menu had en/ as a section of its own beside the Japanese groups, and the English pages showed
        // the Japanese menu, leading to the Japanese pages.
        Path content = Path.of(getClass().getResource("/handbooks/starlight-root-locale/src/content/docs").toURI());
        Path out = dir.resolve("out");
        BuildResult result = build(content, out); // its astro.config.mjs three folders up
        assertEquals(List.of(), withoutNotices(result.findings()));
        assertEquals("fr", page(out, "fr/rota/returns.html").selectFirst("html").attr("lang"));
        assertEquals(List.of("index.html", "rota/checking-out.html", "rota/returns.html", "repairs.html", "downloads.html"),
                page(out, "index.html").select("nav.site-nav a").eachAttr("href"), "no section for fr/");
        Document french = page(out, "fr/rota/returns.html");
        assertEquals(List.of("../index.html", "checking-out.html", "returns.html", "../../repairs.html", "../downloads.html"),
                french.select("nav.site-nav a").eachAttr("href"), "the sidebar leads to the French pages, the English where none is");
        assertEquals(List.of("Prêter un outil", "Reprendre un outil"), french.select("nav.site-nav .nav-group a").eachText());
        assertEquals(List.of("../../rota/returns.html"), french.select("link[rel=alternate][hreflang]").eachAttr("href"));
        // The group's name as the sidebar translates it (translations: { fr: 'Prêts' }); it stood in English, marked so.
        Element group = french.selectFirst("nav.site-nav .nav-group-name");
        assertEquals("Prêts", group.text());
        assertEquals("", group.attr("lang"), "in the page's own language");
        assertEquals("Lending", page(out, "rota/returns.html").selectFirst("nav.site-nav .nav-group-name").text());
    }

    @Test
    void aNewJekyllSitesDotMarkdownFilesArePages(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Drop-in handbook\n");
        files.put("index.markdown", "---\nlayout: home\n---\n# Drop-in handbook\n\nRead [about us](about.markdown) and [the rota](rota/).\n");
        files.put("about.markdown", "---\ntitle: About\npermalink: /about/\n---\nWe run a drop-in. [Home](index.md)\n");
        files.put("rota/index.markdown", "# The rota\n\nWho is on when.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("index.markdown:2 front-matter.other-tool-key"), codes(result), "Jekyll's layout: said to be ignored");
        assertEquals(List.of("about.html", "rota/index.html"), page(out, "index.html").select("main .page-body p a").eachAttr("href"));
        assertEquals("index.html", page(out, "about.html").selectFirst("main .page-body p a").attr("href"));
        assertEquals("The rota", page(out, "rota/index.html").selectFirst("main h1").text());
    }

    @Test
    void aTechDocsTemplateSiteBuildsWithItsPartialsWarningsAndServiceName(@TempDir Path dir) throws Exception {
        // A Middleman site as the GOV.UK Tech Docs Template makes one: pages named for the address they make
        // (rota.html.md, index.html.md.erb), partials with '_' before their names, the service's name in config/.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("config/tech-docs.yml", "service_name: Befriending service guide\nphase: Beta\nshow_govuk_logo: true\n");
        files.put("source/index.html.md.erb", """
                ---
                title: Befriending service guide
                weight: 10
                ---

                # Befriending service guide

                <%= warning_text("Never give a volunteer's phone number to a caller.<br>
                Pass on a message instead: see the \\"rota\\" page.") %>

                <%= partial "documentation/contacts" %>

                Read [the rota](rota.html) and [who to call](/contacts.html#out-of-hours).
                <%# kept for the team: the old address is gone %>
                """);
        files.put("source/rota.html.md", "---\ntitle: The rota\nweight: 20\nowner_slack: \"#rota-team\"\nlast_reviewed_on: 2026-01-10\n"
                + "review_in: 6 months\n---\n\n# The rota\n\nWho is on when. [Back](/index.html)\n");
        files.put("source/contacts.html.md.erb", "---\ntitle: Who to call\nweight: 30\n---\n<% content_for :sidebar do %>\n<ul><li>Phones</li></ul>\n"
                + "<% end %>\n\n# <%= current_page.data.title %>\n\n## Out of hours\n\nThe duty phone.\n");
        files.put("source/documentation/_contacts.md.erb", """
                ## Contacts

                Ask the [duty coordinator](contacts.html).

                <%= partial "documentation/phone" %>
                """);
        files.put("source/documentation/_phone.md", "The office is open from 9 to 5.\n");
        files.put("source/stats.html.md.erb", "---\ntitle: Numbers\n---\n\n# Numbers\n\nWe have <%= data.volunteers.count %> volunteers."
                + " See [each one](<%= volunteer.link %>).\n");
        Path content = TestHandbooks.write(dir, files).resolve("source");
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        // The page's review (last_reviewed_on 2026-01-10, review_in 6 months) was due in July 2026, as Tech Docs too would
        // say; reported at its line, since the page is under document control (owner_slack) and on the Documents register.
        assertEquals(List.of("rota.html.md:5 review.overdue", "stats.html.md.erb:7 syntax.erb"), withoutNotices(result.findings()),
                "ERB the build cannot read said once, its link not looked for; everything else read");
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("config.site-file") && f.message().contains("config/tech-docs.yml")));
        Document home = page(out, "index.html");
        assertEquals("Befriending service guide", home.selectFirst("a.site-title").text());
        Element warning = home.selectFirst("main .callout-warning");
        assertNotNull(warning, home.html());
        assertTrue(warning.text().contains("Pass on a message instead: see the \"rota\" page."), warning.text());
        assertNotNull(warning.selectFirst("br"), "its HTML kept");
        Element partial = home.selectFirst("main .included");
        assertEquals("Contacts", partial.selectFirst("h2").text());
        assertEquals("contacts.html", partial.selectFirst("a").attr("href"), "a partial's link is written from the page showing it");
        assertTrue(partial.text().contains("The office is open from 9 to 5."), "a partial's own partial: " + partial.html());
        assertEquals(List.of("rota.html", "contacts.html#out-of-hours"), home.select("main .page-body > p a").eachAttr("href"));
        assertFalse(home.html().contains("<%"), "the ERB comment left out");
        Document rota = page(out, "rota.html");
        assertEquals("index.html", rota.selectFirst("main .page-body a").attr("href"));
        Element review = rota.selectFirst("main .review-box");
        assertNotNull(review, "the page's review, as the template shows it");
        assertTrue(review.text().contains("#rota-team") && review.text().contains("10 January 2026") && review.text().contains("10 July 2026"),
                review.text());
        assertTrue(page(out, "documents.html").select(".documents-table tbody th a").eachText().contains("The rota"), "on the register");
        assertTrue(Files.exists(out.resolve("contacts.html")) && !Files.exists(out.resolve("documentation")), "partials are not pages");
        Document contacts = page(out, "contacts.html");
        assertEquals(List.of("Who to call"), contacts.select("main h1").eachText(), "headed by its own title: one heading");
        assertFalse(contacts.selectFirst("main").text().contains("Phones"), "what the layout shows elsewhere is left out");
        assertTrue(page(out, "stats.html").selectFirst("main .page-body").text().contains("<%= data.volunteers.count %>"), "shown as written");
    }

    @Test
    void aGitBookSpacesRedirectsKeepTheOldAddressesWorking(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Helpline handbook\n");
        files.put(".gitbook.yaml", """
                root: ./

                redirects:
                  help: ./support/README.md
                  volunteers/old-rota: /volunteers/rota.md#weekends
                  volunteers/rota#weekends: volunteers/rota.md
                  gone: nowhere.md
                  volunteers: support/README.md
                """);
        files.put("README.md", "# Helpline handbook\n\nSee [help](help) and [the rota](/volunteers/old-rota).\n");
        files.put("support/README.md", "# Getting support\n\nCall the office.\n");
        files.put("volunteers/rota.md", "# The rota\n\n## Weekends\n\nTwo on each shift.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(".gitbook.yaml:7 page.redirect-invalid", ".gitbook.yaml:8 page.redirect-taken"), withoutNotices(result.findings()),
                "a redirect to no page, or from a folder's address, said at its line; one from a place in a page left out");
        assertEquals(List.of("support/index.html", "volunteers/rota.html"), page(out, "index.html").select("main .page-body p a").eachAttr("href"),
                "links to the old addresses find the pages");
        assertTrue(Files.readString(out.resolve("help/index.html")).contains("support/index.html"), "the old address sends the reader on");
        assertTrue(Files.readString(out.resolve("volunteers/old-rota/index.html")).contains("rota.html"));
        assertFalse(Files.exists(out.resolve("volunteers/rota#weekends")));
    }

    @Test
    void aGitBookPageRefIsALinkNamedByThePagesTitle(@TempDir Path dir) throws Exception {
        // CHAOSS's community handbook, from GitBook: {% page-ref %} was shown as its tag and reported as Liquid.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Community handbook\n");
        files.put("README.md", "# Community handbook\n\nThe words we use:\n\n{% page-ref page=\"about/terms.md\" %}\n");
        files.put("about/terms.md", "# Terms we use\n\nA contributor is anyone who helps.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        Element link = page(out, "index.html").selectFirst("main .page-body a[href=about/terms.html]");
        assertEquals("Terms we use", link.text());
        assertFalse(page(out, "index.html").select("main").text().contains("page-ref"));
    }

    /**
     * A Quarto talk (Openscapes' guest talks: format: revealjs, no slide-level) is split as Quarto splits it, at each '##'
     * heading, Pandoc's default slide level; an empty one with attributes ({.center}) is a slide without a title, not an
     * empty heading. It was one slide, "too full". A deck of this handbook's own (kind: slides) still splits at '---' only.
     */
    @Test
    void aQuartoTalkIsSplitAtItsHeadingsAndAnEmptyHeadingIsAnUntitledSlide(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Talks\n");
        files.put("talk.qmd", "---\ntitle: Better habits\nformat:\n  revealjs:\n    theme: default\n---\n\n## Why\n\nBecause.\n\n"
                + "## {.center}\n\nA slide with no title.\n\n## How\n\nSlowly.\n");
        files.put("own.md", "---\ntitle: Our deck\nkind: slides\n---\n\n## One\n\nFirst.\n\n## Still one\n\nSame slide.\n\n---\n\nTwo.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        Document talk = page(out, "talk.slides.html");
        assertEquals(List.of("Slide 1 of 3: Why", "Slide 2 of 3", "Slide 3 of 3: How"), talk.select(".slides > section").eachAttr("aria-label"));
        assertEquals("A slide with no title.", talk.select(".slides > section").get(1).text());
        assertEquals(2, page(out, "own.slides.html").select(".slides > section").size(), "'---' alone splits a deck of the handbook's own");
    }

    @Test
    void anMkDocsSitesRedirectsPluginKeepsTheOldAddressesWorking(@TempDir Path dir) throws Exception {
        // mkdocs-redirects, as a site that moved its pages into folders lists them: old.md served at old/, from docs/.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mkdocs.yml", """
                site_name: Helpline handbook
                plugins:
                  - search
                  - redirects:
                      redirect_maps:
                        "help.md": "support/index.md"
                        'volunteers/old-rota.md': volunteers/rota.md#weekends
                        gone.md: nowhere.md
                        elsewhere.md: https://example.org/elsewhere/
                        volunteers/index.md: support/index.md
                """);
        files.put("docs/index.md", "# Helpline handbook\n\nSee [help](/help) and [the rota](/volunteers/old-rota/).\n");
        files.put("docs/support/index.md", "# Getting support\n\nCall the office.\n");
        files.put("docs/volunteers/rota.md", "# The rota\n\n## Weekends\n\nTwo on each shift.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir, files).resolve("docs"), out);
        assertEquals(List.of("../mkdocs.yml:8 page.redirect-invalid", "../mkdocs.yml:10 page.redirect-taken"), withoutNotices(result.findings()),
                "a redirect to no page, or from a folder's address, said at its line; one to another site left out");
        assertEquals(List.of("link to '/help' finds support/index.md by an old address that ../mkdocs.yml's redirect_maps gives that page (line 6)"),
                result.findings().stream().filter(f -> f.code().equals("link.old-address")).map(f -> f.message()).limit(1).toList(),
                "the link names the file and line that list the old address");
        assertEquals(List.of("support/index.html", "volunteers/rota.html"), page(out, "index.html").select("main .page-body p a").eachAttr("href"),
                "links to the old addresses find the pages");
        assertTrue(Files.readString(out.resolve("help/index.html")).contains("support/index.html"), "the old address sends the reader on");
        assertTrue(Files.readString(out.resolve("volunteers/old-rota/index.html")).contains("rota.html"));
        assertFalse(Files.exists(out.resolve("elsewhere")));
    }

    /**
     * A GOV.UK Tech Docs Template site (GDS's "GDS Way"): its config/tech-docs.yml, beside source/, lists the addresses of
     * pages that moved, to their new addresses (not their files), and the site's own pages still link the old ones.
     */
    @Test
    void aTechDocsSitesRedirectsKeepTheOldAddressesWorking(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("config/tech-docs.yml", """
                service_name: The Helpline Way
                redirects:
                  /standards/git.html: /standards/source-code/working-with-git.html
                  /standards/testing.html: /manuals/languages/ruby.html#testing-with-rspec
                  /standards/gone.html: /standards/nowhere.html
                  /old-site.html: https://example.org/
                  /standards/Secrets-ACL.html: /standards/secrets-acl.html
                """);
        files.put("source/index.html.md.erb", "---\ntitle: The Helpline Way\n---\n# The Helpline Way\n\n"
                + "See [git](/standards/git.html) and [testing](standards/testing.html).\n");
        files.put("source/standards/secrets-acl.html.md.erb", "---\ntitle: Secrets\n---\n# Secrets\n\nKeep them.\n");
        files.put("source/standards/source-code/working-with-git.html.md.erb", "---\ntitle: Working with git\n---\n# Working with git\n\nCommit.\n");
        files.put("source/manuals/languages/ruby.html.md.erb", "---\ntitle: Ruby\n---\n# Ruby\n\n## Testing with RSpec\n\nTest.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir, files).resolve("source"), out);
        assertEquals(List.of("../config/tech-docs.yml:5 page.redirect-invalid", "../config/tech-docs.yml:7 page.redirect-taken"),
                withoutNotices(result.findings()), "a redirect to no page said at its line; one to another website left out");
        assertTrue(result.findings().stream().anyMatch(f -> f.message().contains("is from the address of the page it sends to,"
                + " standards/secrets-acl.html, written with other capital letters")), "one from its own page's address in other capitals says so");
        assertEquals(List.of("standards/source-code/working-with-git.html", "manuals/languages/ruby.html"),
                page(out, "index.html").select("main .page-body p a").eachAttr("href"), "links to the old addresses find the pages");
        assertTrue(Files.readString(out.resolve("standards/git.html")).contains("working-with-git.html"), "the old address sends the reader on");
    }

    @Test
    void aGitBookSpaceWithItsPagesInAFolderReadsItsRedirectsFromBesideIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(".gitbook.yaml", "root: ./docs/\nstructure:\n  readme: README.md\n  summary: NAV.md\nredirects:\n  old-rota: volunteers/rota.md\n");
        files.put("docs/handbook.yml", "title: Helpline handbook\n");
        files.put("docs/NAV.md", "# Contents\n\n* [Welcome](README.md)\n* [Shifts](volunteers/rota.md)\n* [Calls](volunteers/calls.md)\n");
        files.put("docs/README.md", "# Helpline handbook\n\nSee [the rota](/old-rota).\n");
        files.put("docs/volunteers/calls.md", "# Taking calls\n\nListen first.\n");
        files.put("docs/volunteers/rota.md", "# The rota\n\nTwo on each shift.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir, files).resolve("docs"), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        assertFalse(Files.exists(out.resolve("NAV.html")), "the table of contents it names is no page");
        assertEquals(List.of("The rota", "Taking calls"), page(out, "volunteers/index.html").select("main .page-body li a").eachText(),
                "in its order, not the files'");
        assertEquals("volunteers/rota.html", page(out, "index.html").selectFirst("main .page-body p a").attr("href"));
        assertTrue(Files.readString(out.resolve("old-rota/index.html")).contains("volunteers/rota.html"));
    }

    /**
     * The mkdocs-macros plugin's variables ({@code plugins: - macros}), as CommonGuide's template handbook writes them:
     * {@code {{ config.site_name }}}, {@code {{ email }}} from {@code extra:}, {@code {{ page.title }}}, filled in; a
     * macro call stays as written, reported. A setting MkDocs reads from the environment ({@code !ENV ORG_NAME}) is not
     * read: its default, or nothing (the site was titled "ORG_NAME").
     */
    @Test
    void anMkDocsSitesMacroVariablesAreFilledInAndItsEnvironmentIsNotRead(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mkdocs.yml", """
                site_name: Riverside Circle
                site_description: !ENV [SITE_DESCRIPTION, "How we work together"]
                repo_url: !ENV REPO_URL
                plugins:
                  - search
                  - macros:
                      on_error_fail: true
                extra:
                  email: hello@riverside.example
                  office:
                    phone: "0100 000 000"
                """);
        files.put("docs/index.md", """
                ---
                title: Our handbook
                ---
                Welcome to {{ config.site_name }}'s {{ page.title }}. Write to {{ email }} or ring {{ office.phone }}
                ({{ config.extra.email }}). The code is at {{ config.repo_url }}.

                ```
                {{ email }}
                ```

                Today is {{ now() }}.
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir, files).resolve("docs"), out);
        assertEquals(List.of("index.md:5 syntax.liquid"), withoutNotices(result.findings()), result.findings().toString());
        assertTrue(result.findings().stream().filter(f -> f.code().equals("syntax.liquid")).allMatch(f -> f.message().contains("{{ config.repo_url }}")),
                "the setting from the environment is left as written: " + result.findings());
        Element body = page(out, "index.html").selectFirst("main .page-body");
        assertTrue(body.text().startsWith("Welcome to Riverside Circle's Our handbook. Write to hello@riverside.example or ring 0100 000 000"
                + " (hello@riverside.example)."), body.text());
        assertEquals("{{ email }}", body.selectFirst("pre").text(), "code shows the tag");
        Document home = page(out, "index.html");
        assertEquals("How we work together", home.selectFirst("meta[name=description]").attr("content"), "the environment's default");
        files.put("mkdocs.yml", "site_name: !ENV ORG_NAME\n");
        files.put("docs/index.md", "# Welcome\n\nHello {{ email }}.\n");
        Path out2 = dir.resolve("out2");
        build(TestHandbooks.write(dir.resolve("second"), files).resolve("docs"), out2);
        Document second = page(out2, "index.html");
        assertFalse(second.title().contains("ORG_NAME"), second.title());
        assertEquals("Hello {{ email }}.", second.selectFirst("main .page-body p").text(), "no macros plugin: nothing filled in");
    }

    @Test
    void anMkDocsPagesHtmlRunsToItsClosingTagAsPythonMarkdownReadsIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mkdocs.yml", "site_name: Study guide\n");
        files.put("docs/index.md", """
                # Study guide

                <div class="doc">

                <h2 id="registered">registered_as_of()</h2>

                    <div class="doc-contents">

                    <p>All patients registered on the date.</p>

                    </div>

                </div>

                After the **reference**.
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir, files).resolve("docs"), out);
        assertEquals(List.of(), withoutNotices(result.findings()), "no html.unclosed: the div is closed where MkDocs closes it");
        Element body = page(out, "index.html").selectFirst("main .page-body");
        assertTrue(body.select("pre").isEmpty(), "nothing shown as code: " + body.html());
        assertEquals("All patients registered on the date.", body.selectFirst("div.doc-contents p, .doc-contents p, p").text());
        assertEquals("reference", body.selectFirst("strong").text(), "the Markdown after it is Markdown");
    }

    /**
     * Python-Markdown takes all a link's parentheses hold as its address, spaces and all, less a title in quotes: MkDocs
     * sites link their pages and pictures so (NHSDigital/rap-community-of-practice, {@code ![pull request button](../../images/gitlab
     * merge request button.jpg "…")}), and each was left as text, reported unrendered. They link what MkDocs links.
     */
    @Test
    void anMkDocsLinkWithSpacesInItsAddressFindsItsPage(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mkdocs.yml", "site_name: Study guide\n");
        files.put("docs/index.md", """
                # Study guide

                See [Our policy](our policy.md) and [the rules](our policy.md "Our rules").

                `[code](stays as written)`
                """);
        files.put("docs/our policy.md", "# Our policy\n\nWords.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir, files).resolve("docs"), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        Element body = page(out, "index.html").selectFirst("main .page-body");
        assertEquals(List.of("our%20policy.html", "our%20policy.html"), body.select("p a").eachAttr("href"), body.html());
        assertEquals("Our rules", body.select("p a").get(1).attr("title"));
        assertEquals("[code](stays as written)", body.selectFirst("code").text());
    }

    /**
     * Python-Markdown opens an admonition at any line of a block, so MkDocs sites write one straight after a line, with no
     * blank line: NHSDigital/rap-community-of-practice puts a {@code [comment]: <> (...)} line above each
     * {@code !!! tip "TLDR"} (docs/training_resources/git/making-code-discoverable.md:13). The line was shown as text and
     * the box's content as code; it is a box, the comment still hidden, and an indented line stays prose.
     */
    @Test
    void anMkDocsAdmonitionRightAfterALineOpensABox(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mkdocs.yml", "site_name: Study guide\n");
        files.put("docs/index.md", """
                # Study guide

                [comment]: <> (note to self: looks better on the website)
                !!! tip "TLDR"
                    - Tag each repository.

                [comment]: <> (another note)
                ??? question "Why should we care?"
                    Others find the code.

                Some prose
                  !!! not a box
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir, files).resolve("docs"), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        Element body = page(out, "index.html").selectFirst("main .page-body");
        Element tip = body.selectFirst("div.tip");
        assertNotNull(tip, body.html());
        assertEquals("TLDR", tip.selectFirst(".fenced-div-title").text());
        assertEquals("Tag each repository.", tip.selectFirst("li").text());
        assertEquals("Why should we care?", body.selectFirst("details.question summary").text(), body.html());
        assertTrue(body.select("pre").isEmpty(), "nothing shown as code: " + body.html());
        assertFalse(body.text().contains("comment"), body.html());
        assertTrue(body.text().contains("Some prose !!! not a box"), body.html());
    }

    /**
     * MkDocs Material's figure, {@code <figure markdown="span">} around a picture's Markdown and a {@code <figcaption>}
     * (a school board's MkDocs site, vlscrusaders/board-docs): the picture was shown as typed, its braces and all, and
     * reported unrendered. It is a figure of that picture, captioned.
     */
    @Test
    void anMkDocsMaterialFigureIsAFigureOfItsPicture(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mkdocs.yml", "site_name: Board\nmarkdown_extensions:\n  - attr_list\n  - md_in_html\n");
        files.put("docs/index.md", """
                # Mission

                <figure markdown="span">
                  ![Our mission and values](/images/values.png){ width="800" }
                  <figcaption>Click to enlarge</figcaption>
                </figure>
                After the figure.
                """);
        Path content = TestHandbooks.write(dir, files).resolve("docs");
        Files.createDirectories(content.resolve("images"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                content.resolve("images/values.png").toFile());
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        Element figure = page(out, "index.html").selectFirst("main .page-body figure");
        assertNotNull(figure, page(out, "index.html").selectFirst("main .page-body").html());
        assertEquals("images/values.png", figure.selectFirst("img").attr("src"));
        assertEquals("800", figure.selectFirst("img").attr("width"));
        assertEquals("Click to enlarge", figure.selectFirst("> figcaption").text());
        assertEquals("After the figure.", figure.nextElementSibling().text());
    }

    @Test
    void hackMdsAndVitePresssFoldsFold(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Quiz night\n");
        files.put("index.md", "# Quiz night\n\n:::spoiler Answers\nThe answer is 42.\n:::\n\n::: details Directions\nTurn left.\n:::\n\n"
                + "Bring ==a pen==.\n");
        Path out = dir.resolve("out");
        build(TestHandbooks.write(dir.resolve("content"), files), out);
        Element body = page(out, "index.html").selectFirst("main .page-body");
        assertEquals(List.of("Answers", "Directions"), body.select("details > summary").eachText(), body.html());
        assertEquals("a pen", body.selectFirst("mark").text());
    }

    @Test
    void aVitePressBadgeShowsItsWordsAndAHeadingHoldingOneKeepsItsAnchor(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Rota app\n");
        files.put("index.md", "# Rota app\n\nSee [useRota](api.md#userota).\n");
        files.put("api.md", "# API\n\n## `useRota` <Badge type=\"info\" text=\"composable\" />\n\nGives the rota.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("api.md:3 html.unsupported"), codes(result), "the badge said once; the link found its heading");
        assertEquals("useRota composable", page(out, "api.html").selectFirst("main h2").text());
        assertTrue(page(out, "api.html").select("[data-hb-words]").isEmpty(), "the build's marker is not published");
        assertTrue(page(out, "index.html").selectFirst("main .page-body p a").attr("href").startsWith("api.html#"));
    }

    @Test
    void aDocsifySiteBuildsInItsSidebarsOrderWithItsMediaAndEmbeds(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Drop-in handbook\n");
        files.put("README.md", "# Drop-in handbook\n\n![Our logo](_images/logo.svg)\n\nStart with [the rota](rota.md).\n");
        files.put("_sidebar.md", "- Getting started\n\n  - [The rota](rota.md)\n  - [Arriving](arriving.md)\n");
        files.put("_coverpage.md", "# Drop-in\n");
        files.put("arriving.md", "# Arriving\n\n[notes](_media/notes.md ':include')\n\n[script](_media/count.js ':include :type=code')\n\n"
                + "[this page](arriving.md ':include :type=code')\n");
        files.put("rota.md", "# The rota\n\nWho is on when.\n");
        files.put("_media/notes.md", "Sign in at the **desk**.\n");
        files.put("_media/count.js", "let shifts = 3;\n");
        files.put("_images/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), codes(result));
        assertEquals(List.of("The rota", "Arriving"), page(out, "index.html").select("nav.site-nav a").eachText().stream()
                .filter(t -> t.equals("The rota") || t.equals("Arriving")).toList(), "the sidebar's order, not the alphabet's");
        assertTrue(Files.exists(out.resolve("_images/logo.svg")), "docsify's _images is published");
        Element arriving = page(out, "arriving.html").selectFirst("main .page-body");
        assertEquals("desk", arriving.selectFirst("div.included strong").text());
        assertEquals("let shifts = 3;", arriving.selectFirst("pre code.language-js").text().strip());
        assertFalse(Files.exists(out.resolve("_media/notes.html")), "an embedded file is no page");
        assertTrue(Files.exists(out.resolve("_media/notes.md")), "but a file, which a link may name");
        assertTrue(arriving.select("pre code.language-md").text().contains("# Arriving"), "its own source, as code: no cycle");
    }

    @Test
    void aSphinxTableOfContentsListsItsPagesByTheirTitles(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("conf.py", "# Sphinx settings\nproject = 'Lab handbook'\nextensions = ['myst_parser']\nlanguage = \"en-GB\"\n");
        files.put("index.md", "# Lab handbook\n\n```{toctree}\n:caption: Guides\nguides/index\nOn call <guides/on-call>\n```\n");
        files.put("guides/index.md", "# Guides\n\n```{toctree}\n:hidden:\nsetup\n```\n\nSee the menu.\n");
        files.put("guides/setup.md", "# Setting up\n\nText.\n");
        files.put("guides/on-call.md", "# Being on call\n\nText.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("handbook.yml:0 config.site-file"), codes(result), "no directive shown as written");
        assertEquals("en-GB", page(out, "index.html").selectFirst("html").attr("lang"), "conf.py's language");
        List<String> nav = page(out, "guides/index.html").select("nav.site-nav a").eachText();
        assertTrue(nav.indexOf("Setting up") >= 0 && nav.indexOf("Setting up") < nav.indexOf("Being on call"),
                "the tables of contents' order, depth first, not the alphabet's: " + nav);
        Element home = page(out, "index.html").selectFirst("main .page-body");
        assertEquals("Guides", home.selectFirst("p strong").text());
        assertEquals(List.of("Guides", "On call"), home.select("li a").eachText());
        assertEquals(List.of("guides/index.html", "guides/on-call.html"), home.select("li a").eachAttr("href"));
        assertTrue(page(out, "guides/index.html").select("main .page-body li").isEmpty(), "a hidden one shows nothing");
    }

    @Test
    void mystTargetsRolesAndLinksToLabelsAreLinksAcrossTheBook(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Lab handbook\n");
        files.put("index.md", """
                # Lab handbook

                Start with {ref}`content:setup`, then {ref}`the rota <rota>`, [](content:setup) or [our first day](content:setup).
                Read {doc}`guides/on-call` and {doc}`the on-call page <guides/on-call>`; see {numref}`fig-circle`.
                Press {kbd}`Ctrl` for {abbr}`MSF (Mentor Support Forum)`, H{sub}`2`O and the {term}`mentor`; call {py:func}`print`.
                Not found: {ref}`nowhere` and [Sphinx](inv:sphinx#builders).

                The rota is [on the wall](ROTA); see {ref}`On-Call`.

                ```{button-ref} content:setup
                Start here
                ```

                ```{button-link} https://example.org/
                ```

                Next: [](guides/on-call.md).
                """);
        files.put("guides/setup.md", """
                # Setting up

                (content:setup)=
                ## Your first day

                Text.

                (rota)=
                The rota is on the wall.

                ```{figure} circle.png
                :name: fig-circle
                :alt: Chairs in a circle

                The room before a session.
                ```
                """);
        files.put("guides/on-call.md", "(on-call)=\n# Being on call\n\nBack to {ref}`content:setup` and {doc}`../index`.\n");
        files.put("guides/circle.png", "");
        Path out = dir.resolve("out");
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                content.resolve("guides/circle.png").toFile());
        BuildResult result = build(content, out);
        assertEquals(List.of("index.md:6 link.cross-reference", "index.md:6 link.other-project"), codes(result),
                "the one naming nothing, and the one naming another project's label");
        Element home = page(out, "index.html").selectFirst("main .page-body");
        assertEquals(List.of("guides/setup.html#content:setup", "guides/setup.html#rota", "guides/setup.html#content:setup",
                "guides/setup.html#content:setup", "guides/on-call.html", "guides/on-call.html", "guides/setup.html#fig-circle"),
                home.select("a").eachAttr("href").subList(0, 7));
        assertEquals(List.of("Your first day", "the rota", "Your first day", "our first day", "Being on call", "the on-call page",
                "Figure 1"), home.select("a").eachText().subList(0, 7), "{numref} numbers a figure, as Sphinx does");
        assertFalse(home.text().contains("{ref}") || home.text().contains("{doc}") || home.text().contains("{"), home.text());
        assertEquals("Ctrl", home.selectFirst("kbd").text());
        assertEquals("Mentor Support Forum", home.selectFirst("abbr").attr("title"));
        assertEquals("2", home.selectFirst("sub").text());
        assertTrue(home.text().contains("and the mentor; call print."), home.text());
        assertTrue(home.text().contains("Not found: nowhere and Sphinx."), "what names nothing is its words: " + home.text());
        assertEquals("guides/setup.html#rota", home.selectFirst("a:contains(on the wall)").attr("href"), "a link to a label, as MyST reads one, in any case as Sphinx reads labels");
        assertEquals("guides/setup.html#content:setup", home.selectFirst("p > a:contains(Start here)").attr("href"), "a button to a target");
        assertEquals("https://example.org/", home.selectFirst("p > a[href=https://example.org/]").text(), "a button to an address, named by it");
        assertEquals("Next: Being on call.", home.select("p").last().text(), "a link without words is named by its page's title");
        Element toTitle = home.select("a[href$=#on-call]").last();
        assertEquals("guides/on-call.html#on-call", toTitle.attr("href"), "a target before the page's title stays when the title goes");
        assertEquals("Being on call", toTitle.text());
        assertTrue(page(out, "guides/on-call.html").select("[data-hb-label], [data-hb-ref], [data-hb-doc]").isEmpty(), "the build's own marks go");
        Element setup = page(out, "guides/setup.html").selectFirst("main .page-body");
        assertEquals("Your first day", setup.getElementById("content:setup").parent().text(), "the target is in its heading");
        assertFalse(setup.text().contains(")="), setup.text());
        assertEquals("The rota is on the wall.", setup.getElementById("rota").parent().text());
        Element onCall = page(out, "guides/on-call.html").selectFirst("main .page-body");
        assertEquals(List.of("setup.html#content:setup", "../index.html"), onCall.select("p a").eachAttr("href"), onCall.outerHtml());
        assertEquals(List.of("Your first day", "Lab handbook"), onCall.select("p a").eachText());
    }

    @Test
    void mystLinksToDoisWikipediaAndOtherProjectsAreLinksOrNoticesNotMissingTargets(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Lab handbook\n");
        files.put("index.md", """
                # Lab handbook

                The method is in [](doi:10.1000/rota-42) and [the paper](doi:10.1000/rota-43), also <doi:10.1000/rota-44>.
                Peer work is in [the encyclopedia](wiki:Peer_support) and <wiki:Mentorship>.
                The writing guide covers [](xref:guide/frontmatter), [boxes](xref:guide#admonitions) and <xref:guide/roles>.
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("index.md:5 link.other-project", "index.md:5 link.other-project", "index.md:5 link.other-project"),
                codes(result), "references into another project are notices; no missing target, no removed link");
        Element body = page(out, "index.html").selectFirst("main .page-body");
        assertEquals(List.of("https://doi.org/10.1000/rota-42", "https://doi.org/10.1000/rota-43", "https://doi.org/10.1000/rota-44",
                "https://en.wikipedia.org/wiki/Peer_support", "https://en.wikipedia.org/wiki/Mentorship"),
                body.select("a[href]").eachAttr("href"));
        assertEquals(List.of("doi:10.1000/rota-42", "the paper", "doi:10.1000/rota-44", "the encyclopedia", "wiki:Mentorship"),
                body.select("a[href]").eachText());
        assertTrue(body.text().contains("covers xref:guide/frontmatter, boxes and xref:guide/roles."), body.html());
    }

    @Test
    void mystLabelsOfCodeAndFiguresAndOfOtherPagesAreReachedByAnAnchorLink(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Lab handbook\n");
        files.put("index.md", """
                # Lab handbook

                Moving rooms is in [](#faq:moving); start the kettle as in [](#code:kettle), see [the map](#fig:map)
                and [the plan](#fig:plan).

                ```{code} shell
                :name: code:kettle
                :caption: Boiling the kettle

                kettle --on
                ```

                ```{figure} map.png
                :label: fig:map
                :alt: The building's map

                Where the rooms are.
                ```

                :::{figure} map.png
                :label: fig:plan
                :alt: The floor plan

                The floor plan.
                :::
                """);
        files.put("faq.md", "# Questions\n\n(faq:moving)=\n## When we move rooms\n\nWe say so a week before.\n");
        Path out = dir.resolve("out");
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                content.resolve("map.png").toFile());
        BuildResult result = build(content, out);
        assertEquals(List.of(), codes(result), "every label is found");
        Element body = page(out, "index.html").selectFirst("main .page-body");
        assertEquals(List.of("faq.html#faq:moving", "#code:kettle", "#fig:map", "#fig:plan"),
                body.select("p a[href]").eachAttr("href"));
        assertEquals("When we move rooms", body.selectFirst("p a").text(), "named by the heading of the other page");
        assertEquals("Boiling the kettle", body.select("p a").get(1).text(), "named by the code's caption");
        assertNotNull(body.getElementById("code:kettle"));
        assertNotNull(body.getElementById("fig:map"));
        assertNotNull(body.getElementById("fig:plan"));
    }

    @Test
    void aMystmdGlossaryWrittenAsADefinitionListInEitherFenceIsTheGlossary(@TempDir Path dir) throws Exception {
        for (String fence : List.of(":::", "```")) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("handbook.yml", "title: Lab handbook\n");
            files.put("index.md", "# Lab handbook\n\nEach Rota Sheet names a Key Holder.\n");
            files.put("resources/glossary.md", "---\ntitle: Glossary\n---\n\n" + fence + """
                    {glossary}
                    Rota Sheet
                    : The list of who is on duty each day.

                    Key Holder
                    : Whoever opens the building.
                    """ + fence + "\n");
            Path out = dir.resolve("out" + fence.charAt(0));
            BuildResult result = build(TestHandbooks.write(dir.resolve("content" + fence.charAt(0)), files), out);
            assertEquals(List.of(), codes(result), fence + ": the terms are read, and used");
            assertEquals(List.of("Key Holder", "Rota Sheet"), page(out, "resources/glossary.html").select("main dt").eachText(), fence);
            assertEquals(List.of("Rota Sheet", "Key Holder"), page(out, "index.html").select("main a.glossary-term").eachText(), fence);
        }
    }

    @Test
    void aLinkFromTheRepositorysTopThroughTheContentFoldersOwnNameFindsItsPage(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Lab handbook\nbroken-links: warning\n");
        files.put("index.md", "# Lab handbook\n\nSee [setting up](/docs/guide/setup.md#first-day) and ![The map](/docs/images/map.png).\n");
        files.put("guide/setup.md", "# Setting up\n\n## First day\n\nBack [home](/docs/index.md); not [this](/docs/guide/gone.md).\n");
        Path content = TestHandbooks.write(dir, files).resolveSibling("docs"); // GitHub and Quarto read /docs/… from the folder above
        Files.move(content.resolveSibling("content"), content);
        Files.createDirectories(content.resolve("images"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                content.resolve("images/map.png").toFile());
        Path out = dir.resolve("out");
        List<Finding> findings = build(content, out).findings();
        assertEquals(List.of("guide/setup.md:5 link.broken"), findings.stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertTrue(findings.get(0).message().contains("/docs/guide/gone.md"), "named as written: " + findings.get(0).message());
        Element home = page(out, "index.html").selectFirst("main .page-body");
        assertEquals("guide/setup.html#first-day", home.selectFirst("a").attr("href"));
        assertEquals("images/map.png", home.selectFirst("img").attr("src"));
        assertEquals("../index.html", page(out, "guide/setup.html").selectFirst("main .page-body a").attr("href"));
    }

    @Test
    void aTermRoleWhoseWordsNameATermLinksThemToIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Lab handbook\n");
        files.put("index.md", "# Lab handbook\n\nWhoever {term}`opens up in the morning <Key Holder>` signs the book; "
                + "a {term}`Rota Sheet` lists them.\n\n## Also {term}`keys <Key Holder>` here\n\nText.\n");
        files.put("glossary.md", """
                ---
                kind: glossary
                ---

                # Glossary

                Key Holder
                : Whoever opens the building.

                Rota Sheet
                : The list of who is on duty each day.
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), codes(result), "both terms are used: no glossary.unused");
        Element body = page(out, "index.html").selectFirst("main .page-body");
        assertEquals(List.of("opens up in the morning", "Rota Sheet"), body.select("a.glossary-term").eachText());
        assertEquals("Key Holder", body.selectFirst("a.glossary-term").attr("data-term"));
        assertEquals("Also keys here", body.selectFirst("h2").text(), "in a heading, its words alone");
        assertTrue(body.select("[data-hb-term]").isEmpty(), "the build's own mark never reaches the site");
    }

    @Test
    void aSphinxGlossaryPageIsTheHandbooksGlossaryWhenNoneIsNamed(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Mentoring handbook\n");
        files.put("index.md", """
                # Mentoring handbook

                Every mentor keeps to the {term}`agenda`. See the {ref}`glossary` and {ref}`letter-a`.

                ````md
                ```{glossary}
                An example
                  Shown as code.
                ```
                ````
                """);
        files.put("afterword/glossary.md", """
                (glossary)=
                # Glossary

                (letter-a)=
                ## A

                ```{glossary}
                Agenda
                  The plan for a session, agreed at its start.
                ```

                (m)=
                ## M

                ```{glossary}
                Mentor
                  A volunteer who meets a young person every week.
                ```
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), codes(result));
        Element home = page(out, "index.html").selectFirst("main .page-body");
        assertEquals(List.of("mentor", "agenda"), home.select("a.glossary-term").eachText(), "its terms linked where pages use them");
        assertTrue(home.select("a.glossary-term").eachAttr("href").stream().allMatch(h -> h.startsWith("afterword/glossary.html#")),
                home.outerHtml());
        assertEquals(List.of("Agenda", "Mentor"), page(out, "afterword/glossary.html").select("main dt").eachText());
        Document glossary = page(out, "afterword/glossary.html");
        assertEquals(1, glossary.select("[id=glossary]").size(), "a target named as its heading's id is that id, once");
        assertEquals(1, glossary.select("[id=m]").size(), "so is one before a section's heading");
        assertEquals(List.of("afterword/glossary.html#glossary", "afterword/glossary.html#letter-a"),
                home.select("a:not(.glossary-term)").eachAttr("href"));
        assertEquals(List.of("Glossary", "A"), home.select("a:not(.glossary-term)").eachText());
    }

    @Test
    void aJupyterNotebookIsAPageOfItsCellsWithItsLinesTheFilesLines(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Lab handbook\nbroken-links: warning\n");
        files.put("index.md", "# Lab handbook\n\nSee [the counts](counts.ipynb).\n");
        // As Jupyter saves a notebook: one line of JSON to each line of a cell.
        files.put("counts.ipynb", """
                {
                 "cells": [
                  {
                   "cell_type": "markdown",
                   "metadata": {},
                   "source": [
                    "# Counting shifts\\n",
                    "\\n",
                    "We count the *shifts* each week. See [the rota](rota.md).\\n"
                   ]
                  },
                  {
                   "cell_type": "code",
                   "execution_count": 1,
                   "metadata": {},
                   "outputs": [
                    {
                     "name": "stdout",
                     "output_type": "stream",
                     "text": [
                      "12 shifts\\n"
                     ]
                    },
                    {
                     "data": {
                      "image/png": "iVBORw0KGgo=",
                      "text/plain": [
                       "<Figure size 640x480>"
                      ]
                     },
                     "metadata": {},
                     "output_type": "display_data"
                    }
                   ],
                   "source": [
                    "shifts = 12\\n",
                    "print(f\\"{shifts} shifts\\")"
                   ]
                  },
                  {
                   "cell_type": "code",
                   "metadata": {"tags": ["remove-cell"]},
                   "outputs": [],
                   "source": ["import secrets"]
                  }
                 ],
                 "metadata": {
                  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
                 },
                 "nbformat": 4,
                 "nbformat_minor": 5
                }
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("counts.ipynb:1 page.notebook-outputs", "counts.ipynb:9 link.broken"), codes(result),
                "a picture not shown, said once; the broken link on the notebook's own line");
        Element body = page(out, "counts.html").selectFirst("main .page-body");
        assertEquals("Counting shifts", page(out, "counts.html").selectFirst("h1").text());
        assertEquals(1, body.select("p em").size());
        assertEquals("shifts = 12\nprint(f\"{shifts} shifts\")", body.selectFirst("pre code.language-python").wholeText().strip());
        assertEquals("12 shifts", body.selectFirst("pre code.language-text").text().strip(), "what it printed, under it");
        assertFalse(body.text().contains("secrets") || body.text().contains("Figure size"), body.text());
        assertEquals("counts.html", page(out, "index.html").selectFirst("main .page-body a").attr("href"));
    }

    @Test
    void aNotebookPairedWithItsMarkdownIsAFileAndTheMarkdownThePage(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Lab handbook\n");
        files.put("index.md", "# Lab handbook\n\nSee [the counts](counts.md) and [the notebook](counts.ipynb).\n");
        files.put("counts.md", "# Counting shifts\n\nFrom the Markdown.\n");
        // Jupytext keeps the two in step; Jupyter Book reads one.
        files.put("counts.ipynb", "{\n \"cells\": [\n  {\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# Counting shifts\\n\", "
                + "\"From the notebook.\"]}\n ],\n \"metadata\": {},\n \"nbformat\": 4\n}\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), codes(result), "one page, not two at one address");
        assertTrue(page(out, "counts.html").selectFirst("main").text().contains("From the Markdown."));
        assertTrue(Files.exists(out.resolve("counts.ipynb")), "the notebook is a file to download");
        assertEquals(List.of("counts.html", "counts.html"), page(out, "index.html").select("main .page-body a").eachAttr("href"),
                "a link to either is to the page, as in Jupyter Book");
    }

    @Test
    void aPictureOfAnyFormatIsTheFileOfThatNameTheBrowserShowsBest(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Lab handbook\nbroken-links: warning\n");
        files.put("index.md", "# Lab handbook\n\nWelcome.\n");
        files.put("guides/setup.md", """
                # Setting up

                ```{figure} ../figures/room.*
                ---
                name: room
                alt: The room set out
                ---
                The room.
                ```

                ![The door](../figures/door.*)

                ![Nowhere](../figures/nowhere.*)
                """);
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        Files.createDirectories(content.resolve("figures"));
        for (String picture : List.of("room.png", "room.jpg", "door.jpg")) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    picture.endsWith("png") ? "png" : "jpg", content.resolve("figures/" + picture).toFile());
        }
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        assertEquals(List.of("guides/setup.md:13 image.missing"), codes(result), "only the one no file is named so");
        Element body = page(out, "guides/setup.html").selectFirst("main .page-body");
        assertEquals(List.of("../figures/room.png", "../figures/door.jpg"), body.select("img").eachAttr("src"), "PNG before JPEG");
        assertTrue(Files.exists(out.resolve("figures/room.png")));
    }

    @Test
    void aLinkToAPageTheHandbookDoesNotReadSaysWhatItIsAndHowToConvertIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Lab handbook\nbroken-links: warning\n");
        files.put("index.md", "# Lab handbook\n\n```{toctree}\nguides/team\n```\n\nSee {doc}`guides/team`.\n");
        files.put("guides/team.rst", "Team teaching\n=============\n\nText.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        List<String> messages = result.findings().stream().map(f -> f.code() + ": " + f.message() + " — " + f.fix()).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.stream().allMatch(m -> m.contains("guides/team.rst is a page the handbook does not read (reStructuredText)")
                && m.contains("pandoc -f rst -t gfm guides/team.rst -o guides/team.md")), messages.toString());

        // A plain link to a page of a template engine's (GOV.UK's design system: /contact/ is contact.njk), or to an
        // AsciiDoc one by its published name.
        files.put("index.md", "# Lab handbook\n\n[Contact us](/contact/) or read [the setup](guides/setup.html).\n");
        files.put("contact.njk", "{% extends \"layout.njk\" %}\n");
        files.put("guides/setup.adoc", "= Setup\n");
        result = build(TestHandbooks.write(dir.resolve("content2"), files), dir.resolve("out2"));
        messages = result.findings().stream().filter(f -> f.code().equals("link.broken")).map(f -> f.message() + " — " + f.fix()).toList();
        assertEquals(List.of("link to '/contact/', but contact.njk is a page the handbook does not read (a Nunjucks template) — write it"
                        + " as Markdown, contact.md, with what the template fills in written out, then the link finds it",
                "link to 'guides/setup.html', but guides/setup.adoc is a page the handbook does not read (AsciiDoc) — write it as"
                        + " Markdown, guides/setup.md, then the link finds it"), messages);
    }

    @Test
    void quartosCrossReferencesAreLinksToTheirSectionsAndFigures(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Rota data handbook\n");
        files.put("index.qmd", "# Home\n\nStart with @sec-weekly, see [@fig-hours] and @fig-days; not @sec-nowhere.\n\n"
                + "Mail rota@sec-team.org and `@sec-weekly` stay.\n\nThe plot, @fig-plot, is made by code.\n");
        files.put("weekly.qmd", "# Weekly counts\n\n## Counting by week {#sec-weekly}\n\n![Days](days.png){#fig-days}\n\n"
                + "![Hours a week](hours.png){#fig-hours}\n\nBack to @sec-weekly.\n\n"
                + "```{r}\n#| label: fig-plot\n#| fig-cap: Shifts by week\n#| echo: false\nplot(shifts)\n```\n");
        files.put("days.png", "");
        files.put("hours.png", "");
        Path out = dir.resolve("out");
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        for (String picture : List.of("days.png", "hours.png")) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                    content.resolve(picture).toFile());
        }
        BuildResult result = build(content, out);
        assertEquals(List.of("index.qmd:3 link.cross-reference", "weekly.qmd:11 page.code-chunks"), codes(result), "the one naming nothing");
        assertEquals("Figure 3", page(out, "index.html").select("main .page-body p").get(2).selectFirst("a").text(),
                "a chunk's figure, not made here, keeps its place and number");
        assertEquals("Shifts by week", page(out, "weekly.html").getElementById("fig-plot").parent().text(), "its caption");
        Element home = page(out, "index.html").selectFirst("main .page-body p");
        assertEquals(List.of("weekly.html#sec-weekly", "weekly.html#fig-hours", "weekly.html#fig-days"), home.select("a").eachAttr("href"));
        assertEquals(List.of("Counting by week", "Figure 2", "Figure 1"), home.select("a").eachText());
        assertEquals("Start with Counting by week, see Figure 2 and Figure 1; not @sec-nowhere.", home.text(), "the brackets go");
        assertTrue(page(out, "index.html").selectFirst("main .page-body").text().contains("rota@sec-team.org and @sec-weekly stay"));
        assertEquals("#sec-weekly", page(out, "weekly.html").select("main .page-body p a").last().attr("href"));
    }

    /**
     * A Quarto book's chapter opens with its title given an id, {@code # Tests {#sec-python-tests}}, and its sections point
     * to it from other chapters, {@code see @sec-python-tests}, as the Seedcase guidebook's workflows/software.qmd does
     * three times. The title is the page's, shown by the layout, so the heading leaves the page's text and its id stays on
     * an empty mark: the references were links with no words, and the build then warned link.no-text about its own
     * links. They are named by the chapter's title, from another folder and from the page itself; one naming nothing is
     * still reported.
     */
    @Test
    void quartosReferenceToAChaptersTitleIsNamedByIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Guidebook\n");
        files.put("index.qmd", "# Home\n\nRead on.\n");
        files.put("workflows/software.qmd", "# Software\n\nSee @sec-python-tests, then [@sec-iterations]; not @sec-nowhere.\n");
        files.put("python/tests.qmd", "# Tests {#sec-python-tests}\n\nThis chapter, @sec-python-tests.\n");
        files.put("iterations/index.qmd", "# Iterative and incremental workflow {#sec-iterations}\n\nText.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("workflows/software.qmd:3 link.cross-reference"),
                codes(result).stream().filter(c -> c.contains("link.")).toList(), "no link.no-text; the one naming nothing");
        assertTrue(result.findings().stream().anyMatch(f -> f.message().contains("@sec-nowhere") && f.fix().contains("{#sec-nowhere}")),
                result.findings().toString());
        Element p = page(out, "workflows/software.html").selectFirst("main .page-body p");
        assertEquals("See Tests, then Iterative and incremental workflow; not @sec-nowhere.", p.text());
        assertEquals(List.of("../python/tests.html#sec-python-tests", "../iterations/index.html#sec-iterations"), p.select("a").eachAttr("href"));
        Element own = page(out, "python/tests.html").selectFirst("main .page-body p a");
        assertEquals("Tests", own.text(), "the same page's title alike");
        assertEquals("#sec-python-tests", own.attr("href"));
    }

    /**
     * bookdown's \\@ref(id): a chapter's is a link named by its page's title (bookdown shows its number, which the handbook
     * does not give), a section's a link named by its heading; one naming nothing, or a figure an R chunk makes, is left as
     * written and reported. All were shown as typed.
     */
    @Test
    void bookdownsReferencesToChaptersAreLinks(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Rota handbook\n");
        files.put("index.Rmd", "# Welcome {#welcome}\n\nSee chapter \\@ref(install-app), then \\@ref(first-login).\n\n"
                + "Not \\@ref(nowhere) nor \\@ref(fig:rota-chart).\n");
        files.put("setup.Rmd", "# Installing the app {#install-app}\n\nText.\n\n## Logging in {#first-login}\n\nBack to \\@ref(welcome).\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("index.Rmd:5 link.cross-reference", "index.Rmd:5 link.cross-reference"),
                codes(result).stream().filter(c -> c.contains("link.")).toList());
        assertTrue(result.findings().stream().anyMatch(f -> f.fix().contains("the R chunk rota-chart makes")), result.findings().toString());
        Element first = page(out, "index.html").selectFirst("main .page-body p");
        assertEquals("See chapter Installing the app, then Logging in.", first.text());
        assertEquals(List.of("setup.html#install-app", "setup.html#first-login"), first.select("a").eachAttr("href"));
        assertEquals("Welcome", page(out, "setup.html").select("main .page-body p a").last().text());
    }

    /**
     * A Quarto project's README.qmd rendered for GitHub (format: gfm) to the README.md committed beside it, as the
     * Seedcase project's guidebook (a Quarto book) has, and an R Markdown chapter knitted to Markdown beside it: the
     * Markdown, which holds what the code made, is the page, the source a file. The two were one address
     * (page.same-output), an error that stopped the build.
     */
    @Test
    void aQuartoOrRMarkdownSourceBesideTheMarkdownItRendersToIsAFile(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", "project:\n  type: book\nbook:\n  title: \"Guidebook\"\n  chapters:\n    - index.qmd\n    - counts.Rmd\n");
        files.put("index.qmd", "# Welcome\n\nSee [the counts](counts.Rmd) and [the readme](README.md).\n");
        files.put("README.qmd", "---\nformat: gfm\n---\n\n# {{< meta title >}}\n\n```{r}\nsummary(x)\n```\n");
        files.put("README.md", "# Guidebook\n\nHow we work.\n");
        files.put("counts.Rmd", "---\ntitle: Counts\noutput:\n  html_document:\n    keep_md: true\n---\n\n```{r}\ntable(x)\n```\n");
        files.put("counts.md", "---\ntitle: Counts\n---\n\n| x | n |\n|---|---|\n| a | 2 |\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), withoutNotices(result.findings()));
        assertEquals("How we work.", page(out, "README.html").select("main p").first().text());
        assertEquals(1, page(out, "counts.html").select("main table").size(), "the knitted table, not the chunk");
        assertTrue(Files.exists(out.resolve("README.qmd")), "the source is a file of the site");
    }

    /**
     * A Quarto book's {@code - part: "Counting"} over its {@code chapters:} groups them in the menu under its name, as
     * bookdown's and mdBook's parts do (Quarto's sidebar shows it so); a part that is a page stays that page. The part's
     * name was lost, its chapters listed after the one before it.
     */
    @Test
    void aQuartoBooksPartsGroupTheirChaptersInTheMenu(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", """
                project:
                  type: book
                book:
                  title: "Rota data handbook"
                  chapters:
                    - index.qmd
                    - part: "Counting *shifts*"
                      chapters:
                        - weekly.qmd
                        - annual.qmd
                    - part: sharing.qmd
                      chapters:
                        - reports.qmd
                """);
        files.put("index.qmd", "# Welcome {.unnumbered}\n\nHello.\n");
        files.put("weekly.qmd", "# Weekly counts\n\nText.\n");
        files.put("annual.qmd", "# The year\n\nText.\n");
        files.put("sharing.qmd", "# Sharing\n\nText.\n");
        files.put("reports.qmd", "# Reports\n\nText.\n");
        Path out = dir.resolve("out");
        TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        Element menu = page(out, "annual.html").selectFirst("nav.site-nav > ul");
        assertEquals(List.of("Counting shifts"), menu.select(":root > li.nav-group > .nav-group-name").eachText());
        assertEquals(List.of("Weekly counts", "The year"), menu.select(":root > li.nav-group > ul > li > a").eachText());
        assertEquals(List.of("Home", "Sharing", "Reports", "Downloads"), menu.select(":root > li:not(.nav-group) > a").eachText());
    }

    /**
     * A Quarto book's {@code appendices:} are a group of the menu named in the handbook's language ("Appendices",
     * Welsh "Atodiadau"), as Quarto's sidebar names them in the book's; a {@code language: section-title-appendices:} in
     * _quarto.yml names them instead, as it does for Quarto. They were listed after the chapters with nothing to set them
     * apart.
     */
    @Test
    void aQuartoBooksAppendicesAreAGroupNamedInItsLanguage(@TempDir Path dir) throws Exception {
        String quarto = """
                project:
                  type: book
                book:
                  title: "Rota data handbook"
                  chapters:
                    - index.qmd
                    - weekly.qmd
                  appendices:
                    - glossary.qmd
                    - sources.qmd
                """;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.qmd", "# Welcome {.unnumbered}\n\nHello.\n");
        files.put("weekly.qmd", "# Weekly counts\n\nText.\n");
        files.put("glossary.qmd", "# Words we use\n\nText.\n");
        files.put("sources.qmd", "# Where the data comes from\n\nText.\n");
        Map<String, String> named = new LinkedHashMap<>();
        for (String[] book : new String[][] {{"en", quarto}, {"cy", quarto + "lang: cy\n"},
                {"theory", quarto + "language:\n  section-title-appendices: \"Background\"\n"}}) {
            files.put("_quarto.yml", book[1]);
            Path out = dir.resolve(book[0]).resolve("out");
            TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve(book[0]).resolve("content"), files), out);
            Element menu = page(out, "sources.html").selectFirst("nav.site-nav > ul");
            assertEquals(List.of("Words we use", "Where the data comes from"), menu.select(":root > li.nav-group > ul > li > a").eachText(),
                    menu.html());
            assertEquals(List.of("Weekly counts"), menu.select(":root > li:not(.nav-group) > a").eachText().subList(1, 2));
            named.put(book[0], String.join(", ", menu.select(":root > li.nav-group > .nav-group-name").eachText()));
        }
        assertEquals(Map.of("en", "Appendices", "cy", "Atodiadau", "theory", "Background"), named);
    }

    @Test
    void aQuartoBookBuildsItsChaptersInOrderWithItsCodeAsCode(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_quarto.yml", """
                project:
                  type: book
                book:
                  title: "Rota data handbook"
                  description: How we count shifts
                  chapters:
                    - index.qmd
                    - part: counting.qmd
                      chapters:
                        - weekly.qmd
                        - annual.Rmd
                lang: en-GB
                """);
        files.put("index.qmd", "# Welcome {.unnumbered}\n\nStart with [weekly counts](weekly.qmd) or [the year](annual.md).\n\n"
                + "{{< include _note.qmd >}}\n");
        files.put("_note.qmd", "Counts are **weekly**.\n\n```{r}\n#| echo: false\nplot(x)\n```\n");
        files.put("counting.qmd", "# Counting\n\nTwo ways.\n");
        files.put("weekly.qmd", """
                # Weekly counts

                ```{r setup, include=FALSE}
                library(rota)
                ```

                ## By week

                ```{r}
                #| label: weekly
                count(shifts, week)
                ```
                """);
        files.put("annual.Rmd", "---\ntitle: The year\n---\nSee [weekly](weekly.qmd#by-week), [from the top](weekly.qmd#weekly-counts).\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("handbook.yml:0 config.site-file", "weekly.qmd:3 page.code-chunks"), codes(result));
        assertEquals(List.of("weekly.html#by-week", "weekly.html#weekly-counts"), page(out, "annual.html").select("main .page-body p a").eachAttr("href"),
                "the title's heading keeps its id, as GitHub and Quarto give it one");
        Document weekly = page(out, "weekly.html");
        assertEquals("Rota data handbook", weekly.selectFirst("header .site-title, .site-title").text());
        assertEquals("en-GB", weekly.selectFirst("html").attr("lang"));
        Element body = weekly.selectFirst("main .page-body");
        assertEquals(List.of("count(shifts, week)"), body.select("pre code").eachText(), "the setup chunk left out, options too");
        assertEquals("language-r", body.selectFirst("pre code").className());
        assertEquals(List.of("weekly.html", "annual.html"), page(out, "index.html").select("main .page-body p a").eachAttr("href"));
        assertEquals(List.of("Home", "Counting", "Weekly counts", "The year"),
                page(out, "index.html").select("nav.site-nav a").eachText().stream().distinct().toList().subList(0, 4), "the book's order");
        assertEquals("Welcome", page(out, "index.html").selectFirst("main h1").text(), "Pandoc's {.unnumbered} is no part of it");
        Element home = page(out, "index.html").selectFirst("main .page-body");
        assertEquals("weekly", home.selectFirst("strong").text(), "Quarto's include, its path without quotes");
        assertTrue(home.select("pre").isEmpty(), "the included chunk's code is hidden: " + home.html());
    }

    @Test
    void aNextraSiteInTwoLanguagesBuildsItsOwnLanguageAtThePlainAddresses(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Volunteer handbook\nlanguage: en-GB\n");
        files.put("index.md", "# Volunteer handbook\n\nRead [about us](/about) and [setting up](guides/setup.md).\n");
        files.put("_meta.en.json", "{\"index\": \"Home\", \"guides\": \"How-to guides\", \"about\": \"About us\"}\n");
        files.put("about.en.mdx", "# About\n\nWe run a drop-in.\n");
        files.put("about.fr.mdx", "# À propos\n\nNous tenons une permanence.\n");
        files.put("guides/setup.en.mdx", "# Setting up\n\nBack [home](../index.md).\n");
        files.put("guides/setup.fr.mdx", "# Installation\n\nRetour.\n");
        files.put("guides/kit.en.md", "# Kit\n\nA pen.\n");
        files.put("guides/kit.md", "# Kit, the plain page\n\nA pencil.\n");
        Path out = dir.resolve("out");
        BuildResult result = build(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("about.fr.mdx:0 page.translation"), codes(result));
        assertTrue(Files.exists(out.resolve("about.html")) && Files.exists(out.resolve("guides/setup.html")),
                "the handbook's language at the plain addresses, as Nextra and Hugo publish it");
        assertTrue(Files.exists(out.resolve("guides/kit.en.html")), "beside a plain page of its name, a page keeps its own");
        assertEquals(List.of("about.html", "guides/setup.html"), page(out, "index.html").select("main .page-body p a").eachAttr("href"));
        assertEquals("How-to guides", page(out, "guides/setup.html").selectFirst("nav a[href=index.html]").text());
    }

    @Test
    void aQuartoDocumentWithCalloutsAndAttributeLists(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Facilitation guide\n");
        files.put("index.md", """
                ---
                title: Facilitation guide
                ---

                ## Before the session {#before}

                ::: {.callout-warning}
                Check the room is step-free.
                :::

                ![The room plan](room.svg){width=60% fig-cap-location="margin"}

                :::: challenge
                ## Plan an icebreaker

                Pick one that needs no reading.

                ::: solution
                ## One we like

                Name and a favourite food.
                :::
                ::::

                See [the room plan](#before).
                """);
        files.put("room.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>");
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        Document index = page(out, "index.html");
        Element main = index.selectFirst("main");
        assertEquals("Warning", main.selectFirst("div.callout-warning .fenced-div-title").text());
        assertEquals("One we like", main.selectFirst("div.challenge details.solution > summary").text());
        assertEquals("before", main.selectFirst("h2").id());
        assertEquals("#before", main.select("a[href=#before]").attr("href"));
        assertEquals("width: 60%", main.selectFirst("img").attr("style"));
        assertFalse(main.text().contains(":::") || main.text().contains("{"), main.html());
        assertEquals(List.of("index.md:11 syntax.attributes-ignored"),
                codes(result).stream().filter(c -> c.contains("syntax.") || c.contains("markdown.")).toList());
    }

    @Test
    void folderDefaultsMakeAFolderOfDecks(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", """
                title: Training
                defaults:
                  - path: "slides/[0-9][0-9]-*.md"   # a glob relative to content/
                    values:
                      kind: slides
                      slide-level: 1
                  - path: "slides/02-*.md"
                    values:
                      slide-level: 2
                """);
        files.put("index.md", "# Training\n");
        files.put("slides/01-intro.md", "# One\n\nA\n\n# Two\n\nB\n");
        files.put("slides/02-more.md", "# Part\n\n## Three\n\nC\n\n## Four\n\nD\n");
        files.put("slides/03-own.md", "---\nkind: page\n---\n# A page\n\n# Not a slide\n");
        files.put("slides/notes.md", "# Notes\n\nPlain page.\n");
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        Path out = dir.resolve("out");
        BuildResult result = build(content, out);
        assertEquals(2, page(out, "slides/01-intro.slides.html").select("div.slides > section").size());
        assertEquals(3, page(out, "slides/02-more.slides.html").select("div.slides > section").size(), "the later entry wins");
        assertFalse(Files.exists(out.resolve("slides/03-own.slides.html")), "the file's own front matter wins");
        assertFalse(Files.exists(out.resolve("slides/notes.slides.html")), "the glob does not match");
        assertTrue(result.findings().stream().noneMatch(f -> f.file().equals("handbook.yml")), codes(result).toString());
    }

    @Test
    void badDefaultsAreFindingsOnHandbookYmlsLines(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", """
                title: Training
                defaults:
                  - path: "slides/[0-9.md"
                    values:
                      kind: slides
                  - path: "slides/*.md"
                    values:
                      kind: slidez
                      slide-level: 9
                      layout: deck
                  - "just a string"
                """);
        files.put("index.md", "# Training\n");
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class, () -> build(content, dir.resolve("out")));
        assertEquals(List.of("handbook.yml:3 config.defaults", "handbook.yml:8 front-matter.kind", "handbook.yml:9 front-matter.slide-level",
                        "handbook.yml:10 front-matter.other-tool-key", "handbook.yml:11 config.defaults"),
                failure.findings().stream().filter(f -> f.file().equals("handbook.yml")).map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }
}
