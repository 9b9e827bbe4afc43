#!/usr/bin/env bash
# PostgreSQL/PostGIS next to SQLite: timeline, state and conflicts on the
# same store of CLAIMS claims (default 1,000,000), through the real binary.
#   CLAIMS=1000000 bash bench/pg_store.sh [BUILD_DIR]
# Builds the SQLite store with the store benchmark's generator (test_store
# "[bench]", tests/store/bench_store.cpp: 30,000 places, 5 claims per
# article), copies it into a throwaway PostgreSQL cluster (the tests' fixture
# script, tests/support/pg_cluster.sh: a temporary directory, a Unix socket,
# stopped at the end) with `claimtrack db copy`, then runs each query
# RUNS times (default 5) on both, alternately, and prints the median wall
# time of each. Reference runs beside them: count(*) of the claims table with
# sqlite3 and psql (the floor of a full scan on each engine).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
CLAIMS=${CLAIMS:-1000000}
RUNS=${RUNS:-5}
BIN=$BUILD/src/cli/claimtrack
TEST_STORE=$BUILD/tests/store/test_store
[ -x "$BIN" ] && [ -x "$TEST_STORE" ] || { echo "build claimtrack and test_store in $BUILD first" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql missing (Debian postgresql-client)" >&2; exit 1; }

work=$(mktemp -d /tmp/claimtrack-pgbench.XXXXXX)
cleanup() { bash "$ROOT/tests/support/pg_cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

echo "== building an SQLite store of $CLAIMS claims (test_store [bench])"
CLAIMTRACK_BENCH_CLAIMS=$CLAIMS CLAIMTRACK_BENCH_DB=$work/bench.db "$TEST_STORE" "[bench]" | grep -E "store benchmark|record" || true
bash "$ROOT/tests/support/pg_cluster.sh" start "$work/pg" >/dev/null
ADMIN="$(cat "$work/pg/conninfo")"
psql -X -q "$ADMIN dbname=postgres" -c "CREATE DATABASE bench TEMPLATE template_postgis"
PG="$ADMIN dbname=bench"
echo "== copying it into PostgreSQL (claimtrack db copy)"
t0=$(date +%s.%N)
"$BIN" db copy --from "$work/bench.db" --to "$PG" -q
t1=$(date +%s.%N)
printf 'db copy: %.1f s; SQLite file %s MB, PostgreSQL database %s MB\n' "$(echo "$t1 - $t0" | bc -l)" \
    "$(( $(stat -c %s "$work/bench.db") / 1000000 ))" \
    "$(psql -X -At "$PG" -c "SELECT pg_database_size('bench') / 1000000")"

# Median wall time in ms of RUNS runs of a command.
median_ms() {
    local times=() i t0 t1
    for ((i = 0; i < RUNS; i++)); do
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

place=$(sqlite3 "$work/bench.db" "SELECT name FROM places ORDER BY id LIMIT 1 OFFSET 12345")
as_of=2023-10-01
printf '\n%-44s %12s %12s\n' "query ($CLAIMS claims, median of $RUNS)" "SQLite ms" "PostgreSQL ms"
row() {
    local label=$1; shift
    local a b
    a=$(median_ms "$BIN" "$@" --db "$work/bench.db")
    b=$(median_ms "$BIN" "$@" --db "$PG")
    printf '%-44s %12s %12s\n' "$label" "$a" "$b"
}
row "timeline '$place' --json" timeline "$place" --json
row "state --as-of $as_of --json" state --as-of "$as_of" --json
row "state --as-of $as_of --claimant-side UA --json" state --as-of "$as_of" --claimant-side UA --json
row "conflicts --json" conflicts --json
row "stats --json" stats --json
printf '%-44s %12s %12s\n' "reference: SELECT count(*) FROM claims" \
    "$(median_ms sqlite3 "$work/bench.db" "SELECT count(*) FROM claims")" \
    "$(median_ms psql -X -At "$PG" -c "SELECT count(*) FROM claims")"
printf '\nrows: state %s / %s, conflicts %s / %s (SQLite / PostgreSQL)\n' \
    "$("$BIN" state --as-of "$as_of" --json --db "$work/bench.db" | grep -c '"claimant_side"')" \
    "$("$BIN" state --as-of "$as_of" --json --db "$PG" | grep -c '"claimant_side"')" \
    "$("$BIN" conflicts --json --db "$work/bench.db" | grep -c '"kind"')" \
    "$("$BIN" conflicts --json --db "$PG" | grep -c '"kind"')"
