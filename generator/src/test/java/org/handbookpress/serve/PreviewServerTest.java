package org.handbookpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteWithReloadScriptAndNothingOutsideIt(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<html><body><p>Home</p></body></html>");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        BuildStatus status = new BuildStatus();
        status.update(true, List.of());
        try (PreviewServer server = new PreviewServer(site, status, 0)) {
            server.start();
            HttpResponse<String> home = get(server.port(), "/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("<p>Home</p>"));
            assertTrue(home.body().contains("<script src=\"" + PreviewServer.RELOAD + "\" data-since=\"" + status.version() + "\">"),
                    "live reload script added, as a file: every page's Content-Security-Policy refuses an inline script");
            HttpResponse<String> reload = get(server.port(), PreviewServer.RELOAD);
            assertTrue(reload.body().contains(PreviewServer.EVENTS) && reload.body().contains("location.reload()"), reload.body());
            assertTrue(reload.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertEquals(404, get(server.port(), "/../secret.txt").statusCode());
            assertEquals(404, get(server.port(), "/%2e%2e/secret.txt").statusCode());

            // A waiting browser is answered when the next build finishes.
            CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return get(server.port(), PreviewServer.EVENTS + "?since=" + status.version());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            status.update(false, List.of(Finding.error("policies/p.md", 3, "yaml.malformed", "malformed YAML", "fix it")));
            assertEquals("2", waiting.get(10, TimeUnit.SECONDS).body());

            // While the build is broken, pages show the findings instead.
            String page = get(server.port(), "/index.html").body();
            assertTrue(page.contains("policies/p.md") && page.contains("malformed YAML"), page);
            assertFalse(page.contains("<p>Home</p>"));
        }
    }

    @Test
    void registersNoServiceWorkerAndRetiresOneLeftBehind(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("sw.js"), "self.addEventListener('fetch', function () { /* the published worker */ });");
        Files.writeString(site.resolve("assets/offline.js"), "navigator.serviceWorker.register('sw.js');");
        BuildStatus status = new BuildStatus();
        status.update(true, List.of());
        try (PreviewServer server = new PreviewServer(dir.resolve("site"), status, 0)) {
            server.start();
            String register = get(server.port(), "/assets/offline.js").body();
            assertFalse(register.contains(".register("), "the preview registers no service worker: " + register);
            assertTrue(register.contains("unregister()"), register);
            String worker = get(server.port(), "/sw.js").body();
            assertFalse(worker.contains("'fetch'"), "no worker that answers requests from a cache: " + worker);
            assertTrue(worker.contains("caches.delete") && worker.contains("registration.unregister()"), worker);
        }
    }

    /** A raw request, so the Host header can be anything (the JDK's client will not send a foreign one). */
    private static String raw(int port, String path, String host) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void answersOnlyToThisMachinesNamesAgainstDnsRebinding(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<html><body><p>Home</p></body></html>");
        BuildStatus status = new BuildStatus();
        status.update(true, List.of());
        try (PreviewServer server = new PreviewServer(site, status, 0)) {
            server.start();
            int port = server.port();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port)) {
                assertTrue(raw(port, "/", host).startsWith("HTTP/1.1 200"), host);
            }
            for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1.evil.example:" + port,
                    "localhost:" + (port + 1), "127.0.0.1")) {
                String answer = raw(port, "/", host);
                assertTrue(answer.startsWith("HTTP/1.1 403"), host + ": " + answer);
                assertFalse(answer.contains("<p>Home</p>"));
            }
            assertTrue(raw(port, PreviewServer.REPORT, "evil.example:" + port).startsWith("HTTP/1.1 403"), "the report too");
        }
    }

    /**
     * A first build that fails writes no site, so the preview has no folder to serve: its own address, the one the log
     * gives (http://127.0.0.1:8000/), answered "Not found", where every page's address showed the findings.
     */
    @Test
    void withNoSiteYetEveryPageAddressShowsTheFindings(@TempDir Path dir) throws Exception {
        BuildStatus status = new BuildStatus();
        status.update(false, List.of(Finding.error("index.md", 3, "link.broken", "link to 'missing.md', but there is no page", "fix it")));
        try (PreviewServer server = new PreviewServer(dir.resolve("site"), status, 0)) {
            server.start();
            for (String address : List.of("/", "/guide/", "/guide", "/index.html")) {
                HttpResponse<String> page = get(server.port(), address);
                assertEquals(200, page.statusCode(), address);
                assertTrue(page.body().contains("index.md") && page.body().contains("missing.md"), address + ": " + page.body());
            }
            assertEquals(404, get(server.port(), "/assets/site.css").statusCode(), "a file is still a file");
        }
    }

    @Test
    void aFolderWithoutItsSlashIsRedirected(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/guide"));
        Files.writeString(site.resolve("index.html"), "<html><body><a href=\"part.html\">Part</a></body></html>");
        BuildStatus status = new BuildStatus();
        status.update(true, List.of());
        try (PreviewServer server = new PreviewServer(dir.resolve("site"), status, 0)) {
            server.start();
            HttpResponse<String> bare = get(server.port(), "/guide?x=1");
            assertEquals(301, bare.statusCode());
            assertEquals("/guide/?x=1", bare.headers().firstValue("Location").orElse(""));
            HttpResponse<String> slashed = get(server.port(), "/guide/");
            assertEquals(200, slashed.statusCode());
            assertTrue(slashed.body().contains("part.html"));
        }
    }

    @Test
    void watcherSeesAChangeInANewSubfolder(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        try (ContentWatcher watcher = new ContentWatcher(List.of(content))) {
            CompletableFuture<Void> changed = CompletableFuture.runAsync(() -> {
                try {
                    watcher.awaitChanges();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Files.writeString(content.resolve("index.md"), "# Home\n");
            changed.get(30, TimeUnit.SECONDS);
        }
    }
}
