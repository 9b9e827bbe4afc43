#!/usr/bin/env bash
# Issue 13 benchmark: maximum resident memory of `claimtrack ingest` on oversized
# inputs generated from the project's sentence templates (bench/gen_large.py):
# one article of ARTICLE_MB megabytes, one JSON Lines line of LINE_MB megabytes,
# a JSON Lines file of LINES short articles (`extract --jsonl`, 1 and 2 jobs: the
# file is read a batch at a time, never whole), and a feed that references one
# large internal XML entity 3,000 times. Beside
# each, a reference run on the same file: sqlite3 storing the file whole
# (readfile()) and grep -c reading it.
#
# Usage: bench/memory_bench.sh [BUILD_DIR] [ARTICLE_MB] [LINE_MB] [LINES]   (defaults: build 200 50 200000)
# Needs CLAIMTRACK_GAZETTEER (an index built by `claimtrack gazetteer build`).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
article_mb=${2:-200}
line_mb=${3:-50}
lines=${4:-200000}
: "${CLAIMTRACK_GAZETTEER:?set CLAIMTRACK_GAZETTEER to the gazetteer index file}"
cmake --build "$build" --target claimtrack >/dev/null
bin=$build/src/cli/claimtrack
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$here/bench/gen_large.py" article "$work/article.txt" "$article_mb"
python3 "$here/bench/gen_large.py" jsonl-line "$work/line.jsonl" "$line_mb"
python3 "$here/bench/gen_large.py" jsonl-lines "$work/lines.jsonl" "$lines"
python3 "$here/bench/gen_large.py" entity-feed "$work/entity.rss" 3000

# measure LABEL CMD...: prints "LABEL: max RSS MB, wall s, exit status".
measure() {
    local label=$1
    shift
    local rc=0
    /usr/bin/time -f "%M %e" -o "$work/time" "$@" >/dev/null 2>"$work/err" || rc=$?
    read -r kb secs < <(tail -n 1 "$work/time")
    printf '%-44s %7.0f MB %8.1f s  exit %d\n' "$label" "$((kb / 1024))" "$secs" "$rc"
}

for input in article.txt line.jsonl; do
    size=$(( $(wc -c < "$work/$input") / 1000000 ))
    measure "ingest $input ($size MB)" "$bin" ingest "$work/$input" --db "$work/$input.db" -q
    measure "  reference: sqlite3 readfile() ($size MB)" sqlite3 "$work/ref-$input.db" \
        "CREATE TABLE t(x); INSERT INTO t VALUES (readfile('$work/$input'));"
    measure "  reference: grep -c captured ($size MB)" grep -c captured "$work/$input"
done
size=$(( $(wc -c < "$work/lines.jsonl") / 1000000 ))
for jobs in 1 2; do
    measure "extract --jsonl --jobs $jobs lines.jsonl ($lines lines, $size MB)" "$bin" extract --jsonl --jobs "$jobs" -q "$work/lines.jsonl"
done
measure "  reference: grep -c captured ($size MB)" grep -c captured "$work/lines.jsonl"
measure "ingest entity.rss ($(( $(wc -c < "$work/entity.rss") / 1000 )) KB, 3000 refs)" \
    "$bin" ingest "$work/entity.rss" --db "$work/entity.db"
sed 's/^/    /' "$work/err"
