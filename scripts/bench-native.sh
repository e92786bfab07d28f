#!/usr/bin/env bash
# bench-native.sh times native Graphviz (dot -K<layout> -Tsvg) on the random graphs that
# render's BenchmarkLayouts lays out with go-graphviz, and prints the median and best of
# RUNS runs per case, in milliseconds. Usage: scripts/bench-native.sh [RUNS] (default 5).
# LAYOUTS and ACTORS override the cases, e.g. LAYOUTS="dot sfdp" ACTORS="50 200".
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
layouts=${LAYOUTS:-dot neato sfdp}
actors=${ACTORS:-50 200 1000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/benchdot" ./scripts/benchdot
dot -V 2>&1
printf '%-6s %6s %6s %10s %10s\n' layout actors edges median_ms best_ms
for l in $layouts; do
	for n in $actors; do
		f=$tmp/$l-$n.dot
		"$tmp/benchdot" -layout "$l" -actors "$n" >"$f"
		edges=$(grep -c -- ' -- ' "$f" || true)
		ms=()
		for _ in $(seq "$runs"); do
			t0=$(date +%s%N)
			dot -K"$l" -Tsvg "$f" >/dev/null
			t1=$(date +%s%N)
			ms+=($(((t1 - t0) / 1000000)))
		done
		sorted=($(printf '%s\n' "${ms[@]}" | sort -n))
		printf '%-6s %6d %6d %10d %10d\n' "$l" "$n" "$edges" "${sorted[$((runs / 2))]}" "${sorted[0]}"
	done
done
