package org.handbookpress.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Serves the built site on the loopback address only, with a small script added to every page that
 * waits for the next build and reloads. The JDK's own HTTP server is enough for one reader.
 */
public final class PreviewServer implements AutoCloseable {

    static final String EVENTS = "/__handbook/wait";
    static final String REPORT = "/__handbook/report";
    /** The reload script, a file of its own: every page's Content-Security-Policy refuses inline scripts it has no hash for. */
    static final String RELOAD = "/__handbook/reload.js";
    /** The site's service worker and the script that registers it (templates/assets/offline.js), answered differently here. */
    static final String WORKER = "/sw.js";
    static final String REGISTER = "/assets/offline.js";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"), Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final Path site;
    private final BuildStatus status;
    private final HostCheck hosts;

    /** Added to every page served: loads the reload script with the build the page was served from. */
    private static final String RELOAD_TAG = "<script src=\"%s\" data-since=\"%d\"></script>";

    /** Waits for the next build (or update), then reloads the page. Not in the published site. */
    private static final String RELOAD_SCRIPT = """
            /* Handbook Press preview: wait for the next build, then reload. Not in the published site. */
            (function () {
              var script = document.currentScript;
              var since = script ? script.getAttribute('data-since') : '-1';
              (function poll(v) {
                fetch('%s?since=' + v, { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (n) {
                  if (n !== String(v)) { location.reload(); } else { poll(v); }
                }).catch(function () { setTimeout(function () { poll(v); }, 2000); });
              })(since);
            })();
            """;

    /**
     * The preview registers no service worker: over http://127.0.0.1 the site's worker would keep and
     * serve the pages as they were, so an edit would not show. The script that registers it is answered
     * by one that removes any worker a published copy left on this address, and the worker itself by one
     * that deletes its caches, unregisters and reloads the pages it held (a browser that still has an
     * old worker checks the worker's script on its next visit and so gets this one).
     */
    private static final String NO_REGISTRATION = """
            /* Handbook Press preview: no service worker while previewing (the published site registers one). */
            if ('serviceWorker' in navigator) {
              navigator.serviceWorker.getRegistrations().then(function (all) {
                all.forEach(function (r) { r.unregister(); });
              }).catch(function () {});
            }
            """;
    private static final String RETIRING_WORKER = """
            /* Handbook Press preview: removes a service worker left by a published copy on this address. */
            self.addEventListener('install', function () { self.skipWaiting(); });
            self.addEventListener('activate', function (event) {
              event.waitUntil(caches.keys().then(function (keys) {
                return Promise.all(keys.map(function (k) { return caches.delete(k); }));
              }).then(function () { return self.registration.unregister(); }).then(function () {
                return self.clients.matchAll({ type: 'window' });
              }).then(function (windows) {
                windows.forEach(function (w) { w.navigate(w.url); });
              }));
            });
            """;

    public PreviewServer(Path site, BuildStatus status, int port) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.status = status;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "handbook-preview");
            t.setDaemon(true);
            return t;
        }));
        this.hosts = new HostCheck(server.getAddress().getAddress(), server.getAddress().getPort());
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                // Another site's name resolved to this machine (DNS rebinding): it may not read the preview.
                send(exchange, 403, "text/plain", "Forbidden: the preview answers only to 127.0.0.1 and localhost".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (path.equals(EVENTS)) {
                String query = exchange.getRequestURI().getQuery();
                long since = query != null && query.startsWith("since=") ? parse(query.substring(6)) : -1;
                send(exchange, 200, "text/plain", String.valueOf(status.awaitChange(since, 25, TimeUnit.SECONDS)).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(RELOAD)) {
                send(exchange, 200, TYPES.get("js"), String.format(Locale.ROOT, RELOAD_SCRIPT, EVENTS).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(REGISTER)) {
                send(exchange, 200, TYPES.get("js"), NO_REGISTRATION.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(WORKER)) {
                send(exchange, 200, TYPES.get("js"), RETIRING_WORKER.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(REPORT)) {
                send(exchange, 200, TYPES.get("html"), withReload(status.reportHtml()));
                return;
            }
            Path file = site.resolve(path.substring(1)).normalize();
            if (!file.startsWith(site)) {
                send(exchange, 404, "text/plain", "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    // A folder without its slash: its page's relative links would resolve one level too high.
                    String query = exchange.getRequestURI().getRawQuery();
                    exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
                    send(exchange, 301, "text/plain", "Moved".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!status.succeeded() && (file.toString().endsWith(".html") || isPageAddress(path))) {
                // The last build failed: show what is wrong rather than a stale page. A first build that failed wrote no
                // site, so a folder's address (the preview's own, "/") has no folder to be found in: it is a page's too.
                send(exchange, 200, TYPES.get("html"), withReload(status.reportHtml()));
                return;
            }
            if (!Files.isRegularFile(file)) {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? withReload(Files.readString(notFound)) : "Not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), body);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            byte[] body = ext.equals("html") ? withReload(Files.readString(file)) : Files.readAllBytes(file);
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    /** A page's address with no file name: a folder's ({@code /}, {@code /guide/}) or a pretty one ({@code /guide}). */
    static boolean isPageAddress(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() || last.indexOf('.') < 0;
    }

    private byte[] withReload(String html) {
        String script = String.format(Locale.ROOT, RELOAD_TAG, RELOAD, status.version());
        int end = html.lastIndexOf("</body>");
        String out = end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(code, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
