#!/usr/bin/env bash
# Installs what examples/notebook/analysis.ipynb needs (Jupyter from Debian,
# GoNB v0.11.4 and goimports from examples/notebook/tools) and executes the
# notebook headlessly. Fails if any cell fails.
#
#   scripts/notebook.sh            # install if needed, then execute
#   NOTEBOOK_OUT=/tmp/x.ipynb scripts/notebook.sh
#
# The executed notebook is written to $NOTEBOOK_OUT (default
# /tmp/actorgraph-analysis.ipynb), and nbconvert's HTML of it beside it (.html), checked
# for outputs that would restyle the page. GoNB's cells run in a temporary module;
# the notebook's first cell points it at this checkout through
# $ACTORGRAPH_DIR, which this script exports.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS=$ROOT/examples/notebook/tools
BIN=${NOTEBOOK_BIN:-${XDG_CACHE_HOME:-$HOME/.cache}/actorgraph-notebook/bin}
OUT=${NOTEBOOK_OUT:-/tmp/actorgraph-analysis.ipynb}
export ACTORGRAPH_DIR=$ROOT
export PATH=$BIN:$(go env GOROOT)/bin:$PATH

t0=$SECONDS
step() { echo "== $1 ($((SECONDS - t0))s so far)"; }
elapsed() { echo "   took $(($SECONDS - $1))s"; }

step "Jupyter (Debian packages)"
s=$SECONDS
if [ ! -x /usr/bin/jupyter ]; then
	SUDO=
	[ "$(id -u)" = 0 ] || SUDO=sudo
	$SUDO apt-get update -q
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
		jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel
fi
elapsed $s

step "GoNB and goimports (examples/notebook/tools) into $BIN"
s=$SECONDS
mkdir -p "$BIN"
(cd "$TOOLS" && GOBIN=$BIN go install tool)
elapsed $s

step "gonb --install (registers the Jupyter kernel)"
s=$SECONDS
# gopls, which GoNB uses only for completion and hover help, is left out: no gopls
# release builds with Go 1.26 and the x/tools that GoNB and goimports need
# (gopls v0.24 needs Go 1.27; v0.23 fails against x/tools v0.52), hence -force_deps.
"$BIN/gonb" --install --force_deps
elapsed $s

step "execute examples/notebook/analysis.ipynb -> $OUT"
s=$SECONDS
# nbconvert exits non-zero when a cell errors (allow_errors is off by default).
/usr/bin/jupyter nbconvert --to notebook --execute \
	--ExecutePreprocessor.timeout=600 \
	--ExecutePreprocessor.kernel_name=gonb \
	--output "$OUT" "$ROOT/examples/notebook/analysis.ipynb"
elapsed $s

# Belt and braces: GoNB reports a failed cell as an error output; make sure
# none slipped through.
python3 - "$OUT" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1]))
bad = [i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"
       for o in c.get("outputs", []) if o.get("output_type") == "error"]
if bad:
    sys.exit(f"cells with errors: {sorted(set(bad))}")
n = sum(1 for c in nb["cells"] if c["cell_type"] == "code")
print(f"{n} code cells ran without errors")
PY
step "nbconvert HTML -> ${OUT%.ipynb}.html"
s=$SECONDS
# The page a reader of the notebook sees. Its outputs must not restyle it: the explorer's
# style sheet and script only inside the iframe's srcdoc, the drawings as images.
/usr/bin/jupyter nbconvert --to html --output "${OUT%.ipynb}.html" "$OUT"
python3 - "${OUT%.ipynb}.html" <<'PY'
import sys
from html.parser import HTMLParser

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.frames, self.images, self.leaks, self.style = 0, 0, [], None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "iframe" and 'id="actorgraph-data"' in (a.get("srcdoc") or ""):
            self.frames += 1
        if tag == "img" and (a.get("src") or "").startswith("data:image/svg+xml;base64,"):
            self.images += 1
        if tag == "style":
            self.style = ""
        if tag == "script" and a.get("id") == "actorgraph-data":
            self.leaks.append("the explorer's data block outside its frame")
    def handle_data(self, data):
        if self.style is not None:
            self.style += data
    def handle_endtag(self, tag):
        if tag == "style" and self.style is not None:
            if "#filters" in self.style or "#panel" in self.style:
                self.leaks.append("the explorer's style sheet in the notebook's page")
            self.style = None

p = Page()
p.feed(open(sys.argv[1], encoding="utf-8").read())
if p.leaks or p.frames != 1 or p.images < 2:
    sys.exit(f"nbconvert HTML: {p.frames} explorer frames (want 1), {p.images} SVG images (want 2 or more), {p.leaks}")
print(f"nbconvert HTML: the explorer in 1 frame, {p.images} drawings as images, nothing leaks")
PY
elapsed $s
step "done"
