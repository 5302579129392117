package org.handbookpress.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handbookpress.findings.Findings;

/**
 * Files of the content folder that a browser opens as a page of their own: HTML ({@code handout.html}, a web page saved
 * from a browser, a document exported from an office suite), XHTML, gzipped SVG and XSLT, and XML that a stylesheet
 * turns into a page or that holds XHTML or SVG. Copied as they are, their scripts would run and their fonts, pictures
 * and trackers load from other websites on the reader's device, beside pages that promise neither; no check reads them
 * as pages are read (the page's allow-list) or as SVG files are cleaned, so they are left out of the site, each with a
 * {@code file.active} warning; a link to one is then reported where it is written. So are programs a web server runs
 * ({@link #SERVER_PROGRAMS}). Run after
 * {@link RenderedBeside}, which says more of an old rendering beside its page.
 */
final class ActiveDocuments {

    private static final Set<String> DOCUMENTS = Set.of("html", "htm", "xhtml", "xht", "shtml", "shtm", "mht", "mhtml", "hta",
            "svgz", "xsl", "xslt");
    /**
     * Programs a web server runs when a reader opens their address, rather than sending the file: PHP (which most shared
     * hosting runs, a charity's usual host), ASP.NET, Java server pages, CGI scripts. Published, a copy would run there
     * for every reader (a contact form that mails, or a page that tracks), and a linked example would not download.
     */
    private static final Set<String> SERVER_PROGRAMS = Set.of("php", "php3", "php4", "php5", "php7", "php8", "phtml", "phar",
            "asp", "aspx", "ashx", "asmx", "cshtml", "vbhtml", "jsp", "jspx", "cgi", "fcgi");
    /** What in an XML file makes a browser show it as a page rather than as its tree of data. */
    private static final List<String> XML_AS_PAGE = List.of("xml-stylesheet", "http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg");
    /** Where those appear: in the first elements; an XML file of data is read no further than this. */
    private static final int XML_HEAD = 64 * 1024;

    private ActiveDocuments() {
    }

    /** A file left out: its path as the author finds it, its name in lower case, and whether a server would run it. */
    private record LeftOut(String named, String name, boolean program) {
    }

    /** How many files of one name are said one by one; more are one warning (a Jekyll site's index.html in every folder). */
    private static final int SAID_APART = 3;
    /** How many of such a group's files its warning names. */
    private static final int NAMED = 5;

    /**
     * Removes such files from {@code assets}, said as warnings: one for each, or one for all the files of one name when
     * there are more than {@value #SAID_APART} (opensource.guide's {@code _articles/<language>/index.html}: 30 warnings
     * saying the same).
     */
    static void leaveOut(AssetFiles files, List<String> assets, Findings findings) throws IOException {
        Map<String, List<LeftOut>> byName = new LinkedHashMap<>();
        for (String asset : new ArrayList<>(assets)) {
            String name = asset.substring(asset.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            String extension = extension(name);
            boolean program = SERVER_PROGRAMS.contains(extension);
            if (program || DOCUMENTS.contains(extension) || extension.equals("xml") && xmlShownAsPage(files, asset)) {
                assets.remove(asset);
                // A static folder's file is named by its own path (../static/embed.html), as the author finds it.
                String named = files.fromStatic().containsKey(asset)
                        ? files.contentDir().relativize(files.file(asset)).toString().replace('\\', '/') : asset;
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(new LeftOut(named, name, program));
            }
        }
        for (List<LeftOut> same : byName.values()) {
            List<LeftOut> apart = same.size() > SAID_APART ? same.subList(0, 1) : same;
            for (LeftOut file : apart) {
                String others = same.size() > SAID_APART ? ", as are the " + (same.size() - 1) + " other files of this name ("
                        + org.handbookpress.findings.Listed.first(same.subList(1, same.size()).stream().map(LeftOut::named).toList(), NAMED) + ")" : "";
                say(file, others, findings);
            }
        }
    }

    private static void say(LeftOut file, String others, Findings findings) {
        if (file.program()) {
            findings.warning(file.named(), 0, "file.active", "left out of the site" + others + ": a web server that runs ." + extension(file.name())
                            + " files (most shared hosting runs PHP) would run this one as a program whenever its address is "
                            + "opened, rather than send it, and a static handbook runs nothing on its server",
                    "to offer it as a download, put it in a .zip or name it " + file.name() + ".txt; to run it, publish it apart from the handbook");
        } else {
            findings.warning(file.named(), 0, "file.active", "left out of the site" + others + ": a browser opens this file as a page of "
                            + "its own, which runs its scripts and loads what it names from other websites, and the build cannot check it as "
                            + "it checks the handbook's pages",
                    "write it as a Markdown page (" + file.name().replaceFirst("\\.[^.]+$", "") + ".md) or save it as a PDF, and link to that");
        }
    }

    private static String extension(String name) {
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    }

    private static boolean xmlShownAsPage(AssetFiles files, String asset) throws IOException {
        try (InputStream in = Files.newInputStream(files.file(asset))) {
            String head = new String(in.readNBytes(XML_HEAD), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            return XML_AS_PAGE.stream().anyMatch(head::contains);
        }
    }
}
