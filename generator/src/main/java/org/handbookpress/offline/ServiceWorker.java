package org.handbookpress.offline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.output.Json;

/**
 * {@code sw.js} at the site's root: keeps every file of the site ({@link Precache}) so that, after the
 * first visit over http(s), every page, the glossary and search work with no network. A new build
 * changes the list, so the browser installs the new worker beside the old one; pages then offer to
 * reload (assets/offline.js), and the old cache is removed once the new worker takes over. A file whose
 * revision did not change is copied from the old cache instead of downloaded again. Pages opened from
 * disk never register it.
 *
 * <p>The list of files is {@code sw-files.json} beside it, which the worker fetches when it installs; the
 * script holds only the list's version. A page registering the worker, and the browser checking it for an update
 * on later visits, then load a few KB whatever the size of the site, not the list of every file (860 KB at 10,000
 * pages), which counts against a page's loading budget as any file it loads does.
 */
public final class ServiceWorker {

    public static final String PATH = "sw.js";
    /** The files the worker keeps, with their revisions and the version of the list, fetched as it installs. */
    public static final String LIST = "sw-files.json";

    /** The worker's script and its list of files, of one version. */
    public record Written(String script, String list) {
    }

    private ServiceWorker() {
    }

    public static Written of(Map<String, String> precache) {
        List<List<String>> files = new ArrayList<>();
        precache.forEach((path, rev) -> files.add(List.of(path, rev)));
        String fileList = Json.write(files);
        String version = Precache.revision(fileList.getBytes(StandardCharsets.UTF_8));
        String script = "/* Service worker of this handbook, written by Handbook Press (org.handbookpress.offline.ServiceWorker). */\n"
                + "var VERSION = '" + version + "';\nvar LIST = '" + LIST + "';\n" + BODY;
        return new Written(script, "{\"version\":\"" + version + "\",\"files\":" + fileList + "}\n");
    }

    private static final String BODY = """
            var PREFIX = 'handbook:' + self.registration.scope + ':';
            var CACHE = PREFIX + VERSION;
            var REVISION = 'X-Handbook-Revision';

            function url(path) { return new URL(path, self.registration.scope).href; }

            /** Copies a file from the old cache when its revision is the same, else downloads it. */
            function keep(cache, old, file) {
              var address = url(file[0]);
              return (old ? old.match(address) : Promise.resolve(undefined)).then(function (hit) {
                if (hit && hit.headers.get(REVISION) === file[1]) { return cache.put(address, hit); }
                return fetch(address, { cache: 'no-cache' }).then(function (response) {
                  if (!response.ok) { throw new Error(address + ': ' + response.status); }
                  var headers = new Headers(response.headers);
                  headers.set(REVISION, file[1]);
                  return response.blob().then(function (body) {
                    return cache.put(address, new Response(body, { status: 200, headers: headers }));
                  });
                });
              });
            }

            function oldCache() {
              return caches.keys().then(function (names) {
                var mine = names.filter(function (n) { return n.indexOf(PREFIX) === 0 && n !== CACHE; });
                return mine.length ? caches.open(mine[mine.length - 1]) : undefined;
              });
            }

            /** The list of files of this version; a list of another (the site changed meanwhile) fails the install. */
            function files() {
              return fetch(url(LIST), { cache: 'no-cache' }).then(function (response) {
                if (!response.ok) { throw new Error(LIST + ': ' + response.status); }
                return response.json();
              }).then(function (list) {
                if (list.version !== VERSION) { throw new Error(LIST + ' is of another version: ' + list.version); }
                return list.files;
              });
            }

            self.addEventListener('install', function (event) {
              event.waitUntil(Promise.all([caches.open(CACHE), oldCache(), files()]).then(function (all) {
                var next = 0;
                var list = all[2];
                function worker() {
                  if (next >= list.length) { return Promise.resolve(); }
                  var file = list[next++];
                  return keep(all[0], all[1], file).then(worker);
                }
                var workers = [];
                for (var i = 0; i < 6; i++) { workers.push(worker()); }
                return Promise.all(workers);
              }));
            });

            // A new version waits until the reader chooses to reload (assets/offline.js asks it to take over).
            self.addEventListener('message', function (event) {
              if (event.data === 'activate') { self.skipWaiting(); }
            });

            self.addEventListener('activate', function (event) {
              event.waitUntil(caches.keys().then(function (names) {
                return Promise.all(names.filter(function (n) { return n.indexOf(PREFIX) === 0 && n !== CACHE; })
                  .map(function (n) { return caches.delete(n); }));
              }).then(function () { return self.clients.claim(); }));
            });

            self.addEventListener('fetch', function (event) {
              var request = event.request;
              if (request.method !== 'GET' || request.url.indexOf(self.registration.scope) !== 0) { return; }
              event.respondWith(caches.open(CACHE).then(function (cache) {
                var address = request.url.replace(/#.*$/, '');
                if (/\\/$/.test(address.replace(/\\?.*$/, ''))) { address = address.replace(/(\\?.*)?$/, 'index.html$1'); }
                return cache.match(address, { ignoreSearch: true }).then(function (hit) {
                  return hit || fetch(request).catch(function () {
                    return request.mode === 'navigate' ? cache.match(url('404.html')).then(function (page) {
                      return page || Response.error();
                    }) : Response.error();
                  });
                });
              }));
            });
            """;
}
