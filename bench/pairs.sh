#!/usr/bin/env bash
# Two (or more) builds of the plugin on the same corpus, the order of each round reversed from the last, so that
# neither is always the one run second (bench/run.sh's pairs always run BASE_REPO's plugin first, and on the build
# machine the second of a pair is often the slower: 7 December, 20:35 and 23:02 UTC, bench/HISTORY.md). Run by hand:
#
#   bench/pairs.sh ROUNDS label=REPO [label=REPO…]     # REPO: a local Maven repository, or "default" for ~/.m2
#   BENCH_DIR=/tmp/handbook-bench-1000 bench/pairs.sh 6 base=$HOME/m2-before head=default
#
# The corpus is BENCH_DIR (default $TMPDIR/handbook-bench-1000, as bench/run.sh 1000 makes it, pom.xml included). Each
# build is a clean one (target/ removed); prints, per build, its label, round, wall, user and system seconds, the
# build's total and its stages in ms, then the medians of wall time by label.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds="$1"; shift
specs=("$@")
work="${BENCH_DIR:-${TMPDIR:-/tmp}/handbook-bench-1000}"
[ -f "$work/pom.xml" ] || { echo "no corpus at $work: run bench/run.sh 1000 1 0 first" >&2; exit 1; }
results="$(mktemp)"
cd "$work"
for r in $(seq 1 "$rounds"); do
  order=("${specs[@]}")
  if (( r % 2 == 0 )); then
    order=()
    for ((i = ${#specs[@]} - 1; i >= 0; i--)); do order+=("${specs[$i]}"); done
  fi
  for spec in "${order[@]}"; do
    label="${spec%%=*}"; repo="${spec#*=}"
    args=(-B -o)
    [ "$repo" != default ] && args+=("-Dmaven.repo.local=$repo" -s "$here/mirror-settings.xml")
    rm -rf target
    /usr/bin/time -o "$work/pairs-time.txt" -f "%e %U %S" mvn "${args[@]}" handbook:build > "$work/pairs-log.txt" 2>&1
    stages="$(grep -o 'Stages .*' "$work/pairs-log.txt" | sed 's/Stages *| //; s/ ms//g; s/,//g' || true)"
    total="$(grep -o 'Total in [0-9]*' "$work/pairs-log.txt" | awk '{print $3}' || true)"
    echo "$label r$r $(cat "$work/pairs-time.txt") total=$total $stages" | tee -a "$results"
  done
done
echo "medians of wall time:"
for spec in "${specs[@]}"; do
  label="${spec%%=*}"
  awk -v l="$label" '$1 == l { print $3 }' "$results" | sort -n \
    | awk -v l="$label" '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "  %s %.2f s (%d builds)\n", l, m, NR }'
done
rm -f "$results"
