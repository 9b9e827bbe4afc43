#!/usr/bin/env bash
# Scores `claimtrack extract --json` on the development corpus in ../shared,
# per language and overall. Usage: scripts/score-dev.sh [--verbose] [--lang en]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
CORPUS=${CLAIMTRACK_DEV_CORPUS:-$ROOT/../shared/corpus/dev}
SCORE=${CLAIMTRACK_SCORE:-$ROOT/../shared/tools/score}
export CLAIMTRACK_GEONAMES=${CLAIMTRACK_GEONAMES:-$ROOT/../shared/geodata-raw/geonames-ua}
export CLAIMTRACK_GAZETTEER=${CLAIMTRACK_GAZETTEER:-$BUILD_DIR/gazetteer.ctg}
BIN="$BUILD_DIR/src/cli/claimtrack"
[ -x "$BIN" ] || { echo "no binary at $BIN: build first (scripts/test.sh or cmake --build)" >&2; exit 1; }
[ -f "$CLAIMTRACK_GAZETTEER" ] || "$BIN" gazetteer build --out "$CLAIMTRACK_GAZETTEER" >&2
if [ $# -gt 0 ]; then
    exec "$SCORE" --gold "$CORPUS" --articles "$CORPUS" --cmd "$BIN extract --json {file}" "$@"
fi
for lang in en uk ru en,uk,ru; do
    printf '%-9s ' "$lang"
    "$SCORE" --gold "$CORPUS" --articles "$CORPUS" --cmd "$BIN extract --json {file}" --lang "$lang" | tail -n 1
done
