#!/usr/bin/env bash
# Benchmark of `claimtrack corroborate` (issue 12: 100,000 claims against 75
# snapshots in seconds, not minutes). Imports the control layers into a fresh
# database (which creates it), writes N synthetic claims (captures by RU,
# liberations by UA, dated 2024-07 .. 2025-12) about P places scattered over
# the east and south of Ukraine (by default one place per claim: no point is
# tested twice), and times `corroborate` (first run: every verdict written;
# second run: none changes) beside a reference in the same script: sqlite3
# reading the same claims with their places.
#
#   bash bench/corroborate_bench.sh [BUILD_DIR]        (default: build)
#   env: CLAIMS=100000 PLACES=$CLAIMS FRONT=<layers dir> KEEP=1
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=$(cd "${1:-$ROOT/build}" && pwd)
CLAIMS=${CLAIMS:-100000}
PLACES=${PLACES:-$CLAIMS}
FRONT=${FRONT:-${CLAIMTRACK_TEST_FRONT:-$ROOT/../shared/geodata-raw/deepstate-occupied-weekly}}
BIN=$BUILD_DIR/src/cli/claimtrack

die() { echo "corroborate_bench: $*" >&2; exit 1; }
[ -x "$BIN" ] || die "no $BIN: build first"
[ -d "$FRONT" ] || die "no control layers at $FRONT: set FRONT or CLAIMTRACK_TEST_FRONT"
command -v sqlite3 >/dev/null || die "sqlite3 missing: apt-get install sqlite3"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/corroborate_bench.XXXXXX")
if [ -n "${KEEP:-}" ]; then echo "keeping $TMP" >&2; else trap 'rm -rf "$TMP"' EXIT; fi
ms() { date +%s%3N; }

DB=$TMP/bench.db
"$BIN" control import "$FRONT" --db "$DB" --quiet
t=$(ms)
sqlite3 "$DB" >/dev/null <<SQL
PRAGMA synchronous = OFF;
BEGIN;
INSERT INTO articles(content_hash, text, ingested_at) VALUES ('bench', 'synthetic', '2026-01-01T00:00:00Z');
INSERT INTO extraction_runs(article_id, extractor_version, recorded_at) VALUES (1, 'bench', '2026-01-01T00:00:00Z');
CREATE TEMP TABLE seq AS
  WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i + 1 < max($CLAIMS, $PLACES)) SELECT i FROM s;
-- A scatter over 33-40 E, 46-50 N: both sides of the front.
INSERT INTO places(id, name, kind, feature_code, country, lon, lat, admin1, population)
SELECT 990000000 + i, 'Synthplace ' || i, 'settlement', 'PPL', 'UA',
       33.0 + ((i * 7919) % 100000) * 0.00007, 46.0 + ((i * 104729) % 100000) * 0.00004, 'Donetsk', 100
FROM seq WHERE i < $PLACES;
INSERT INTO claims(run_id, change, by_side, place_id, surface, verb, claimant, claimant_side, status, stated_on,
                   time_precision, known_on, evidence_start, evidence_end, evidence, confidence, background, negated)
SELECT 1, CASE i % 2 WHEN 0 THEN 'captured' ELSE 'liberated' END, CASE i % 2 WHEN 0 THEN 'RU' ELSE 'UA' END,
       990000000 + (i % $PLACES), 'Synthplace', 'took',
       CASE i % 2 WHEN 0 THEN 'the defence ministry' ELSE 'the general staff' END,
       CASE i % 2 WHEN 0 THEN 'RU' ELSE 'UA' END, 'claimed',
       date('2024-07-01', '+' || (i % 530) || ' days'), 'day', date('2024-07-01', '+' || (i % 530) || ' days'),
       0, 9, 'synthetic', 0.8, 0, 0
FROM seq WHERE i < $CLAIMS;
COMMIT;
SQL
echo "generated $CLAIMS claims over $PLACES places in $(( $(ms) - t )) ms;" \
     "$(sqlite3 "$DB" 'SELECT count(*) FROM control_snapshots') control snapshots"

# Reference: the same claims and places read by sqlite3 (twice: the first warms the cache).
# Each figure is wall-clock and CPU (user + system) seconds: on a shared machine the CPU
# time is the steadier one.
REF="SELECT c.id, c.change, c.by_side, c.known_on, p.lon, p.lat FROM claims c JOIN places p ON p.id = c.place_id"
TIMEFORMAT='%R %U %S'
timed() { # timed OUT_FILE ERR_FILE CMD... -> "wall cpu" on stdout
    local out=$1 err=$2; shift 2
    { time "$@" >"$out" 2>"$err"; } 2>"$TMP/time.txt"
    awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$TMP/time.txt"
}
sqlite3 "$DB" "$REF" >/dev/null
ref=$(timed /dev/null /dev/null sqlite3 "$DB" "$REF")
first=$(timed "$TMP/first.txt" "$TMP/first.err" "$BIN" corroborate --db "$DB")
second=$(timed "$TMP/second.txt" "$TMP/second.err" "$BIN" corroborate --db "$DB")
report() { read -r wall cpu <<<"$2"; printf '%-72s %6.2f s wall, %6.2f s CPU\n' "$1" "$wall" "$cpu"; }
report "reference: sqlite3 reads the $CLAIMS claims with their places" "$ref"
report "corroborate, first run ($CLAIMS claims, $PLACES places, verdicts written)" "$first"
report "corroborate, second run (no verdict changes)" "$second"
tr '\n' ' ' <"$TMP/first.txt"; echo
sed 's/^/  /' "$TMP/first.err" "$TMP/second.err"
