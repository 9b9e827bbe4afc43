#!/usr/bin/env bash
# Benchmark of vector export (issue 6 targets: 1,000,000 claims to GeoPackage
# <= 15 s, to GeoJSON <= 20 s). Writes a synthetic database of N claims over
# 30,000 places, then times `claimtrack export` per format and prints figures.
#
#   bash bench/export_bench.sh [BUILD_DIR]        (default: build)
#   env: CLAIMS=1000000 PLACES=30000 FORMATS="GPKG GeoJSON FlatGeobuf"
#        CLAIMTRACK_GAZETTEER=<index> or CLAIMTRACK_GEONAMES=<dump dir>  KEEP=1
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=$(cd "${1:-$ROOT/build}" && pwd)
CLAIMS=${CLAIMS:-1000000}
PLACES=${PLACES:-30000}
FORMATS=${FORMATS:-GPKG GeoJSON FlatGeobuf}
BIN=$BUILD_DIR/src/cli/claimtrack

die() { echo "export_bench: $*" >&2; exit 1; }
[ -x "$BIN" ] || die "no $BIN: build first"
command -v sqlite3 >/dev/null || die "sqlite3 missing: apt-get install sqlite3"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/export_bench.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$TMP"' EXIT
ms() { date +%s%3N; }

if [ -z "${CLAIMTRACK_GAZETTEER:-}" ]; then
    [ -n "${CLAIMTRACK_GEONAMES:-}" ] || die "set CLAIMTRACK_GAZETTEER or CLAIMTRACK_GEONAMES"
    export CLAIMTRACK_GAZETTEER=$TMP/gazetteer.ctg
    "$BIN" gazetteer build --out "$CLAIMTRACK_GAZETTEER" >/dev/null
fi

# One real ingest creates the schema and an extraction run to hang claims on.
DB=$TMP/bench.db
mkdir -p "$TMP/seed"
cat >"$TMP/seed/seed.txt" <<'EOF'
published: 2023-06-12

Ukrainian forces recaptured Neskuchne, the defence ministry said on Monday.
EOF
"$BIN" ingest "$TMP/seed" --db "$DB" --quiet

t=$(ms)
sqlite3 "$DB" >/dev/null <<EOF
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE seq AS
  WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i + 1 < $CLAIMS) SELECT i FROM s;
INSERT INTO places(id, name, name_local, kind, feature_code, country, lon, lat, admin1, admin2, population)
SELECT 990000000 + i, 'Synthplace ' || i, NULL, 'settlement', 'PPL', 'UA',
       22.5 + (i % 200) * 0.0875, 44.6 + (i / 200) * 0.05, 'Oblast ' || (i % 24), 'Raion ' || (i % 130), 100
FROM seq WHERE i < $PLACES;
INSERT INTO claims(run_id, change, by_side, place_id, region_id, surface, verb, claimant, claimant_side, status,
                   stated_on, event_from, event_to, time_precision, known_on, evidence_start, evidence_end,
                   evidence, confidence, background, negated, area_km2)
SELECT (SELECT max(id) FROM extraction_runs),
       CASE i % 3 WHEN 0 THEN 'captured' WHEN 1 THEN 'liberated' ELSE 'contested' END,
       CASE i % 3 WHEN 0 THEN 'RU' WHEN 1 THEN 'UA' ELSE NULL END,
       990000000 + (i % $PLACES), NULL, 'Synthplace ' || (i % $PLACES), 'took control of',
       CASE i % 2 WHEN 0 THEN 'the defence ministry' ELSE 'the general staff' END,
       CASE i % 2 WHEN 0 THEN 'RU' ELSE 'UA' END, 'claimed',
       date('2022-02-24', '+' || (i % 1042) || ' days'), NULL, NULL, 'day',
       date('2022-02-24', '+' || (i % 1042) || ' days'), 0, 10,
       'Synthetic claim ' || i || ': forces took control of the village after fighting, a spokesman said.',
       0.8, 0, 0, NULL
FROM seq;
COMMIT;
EOF
echo "generated $CLAIMS claims over $PLACES places in $(( $(ms) - t )) ms"

for f in $FORMATS; do
    out=$TMP/claims.$f
    t=$(ms)
    "$BIN" export --format "$f" --out "$out" --db "$DB" --quiet >/dev/null 2>&1 ||
        "$BIN" export --format "$f" --out "$out" --db "$DB" --force
    took=$(( $(ms) - t ))
    size=$(du -sb "$out" | cut -f1)
    awk -v f="$f" -v ms="$took" -v b="$size" -v n="$CLAIMS" 'BEGIN { printf "%-11s %8d ms  %6.1f MB  (%d claims)\n", f, ms, b / 1048576, n }'
done
