#!/usr/bin/env bash
# Screenshots of the example handbook at desktop (1280 px) and phone (360 px) width, light and dark,
# in headless Chromium. Run by hand after `mvn -B -q package -Dinvoker.skip -DskipTests`:
#   bench/screenshots.sh [site-folder] [out-folder]
# To see every review status on the Documents page, build with
#   -Dproject.build.outputTimestamp=2027-06-01T12:00:00Z (some reviews are then overdue or due soon).
# and look at the PNGs. They are not committed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
site="${1:-$here/site/target/handbook}"
out="${2:-$here/target/screenshots}"
chrome="${CHROMIUM:-chromium}"
mkdir -p "$out"
[ -f "$site/index.html" ] || { echo "no site at $site: build it first" >&2; exit 1; }
site="$(cd "$site" && pwd)" # file:// needs the absolute path; a relative one gave Chromium's error page

pages=(
  "home:index.html"
  "chapter:toolkit/02-listening-well.html"
  "documents:documents.html"
  "session:training/weekly-group-session.html"
  "policy:policies/safeguarding.html"
  "downloads:downloads.html"
)
sizes=("desktop:1280,900" "phone:360,780")

shoot() { # name url size scheme
  local profile; profile="$(mktemp -d)"
  local extra=()
  if [ "$4" = dark ]; then extra=(--force-dark-mode --blink-settings=preferredColorScheme=0); fi
  "$chrome" --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --force-device-scale-factor=1 "${extra[@]}" \
    --window-size="$3" --screenshot="$out/$1.png" "$2" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$out/$1.png"
}

for entry in "${pages[@]}"; do
  name="${entry%%:*}"; path="${entry#*:}"
  for s in "${sizes[@]}"; do
    label="${s%%:*}"; size="${s#*:}"
    shoot "$name-$label" "file://$site/$path" "$size" light
    shoot "$name-$label-dark" "file://$site/$path" "$size" dark
  done
done
