#!/bin/sh
# Issue 5 benchmark: `claimtrack ingest` end to end (read, geoparse, extract,
# record in batches) on generated articles, pinned to one core (--jobs 1: one
# worker and the writer; bench/end_to_end.sh measures every core).
#
# Usage: bench/ingest_bench.sh [BUILD_DIR] [ARTICLES] [PARAGRAPHS]
#   BUILD_DIR   a configured build with the claimtrack target (default: build)
#   ARTICLES    generated articles, JSON Lines (default: 20000)
#   PARAGRAPHS  paragraphs per article after the lead (default: 4; ~1.1 KB/article)
# Needs CLAIMTRACK_GAZETTEER (index file; built by `claimtrack gazetteer build`).
# Prints wall and CPU rates; the gazetteer load is measured apart (one tiny
# ingest) and reported, not subtracted from the end-to-end figure.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
articles=${2:-20000}
paragraphs=${3:-4}
: "${CLAIMTRACK_GAZETTEER:?set CLAIMTRACK_GAZETTEER to the gazetteer index file}"

cmake --build "$build" --target claimtrack >/dev/null
bin=$(find "$build" -name claimtrack -type f -perm -u+x | head -n 1)
[ -n "$bin" ] || { echo "no claimtrack binary under $build" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"

python3 "$here/bench/gen_articles.py" --count "$articles" --paragraphs "$paragraphs" --jsonl "$work/articles.jsonl"
python3 "$here/bench/gen_articles.py" --count 1 --seed 99 --dir "$work/one"
bytes=$(wc -c < "$work/articles.jsonl")

# timed LABEL CMD...: runs CMD, prints "LABEL wall user sys" (seconds).
timed() {
    label=$1
    shift
    /usr/bin/time -f "$label %e %U %S" -o "$work/time" "$@"
    cat "$work/time"
}

startup=$(timed startup $pin "$bin" ingest "$work/one" --db "$work/startup.db" --quiet --jobs 1)
first=$(timed ingest $pin "$bin" ingest "$work/articles.jsonl" --db "$work/claims.db" --quiet --jobs 1)
again=$(timed again $pin "$bin" ingest "$work/articles.jsonl" --db "$work/claims.db" --quiet --jobs 1)
claims=$(sqlite3 "$work/claims.db" "SELECT count(*) FROM claims")
db_bytes=$(stat -c %s "$work/claims.db")

echo "$startup $first $again" | awk -v n="$articles" -v bytes="$bytes" -v claims="$claims" -v db="$db_bytes" '{
    s_wall = $2; s_cpu = $3 + $4
    wall = $6; cpu = $7 + $8
    a_wall = $10; a_cpu = $11 + $12
    printf "ingest benchmark: %d generated articles (%.1f MB JSON Lines), %d claims, one core\n", n, bytes / 1e6, claims
    printf "  end to end:        %6.0f articles/s wall (%.2f s), %6.0f articles/s per CPU second (%.2f s CPU)\n",
           n / wall, wall, n / cpu, cpu
    printf "  without startup:   %6.0f articles/s wall, %6.0f articles/s per CPU second\n",
           n / (wall - s_wall), n / (cpu - s_cpu)
    printf "  startup (gazetteer load, one article): %.2f s wall, %.2f s CPU\n", s_wall, s_cpu
    printf "  re-ingest (all already known): %6.0f articles/s wall, %.2f s CPU\n", n / a_wall, a_cpu
    printf "  database: %.1f MB (%.0f bytes per article, text included)\n", db / 1e6, db / n
}'
