/* Starts a slide deck written by layouts/slides-deck.ftlh: reveal.js with slide numbers, keyboard
   and touch navigation, and the speaker view (press S). Slides are laid out at 960×540 (16:9),
   the size of the slides PDF. */
(function () {
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  Reveal.initialize({
    width: 960,
    height: 540,
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
})();
