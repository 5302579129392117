/* Handbook Press: keeps the site for reading offline once it has been visited over http(s), through
   the service worker sw.js at the site's root, and offers to reload when a new build is published.
   Does nothing on a page opened from disk, or where the browser has no service workers. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) { return; }
  var root = script.src.replace(/assets\/offline\.js(\?.*)?$/, '');
  var reloading = false;

  function offerReload(worker) {
    var notice = document.getElementById('update-notice');
    if (!notice || !notice.hidden) { return; }
    var text = document.createElement('p');
    text.textContent = (notice.getAttribute('data-text') || 'This handbook has been updated.') + ' ';
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = notice.getAttribute('data-reload') || 'Reload to see the new version';
    button.addEventListener('click', function () {
      reloading = true;
      worker.postMessage('activate');
    });
    text.appendChild(button);
    notice.appendChild(text);
    notice.hidden = false;
  }

  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (reloading) { location.reload(); }
  });
  // Registered once the page has loaded: the worker's first install downloads the whole site, which should not
  // hold up the page the reader opened, its pictures or its search.
  function register() {
    navigator.serviceWorker.register(root + 'sw.js', { scope: root, updateViaCache: 'none' }).then(function (reg) {
      reg.addEventListener('updatefound', function () {
        var worker = reg.installing;
        if (!worker) { return; }
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) { offerReload(worker); }
        });
      });
      if (reg.waiting && navigator.serviceWorker.controller) { offerReload(reg.waiting); }
      // Look for a new build now rather than whenever the browser next does; offline this simply fails.
      if (navigator.serviceWorker.controller) { reg.update().catch(function () {}); }
    }, function () { /* no service worker (a private window, a blocked scope): the site works as before */ });
  }

  if (document.readyState === 'complete') { register(); } else { window.addEventListener('load', register); }
})();
