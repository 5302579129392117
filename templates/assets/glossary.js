/*
 * Glossary popups. Every term the build links carries its definition in data-definition; this script
 * gives each link a hidden role="tooltip" element (wired with aria-describedby, so screen readers read
 * the definition on focus) and shows it on hover, on keyboard focus, and on the first tap on a touch
 * screen (a second tap follows the link to the glossary). Escape closes it; the pointer can move onto
 * it without it closing. Plain script, no modules or requests, so it works opened from disk.
 */
(function () {
  'use strict';

  var HIDE_DELAY = 250;
  var active = null;      // the link whose popup is showing
  var hideTimer = null;
  var lastPointer = '';   // 'touch', 'pen' or 'mouse' for the click that follows a pointerdown
  var tappedOpen = null;  // the link opened by a tap, which a second tap follows

  function init() {
    var links = document.querySelectorAll('a.glossary-term[data-definition]');
    if (!links.length) {
      return;
    }
    document.documentElement.classList.add('glossary-js');
    for (var i = 0; i < links.length; i++) {
      wire(links[i], i + 1);
    }
    document.addEventListener('keydown', function (event) {
      lastPointer = '';
      if ((event.key === 'Escape' || event.key === 'Esc') && active) {
        hide();
      }
    });
    document.addEventListener('pointerdown', function (event) {
      lastPointer = event.pointerType || '';
      var target = event.target;
      if (active && target instanceof Node && !active.contains(target) && !tipOf(active).contains(target)) {
        hide();
      }
    }, true);
    window.addEventListener('resize', function () {
      if (active) {
        place(active);
      }
    });
  }

  function tipOf(link) {
    return document.getElementById(link.getAttribute('aria-describedby'));
  }

  function wire(link, n) {
    var tip = document.createElement('span');
    tip.id = 'glossary-tip-' + n;
    tip.className = 'glossary-tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    var name = document.createElement('strong');
    name.className = 'glossary-tip-term';
    name.textContent = link.getAttribute('data-term') || link.textContent;
    tip.appendChild(name);
    tip.appendChild(document.createTextNode(' ' + link.getAttribute('data-definition')));
    document.body.appendChild(tip);
    link.setAttribute('aria-describedby', tip.id);

    link.addEventListener('pointerenter', function (event) {
      if (event.pointerType === 'mouse') {
        show(link);
      }
    });
    link.addEventListener('pointerleave', function (event) {
      if (event.pointerType === 'mouse') {
        hideSoon();
      }
    });
    tip.addEventListener('pointerenter', cancelHide);
    tip.addEventListener('pointerleave', function (event) {
      if (event.pointerType === 'mouse') {
        hideSoon();
      }
    });
    link.addEventListener('focus', function () {
      show(link);
    });
    link.addEventListener('blur', function () {
      if (tappedOpen !== link) {
        hideSoon();
      }
    });
    link.addEventListener('click', function (event) {
      if ((lastPointer === 'touch' || lastPointer === 'pen') && tappedOpen !== link) {
        // First tap reads the definition; a second tap on the same word opens the glossary.
        event.preventDefault();
        tappedOpen = link;
        show(link);
      }
      lastPointer = '';
    });
  }

  function show(link) {
    cancelHide();
    if (active && active !== link) {
      hide();
    }
    active = link;
    var tip = tipOf(link);
    tip.hidden = false;
    place(link);
  }

  function hide() {
    cancelHide();
    if (active) {
      tipOf(active).hidden = true;
    }
    active = null;
    tappedOpen = null;
  }

  function hideSoon() {
    cancelHide();
    hideTimer = window.setTimeout(hide, HIDE_DELAY);
  }

  function cancelHide() {
    if (hideTimer !== null) {
      window.clearTimeout(hideTimer);
      hideTimer = null;
    }
  }

  /* Below the word, or above it when there is no room below; always inside the window's width. A term broken over
     two lines (often, on a phone) has a box for each: the tip goes below the last one, or above the first, since under
     the first line it covered the rest of the term, the link that had focus. */
  function place(link) {
    var tip = tipOf(link);
    var rects = link.getClientRects();
    var rect = rects.length ? rects[0] : link.getBoundingClientRect();
    var last = rects.length ? rects[rects.length - 1] : rect;
    var margin = 8;
    var width = document.documentElement.clientWidth;
    tip.style.left = '0px';
    tip.style.top = '0px';
    tip.style.maxWidth = Math.min(352, width - 2 * margin) + 'px';
    var tipWidth = tip.offsetWidth;
    var tipHeight = tip.offsetHeight;
    // Under the term's first words: its left edge, or in right-to-left text its right edge.
    var rtl = getComputedStyle(link).direction === 'rtl';
    var left = Math.max(margin, Math.min(rtl ? rect.right - tipWidth : rect.left, width - tipWidth - margin));
    var top = last.bottom + 6;
    if (top + tipHeight > window.innerHeight - margin && rect.top - tipHeight - 6 > margin) {
      top = rect.top - tipHeight - 6;
    }
    tip.style.left = Math.round(left + window.scrollX) + 'px';
    tip.style.top = Math.round(top + window.scrollY) + 'px';
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
