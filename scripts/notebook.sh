#!/usr/bin/env bash
# Installs what examples/notebook/analysis.ipynb needs (Jupyter from Debian,
# GoNB v0.11.4 and goimports from examples/notebook/tools) and executes the
# notebook headlessly. Fails if any cell fails.
#
#   scripts/notebook.sh            # install if needed, then execute
#   NOTEBOOK_OUT=/tmp/x.ipynb scripts/notebook.sh
#
# The executed notebook is written to $NOTEBOOK_OUT (default
# /tmp/actorgraph-analysis.ipynb). GoNB's cells run in a temporary module;
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
step "done"
