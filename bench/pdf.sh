#!/usr/bin/env bash
# The PDF benchmark: a handbook whose one pack is about 200 A4 pages (CHAPTERS toolkit chapters and a
# glossary, see pdfcorpus.py), where every chapter and the glossary also get a PDF of their own, built
# whole-process with `mvn handbook:build`. Run by hand (never part of `mvn verify`):
#
#   bench/pdf.sh [RUNS=3] [CHAPTERS=39]
#
# Each run is a clean build (target/ removed, so the PDF cache under target/handbook-cache is empty),
# followed by a second build with nothing changed (every PDF should come from the cache). Prints the
# medians of: wall time, user+sys CPU, peak RSS, the PDF stage's time from the build's closing table,
# and PDF pages per second = pages of every PDF written / wall time (and / the PDF stage's time).
# The plugin must be installed; set M2_REPO to use a local repository of your own (see bench/README.md).
# With BASE_REPO set to another local repository holding another build of the plugin (the same version),
# each run builds with that one too, alternately, and a second table gives its figures (a before/after
# comparison under the same load). THREADS sets -Dhandbook.threads.
# MAVEN_OPTS is passed through: it reaches Maven's JVM only; to profile the build's own JVM, see bench/README.md (handbook.jvmArgs).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-3}"
chapters="${2:-39}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/handbook-pdf-bench-$chapters}"
# shellcheck source=lib.sh
. "$here/lib.sh"
version="$(plugin_version "$here")"
mvn_args=(-B -o)
[ -n "${THREADS:-}" ] && mvn_args+=("-Dhandbook.threads=$THREADS")
repo_args() { # the Maven arguments for one local repository (none: the default ~/.m2)
  [ -n "$1" ] && echo "-Dmaven.repo.local=$1 -s $here/mirror-settings.xml"
  return 0
}

python3 "$here/pdfcorpus.py" "$chapters" "$work" >&2
write_pom "$work" handbook-pdf-bench "$version"
results="$work/results.txt"
: > "$results"

# One build: appends "kind wall user sys rssKB pdfs pdfPages pdfStageSeconds reused pdfFiles" to the results.
build() { # kind run repository
  local kind="$1" run="$2" log="$work/log-$1-$2.txt" timing="$work/time-$1-$2.txt"
  # shellcheck disable=SC2046  # the repository arguments are words
  # CPU times from /usr/bin/time (which count the build's own JVM, a child of Maven's); the peak RSS summed over
  # both JVMs from peakrss.py, since %M would give only the larger.
  (cd "$work" && python3 "$here/peakrss.py" -o "$timing.rss" /usr/bin/time -f '%e %U %S' -o "$timing" \
      mvn "${mvn_args[@]}" $(repo_args "$3") handbook:build > "$log" 2>&1) \
    || { echo "$kind build $run failed: see $log" >&2; tail -30 "$log" >&2; exit 1; }
  python3 - "$log" "$work/target/handbook" "$kind" "$(tail -1 "$timing") $(cut -d' ' -f2 "$timing.rss")" "$results" >> "$results" <<'PY'
import os, re, sys
log, site, kind, timing, results = sys.argv[1:6]
text = open(log, encoding="utf-8").read()
pdfs = sum(1 for d, _, fs in os.walk(site) for f in fs if f.endswith(".pdf"))
if "Handbook up to date" in text:
    # Nothing to do: every PDF is the last build's, as they are; the counts are the previous build's.
    last = open(results).read().split("\n")[-2].split()
    print(kind, timing, last[5], last[6], 0.0, last[5], pdfs)
    sys.exit(0)
m = re.search(r"PDFs\s*\|\s*(\d+) \((\d+) pages(?:, (\d+) reused unchanged)?\)", text)
stage = re.search(r"Stages\s*\|.*?\bpdfs (\d+(?:\.\d+)?) (ms|s)\b", text)
if not m or not stage:
    sys.exit("no PDF line or pdfs stage in the build's summary: " + log)
seconds = float(stage.group(1)) / (1000 if stage.group(2) == "ms" else 1)
print(kind, timing, m.group(1), m.group(2), seconds, m.group(3) or 0, pdfs)
PY
  echo "  $kind build $run: $(tail -1 "$results")" >&2
}

echo "PDF bench: $chapters chapters, $runs runs, in $work; $(uptime)" >&2
file_system_note "$work"
for run in $(seq 1 "$runs"); do
  if [ -n "${BASE_REPO:-}" ]; then
    rm -rf "$work/target"
    build base-clean "$run" "$BASE_REPO"
    build base-unchanged "$run" "$BASE_REPO"
  fi
  rm -rf "$work/target"
  build clean "$run" "${M2_REPO:-}"
  build unchanged "$run" "${M2_REPO:-}"
done
echo "after: $(uptime)" >&2
command -v pdfinfo > /dev/null && echo "the pack: $(pdfinfo "$work/target/handbook/downloads/toolkit-pack.pdf" | sed -n 's/^Pages: *//p') pages" >&2

python3 - "$results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
def med(kind, col):
    return statistics.median(float(r[col]) for r in rows if r[0] == kind)
print(f"{'build':14} {'wall s':>7} {'user s':>7} {'sys s':>6} {'RSS MB':>7} {'PDFs':>5} {'pages':>6} {'reused':>6}"
      f" {'PDF stage s':>11} {'pages/s wall':>12} {'pages/s stage':>13}")
for kind in ("base-clean", "base-unchanged", "clean", "unchanged"):
    if not any(r[0] == kind for r in rows):
        continue
    wall, stage, pages = med(kind, 1), med(kind, 7), med(kind, 6)
    print(f"{kind:14} {wall:7.2f} {med(kind, 2):7.2f} {med(kind, 3):6.2f} {med(kind, 4) / 1024:7.0f} {med(kind, 5):5.0f}"
          f" {pages:6.0f} {med(kind, 8):6.0f} {stage:11.2f} {pages / wall:12.1f} {pages / stage if stage else 0:13.1f}")
PY
