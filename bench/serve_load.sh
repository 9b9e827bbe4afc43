#!/bin/sh
# Issue 16 benchmark: `claimtrack serve` under load while `claimtrack ingest`
# writes the same database.
#
# Usage: bench/serve_load.sh [BUILD_DIR] [REQUESTS] [THREADS] [ARTICLES]
#   BUILD_DIR  a configured build (default: build)
#   REQUESTS   HTTP requests in all (default: 20000), from THREADS client threads (default: 8)
#   ARTICLES   generated articles in the database before the run (default: 300); as many
#              again are ingested during the load
# Needs CLAIMTRACK_GAZETTEER (index file; built by `claimtrack gazetteer build`).
#
# Prints requests/s and latency percentiles (bench/serve_load.cpp), then checks
# that the ingest running at the same time lost nothing: the served database
# must hold exactly the articles and claims of a reference database that
# ingested the same files without a server. Reference figure in the same run:
# answers per second of `claimtrack stats --json` run as one process per answer.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
requests=${2:-20000}
threads=${3:-8}
articles=${4:-300}
: "${CLAIMTRACK_GAZETTEER:?set CLAIMTRACK_GAZETTEER to the gazetteer index file}"

cmake --build "$build" --target claimtrack serve_load >/dev/null
bin=$build/src/cli/claimtrack
load=$build/bench/serve_load
work=$(mktemp -d)
server=""
ingest=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    [ -n "$ingest" ] && kill "$ingest" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

python3 "$here/bench/gen_articles.py" --count "$articles" --seed 1 --jsonl "$work/before.jsonl"
python3 "$here/bench/gen_articles.py" --count "$articles" --seed 2 --jsonl "$work/during.jsonl"
"$bin" ingest -q "$work/before.jsonl" --db "$work/served.db"

"$bin" serve -q --db "$work/served.db" --listen 127.0.0.1:0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
i=0
until grep -q "listening on" "$work/serve.out" 2>/dev/null; do
    i=$((i + 1))
    [ $i -lt 300 ] || { echo "serve did not start: $(cat "$work/serve.err")" >&2; exit 1; }
    sleep 0.1
done
port=$(sed -n 's|listening on http://127.0.0.1:\([0-9]*\)/|\1|p' "$work/serve.out")

# The request mix: the state on 60 dates, pages of claims, state pages of
# /api/claims, timelines of 60 places, conflicts and stats.
first=$(sqlite3 "$work/served.db" "SELECT min(known_on) FROM claims")
{
    sqlite3 "$work/served.db" "WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 59)
        SELECT '/api/state?as_of=' || date('$first', '+' || (n * 7) || ' days') FROM d;
        WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 59)
        SELECT '/api/claims?limit=100&cursor=' || (n * 100) FROM d;
        WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 29)
        SELECT '/api/claims?limit=500&as_of=' || date('$first', '+' || (n * 14) || ' days') FROM d;
        SELECT '/api/places/' || place_id || '/timeline' FROM claims WHERE place_id IS NOT NULL
        GROUP BY place_id ORDER BY count(*) DESC LIMIT 60;"
    echo "/api/conflicts"
    echo "/api/stats"
} >"$work/paths.txt"

echo "serve load: $(wc -l <"$work/paths.txt") distinct paths; database $(sqlite3 "$work/served.db" "SELECT count(*) FROM articles") articles, $(sqlite3 "$work/served.db" "SELECT count(*) FROM claims") claims; ingesting $articles more during the run"
"$bin" ingest -q "$work/during.jsonl" --db "$work/served.db" --batch 50 &
ingest=$!
"$load" --port "$port" --paths "$work/paths.txt" --requests "$requests" --threads "$threads"
status=$?
wait "$ingest"
ingest_status=$?
ingest=""
[ $status -eq 0 ] || { echo "FAIL: some requests failed" >&2; exit 1; }
[ $ingest_status -eq 0 ] || { echo "FAIL: the ingest beside the server failed" >&2; exit 1; }

# Nothing lost: the same files ingested without a server give the same database content.
"$bin" ingest -q "$work/before.jsonl" --db "$work/reference.db"
"$bin" ingest -q "$work/during.jsonl" --db "$work/reference.db"
count() { sqlite3 "$1" "SELECT (SELECT count(*) FROM articles) || ' articles, ' || (SELECT count(*) FROM claims) || ' claims, ' || (SELECT count(DISTINCT content_hash) FROM articles) || ' texts'"; }
served=$(count "$work/served.db")
reference=$(count "$work/reference.db")
echo "after the run: served database $served; reference $reference"
[ "$served" = "$reference" ] || { echo "FAIL: the ingest beside the server lost or changed something" >&2; exit 1; }
"$bin" db check -q --db "$work/served.db"
api=$(curl -s "http://127.0.0.1:$port/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
[ "$api" = "$(sqlite3 "$work/served.db" "SELECT count(*) FROM articles")" ] ||
    { echo "FAIL: /api/stats does not see the ingested articles" >&2; exit 1; }
echo "ok: the ingest during the load lost nothing, and the server sees all of it ($api articles)"

# Reference: one process per answer.
n=200
t0=$(date +%s.%N)
j=0
while [ $j -lt $n ]; do "$bin" stats --json --db "$work/served.db" >/dev/null; j=$((j + 1)); done
t1=$(date +%s.%N)
echo "$t0 $t1" | awk -v n=$n '{ printf "reference: claimtrack stats --json, one process per answer: %.0f answers/s\n", n / ($2 - $1) }'
