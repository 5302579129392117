package org.handbookpress;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Headless Chromium driven through the DevTools protocol over a WebSocket (the JDK's own client, no
 * driver library), for what {@link HeadlessChromium#dumpDom} cannot do: real key presses, real time
 * (no virtual time budget), and the browser's log of the requests a page made. One page at a time ({@link #freshPage}
 * replaces it), one fresh profile, listening on 127.0.0.1 only; {@link #close()} ends the browser and deletes the profile.
 */
public final class DevToolsBrowser implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    /** The page's target and the session attached to it: replaced by {@link #freshPage}. */
    private volatile String target;
    private volatile String session;

    private DevToolsBrowser(Process process, Path profile, URI endpoint) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .buildAsync(endpoint, new Listener()).get(30, TimeUnit.SECONDS);
        attach(Map.of("url", "about:blank"));
    }

    private void attach(Map<String, ?> newTarget) throws Exception {
        target = call(null, "Target.createTarget", newTarget).path("targetId").asText();
        session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId").asText();
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
    }

    /**
     * Closes the page and opens a fresh one in a new window of that size, in the same browser: nothing of the last page
     * stays with it (its emulated screen and media, its history, its sessionStorage, where it was scrolled), as in a
     * browser just started, and it costs a fraction of starting Chromium again. What the profile keeps (cookies,
     * localStorage, the cache) is shared: a test that depends on those starts a browser of its own. One difference: a
     * started browser's window is at least 500 px wide (a 320 px one shows a 500 px page), a new window is as narrow as
     * asked; the tests that look at a phone emulate its screen (Emulation.setDeviceMetricsOverride) either way.
     */
    public void freshPage(int width, int height) throws Exception {
        call(null, "Target.closeTarget", Map.of("targetId", target));
        attach(Map.of("url", "about:blank", "newWindow", true, "width", width, "height", height));
    }

    /** Starts Chromium with a window of that size; {@code extraFlags} as for {@link HeadlessChromium#dumpDom}. */
    public static DevToolsBrowser start(Path work, int width, int height, List<String> extraFlags) throws Exception {
        Path profile = Files.createTempDirectory(work, "chromium");
        List<String> command = new ArrayList<>(List.of(HeadlessChromium.BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1", "--allow-file-access-from-files",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height));
        command.addAll(extraFlags);
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Chromium names its endpoint on stderr: "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID".
        CompletableFuture<URI> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    int at = line.indexOf("ws://");
                    if (line.startsWith("DevTools listening on") && at >= 0) {
                        endpoint.complete(URI.create(line.substring(at).trim()));
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.completeExceptionally(new IOException("Chromium ended without a DevTools endpoint"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return new DevToolsBrowser(process, profile, endpoint.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Sends a command to the page and waits for its answer's result. */
    public JsonNode send(String method, Map<String, ?> params) throws Exception {
        return call(session, method, params);
    }

    private JsonNode call(String sessionId, String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
        }
        JsonNode reply = answer.get(120, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    /** Opens the address and waits for its load event. */
    public void navigate(String url) throws Exception {
        int before = events.size();
        send("Page.navigate", Map.of("url", url));
        waitForEvent("Page.loadEventFired", before, 60_000);
    }

    /** The value of a JavaScript expression in the page (a promise is awaited). */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until the expression is true in the page, polling every 10 ms; fails after {@code millis}. */
    public void waitUntil(String expression, long millis) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            try {
                if (evaluate(expression).asBoolean(false)) {
                    return;
                }
            } catch (IOException e) {
                // the page is being replaced: its context is gone for a moment
            }
            Thread.sleep(10);
        }
        fail("not true within " + millis + " ms: " + expression);
    }

    /** The page's DOM as it is now, serialised as {@link HeadlessChromium#dumpDom} serialises it. */
    public String dom() throws Exception {
        return evaluate("document.documentElement.outerHTML").asText();
    }

    /**
     * Opens a site's search page at that address (its query in it) and returns the DOM once search has shown its
     * outcome: results or none (search.js marks the list with {@code data-search-ms} after writing the status), or
     * its message that the index could not be loaded. One browser can search page after page, where a
     * {@link HeadlessChromium#dumpDom} per query starts Chromium afresh each time.
     */
    public String searched(URI page) throws Exception {
        navigate(page.toString());
        waitUntil("(function () { var list = document.getElementById('search-results'), status = document.getElementById('search-status');"
                + " return list.hasAttribute('data-search-ms') || (!!status.dataset.failed && status.textContent === status.dataset.failed); })()",
                30_000);
        return dom();
    }

    /** A key pressed and released, as the keyboard does it (trusted events, seen by every listener). */
    public void press(String key, String code, int keyCode, int modifiers) throws Exception {
        send("Input.dispatchKeyEvent", Map.of("type", "rawKeyDown", "key", key, "code", code,
                "windowsVirtualKeyCode", keyCode, "modifiers", modifiers));
        send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", code,
                "windowsVirtualKeyCode", keyCode, "modifiers", 0));
    }

    /** Text typed into the focused field. */
    public void type(String text) throws Exception {
        send("Input.insertText", Map.of("text", text));
    }

    /** The events of that method received since the browser started, in order. */
    public List<JsonNode> events(Predicate<JsonNode> which) {
        return events.stream().filter(which).toList();
    }

    public int eventCount() {
        return events.size();
    }

    private void waitForEvent(String method, int after, long millis) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            for (int i = after; i < events.size(); i++) {
                JsonNode event = events.get(i);
                // This page's, not a page closed by freshPage whose last events came late.
                if (method.equals(event.path("method").asText()) && session.equals(event.path("sessionId").asText())) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        fail(method + " did not come within " + millis + " ms");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            call(null, "Browser.close", Map.of());
        } catch (Exception e) {
            // the browser may already be going; it is ended below either way
        }
        socket.abort();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        HeadlessChromium.deleteTree(profile);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        events.add(message);
                    }
                } catch (IOException e) {
                    // not JSON: the protocol sends nothing else, so it is ignored
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
