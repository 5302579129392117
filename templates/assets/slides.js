/* Starts a slide deck written by layouts/slides-deck.ftlh: reveal.js with slide numbers, keyboard
   and touch navigation, and the speaker view (press S). Slides are laid out at 960×540 (16:9),
   the size of the slides PDF, except on a narrow screen held upright (below). */
(function () {
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // A 16:9 slide on a phone held upright is scaled to a third of its size (0.31 at 320 px): 9 px text, and the
  // links of a table's rows 15 px apart, too close to tap (WCAG 2.5.8). There the slide is laid out upright
  // instead, 540×960, so that its text reflows into the narrower width and is shown at over half its size. The
  // PDFs and handouts have layouts of their own and stay 16:9.
  // Not in the speaker view's previews (?receiver), a frame that may be narrow and tall on a portrait monitor: they
  // show the slides as the room sees them.
  var preview = /[?&]receiver(&|=|$)/.test(window.location.search);
  var upright = window.matchMedia && !preview ? window.matchMedia('(max-width: 480px) and (orientation: portrait)') : null;
  // The class is what slides.css's rules for the upright slides go by, so that they apply exactly when it is used.
  function size() {
    var on = !!(upright && upright.matches);
    document.documentElement.classList.toggle('hb-upright', on);
    return on ? { width: 540, height: 960 } : { width: 960, height: 540 };
  }
  // "Exit this page" (quick-exit: in handbook.yml), fixed at the top right: slides.css keeps the slides clear of it on
  // a small screen. Not in the previews, which show the slides as the room sees them.
  document.documentElement.classList.toggle('hb-quick-exit', !preview && !!document.getElementById('quick-exit'));
  var slide = size();
  // The slide the address names (deck.html#/3 or #/slide-4), read before reveal.js starts: on a phone it rewrites the
  // address to the first slide's before it is ready (see showTheLinkedSlide below).
  var linked = window.location.hash;
  Reveal.initialize({
    width: slide.width,
    height: slide.height,
    margin: 0.06,
    center: false,
    hash: true,
    respondToHashChanges: true,
    controls: true,
    progress: true,
    slideNumber: 'c/t',
    keyboard: true,
    touch: true,
    help: true,
    transition: reduceMotion ? 'none' : 'fade',
    backgroundTransition: 'none',
    // A right-to-left handbook's deck: the next slide is to the left, and the controls mirrored.
    rtl: document.documentElement.dir === 'rtl',
    plugins: [RevealNotes]
  });
  // On a narrow screen reveal.js 6.0.2 shows its scrolling view (the slides one under another), and there it goes to the
  // slide an address names by scrolling to a point worked out as the slide's share of the deck times the height that
  // scrolls (scrollview.js, scrollToSlide): a page short of the slide's own top by its index over the count of slides,
  // times a page's height. Past the middle of the deck that is over half a page, so the scroll snaps back to the slide
  // before: a link to the fourth of five slides showed the third (reveal.js issue 3815, open). Opened at such an address
  // the deck even showed the first slide, its address rewritten to it. Nor does that view write the address as the
  // reader scrolls. So, in that view only: go to the top of the named slide's own page, at the start and whenever the
  // address changes, and write the address of the slide in view as it changes, as the paged view does.
  // The deck's slides are one row (no vertical stacks): #/3 names the slide at index 3, #/slide-4 the slide of that id.
  function showTheLinkedSlide(hash) {
    var name = decodeURIComponent(hash.replace(/^#\/?/, '').split('/')[0]);
    var named = !name ? null : /^[0-9]+$/.test(name)
      ? document.querySelector('.reveal .scroll-page section[data-index-h="' + Number(name) + '"]')
      : document.getElementById(name);
    var page = named && named.closest('.scroll-page');
    if (page) {
      page.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
  }
  Reveal.on('ready', function () {
    if (Reveal.isScrollView()) {
      showTheLinkedSlide(linked);
    }
    // Added once reveal.js is ready, so as to run after its own listener (added as it starts, once its plugins have
    // loaded), which has just scrolled short of the slide.
    window.addEventListener('hashchange', function () {
      if (Reveal.isScrollView()) {
        showTheLinkedSlide(window.location.hash);
      }
    });
  });
  Reveal.on('slidechanged', function () {
    if (Reveal.isScrollView()) {
      window.history.replaceState(null, '', '#' + Reveal.getSlidePath());
    }
  });
  // Turning the phone, or resizing a window past the width, lays the slides out again in the other shape.
  if (upright && upright.addEventListener) {
    upright.addEventListener('change', function () { Reveal.configure(size()); });
  }
})();
