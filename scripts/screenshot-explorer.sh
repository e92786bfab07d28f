#!/bin/sh
# screenshot-explorer.sh writes the explorer's screenshots in docs/, as headless Chromium
# draws the pages that `actorgraph render -format html` writes:
#
#   docs/explorer.png       the bundled corpus, with Volodymyr Zelensky selected
#   docs/explorer-3000.png  3,000 generated articles (scripts/newsgen), filtered to the
#                           ties of weight 100 or more, July 2025 and Reuters, with the
#                           heaviest tie's evidence from them in the panel
#
# Usage: scripts/screenshot-explorer.sh [chromium binary]
set -eu
cd "$(dirname "$0")/.."
chromium=${1:-chromium}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/actorgraph" ./cmd/actorgraph
shot() { # shot PAGE FRAGMENT OUT
	"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$tmp/profile" --hide-scrollbars --window-size=1400,900 \
		--virtual-time-budget=10000 --screenshot="$PWD/$3" "file://$1#$2"
	echo "wrote $3"
}
"$tmp/actorgraph" render -format html -interactions -roles -title "Bundled corpus: actor graph" -o "$tmp/corpus.html"
shot "$tmp/corpus.html" "actor=volodymyr-zelensky" docs/explorer.png
go run ./scripts/newsgen -n 3000 -o "$tmp/news.jsonl"
"$tmp/actorgraph" render -format html -interactions -title "3,000 generated articles" -o "$tmp/news.html" "$tmp/news.jsonl"
# The heaviest co-mention tie, by its element ID in the page's data.
tie=$(python3 -c '
import json, sys
s = open(sys.argv[1]).read()
i = s.index("id=\"actorgraph-data\">") + len("id=\"actorgraph-data\">")
d = json.loads(s[i:s.index("</script>", i)])
print(max((e["data"] for e in d["elements"]["edges"] if e["data"]["layer"] == "comention"), key=lambda e: e["weight"])["id"])
' "$tmp/news.html")
shot "$tmp/news.html" "tie=$tie&minweight=100&from=2025-07-01&to=2025-07-31&outlet=Reuters&layers=comention,interaction" docs/explorer-3000.png
