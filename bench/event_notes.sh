#!/usr/bin/env bash
# Short event-note benchmark (see bench/event_notes.py). Usage:
#   bash bench/event_notes.sh [N] [SEED]         (defaults 400, 11)
# Env: CLAIMTRACK (binary, default build/src/cli/claimtrack), CLAIMTRACK_GAZETTEER (default
# build/gazetteer-front.ctg), CLAIMTRACK_FRONT (default the shared DeepState layers), EVENT_NOTES_DIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
shared=${CLAIMTRACK_SHARED:-$root/../shared}
bin=${CLAIMTRACK:-$root/build/src/cli/claimtrack}
export CLAIMTRACK_GAZETTEER=${CLAIMTRACK_GAZETTEER:-$root/build/gazetteer-front.ctg}
export CLAIMTRACK_FRONT=${CLAIMTRACK_FRONT-$shared/geodata-raw/deepstate-occupied-weekly}
exec python3 "$here/event_notes.py" --n "${1:-400}" --seed "${2:-11}" \
  --geonames "$shared/geodata-raw/geonames-ua" --front "$shared/geodata-raw/deepstate-occupied-weekly" \
  --work "${EVENT_NOTES_DIR:-/tmp/event_notes}" --cmd "$bin extract --jsonl" "${@:3}"
