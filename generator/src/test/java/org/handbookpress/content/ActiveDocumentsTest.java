package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActiveDocumentsTest {

    /**
     * An HTML file among the content's files was copied into the site as it was: linked from a page, its script ran and
     * its picture loaded from another website on the reader's device. It is left out, and said; files a browser shows as
     * data or pictures stay.
     */
    @Test
    void filesABrowserOpensAsPagesAreLeftOutAndSaid(@TempDir Path dir) throws Exception {
        String page = "<html><body><script>fetch('https://evil.example/')</script><img src='https://evil.example/t.png'></body></html>";
        Path content = TestHandbooks.write(dir, Map.ofEntries(
                Map.entry("index.md", "# Welcome\n"),
                Map.entry("files/handout.html", page),
                Map.entry("files/Old Page.HTM", page),
                Map.entry("files/page.xhtml", page),
                Map.entry("files/drawing.svgz", "gzipped"),
                Map.entry("files/styled.xml", "<?xml-stylesheet type=\"text/xsl\" href=\"s.xsl\"?><rota/>"),
                Map.entry("files/xhtml.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>"),
                Map.entry("files/rota.xml", "<rota><shift day=\"Monday\"/></rota>"),
                Map.entry("files/rota.csv", "day,who\nMonday,Sam\n"),
                Map.entry("images/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(List.of("files/rota.csv", "files/rota.xml", "images/logo.svg"), handbook.assets());
        assertEquals(List.of("files/Old Page.HTM", "files/drawing.svgz", "files/handout.html", "files/page.xhtml", "files/styled.xml",
                "files/xhtml.xml"), findings.sorted().stream().filter(f -> f.code().equals("file.active")).map(f -> f.file()).toList());
    }

    /**
     * A program a web server runs (PHP, which most shared hosting runs; ASP.NET; a CGI script) was copied into the site:
     * on such a host it would run for every reader who opened its address. It is left out and said; a text file of code
     * stays, as a download.
     */
    @Test
    void programsAServerRunsAreLeftOutAndSaid(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Welcome\n",
                "contact.php", "<?php mail('office@example.org', 'Hello', $_POST['message']); ?>",
                "old/Signup.ASPX", "<%@ Page Language=\"C#\" %>",
                "tools/count.cgi", "#!/bin/sh\necho hello\n",
                "examples/contact.php.txt", "<?php echo 'a listing to read'; ?>",
                "examples/hello.py", "print('hello')\n"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(List.of("examples/contact.php.txt", "examples/hello.py"), handbook.assets());
        List<org.handbookpress.findings.Finding> active = findings.sorted().stream().filter(f -> f.code().equals("file.active")).toList();
        assertEquals(List.of("contact.php", "old/Signup.ASPX", "tools/count.cgi"), active.stream().map(f -> f.file()).toList());
        assertTrue(active.get(0).message().contains("run this one as a program") && active.get(0).fix().contains("contact.php.txt"),
                active.get(0).toString());
    }

    /**
     * Many files of one name (a Jekyll site's index.html in each language's folder) are one warning naming the others,
     * where each had one saying the same; three or fewer are said apart.
     */
    @Test
    void manyFilesOfOneNameAreOneWarning(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        files.put("index.md", "# Welcome\n");
        for (String language : List.of("ar", "cy", "de", "es", "fr", "it", "nl", "pl")) {
            files.put("articles/" + language + "/index.html", "<html><body>Redirect</body></html>");
        }
        files.put("a/old.html", "<p>Old</p>");
        files.put("b/old.html", "<p>Old</p>");
        Findings findings = new Findings();
        new ContentLoader(findings).load(TestHandbooks.write(dir, files), HandbookConfig.defaults());
        List<org.handbookpress.findings.Finding> active = findings.sorted().stream().filter(f -> f.code().equals("file.active")).toList();
        assertEquals(List.of("a/old.html", "articles/ar/index.html", "b/old.html"), active.stream().map(f -> f.file()).toList());
        assertTrue(active.get(1).message().startsWith("left out of the site, as are the 7 other files of this name (articles/cy/index.html, "
                + "articles/de/index.html, articles/es/index.html, articles/fr/index.html, articles/it/index.html and 2 more): "),
                active.get(1).message());
    }

    /** A link to such a file is broken, and says the file is left out, not that there is none. */
    @Test
    void aLinkToOneSaysItIsLeftOut(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Welcome\n\nThe [old handout](files/handout.html) and [a lost one](files/gone.html).\n",
                "files/handout.html", "<html><body><p>Old.</p></body></html>"));
        List<org.handbookpress.findings.Finding> found;
        try {
            found = TestHandbooks.build(content, dir.resolve("site")).findings();
        } catch (org.handbookpress.BuildFailure failure) {
            found = failure.findings();
        }
        List<String> messages = found.stream()
                .filter(f -> f.code().equals("link.broken")).map(f -> f.message()).sorted().toList();
        assertEquals(List.of("link to 'files/gone.html', but there is no file files/gone.html in the content folder",
                "link to 'files/handout.html', but the build leaves the file files/handout.html out of the site (its own finding says why)"),
                messages);
    }
}
