#!/usr/bin/env bash
# Scores `claimtrack extract --json` on the development corpus in ../shared,
# per language and overall. Usage: scripts/score-dev.sh [--verbose] [--lang en]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
CORPUS=${CLAIMTRACK_DEV_CORPUS:-$ROOT/../shared/corpus/dev}
SCORE=${CLAIMTRACK_SCORE:-$ROOT/../shared/tools/score}
export CLAIMTRACK_GEONAMES=${CLAIMTRACK_GEONAMES:-$ROOT/../shared/geodata-raw/geonames-ua}
# The front-line prior: DeepState's weekly occupied-territory layers from ../shared unless
# CLAIMTRACK_FRONT says otherwise (CLAIMTRACK_FRONT= , empty, scores without them). They are
# stored in a gazetteer index of their own at build time, so extract does not read them per article.
if [ -z "${CLAIMTRACK_FRONT+set}" ] && [ -d "$ROOT/../shared/geodata-raw/deepstate-occupied-weekly" ]; then
    CLAIMTRACK_FRONT=$(cd "$ROOT/../shared/geodata-raw/deepstate-occupied-weekly" && pwd)
fi
FRONT=${CLAIMTRACK_FRONT:-}
unset CLAIMTRACK_FRONT
if [ -n "$FRONT" ]; then
    export CLAIMTRACK_GAZETTEER=${CLAIMTRACK_GAZETTEER:-$BUILD_DIR/gazetteer-front.ctg}
else
    export CLAIMTRACK_GAZETTEER=${CLAIMTRACK_GAZETTEER:-$BUILD_DIR/gazetteer.ctg}
fi
BIN="$BUILD_DIR/src/cli/claimtrack"
[ -x "$BIN" ] || { echo "no binary at $BIN: build first (scripts/test.sh or cmake --build)" >&2; exit 1; }
# (Re)build the index when it is missing, of another index version, or older than a
# geodata/ table it stores (ranking weights, inflection tables; not geodata/lexicon/, which the
# extractor reads at run time). The probe runs without a
# GeoNames dump so that an index of another version makes it fail instead of being rebuilt
# by claimtrack itself, which would not know the front-line layers and leave them out.
if [ ! -f "$CLAIMTRACK_GAZETTEER" ] || ! env -u CLAIMTRACK_GEONAMES "$BIN" geocode Kyiv --limit 1 >/dev/null 2>&1 ||
   [ -n "$(find "$ROOT/geodata" -path "$ROOT/geodata/lexicon" -prune -o -type f -newer "$CLAIMTRACK_GAZETTEER" -print -quit)" ]; then
    "$BIN" gazetteer build --out "$CLAIMTRACK_GAZETTEER" ${FRONT:+--front "$FRONT"} >&2
fi
if [ $# -gt 0 ]; then
    exec "$SCORE" --gold "$CORPUS" --articles "$CORPUS" --cmd "$BIN extract --json {file}" "$@"
fi
for lang in en uk ru en,uk,ru; do
    printf '%-9s ' "$lang"
    "$SCORE" --gold "$CORPUS" --articles "$CORPUS" --cmd "$BIN extract --json {file}" --lang "$lang" | tail -n 1
done
