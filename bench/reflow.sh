#!/usr/bin/env bash
# Every page of sites already built on a 320 px phone (WCAG 1.4.10 reflow), run by hand (never part of `mvn verify`): for
# the output of real-world folders, which the test suite does not have. Prints each page that scrolls sideways and what
# reaches past the screen, and each box that scrolls but takes no focus or has no name. -Dwidth=360 via JAVA_OPTS.
#
#   bench/reflow.sh /tmp/rw/out-obsidian /tmp/rw/out-mkdocs
#
# Needs Chromium (/usr/bin/chromium). M2_REPO names a local Maven repository other than ~/.m2, as for run.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$repo"
# shellcheck source=lib.sh
. "$here/lib.sh"
cp="$(bench_classpath)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -cp "$cp" org.handbookpress.bench.ReflowSitesBench "$@"
