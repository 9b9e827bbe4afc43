#!/usr/bin/env bash
# Scores the development corpus and the held-out check corpus side by side,
# per language: summary lines only (check texts are never shown).
# Usage: scripts/score-all.sh   (BUILD_DIR as for scripts/score-dev.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${CLAIMTRACK_SHARED:-$ROOT/../shared}
for set in dev check; do
    echo "## $set"
    CLAIMTRACK_DEV_CORPUS="$SHARED/corpus/$set" bash "$ROOT/scripts/score-dev.sh"
done
