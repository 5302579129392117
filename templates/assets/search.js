/* Search for Handbook Press sites. The build writes the index as small scripts in assets/search/
   (see org.handbookpress.search.SearchIndex): a manifest, chunks of sorted terms with their postings,
   and the text of each page in parts of a few hundred words, a few parts to a file. A query loads only the
   chunks its words fall in, then the one file of each page it shows (in a big handbook, whose manifest says
   f, the page's only file): scripts, not fetch, so that search works opened from disk. Nothing is stored. */
(function () {
  'use strict';
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var VALUE = {};
  for (var d = 0; d < DIGITS.length; d++) { VALUE[DIGITS.charAt(d)] = d; }
  var SPELL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ґ': 'г' };
  var PAGE_SIZE = 10;
  /** A word typed is also looked for as the start of longer words, in at most this many chunks. */
  var PREFIX_CHUNKS = 2;
  /**
   * A posting's score is one of the index's 64 digits (SearchIndex.MAX_SCORE is 63): a query word's value on a page is
   * its match's class (matchClass) times this, plus the score, so that the class decides and the score only breaks ties.
   */
  var SCORE_STEP = 64;

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var cardsBox = document.getElementById('search-glossary');
  var moreButton = document.getElementById('search-more');
  var script = document.currentScript;
  if (!form || !input || !list || !status || !script) { return; }
  var lang = document.documentElement.lang || 'en';
  var base = script.src.replace(/search\.js(\?.*)?$/, 'search/');
  /* The index's addresses are the site's, from its top: a search page in a folder of translations (cy/search.html)
     says how to get there (data-root="../"). */
  var up = status.getAttribute('data-root') || '';
  /* In a handbook with folders of translations, each part's language (data-languages="=en-GB cy=cy": the top's, then
     each folder's), so that a result or a glossary card in another language than the page's says so (WCAG 3.1.2). */
  var languages = {};
  (status.getAttribute('data-languages') || '').split(' ').forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at >= 0) { languages[pair.slice(0, at)] = pair.slice(at + 1); }
  });

  var manifest = null;
  var shards = {};
  var texts = {};
  var waiting = {};
  var loading = {};

  window.HandbookSearch = {
    manifest: function (data) { manifest = data; arrived('manifest', data); },
    shard: function (name, data) { shards[name] = data; arrived('t-' + name, data); },
    text: function (key, data) { texts['p/' + key] = data; arrived('p/' + key, data); }
  };

  /**
   * A label in the page's language, from the search status's data attributes (the build writes them from the theme's
   * labels), with its values put in; the English given here for a page written by an older layout.
   */
  function label(name, english, values) {
    var pattern = status.dataset[name];
    return format(pattern === undefined ? english : pattern, values, values.count);
  }

  /**
   * ICU's message syntax, the part the labels use: {name}, and {name, plural, =0 {…} one {…} other {…}} whose
   * forms the browser's plural rules for the language choose (Intl.PluralRules), # standing for the number.
   */
  function format(pattern, values, hash) {
    var out = '';
    for (var i = 0; i < pattern.length; i++) {
      var c = pattern.charAt(i);
      if (c === '#' && hash !== undefined) { out += String(hash); continue; }
      if (c !== '{') { out += c; continue; }
      var end = closing(pattern, i);
      var parts = pattern.slice(i + 1, end).split(',');
      var name = parts[0].trim();
      if (parts.length < 3 || parts[1].trim() !== 'plural') {
        out += values[name] === undefined ? '' : String(values[name]);
      } else {
        out += plural(pattern.slice(i + 1, end).replace(/^[^,]*,[^,]*,/, ''), values, values[name]);
      }
      i = end;
    }
    return out;
  }

  function closing(text, open) {
    var depth = 0;
    for (var i = open; i < text.length; i++) {
      if (text.charAt(i) === '{') { depth++; } else if (text.charAt(i) === '}' && --depth === 0) { return i; }
    }
    return text.length;
  }

  function plural(options, values, n) {
    var forms = {};
    var re = /\s*(=?[\w.]+)\s*\{/g, m;
    while ((m = re.exec(options)) !== null) {
      var end = closing(options, m.index + m[0].length - 1);
      forms[m[1]] = options.slice(m.index + m[0].length, end);
      re.lastIndex = end + 1;
    }
    var rule = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang).select(n) : (n === 1 ? 'one' : 'other');
    var chosen = forms['=' + n] !== undefined ? forms['=' + n] : forms[rule] !== undefined ? forms[rule] : forms.other || '';
    return format(chosen, values, n);
  }

  /** A word, as TermFolding reads one: letters, digits and marks (a Hindi word's vowel signs are marks). */
  var WORD = '[\\p{L}\\p{N}\\p{M}]+';

  /**
   * The text with each apostrophe between two Cyrillic letters written as ʼ (U+02BC, a letter), so that a Ukrainian
   * word is one word whichever apostrophe it was typed with (сім'я, сім’я, сімʼя, or ‘ and ´ written for one), as
   * TermFolding reads it. The same length: offsets into it are offsets into the text.
   */
  var CYRILLIC_APOSTROPHE = /(\p{Script=Cyrillic})['\u2019\u2018\u00b4](?=\p{Script=Cyrillic})/gu;
  function glued(text) { return text.replace(CYRILLIC_APOSTROPHE, '$1\u02bc'); }

  /** The file that holds a page's parts: the one a posting names, or the page's own. */
  function textFile(id, file) {
    return 'p/' + (manifest.f ? String(id) : id + '-' + file);
  }

  /**
   * The part of a text file to show, as fileToShow chose the file: the one whose heading and text hold the most of the
   * query's words, then the most of them as typed (charity’s, not the charity before it, for "charity's"), then with
   * the letters typed (charity’s for "charitys"), then one with a word in its heading, then the first with a word in
   * its text, else the first; as a result shows it.
   */
  function partToShow(data, matched) {
    var at = 0, most = -1, asTyped = { bits: matched.exact, typed: matched.typed }, letters = { bits: matched.letters, typed: matched.typed };
    for (var n = 0; n < data.p.length; n++) {
      var heading = maskOf(data.p[n][1], matched), words = count(heading | maskOf(data.p[n][2], matched));
      var exact = count(maskOf(data.p[n][1], asTyped) | maskOf(data.p[n][2], asTyped));
      var same = count(maskOf(data.p[n][1], letters) | maskOf(data.p[n][2], letters));
      var rank = ((words * 32 + exact) * 32 + same) * 2 + (heading ? 1 : 0);
      if (rank > most) { most = rank; at = n; }
    }
    var part = data.p[at];
    return { t: data.t, u: data.u + part[0], s: data.s, h: part[1], x: part[2] };
  }

  /**
   * The query's words found in a text, as bits (search: matched.bits, or matched.exact for those found as typed, or
   * matched.letters for those found with the letters typed, with or without an apostrophe).
   */
  function maskOf(text, matched) {
    var mask = 0;
    if (text) { tokens(text, matched).forEach(function (t) { mask |= t[2]; }); }
    return mask;
  }

  /** How many bits are set. */
  function count(mask) {
    var n = 0;
    for (; mask; mask &= mask - 1) { n++; }
    return n;
  }

  function arrived(key, data) {
    (waiting[key] || []).forEach(function (w) { w.resolve(data); });
    delete waiting[key];
  }

  /** Loads assets/search/<key>.js once; resolves with what it registered. */
  function load(key, known) {
    if (known) { return Promise.resolve(known); }
    if (loading[key]) { return loading[key]; }
    loading[key] = new Promise(function (resolve, reject) {
      (waiting[key] = waiting[key] || []).push({ resolve: resolve });
      var el = document.createElement('script');
      el.src = base + key + '.js' + (manifest && key.indexOf('p/') === 0 ? '?v=' + manifest.v : '');
      el.async = true;
      el.onerror = function () { delete loading[key]; reject(new Error('could not load ' + key)); };
      document.head.appendChild(el);
    });
    return loading[key];
  }

  function fold(word) {
    // Apostrophes, ʼ and the ʻokina set aside, as TermFolding.fold: Hawaii finds Hawaiʻi.
    var t = word.replace(/[\u0640\u02bc\u02bb'\u2019\u2018\u00b4]/g, '').toLowerCase().replace(/[ßæœøłđðþıґ]/g, function (c) { return SPELL[c]; })
      .normalize('NFD').replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu, '$1');
    return ARABIC_LETTER.test(t) ? arabic(t) : t;
  }

  var ARABIC_LETTER = /^(?=\p{L})\p{Script=Arabic}/u, ARABIC_CLITICS = /^[وف]?(?:[بك]?ال|لل)/;

  /** An Arabic word lightly stemmed, as TermFolding.arabic: ة as ه, ى as ي, the article and its clitics, or a lone و. */
  function arabic(word) {
    var w = word.replace(/ة/g, 'ه').replace(/ى/g, 'ي'), m = ARABIC_CLITICS.exec(w);
    if (m) { return w.length - m[0].length >= 2 ? w.slice(m[0].length) : w; }
    return w.length >= 4 && w.charAt(0) === 'و' ? w.slice(1) : w;
  }

  /** Scripts written without spaces between words, whose runs are cut into pairs of characters (TermFolding). */
  var UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc'
    + '\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
  var UNSPACED_OR_NOT = new RegExp('[' + UNSPACED + ']+|[^' + UNSPACED + ']+', 'gu'), IS_UNSPACED = new RegExp('[' + UNSPACED + ']', 'u');

  /**
   * A word's parts as TermFolding cuts it, each [offset, text, terms]: a run of such characters gives each pair side by
   * side (a lone character itself), the rest its folded self, unless too long or a lone letter.
   */
  function partsOf(word) {
    var out = [], m;
    UNSPACED_OR_NOT.lastIndex = 0;
    while ((m = UNSPACED_OR_NOT.exec(word)) !== null) {
      var part = m[0], terms = [];
      if (IS_UNSPACED.test(part)) {
        var cs = Array.from(part);
        if (cs.length === 1) { terms.push(part); }
        for (var i = 0; i + 1 < cs.length; i++) { terms.push(cs[i] + cs[i + 1]); }
      } else {
        var t = fold(part);
        if (t && t.length <= 32 && (t.length > 1 || /\d/.test(t))) { terms.push(t); }
      }
      out.push([m.index, part, terms]);
    }
    return out;
  }

  /**
   * Hyphens and apostrophes, which join the words either side of them into one (TermFolding.isJoiner): check-in,
   * e-mail, don't, charity’s, and ‘ and ´ written for an apostrophe (we‘re, don´t); only between two words, so that
   * ‘ before one stays a quote. A Ukrainian word's apostrophe is a letter by now (glued).
   */
  var JOINER = "[-'\u2019\u2018\u00b4\u2010\u2011\u00ad]";
  var COMPOUND = new RegExp(WORD + '(?:' + JOINER + WORD + ')*', 'gu'), JOINERS = new RegExp(JOINER, 'gu');
  /**
   * The apostrophes of the joiners (TermFolding.isApostrophe), and what a term of words they joined ends with
   * (TermFolding.APOSTROPHE): "we're" is were', not the word "were".
   */
  var APOSTROPHES = /['\u2019\u2018\u00b4]/, APOSTROPHE = "'";

  /**
   * The words of a text (glued), each [offset, text, parts, joined]: its parts as partsOf gives them, offsets into
   * the text, and, for words joined by hyphens or apostrophes, the terms the index holds for them written together
   * (TermFolding.eachIndexTerm), as [offset, term] from the first word (Check-in: checkin), then from each later one
   * but the last (l’après-midi: lapresmidi', apresmidi); a term is null where the index holds none.
   */
  function wordsOf(text) {
    var out = [], m;
    COMPOUND.lastIndex = 0;
    while ((m = COMPOUND.exec(text)) !== null) {
      var at = m.index, parts = [], pieces = m[0].split(JOINERS), joined = [];
      for (var k = 0; k < pieces.length; k++) {
        partsOf(pieces[k]).forEach(function (part) { parts.push([at + part[0], part[1], part[2]]); });
        if (k + 1 < pieces.length) { joined.push([at, joinedTerm(m[0].slice(at - m.index))]); }
        at += pieces[k].length + 1;
      }
      out.push([m.index, m[0], parts, joined]);
    }
    return out;
  }

  /**
   * Words joined by hyphens or apostrophes (glued), written together and folded, APOSTROPHE after them where an
   * apostrophe joined them, as TermFolding.joinedTerm: null where a letter, past 32 or partly unspaced.
   */
  function joinedTerm(word) {
    if (IS_UNSPACED.test(word)) { return null; }
    var t = fold(word.replace(JOINERS, ''));
    return t.length > 1 && t.length <= 32 ? (APOSTROPHES.test(word) ? t + APOSTROPHE : t) : null;
  }

  /** A query's terms (TermFolding.queryTerms): a word joined by hyphens or apostrophes is its joined term. */
  function termsOf(text) {
    var out = [];
    var add = function (t) { if (out.indexOf(t) < 0) { out.push(t); } };
    wordsOf(glued(text)).forEach(function (word) {
      if (word[3].length && word[3][0][1]) { add(word[3][0][1]); return; }
      word[2].forEach(function (part) { part[2].forEach(add); });
    });
    return out;
  }

  /** The chunk a term falls in: the last whose first letters sort at or before it. */
  function chunkOf(term) {
    var starts = manifest.c, lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= term) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  function chunksFor(term) {
    var first = chunkOf(term), last = chunkOf(term + '\uffff');
    return { first: first, last: Math.min(last, first + PREFIX_CHUNKS - 1) };
  }

  /**
   * What one query word found, per page, in typed arrays indexed by page number (not objects keyed by strings: a common
   * word has a posting on most of 10,000 pages, and this is where a query spends its time): its best value (-1 where
   * it is not on the page), the files of the page with it as bits, those with it as well as it was found (as typed,
   * before a longer word or a near miss), and the file to show for it alone.
   */
  function wordFound(pages) {
    return { scores: new Float64Array(pages).fill(-1), files: new Int32Array(pages), best: new Int32Array(pages), shown: new Int32Array(pages) };
  }

  /**
   * Reads one term's postings into a query word's (wordFound): page number, score, and unless each page has one file
   * (manifest.f) where on the page the term is (SearchIndex.whereOnPage: the files with it as bits, shifted once, the
   * lowest bit saying that the file to show for it alone follows; else that is the first of them), each score added
   * to base (its match's class times SCORE_STEP).
   */
  function collect(postings, base, word) {
    var id = -1, i = 0, files = !manifest.f, at = { i: 0 }, match = Math.floor(base / SCORE_STEP); // the term's class
    while (i < postings.length) {
      at.i = i;
      id += varint(postings, at);
      var score = VALUE[postings.charAt(at.i++)], bits = 0, file = 0;
      if (files) {
        var where = varint(postings, at);
        bits = Math.floor(where / 2);
        file = where % 2 ? varint(postings, at) : bits ? 31 - Math.clz32(bits & -bits) : 0;
      }
      i = at.i;
      var s = base + score, before = word.scores[id];
      if (s > before) { word.scores[id] = s; word.shown[id] = file; }
      if (files) { // with a file per page (manifest.f) there are no bits to keep: this loop is a query's time
        word.files[id] |= bits;
        var matchBefore = before < 0 ? -1 : Math.floor(before / SCORE_STEP);
        if (match > matchBefore) { word.best[id] = bits; } else if (match === matchBefore) { word.best[id] |= bits; }
      }
    }
  }

  /** The number written at at.i in postings (SearchIndex.varint: groups of 5 bits, the sixth saying more follow). */
  function varint(postings, at) {
    var value = 0, scale = 1, digit;
    do {
      digit = VALUE[postings.charAt(at.i++)];
      value += (digit & 31) * scale;
      scale *= 32;
    } while (digit & 32);
    return value;
  }

  /**
   * The file of page id a result shows: the one with the most of the query's words, then the most of them found as
   * well as they were on the page (as typed before a near miss), then the file the most of them would show alone (a
   * word in its heading), then the one the word with the best score would show, then the first; as Pagefind and MkDocs
   * land on the section with the words, not that of the word with the best score ("room booking" showed the part about
   * rooms when another had both). Words found only in the title are in no file: then the best one's file.
   */
  function fileToShow(words, id) {
    var all = 0, topFile = 0, top = -1, at = 0, most = -1;
    words.forEach(function (w) {
      all |= w.files[id];
      if (w.scores[id] > top) { top = w.scores[id]; topFile = w.shown[id]; }
    });
    if (!all) { return topFile; }
    for (var file = 0; all >> file; file++) {
      if (!(all & (1 << file))) { continue; }
      var rank = file === topFile ? 1 : 0;
      words.forEach(function (w) { // weights such that each count decides before the next (31 words at most count)
        rank += (w.files[id] >> file & 1) * 4096 + (w.best[id] >> file & 1) * 64 + (w.shown[id] === file ? 2 : 0);
      });
      if (rank > most) { most = rank; at = file; }
    }
    return at;
  }

  /** True when a and b differ by one letter added, removed or changed, or two swapped. */
  function oneEditApart(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) { return false; }
    var i = 0;
    while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) { i++; }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1)
        || (a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /**
   * How an indexed term answers a typed one: 3 as typed, 2 as the start of a longer word, 1 one typo away, 0 not at all.
   * Every page with the word as typed ranks above every page with only a longer word or a near miss, however often
   * those are used or wherever: "charitys" finds the page with "charity’s" before the many with "charity". Within a
   * class the index's score (title, heading, then how often in the text) decides, as Pagefind and lunr rank.
   */
  function matchClass(indexed, typed) {
    if (indexed === typed) { return 3; }
    if ((typed.length >= 2 || IS_UNSPACED.test(typed)) && indexed.indexOf(typed) === 0) { return 2; }
    if (typed.length >= 5 && oneEditApart(indexed, typed)) { return 1; }
    // A word typed with an apostrophe finds the word without it as one a letter away, whatever its length ("it's" its,
    // "we're" were), and those a letter from that ("charity's" charity), as before it had its mark.
    var bare = typed.charAt(typed.length - 1) === APOSTROPHE ? typed.slice(0, -1) : null;
    if (bare !== null && (indexed === bare || (bare.length >= 5 && oneEditApart(indexed, bare)))) { return 1; }
    if (ENGLISH && (pluralOf(indexed, typed) || pluralOf(typed, indexed))) { return 1; }
    return 0;
  }

  /**
   * Whether a search page in English also finds a word's plural for it and the reverse, as a near miss: the index has
   * no stemmer (Pagefind's and lunr's have), so "policies" found no page saying "policy" (three letters apart, and not
   * a longer word it starts), nor "boxes" box, nor "keys" key (a word of four letters has no near misses).
   */
  var ENGLISH = /^en(-|$)/i.test(lang);

  /** Whether plural is single's regular English plural: keys, boxes, policies (y to ies). */
  function pluralOf(plural, single) {
    // Lengths first, making no string: this runs for nearly every word of a chunk that is no other match.
    var extra = plural.length - single.length;
    if (single.length < 3 || extra < 1 || extra > 2) { return false; }
    if (plural.lastIndexOf(single, 0) === 0) {
      return extra === 1 ? plural.charAt(single.length) === 's' : plural.slice(-2) === 'es';
    }
    return extra === 2 && single.charAt(single.length - 1) === 'y' && plural.slice(-3) === 'ies'
      && plural.lastIndexOf(single.slice(0, -1), 0) === 0;
  }

  function search(query) {
    var typed = termsOf(query);
    var needed = {};
    var ranges = typed.map(function (t) {
      var r = chunksFor(t);
      for (var c = r.first; c <= r.last; c++) { needed[manifest.h[c]] = true; }
      return r;
    });
    return Promise.all(Object.keys(needed).map(function (name) { return load('t-' + name, shards[name]); }))
      .then(function () {
        var pages = manifest.n;
        // The bits of the query's words each indexed term answers (no inherited keys: a page may say "constructor"),
        // and the query's own terms.
        var matched = { bits: Object.create(null), exact: Object.create(null), letters: Object.create(null), typed: typed };
        var words = typed.map(function (t, n) {
          var word = wordFound(pages);
          for (var c = ranges[n].first; c <= ranges[n].last; c++) {
            var terms = shards[manifest.h[c]].t;
            for (var key in terms) {
              var match = matchClass(key, t);
              if (!match) { continue; }
              matched.bits[key] |= 1 << Math.min(n, 30);
              if (key === t) { matched.exact[key] |= 1 << Math.min(n, 30); }
              if (key === t || key === t + APOSTROPHE || key + APOSTROPHE === t) { matched.letters[key] |= 1 << Math.min(n, 30); }
              collect(terms[key], match * SCORE_STEP, word);
            }
          }
          return word;
        });
        var perTerm = words.map(function (w) { return w.scores; });
        var all = combine(perTerm, true);
        var every = all.length > 0 || typed.length < 2;
        if (!every) { all = combine(perTerm, false); }
        return { typed: typed, matched: matched, hits: all, words: words, every: every, cards: cards(typed, ranges) };
      });
  }

  /**
   * Pages with every word (or any), best first: by their words' classes of match added up (a page with each word as
   * typed first), then by their scores added up; equal ones keep the handbook's order.
   */
  function combine(perTerm, every) {
    var pages = manifest.n, classes = new Uint32Array(pages), total = new Uint32Array(pages), count = new Uint16Array(pages), ids = [];
    perTerm.forEach(function (scores) {
      for (var id = 0; id < pages; id++) {
        var v = scores[id];
        if (v >= 0) { classes[id] += Math.floor(v / SCORE_STEP); total[id] += v % SCORE_STEP; count[id]++; }
      }
    });
    for (var id = 0; id < pages; id++) {
      if (count[id] && (!every || count[id] === perTerm.length)) { ids.push(id); }
    }
    var own = ownLanguage();
    return ids.sort(function (a, b) { return (own ? own[b] - own[a] : 0) || classes[b] - classes[a] || total[b] - total[a] || a - b; });
  }

  /**
   * In a handbook with folders of translations, which pages are in this search page's language (1): its folder's
   * (data-folder="cy", the manifest's runs of page numbers in l), or at the top (data-folder="") those in none; they
   * come first. Null in a handbook in one language.
   */
  function ownLanguage() {
    var folder = status.getAttribute('data-folder');
    if (folder === null || !manifest.l) { return null; }
    var own = new Uint8Array(manifest.n).fill(folder === '' ? 1 : 0);
    Object.keys(manifest.l).forEach(function (name) {
      var runs = manifest.l[name];
      for (var r = 0; r + 1 < runs.length; r += 2) {
        for (var id = runs[r]; id <= runs[r + 1]; id++) { own[id] = name === folder ? 1 : 0; }
      }
    });
    return own;
  }

  /** The folder of translations an address of the site is in (cy/glossary.html: cy), or '' at the top. */
  function folderOf(url) {
    var slash = url.indexOf('/');
    return manifest.l && slash > 0 && manifest.l[url.slice(0, slash)] ? url.slice(0, slash) : '';
  }

  /** Marks an element with the language of the part of the site it shows, where that is not the page's. */
  function markLanguage(element, url) {
    var tag = languages[folderOf(url)];
    if (tag && tag !== lang) { element.lang = tag; }
  }

  /**
   * Glossary entries whose term or other form is the query, or starts with it. A word two glossaries define (the
   * handbook's and a folder of translations') has a card of each ([card, card]): this search page's own comes first.
   */
  function cards(typed, ranges) {
    if (!typed.length) { return []; }
    var q = typed.join(' '), seen = {}, found = [];
    for (var c = ranges[0].first; c <= ranges[0].last; c++) {
      var g = shards[manifest.h[c]].g || {};
      Object.keys(g).sort(function (a, b) { return (a === q ? 0 : 1) - (b === q ? 0 : 1); }).forEach(function (key) {
        if (key !== q && !(q.length >= 3 && key.indexOf(q) === 0)) { return; }
        (Array.isArray(g[key][0]) ? g[key] : [g[key]]).forEach(function (card) {
          if (!seen[card[2]]) {
            seen[card[2]] = true;
            found.push(card);
          }
        });
      });
    }
    var folder = status.getAttribute('data-folder');
    var own = function (card) { return folderOf(card[2]) === folder ? 0 : 1; };
    return folder === null || !manifest.l ? found.slice(0, 3) : found.map(function (card, i) { return [own(card), i, card]; })
      .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; }).slice(0, 3).map(function (e) { return e[2]; });
  }

  /**
   * A text's words as a snippet shows them, each [from, to, words]: words the bits of the query's words it matched
   * (0 for none). A word joined by hyphens or apostrophes whose joined term matched is one (Check-in, don’t); else
   * each of its parts is, and a run of characters of a script written without spaces is cut a character at a time,
   * each marked when a pair it is in (or it alone) matched.
   */
  function tokens(text, matched) {
    var out = [];
    var hit = function (t) { return (t && matched.bits[t]) || 0; };
    wordsOf(glued(text)).forEach(function (word) {
      // From where one of its joined terms matched it is one word: the first that is a term of the query (après-midi
      // in l’après-midi), else the first (lapresmidi, one letter from it, or checkin, which "check" starts).
      var whole = null;
      word[3].forEach(function (j) {
        if (hit(j[1]) && (!whole || (matched.typed.indexOf(j[1]) >= 0 && matched.typed.indexOf(whole[1]) < 0))) { whole = j; }
      });
      word[2].forEach(function (part) {
        var from = part[0];
        if (whole && from >= whole[0]) { return; }
        if (!IS_UNSPACED.test(part[1])) {
          out.push([from, from + part[1].length, hit(part[2][0])]);
          return;
        }
        var cs = Array.from(part[1]);
        cs.forEach(function (c, i) {
          var bits = cs.length === 1 ? hit(c) : (i > 0 ? hit(cs[i - 1] + c) : 0) | (i + 1 < cs.length ? hit(c + cs[i + 1]) : 0);
          out.push([from, from + c.length, bits]);
          from += c.length;
        });
      });
      if (whole) { out.push([whole[0], word[0] + word[1].length, hit(whole[1])]); }
    });
    return out;
  }

  /** Words shown before the first match a snippet shows, and in all. */
  var BEFORE = 8, SHOWN = 31;

  /**
   * About 30 words where the query's words are, cut at word boundaries, matches in <mark>: of the windows that start
   * a few words before a match, the first with the most of the query's words.
   */
  function snippet(parent, text, matched) {
    var words = tokens(text, matched);
    if (!words.length) { return; }
    var first = 0, most = 0;
    for (var at = 0; at < words.length; at++) {
      if (!words[at][2]) { continue; }
      var from = Math.max(0, at - BEFORE), mask = 0;
      for (var w = from; w < Math.min(words.length, from + SHOWN); w++) { mask |= words[w][2]; }
      if (count(mask) > most) { most = count(mask); first = from; }
    }
    var last = Math.min(words.length - 1, first + SHOWN - 1);
    if (first > 0) { parent.appendChild(document.createTextNode('… ')); }
    marked(parent, text, words.slice(first, last + 1), words[first][0], words[last][1]);
    if (last < words.length - 1) { parent.appendChild(document.createTextNode(' …')); }
  }

  /** Appends text from start to end with the given words that matched in <mark>, touching ones in one. */
  function marked(parent, text, words, start, end) {
    var pos = start, mark = null;
    words.forEach(function (word) {
      if (!word[2]) { return; }
      if (mark && pos === word[0]) { // the next character of an unspaced word: one mark for it
        mark.textContent += text.slice(word[0], word[1]);
      } else {
        parent.appendChild(document.createTextNode(text.slice(pos, word[0])));
        mark = document.createElement('mark');
        mark.textContent = text.slice(word[0], word[1]);
        parent.appendChild(mark);
      }
      pos = word[1];
    });
    parent.appendChild(document.createTextNode(text.slice(pos, end)));
  }

  function showCards(found) {
    if (!cardsBox) { return; }
    cardsBox.textContent = '';
    cardsBox.hidden = found.length === 0;
    if (!found.length) { return; }
    var h = document.createElement('h2');
    h.id = 'search-glossary-title';
    h.textContent = label('glossary', 'In the glossary', {});
    cardsBox.appendChild(h);
    found.forEach(function (card) {
      var box = document.createElement('div');
      box.className = 'search-card';
      markLanguage(box, card[2]);
      var title = document.createElement('h3');
      var link = document.createElement('a');
      link.href = up + card[2];
      link.textContent = card[0];
      title.appendChild(link);
      var def = document.createElement('p');
      def.textContent = card[1];
      box.appendChild(title);
      box.appendChild(def);
      cardsBox.appendChild(box);
    });
  }

  /**
   * A result's section line: its text, or, where a name in it is in another language than the page's (a Welsh page's
   * section not translated yet, named in English: [name, tag] in the index), its names, that one marked so, for a
   * screen reader's voice (WCAG 3.1.2), and set apart in its own direction (dir=auto), as the page's breadcrumbs mark it.
   */
  function sectionLine(p, s) {
    if (!Array.isArray(s)) {
      p.appendChild(document.createTextNode(s));
      return;
    }
    s.forEach(function (name, n) {
      if (n) { p.appendChild(document.createTextNode(' › ')); }
      if (!Array.isArray(name)) {
        p.appendChild(document.createTextNode(name));
        return;
      }
      var span = document.createElement('span');
      span.lang = name[1];
      span.dir = 'auto';
      span.textContent = name[0];
      p.appendChild(span);
    });
  }

  function resultItem(part, matched) {
    var item = document.createElement('li');
    markLanguage(item, part.u);
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = up + part.u;
    link.textContent = part.t;
    heading.appendChild(link);
    item.appendChild(heading);
    if (part.s || part.h) {
      var p = document.createElement('p');
      p.className = 'search-section';
      if (part.s) { sectionLine(p, part.s); }
      if (part.s && part.h) { p.appendChild(document.createTextNode(' › ')); }
      // The part's heading with the query's words marked: where they are when the part's text does not have them.
      if (part.h) { marked(p, part.h, tokens(part.h, matched), 0, part.h.length); }
      item.appendChild(p);
    }
    var text = document.createElement('p');
    snippet(text, part.x, matched);
    item.appendChild(text);
    return item;
  }

  var current = null;
  var sequence = 0;

  function showPage(result, focusFirst) {
    var from = list.children.length;
    var ids = result.hits.slice(from, from + PAGE_SIZE);
    var keys = ids.map(function (id) { return textFile(id, manifest.f ? 0 : fileToShow(result.words, id)); });
    return Promise.all(keys.map(function (key) { return load(key, texts[key]); })).then(function () {
      if (result !== current) { return; }
      keys.forEach(function (key) { list.appendChild(resultItem(partToShow(texts[key], result.matched), result.matched)); });
      if (moreButton) { moreButton.hidden = list.children.length >= result.hits.length; }
      if (focusFirst && list.children[from]) { list.children[from].querySelector('a').focus(); }
    });
  }

  function show(query) {
    var q = query.trim();
    var mine = ++sequence;
    var started = performance.now();
    if (!q) {
      current = null;
      list.textContent = '';
      showCards([]);
      if (moreButton) { moreButton.hidden = true; }
      status.textContent = label('prompt', 'Type a word to search the handbook.', {});
      return Promise.resolve();
    }
    return search(q).then(function (result) {
      if (mine !== sequence) { return; }
      current = result;
      list.textContent = '';
      showCards(result.cards);
      return showPage(result, false).then(function () {
        if (mine !== sequence) { return; }
        var n = result.hits.length;
        status.textContent = n === 0 ? label('none', 'No results for “{query}”.', { query: q })
          : label(result.every ? 'found' : 'foundSome', n === 1 ? '# result for “{query}”.' : '# results for “{query}”.', { count: n, query: q });
        list.setAttribute('data-search-ms', String(Math.round(performance.now() - started)));
      });
    }).catch(function () {
      if (mine === sequence) { status.textContent = label('failed', 'Search could not load its index. Reload the page to try again.', {}); }
    });
  }

  load('manifest', manifest).then(function () {
    var params = new URLSearchParams(window.location.search);
    if (!input.value) { input.value = params.get('q') || ''; }
    show(input.value);
  }, function () {
    status.textContent = label('failed', 'Search could not load its index.', {});
  });
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { if (manifest) { show(input.value); } }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer); // the search typing had scheduled would only run the same query again, after this one
    if (manifest) { show(input.value); }
  });
  if (moreButton) {
    moreButton.addEventListener('click', function () { if (current) { showPage(current, true); } });
  }
})();
