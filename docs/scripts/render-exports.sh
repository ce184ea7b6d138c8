#!/usr/bin/env bash
# Exports the sample case's story timeline (HTML) and source memo (PDF), opens the HTML in headless
# Chromium at a desktop and a phone width, turns the memo's first page into a PNG, and writes the
# pictures to docs/screenshots/. Needs: the built jar, chromium, poppler-utils (pdftoppm).
# Usage: docs/scripts/render-exports.sh CASE.dossier
set -euo pipefail
cd "$(dirname "$0")/../.."
case_file=${1:?usage: render-exports.sh CASE.dossier}
out=$(mktemp -d)
java -jar app/target/dossier.jar export "$case_file" --format html -o "$out/story.html"
java -jar app/target/dossier.jar export "$case_file" --what memo --format pdf --include-unapproved -o "$out/memo.pdf"
chrome() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$out/profile" --hide-scrollbars "$@"
}
chrome --window-size=1200,1400 --screenshot="$PWD/docs/screenshots/export-timeline.png" "file://$out/story.html"
chrome --window-size=390,844 --force-device-scale-factor=2 --screenshot="$PWD/docs/screenshots/export-timeline-phone.png" \
    "file://$out/story.html"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$out/memo.pdf" docs/screenshots/export-memo-pdf
rm -rf "$out"
