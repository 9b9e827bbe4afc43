#!/usr/bin/env bash
# The main job: build if needed, build the gazetteer index, ingest the bundled
# example articles into out/claims.db, export out/claims.geojson and the
# offline map page out/map.html.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_packages
build
ensure_geonames
OUT=${OUT:-$ROOT/out}
mkdir -p "$OUT"
export CLAIMTRACK_GAZETTEER=${CLAIMTRACK_GAZETTEER:-$BUILD_DIR/gazetteer.ctg}
CT="$BUILD_DIR/src/cli/claimtrack"
# Oblast outlines for region polygons and the map's base layer.
default_boundaries
[ -f "$CLAIMTRACK_GAZETTEER" ] || "$CT" gazetteer build --geonames "$CLAIMTRACK_GEONAMES" --out "$CLAIMTRACK_GAZETTEER"
"$CT" ingest "$ROOT/examples" --db "$OUT/claims.db"
"$CT" export --format GeoJSON --out "$OUT/claims.geojson" --db "$OUT/claims.db" --force
"$CT" map --out "$OUT/map.html" --db "$OUT/claims.db" --force
say "done: database $OUT/claims.db, map layer $OUT/claims.geojson, map page $OUT/map.html"
