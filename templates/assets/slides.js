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
  // Turning the phone, or resizing a window past the width, lays the slides out again in the other shape.
  if (upright && upright.addEventListener) {
    upright.addEventListener('change', function () { Reveal.configure(size()); });
  }
})();
