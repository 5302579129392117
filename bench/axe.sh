#!/usr/bin/env bash
# axe-core (WCAG 2.2 AA) over pages of sites already built, run by hand (never part of `mvn verify`): for the
# output of real-world folders, which the test suite does not have. Each argument is a site folder and some of its
# pages, `SITE=page.html,folder/page.html`; pages are checked on desktop and phone, light and dark, on copies.
#
#   bench/axe.sh /tmp/rw/out-obsidian=index.html,"Editing and formatting/Callouts.html" /tmp/rw/out-mkdocs=index.html
#
# Needs Chromium (/usr/bin/chromium) and the templates module built (axe-core comes from its node_modules). M2_REPO names
# a local Maven repository other than ~/.m2, as for run.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$repo"
# shellcheck source=lib.sh
. "$here/lib.sh"
cp="$(bench_classpath)"
java -Dhandbook.repoRoot="$repo" -cp "$cp" org.handbookpress.bench.AxeSitesBench "$@"
