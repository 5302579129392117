#!/usr/bin/env bash
# The CPU of each of the forked build JVM's threads, summed by name (compiler threads, the collector, the workers),
# read from /proc just before the build ends. Run by hand beside a build:
#
#   bench/thread-cpu.sh > threads.txt & (cd CORPUS && mvn -B -o -q handbook:build); wait; cat threads.txt
#
# On a quiet machine: it follows the newest build JVM it finds. Threads that end before the build does (a stage's pool)
# keep only what the last snapshot (every 0.3 s) saw of them.
set -euo pipefail
pid=""
while [ -z "$pid" ]; do pid="$(pgrep -n -f org.handbookpress.fork.ForkedBuild || true)"; sleep 0.05; done
snap="$(mktemp)"
trap 'rm -f "$snap" "$snap.new"' EXIT
while kill -0 "$pid" 2> /dev/null; do
  for task in /proc/"$pid"/task/*; do
    stat="$(cat "$task/stat" 2> /dev/null)" || continue
    name="$(cat "$task/comm" 2> /dev/null)" || continue
    # Fields after the name's closing bracket: state is the first, utime the 12th, stime the 13th (clock ticks).
    read -r -a fields <<< "${stat##*) }"
    echo "${fields[11]} ${fields[12]} ${name// /_}"
  done > "$snap.new" 2> /dev/null
  [ -s "$snap.new" ] && mv "$snap.new" "$snap"
  sleep 0.3
done
ticks="$(getconf CLK_TCK)"
awk -v t="$ticks" '{ n = $3; sub(/[0-9]+$/, "", n); u[n] += $1; s[n] += $2 }
  END { for (k in u) printf "%-20s user %7.2f s  system %6.2f s\n", k, u[k] / t, s[k] / t }' "$snap" | sort -k3 -nr
