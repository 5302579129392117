/* Handbook Press default theme: small progressive enhancements, no network.
   Without this file everything still works: the menu and "On this page" are <details> elements
   that start open, and tables scroll inside focusable regions. */
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 60rem)");
  var medium = window.matchMedia("(max-width: 72rem)");
  var menu = document.querySelector("details.site-menu");
  // A table's name under a heading, in the page's language: the layout gives it when it is not the English one.
  var script = document.currentScript;
  var tableUnder = (script && script.getAttribute("data-table-under")) || "Table: {heading}";
  var toc = document.querySelector("details.page-toc");

  // The menu starts closed on phones and is always open beside the page on wider screens.
  function syncMenu() {
    if (menu) { menu.open = !narrow.matches; }
  }
  // "On this page" starts folded when it sits above the text rather than in its own column.
  function syncToc() {
    if (toc) { toc.open = !medium.matches; }
  }
  syncMenu();
  syncToc();
  listen(narrow, syncMenu);
  listen(medium, syncToc);

  // Escape closes the open phone menu and returns focus to its button.
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu && menu.open && narrow.matches) {
      menu.open = false;
      var summary = menu.querySelector("summary");
      if (summary) { summary.focus(); }
    }
  });

  // Name each scrolling table region after its caption or the heading above it.
  var regions = document.querySelectorAll(".page-body .table-scroll[aria-label]");
  for (var i = 0; i < regions.length; i++) {
    var name = tableName(regions[i]);
    if (name) { regions[i].setAttribute("aria-label", name); }
  }

  function tableName(region) {
    var caption = region.querySelector("caption");
    if (caption && caption.textContent.trim()) { return caption.textContent.trim(); }
    for (var el = region.previousElementSibling; el; el = el.previousElementSibling) {
      if (/^H[2-4]$/.test(el.tagName)) { return tableUnder.split("{heading}").join(el.textContent.trim()); }
    }
    return null;
  }

  function listen(query, fn) {
    if (query.addEventListener) { query.addEventListener("change", fn); } else if (query.addListener) { query.addListener(fn); }
  }
})();
