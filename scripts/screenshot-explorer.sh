#!/bin/sh
# screenshot-explorer.sh writes docs/explorer.png: the HTML explorer of the bundled corpus
# (render.Config.HTML, built by scripts/explorer) as headless Chromium draws it, with
# Volodymyr Zelensky selected.
# Usage: scripts/screenshot-explorer.sh [chromium binary]
set -eu
cd "$(dirname "$0")/.."
chromium=${1:-chromium}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./scripts/explorer -o "$tmp/explorer.html"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$tmp/profile" --hide-scrollbars --window-size=1400,900 \
	--virtual-time-budget=5000 --screenshot="$PWD/docs/explorer.png" "file://$tmp/explorer.html#volodymyr-zelensky"
echo "wrote docs/explorer.png"
