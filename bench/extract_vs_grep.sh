#!/bin/sh
# Issue 4 benchmark: claimtrack's geoparse+extract against `grep -F -o -f` with
# every gazetteer name, over the same text, side by side, on one core.
#
# Usage: bench/extract_vs_grep.sh [BUILD_DIR] [ARTICLES_DIR] [MEGABYTES]
#   BUILD_DIR     a configured build with the extract_bench target (default: build)
#   ARTICLES_DIR  *.txt articles to repeat into the corpus (default: examples/)
#   MEGABYTES     corpus size (default: 20)
# Needs CLAIMTRACK_GEONAMES (GeoNames dump dir, for the name list) and
# CLAIMTRACK_GAZETTEER (index file; built by `claimtrack gazetteer build`).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
articles=${2:-$here/examples}
megabytes=${3:-20}
: "${CLAIMTRACK_GEONAMES:?set CLAIMTRACK_GEONAMES to the GeoNames dump directory}"
: "${CLAIMTRACK_GAZETTEER:?set CLAIMTRACK_GAZETTEER to the gazetteer index file}"

cmake --build "$build" --target extract_bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Corpus: article bodies (header block dropped), repeated to the requested size.
for f in "$articles"/*.txt; do
    awk 'body { print } /^$/ && !body { body = 1 }' "$f"
done > "$work/one.txt"
[ -s "$work/one.txt" ] || { echo "no article text under $articles" >&2; exit 1; }
target=$((megabytes * 1000000))
: > "$work/corpus.txt"
while [ "$(wc -c < "$work/corpus.txt")" -lt "$target" ]; do
    cat "$work/one.txt" >> "$work/corpus.txt"
done
bytes=$(wc -c < "$work/corpus.txt")

# Names: GeoNames name, ASCII name and alternate names of every entry, 3+ bytes.
for dump in "$CLAIMTRACK_GEONAMES"/*.txt; do
    case "$(basename "$dump")" in admin*|*readme*) continue ;; esac
    awk -F'\t' 'NF >= 4 { print $2; print $3; n = split($4, a, ","); for (i = 1; i <= n; i++) print a[i] }' "$dump"
done | awk 'length($0) >= 3' | sort -u > "$work/names.txt"

echo "corpus: $bytes bytes; names: $(wc -l < "$work/names.txt")"

start=$(date +%s.%N)
LC_ALL=C taskset -c 0 grep -F -o -f "$work/names.txt" "$work/corpus.txt" > "$work/grep.out" || true
end=$(date +%s.%N)
grep_s=$(echo "$end - $start" | bc -l)
echo "grep -F -o -f     ${grep_s} s  $(echo "$bytes / 1000000 / $grep_s" | bc -l | cut -c1-6) MB/s  ($(wc -l < "$work/grep.out") matches)"

taskset -c 0 "$build/bench/extract_bench" "$work/corpus.txt" --gazetteer "$CLAIMTRACK_GAZETTEER" \
    --geodata "$here/geodata"
