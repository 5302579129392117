/*
 * The Documents register, sortable by any column. Without JavaScript the table is complete and
 * already in the order that matters (overdue first); with it, each column heading becomes a
 * button that sorts by that column, and aria-sort tells screen readers the current order, and a
 * filter shows only the rows containing the words typed (a federation's register holds every local
 * group's documents: "bala" shows one group's, "overdue" those overdue).
 */
(function () {
  'use strict';
  var table = document.querySelector('table[data-sortable]');
  if (!table || !table.tBodies.length) { return; }
  var body = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;
  // Text sorts as the page's language sorts it (Swedish puts Ö after Z, English beside O), not as the
  // reader's browser does, and numbers inside it by value ("Policy 2" before "Policy 10").
  var collator = (function () {
    var lang = table.closest('[lang]');
    try {
      return new Intl.Collator(lang ? lang.getAttribute('lang') : undefined, { numeric: true });
    } catch (e) { // a language tag the browser does not know
      return new Intl.Collator(undefined, { numeric: true });
    }
  }());

  function key(row, column, type) {
    var cell = row.cells[column];
    var value = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
    if (type === 'version') {
      return value.toLowerCase().replace(/^v(?=\d)/, '').split(/[^0-9a-z]+/).filter(Boolean);
    }
    return value.toLowerCase();
  }

  function compareParts(a, b) {
    for (var i = 0; i < Math.min(a.length, b.length); i++) {
      var x = a[i], y = b[i], nx = /^\d+$/.test(x), ny = /^\d+$/.test(y);
      var c = nx && ny ? Number(x) - Number(y) : nx !== ny ? (nx ? 1 : -1) : collator.compare(x, y);
      if (c !== 0) { return c; }
    }
    return a.length - b.length;
  }

  function compare(a, b, type) {
    // Empty values sort last whichever the direction, so "not recorded" never hides the rest.
    var emptyA = a.length === 0, emptyB = b.length === 0;
    if (emptyA || emptyB) { return emptyA === emptyB ? 0 : emptyA ? 1 : -1; }
    return type === 'version' ? compareParts(a, b) : collator.compare(a, b);
  }

  function sortBy(column, type, button) {
    var th = headers[column];
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
      return { row: row, key: key(row, column, type), index: index };
    });
    rows.sort(function (a, b) {
      var empty = (a.key.length === 0) !== (b.key.length === 0);
      var c = compare(a.key, b.key, type);
      if (!empty && !ascending) { c = -c; }
      return c !== 0 ? c : a.index - b.index;
    });
    rows.forEach(function (r) { body.appendChild(r.row); });
    for (var i = 0; i < headers.length; i++) { headers[i].removeAttribute('aria-sort'); }
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var status = document.getElementById('register-sort-status');
    if (status) {
      // The table's data-ascending / data-descending: "Sorted by {column}, ascending" in the page's language.
      var said = table.getAttribute(ascending ? 'data-ascending' : 'data-descending')
        || (ascending ? 'Sorted by {column}, ascending' : 'Sorted by {column}, descending');
      status.textContent = said.split('{column}').join(button.textContent);
    }
  }

  var status = document.createElement('p');
  status.id = 'register-sort-status';
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  table.parentNode.parentNode.insertBefore(status, table.parentNode);

  var filter = document.querySelector('.register-filter');
  var input = document.getElementById('register-filter-input');
  if (filter && input) {
    var said = document.getElementById('register-filter-status');
    // Accents and case set aside, as search does: "aberdar" finds Aberdâr.
    var fold = function (text) {
      return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    };
    var texts = new Map();
    Array.prototype.forEach.call(body.rows, function (row) { texts.set(row, fold(row.textContent)); });
    var apply = function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var text = texts.get(row);
        var keep = words.every(function (word) { return text.indexOf(word) >= 0; });
        row.hidden = !keep;
        if (keep) { shown++; }
      });
      said.textContent = words.length === 0 ? '' : (said.getAttribute('data-shown') || 'Showing {shown} of {count}')
        .split('{shown}').join(String(shown)).split('{count}').join(String(body.rows.length));
    };
    input.addEventListener('input', apply);
    filter.hidden = false;
    if (input.value) { apply(); } // a value the browser restored on going back
  }

  Array.prototype.forEach.call(headers, function (th, column) {
    var type = th.getAttribute('data-sort-type');
    if (!type) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () { sortBy(column, type, button); });
  });
  // Sortable now: on a phone the column headings, hidden above the cards, show as a row of sort buttons (theme.css).
  table.classList.add('is-sortable');
}());
