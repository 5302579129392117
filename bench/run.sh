#!/usr/bin/env bash
# The speed-and-scale benchmark: a synthetic handbook of PAGES pages built with `mvn handbook:build`
# and, when hugo is installed, with Hugo on the same pages, in alternating runs; then the time from
# saving one page to `mvn handbook:serve` serving it. Run by hand (never part of `mvn verify`):
#
#   bench/run.sh [PAGES=1000] [RUNS=3] [SERVE_EDITS=5]
#
# The plugin must be installed (`mvn install` once). To use a plugin installed into a local repository
# of its own, set M2_REPO (passed to Maven as -Dmaven.repo.local, with bench/mirror-settings.xml); see
# bench/README.md. With BASE_REPO set to another local repository holding another build of the plugin (the same
# version), each run builds with that one too, just before ours, and its row and the ratio to it are printed: a
# before/after comparison under the same load, as bench/pdf.sh does.
# Prints medians of wall time, pages/s, peak RSS (bench/peakrss.py: the largest sum over Maven's JVM and the
# build's own), output bytes per page and
# the ratio to Hugo; the save-to-served median of SERVE_EDITS one-page edits. Needs python3, curl.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pages="${1:-1000}"
runs="${2:-3}"
edits="${3:-5}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/handbook-bench-$pages}"
port="${BENCH_PORT:-8765}"
# shellcheck source=lib.sh
. "$here/lib.sh"
version="$(plugin_version "$here")"
mvn_args=(-B -q -o)
# A repository filled through bench/mirror-settings.xml records its artifacts as coming from that mirror,
# so Maven must be given the same settings to accept them offline.
[ -n "${M2_REPO:-}" ] && mvn_args+=("-Dmaven.repo.local=$M2_REPO" -s "$here/mirror-settings.xml")
base_args=(-B -q -o)
[ -n "${BASE_REPO:-}" ] && base_args+=("-Dmaven.repo.local=$BASE_REPO" -s "$here/mirror-settings.xml")

python3 "$here/corpus.py" "$pages" "$work"
write_pom "$work" handbook-bench "$version"
html_pages="$(find "$work/content" -name '*.md' | wc -l)"
results="$work/results.txt"
: > "$results"

measure() { # tool run command...
  local tool="$1" run="$2"; shift 2
  local timing="$work/time-$tool-$run.txt"
  python3 "$here/peakrss.py" -o "$timing" "$@" > "$work/log-$tool-$run.txt" 2>&1 \
    || { echo "$tool run $run failed: see $work/log-$tool-$run.txt" >&2; tail -20 "$work/log-$tool-$run.txt" >&2; exit 1; }
  local out sizes
  if [ "$tool" = hugo ]; then out="$work/hugo-out"; else out="$work/target/handbook"; fi
  sizes="$(python3 "$here/sizes.py" "$out")" # all bytes (as du -sb counts them), HTML bytes, HTML files
  echo "$tool $(tail -1 "$timing") $sizes" >> "$results"
  echo "  $tool run $run: $(tail -1 "$timing" | awk '{print $1 " s, " int($2/1024) " MB peak RSS"}')" >&2
}

echo "building $html_pages pages, $runs alternating runs, in $work; MAVEN_OPTS=${MAVEN_OPTS:-(none)}" >&2
file_system_note "$work"
have_hugo=false
command -v hugo > /dev/null && have_hugo=true
for run in $(seq 1 "$runs"); do
  if [ -n "${BASE_REPO:-}" ]; then
    rm -rf "$work/target"
    (cd "$work" && measure base "$run" mvn "${base_args[@]}" handbook:build)
  fi
  rm -rf "$work/target"
  (cd "$work" && measure handbook "$run" mvn "${mvn_args[@]}" handbook:build)
  if $have_hugo; then
    rm -rf "$work/hugo-out"
    (cd "$work/hugo" && measure hugo "$run" hugo --quiet -d "$work/hugo-out")
  fi
done

python3 - "$results" "$html_pages" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
pages = int(sys.argv[2])
def med(tool, col):
    return statistics.median(float(r[col]) for r in rows if r[0] == tool)
print(f"{'':10} {'wall s':>8} {'pages/s':>8} {'peak RSS MB':>12} {'output B/page':>14} {'HTML B/page':>12}")
for tool in ("base", "handbook", "hugo"):
    if any(r[0] == tool for r in rows):
        wall = med(tool, 1)
        print(f"{tool:10} {wall:8.2f} {pages / wall:8.0f} {med(tool, 2) / 1024:12.0f} {med(tool, 3) / pages:14.0f} {med(tool, 4) / med(tool, 5):12.0f}")
if any(r[0] == "hugo" for r in rows):
    print(f"ratio handbook/hugo (median wall time): {med('handbook', 1) / med('hugo', 1):.1f}x")
if any(r[0] == "base" for r in rows):
    print(f"ratio handbook/base (median wall time): {med('handbook', 1) / med('base', 1):.2f}x")
EOF

# Serve: five one-page edits, each timed from the save to the served page showing the new text.
[ "$edits" -gt 0 ] || exit 0
page="area-01/page-0001"
rm -rf "$work/target"
# In a session of its own (setsid, by Python: macOS has no setsid command), so that the whole group can be stopped.
(cd "$work" && exec python3 -c 'import os, sys; os.setsid(); os.execvp(sys.argv[1], sys.argv[1:])' \
    mvn "${mvn_args[@]}" handbook:serve "-Dhandbook.port=$port" > "$work/log-serve.txt" 2>&1) &
serve_pid=$!
trap 'kill -- -"$serve_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/$page.html" > /dev/null && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/$page.html" > /dev/null || { echo "serve did not start: see $work/log-serve.txt" >&2; exit 1; }
: > "$work/serve.txt"
python3 "$here/serve_edits.py" "http://127.0.0.1:$port/$page.html" "$work/content/$page.md" "$edits" "$work/serve.txt"
python3 -c "import statistics,sys; v=[int(x) for x in open(sys.argv[1])]; print(f'serve: save to served, median of {len(v)} edits: {statistics.median(v):.0f} ms (min {min(v)}, max {max(v)})')" "$work/serve.txt"
