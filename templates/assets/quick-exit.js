/* Handbook Press: "Exit this page" (quick-exit: in handbook.yml). The button, or Shift pressed three
   times within two seconds, blanks the page and replaces it with the harmless site, so that the back
   button does not lead back here. What a browser cannot forget is listed in the README (Quick exit). */
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');
  if (!link) { return; }
  var target = link.href;

  function leave() {
    document.title = '';
    document.body.hidden = true;
    try { history.replaceState(null, '', location.pathname.replace(/[^/]*$/, '')); } catch (e) { /* file:// may refuse */ }
    location.replace(target);
  }

  link.addEventListener('click', function (event) {
    event.preventDefault();
    leave();
  });
  var presses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat) { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) { leave(); }
  });
})();
