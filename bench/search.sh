#!/usr/bin/env bash
# The search budget, measured by hand (never part of `mvn verify`): the synthetic corpus of run.sh
# (corpus.py) at PAGES pages, built without PDFs, then its search.html opened from disk (file://) in
# headless Chromium; for each query, on a fresh load of the page, the bytes loaded by the page plus the
# query (from the browser's request log, each file's size on disk) and the time from submitting the
# query to the results shown (the page's own clock, real time), median of ROUNDS loads.
#
#   bench/search.sh [PAGES=1000] [ROUNDS=3] [QUERY…]
#
# Needs python3, Chromium (/usr/bin/chromium) and the test classes (compiled here, offline, from the
# repository; nothing is installed). Goals (issue 10): < 100 KB at 1,000 pages, ≤ 300 KB at 10,000,
# ≤ 300 ms to results. The site stays in $BENCH_DIR (default $TMPDIR/handbook-search-bench-PAGES);
# REUSE=1 measures it again without rebuilding; DETAIL=1 prints when each index file arrived.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
pages="${1:-1000}"
rounds="${2:-3}"
shift $(( $# < 2 ? $# : 2 ))
queries=("$@")
# Words of corpus.py's vocabulary, as a reader would type them: single words, two words, a word cut
# short (prefix matching) and one with a typo (typo tolerance from five letters on).
[ ${#queries[@]} -eq 0 ] && queries=(safeguarding consent "volunteer training" kindnes referal)
work="${BENCH_DIR:-${TMPDIR:-/tmp}/handbook-search-bench-$pages}"

# REUSE=1 measures the site a previous run left in $work instead of building it again.
if [ -z "${REUSE:-}" ] || [ ! -f "$work/site/search.html" ]; then
  python3 "$here/corpus.py" "$pages" "$work" >&2
  rm -rf "$work/hugo"
  reuse=false
else
  reuse=true
fi
cd "$repo"
mvn -B -q -o -pl generator -am test-compile -Dinvoker.skip >&2
mvn -B -q -o -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test \
  -DexcludeArtifactIds=handbook-templates >&2
cp="templates/target/classes:generator/target/classes:generator/target/test-classes:$(cat generator/target/bench.cp)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB;" \
  "$(/usr/bin/chromium --version 2>/dev/null | head -1); load before: $(uptime | sed 's/.*load average: //')"
/usr/bin/time -f 'bench process: %e s wall, %U s user, %S s sys, %M KB peak RSS' \
  java -Dbench.reuse="$reuse" -Dbench.detail="$([ -n "${DETAIL:-}" ] && echo true || echo false)" -cp "$cp" org.handbookpress.bench.SearchBench "$work/content" "$work/site" "$rounds" "${queries[@]}"
echo "load after: $(uptime | sed 's/.*load average: //')"
