package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.FrontMatterParser;
import org.handbookpress.content.ListedAddress;
import org.handbookpress.content.Page;
import org.handbookpress.content.PageNames;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.junit.jupiter.api.Test;

class OldAddressesTest {

    /** A page listing these old addresses under redirect-from:, on line 2 of its front matter. */
    static Page page(String path, String... addresses) {
        FrontMatter meta = FrontMatter.builder().names(new PageNames(List.of(), java.util.Arrays.stream(addresses)
                .map(a -> ListedAddress.inFrontMatter(a, FrontMatterParser.REDIRECT_FROM, 2)).toList(), null)).build();
        return new Page(path, path.replace(".md", ".html"), Path.of(path), meta, path, "Text\n", 4);
    }

    private static String key(String folder, String written) {
        return OldAddresses.read(null, folder, written).key();
    }

    @Test
    void anAddressWrittenAnyOfTheUsualWaysNamesOnePlace() {
        for (String written : List.of("/policies/leave/", "/policies/leave", "/policies/leave.html", "/policies/leave/index.html",
                "/policies/./old/../leave/", "/policies/le%61ve/")) {
            assertEquals("policies/leave", key("toolkit", written), written);
        }
        assertEquals("toolkit/leave", key("toolkit", "leave/"), "a relative address starts from the page's folder");
        assertEquals("leave", key("toolkit", "../leave.htm"));
        assertEquals("policies/leave/index.html", OldAddresses.read(null, "", "/policies/leave").file());
        assertEquals("policies/leave.html", OldAddresses.read(null, "", "/policies/leave.html").file(),
                "written with .html, the redirect is that file, as the old site served it");
        assertEquals("", key("", "/"), "the home page's address");
    }

    @Test
    void anAddressThatCannotBeThisSitesSaysWhy() {
        for (String written : List.of("https://old.example.org/leave/", "//old.example.org/leave/", "mailto:a@b.org",
                "/leave/?page=2", "/leave/#top", "..\\\\leave", "../../leave/", "/files/leave.pdf", "/sw.js",
                "/policies/v1.2/leave/", "/leave.html/", "/a:b/", "/what?/", "/" + "x".repeat(81) + "/")) {
            OldAddresses.Address address = OldAddresses.read(null, "toolkit", written);
            assertNull(address.key(), written);
            assertTrue(address.problem() != null && !address.problem().isBlank(), written);
        }
    }

    @Test
    void redirectsAreWrittenForAddressesNoPageOrFileHasAndOnlyOneListsTheRestAreReported() {
        Page leave = page("policies/leave.md", "/policies/parental-leave-policy/", "/policies/leave-policy.html",
                "/staff/leave/", "https://old.example.org/leave", "/toolkit/setup/", "/", "/policies/leave/", "/policies/leave.html");
        Page other = page("policies/other.md", "/Staff/Leave/index.html", "/staff/leave/");
        Page setup = page("toolkit/setup.md");
        Findings findings = new Findings();
        OldAddresses old = OldAddresses.of(List.of(leave, other, setup));
        Set<String> served = Set.of("", "toolkit/setup", "policies/leave", "policies/other");
        assertEquals(List.of("/Staff/Leave/index.html"), old.addresses().stream().filter(a -> a.page() == other).map(OldAddresses.Address::written).toList(),
                "one address, in any case");
        Map<String, Page> redirects = old.redirects(served::contains, Set.of("index.html")::contains, findings);
        assertEquals(Map.of("policies/parental-leave-policy/index.html", leave, "policies/leave-policy.html", leave,
                "policies/leave/index.html", leave), redirects, "its own address in its old form (not its file, leave.html)");
        assertEquals(List.of("policies/leave.md:2 page.redirect-taken", "policies/leave.md:2 page.redirect-taken",
                        "policies/leave.md:2 page.redirect-taken", "policies/leave.md:2 page.redirect-invalid"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(),
                "another site's address; /staff/leave/ listed by two pages (said once); a page's own address; the home page's");
        assertTrue(findings.sorted().stream().anyMatch(f -> f.message().contains("policies/leave.md and policies/other.md")),
                findings.sorted().toString());
    }

    /** An address three pages list sends the reader to none of them, said so: "neither" was said of three or four. */
    @Test
    void anAddressListedByThreePagesIsSaidOfAllThree() {
        Page a = page("team/a.md", "/directory/");
        Page b = page("team/b.md", "/directory/");
        Page c = page("team/c.md", "/directory/");
        Findings findings = new Findings();
        OldAddresses.of(List.of(a, b, c)).redirects(Set.of("team/a", "team/b", "team/c")::contains, Set.<String>of()::contains, findings);
        assertEquals(1, findings.sorted().size(), findings.sorted().toString());
        assertTrue(findings.sorted().get(0).message().contains("listed by team/a.md, team/b.md and team/c.md, so it sends the reader to none of them"),
                findings.sorted().get(0).message());
    }

    @Test
    void aLinkToAnOldAddressFindsItsPageAndSaysSo() {
        MarkdownConverter converter = new MarkdownConverter();
        Page leave = page("policies/leave.md", "/policies/parental-leave-policy/", "/guides/leave");
        Page home = new Page("index.md", "index.html", Path.of("index.md"), FrontMatter.empty(), "Home", "", 1);
        String markdown = "[a](/policies/parental-leave-policy/) [b](policies/parental-leave-policy.html#pay) [c](/guides/leave/)"
                + " [d](/guides/gone/) [e](/policies/leave//#pay)\n";
        PageHtml homeHtml = new PageHtml(home, converter.toHtml(markdown, 1));
        PageHtml leaveHtml = new PageHtml(leave, converter.toHtml("## Pay\n", 1));
        Findings findings = new Findings();
        PageIndex index = new PageIndex(List.of(homeHtml, leaveHtml), List.of("files/Form.pdf"), Set.of("search.html"));
        assertTrue(index.serves("Policies/Leave") && index.serves("files/form.PDF") && index.serves("SEARCH") && index.serves(""),
                "a page, a file, a generated page and the home page, in any case");
        assertTrue(!index.serves("policies/parental-leave-policy"));
        new LinkRewriter(index, findings).apply(homeHtml);
        assertEquals(List.of("policies/leave.html", "policies/leave.html#pay", "policies/leave.html", "policies/leave.html#pay"),
                homeHtml.content().select("a[href]").eachAttr("href"));
        assertEquals(List.of("index.md:1 link.broken", "index.md:1 link.old-address", "index.md:1 link.old-address",
                "index.md:1 link.old-address"), findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertTrue(findings.sorted().stream().filter(f -> f.code().equals("link.old-address"))
                .allMatch(f -> f.fix().contains("policies/leave.md")), findings.sorted().toString());
    }

    /**
     * The finding says where the old address is listed, so that the author knows what it is and that it can stay: a key
     * of the page's front matter and its line, the page's permalink on the old site, or a site file's redirects. It hedged
     * before ("its redirect-from, or a site file's redirects"), whichever it was.
     */
    @Test
    void aLinkToAnOldAddressSaysWhereThatAddressIsListed() {
        MarkdownConverter converter = new MarkdownConverter();
        FrontMatter meta = FrontMatter.builder().names(new PageNames(List.of(), List.of(
                ListedAddress.inFrontMatter("/software/", "redirect_from", 3), ListedAddress.inFrontMatter("/apps.html", "permalink", 5),
                new ListedAddress("/buying/", "../mkdocs.yml", "redirect_maps", 9)), null)).build();
        Page software = new Page("tools/software.md", "tools/software.html", Path.of("tools/software.md"), meta, "Software", "Text\n", 7);
        Page home = new Page("index.md", "index.html", Path.of("index.md"), FrontMatter.empty(), "Home", "", 1);
        PageHtml homeHtml = new PageHtml(home, converter.toHtml("[a](/software/)\n\n[b](/apps.html)\n\n[c](/buying/)\n", 1));
        PageIndex index = new PageIndex(List.of(homeHtml, new PageHtml(software, converter.toHtml("Text\n", 7))), List.of(), Set.of());
        Findings findings = new Findings();
        new LinkRewriter(index, findings).apply(homeHtml);
        assertEquals(List.of(
                "index.md:1 link to '/software/' finds tools/software.md by an old address that page lists under redirect_from: (line 3)"
                        + " | link to the page itself, tools/software.md; redirect_from: can stay, for bookmarks and printed copies",
                "index.md:3 link to '/apps.html' finds tools/software.md by its permalink: (line 5), the address it had on the old site"
                        + " | link to the page itself, tools/software.md: here a page's address comes from its file, and its permalink: is"
                        + " kept as an old address, for bookmarks and printed copies",
                "index.md:5 link to '/buying/' finds tools/software.md by an old address that ../mkdocs.yml's redirect_maps gives that"
                        + " page (line 9) | link to the page itself, tools/software.md; the redirect in ../mkdocs.yml can stay, for bookmarks"
                        + " and printed copies"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.message() + " | " + f.fix()).toList());
    }

    /** An address a site file lists that cannot be one is said at its line of that file, not at the page it names. */
    @Test
    void anUnusableAddressASiteFileListsIsSaidAtItsLine() {
        FrontMatter meta = FrontMatter.builder().names(new PageNames(List.of(),
                List.of(new ListedAddress("/forms/leave.pdf", ".gitbook.yaml", "redirects", 6)), null)).build();
        Page leave = new Page("policies/leave.md", "policies/leave.html", Path.of("policies/leave.md"), meta, "Leave", "Text\n", 1);
        Findings findings = new Findings();
        OldAddresses.of(List.of(leave)).redirects(Set.of("policies/leave")::contains, Set.<String>of()::contains, findings);
        assertEquals(List.of(".gitbook.yaml:6 page.redirect-invalid"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }
}
