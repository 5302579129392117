/* Search for Handbook Press sites: MiniSearch over the index in search-index.js, all in the browser,
   so it works offline and opened from disk. Only the search page loads this file. */
(function () {
  'use strict';
  var docs = window.HANDBOOK_SEARCH_DOCS || [];
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!form || !input || !list || !status || typeof window.MiniSearch !== 'function') {
    return;
  }
  var byId = {};
  docs.forEach(function (d) { byId[d.id] = d; });
  var index = new window.MiniSearch({
    fields: ['title', 'headings', 'summary', 'text'],
    storeFields: ['title'],
    searchOptions: { boost: { title: 4, headings: 2, summary: 1.5 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }
  });
  index.addAll(docs);

  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) {
      at = lower.indexOf(terms[i].toLowerCase());
    }
    var start = Math.max(0, at - 60);
    var piece = text.substr(start, 180);
    return (start > 0 ? '… ' : '') + piece + (start + 180 < text.length ? ' …' : '');
  }

  function highlight(parent, text, terms) {
    var pattern = terms.filter(Boolean).map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|');
    if (!pattern) { parent.appendChild(document.createTextNode(text)); return; }
    var re = new RegExp('(' + pattern + ')', 'gi');
    var last = 0;
    text.replace(re, function (match, _g, offset) {
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      var mark = document.createElement('mark');
      mark.textContent = match;
      parent.appendChild(mark);
      last = offset + match.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function show(query) {
    list.textContent = '';
    var q = query.trim();
    if (!q) { status.textContent = 'Type a word to search the handbook.'; return; }
    var hits = index.search(q);
    if (hits.length === 0) {
      hits = index.search(q, { combineWith: 'OR' });
    }
    status.textContent = hits.length === 0 ? 'No pages match “' + q + '”.'
      : hits.length + (hits.length === 1 ? ' page matches' : ' pages match') + ' “' + q + '”.';
    hits.slice(0, 50).forEach(function (hit) {
      var doc = byId[hit.id];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = doc.url;
      link.textContent = doc.title;
      var heading = document.createElement('h2');
      heading.appendChild(link);
      item.appendChild(heading);
      if (doc.section) {
        var where = document.createElement('p');
        where.className = 'search-section';
        where.textContent = doc.section;
        item.appendChild(where);
      }
      var text = document.createElement('p');
      highlight(text, doc.summary && hit.terms.every(function (t) { return doc.summary.toLowerCase().indexOf(t) >= 0; })
        ? doc.summary : snippet(doc.text, hit.terms), hit.terms);
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  show(input.value);
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    }
  });
})();
