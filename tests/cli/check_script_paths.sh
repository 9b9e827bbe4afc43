#!/usr/bin/env bash
# scripts/common.sh makes relative CLAIMTRACK_* paths absolute before any script
# changes directory (issue 13: ctest runs in build/, where "../shared/..." meant nothing).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data/geonames" "$work/data/front" "$work/run"
cd "$work/run"
out=$(CLAIMTRACK_GEONAMES=../data/geonames CLAIMTRACK_TEST_FRONT=../data/front CLAIMTRACK_BOUNDARIES=a.geojson:/abs/b.geojson \
      CLAIMTRACK_DB=claims.db bash -c 'source "$1/scripts/common.sh"; cd /;
      echo "$CLAIMTRACK_GEONAMES|$CLAIMTRACK_TEST_FRONT|$CLAIMTRACK_BOUNDARIES|$CLAIMTRACK_DB"' _ "$root")
expected="$work/run/../data/geonames|$work/run/../data/front|$work/run/a.geojson:/abs/b.geojson|$work/run/claims.db"
if [ "$out" != "$expected" ]; then
    echo "expected: $expected" >&2
    echo "got:      $out" >&2
    exit 1
fi
# The paths resolve from elsewhere too.
IFS='|' read -r geonames front _ <<< "$out"
cd / && [ -d "$geonames" ] && [ -d "$front" ]
echo "relative paths made absolute: $out"
