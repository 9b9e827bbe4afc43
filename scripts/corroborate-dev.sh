#!/usr/bin/env bash
# The development corpus held against the DeepStateMap weekly layers: ingests
# ../shared/corpus/dev (read at run time, never copied) into a fresh database,
# imports the layers, runs `claimtrack corroborate`, and checks that
# `claimants --json` gives per-claimant counts that add up to the claims with
# verdicts (and each row's verdicts to its claims). Prints the figures.
#
#   bash scripts/corroborate-dev.sh            (after a build; exit 1 on a mismatch)
#   env: BUILD_DIR, CLAIMTRACK_DEV_CORPUS, CLAIMTRACK_TEST_FRONT, CLAIMTRACK_GEONAMES, KEEP=1
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
CORPUS=${CLAIMTRACK_DEV_CORPUS:-$ROOT/../shared/corpus/dev}
FRONT=${CLAIMTRACK_TEST_FRONT:-$ROOT/../shared/geodata-raw/deepstate-occupied-weekly}
export CLAIMTRACK_GEONAMES=${CLAIMTRACK_GEONAMES:-$ROOT/../shared/geodata-raw/geonames-ua}
export CLAIMTRACK_GAZETTEER=${CLAIMTRACK_GAZETTEER:-$BUILD_DIR/gazetteer-front.ctg}
BIN=$BUILD_DIR/src/cli/claimtrack
die() { echo "corroborate-dev: $*" >&2; exit 1; }
[ -x "$BIN" ] || die "no binary at $BIN: build first"
[ -d "$CORPUS" ] || die "no development corpus at $CORPUS (set CLAIMTRACK_DEV_CORPUS)"
[ -d "$FRONT" ] || die "no control layers at $FRONT (set CLAIMTRACK_TEST_FRONT)"
command -v python3 >/dev/null || die "python3 missing"
if [ ! -f "$CLAIMTRACK_GAZETTEER" ]; then
    "$BIN" gazetteer build --out "$CLAIMTRACK_GAZETTEER" --front "$FRONT" >&2
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/corroborate_dev.XXXXXX")
[ -n "${KEEP:-}" ] && echo "keeping $TMP" >&2 || trap 'rm -rf "$TMP"' EXIT
DB=$TMP/dev.db
"$BIN" ingest "$CORPUS" --db "$DB" --quiet
"$BIN" control import "$FRONT" --db "$DB" --quiet
"$BIN" corroborate --db "$DB" --json >"$TMP/verdicts.json"
"$BIN" claimants --db "$DB" --json --quiet >"$TMP/claimants.json"
"$BIN" claimants --db "$DB" --quiet
python3 - "$TMP/verdicts.json" "$TMP/claimants.json" <<'PY'
import json, sys
verdicts = json.load(open(sys.argv[1]))
table = json.load(open(sys.argv[2]))
kinds = ["corroborated", "contradicted", "premature", "pending", "not_applicable"]
bad = []
total = sum(c["claims"] for c in table["claimants"])
if total != table["verdicts"]:
    bad.append(f"claimants add up to {total}, not {table['verdicts']} claims with verdicts")
if table["verdicts"] != len(verdicts["verdicts"]):
    bad.append(f"{table['verdicts']} verdicts in the table, {len(verdicts['verdicts'])} from corroborate")
for c in table["claimants"] + table["sides"]:
    if sum(c[k] for k in kinds) != c["claims"]:
        bad.append(f"{c.get('claimant', 'side ' + str(c['side']))}: verdicts do not add up to {c['claims']}")
for k in kinds:
    a = sum(c[k] for c in table["claimants"])
    b = sum(1 for v in verdicts["verdicts"] if v["verdict"] == k)
    if a != b:
        bad.append(f"{k}: {a} in the table, {b} from corroborate")
counts = ", ".join(f"{k} {verdicts['counts'].get(k, 0)}" for k in kinds)
print(f"dev corpus: {len(verdicts['verdicts'])} claims with verdicts ({counts}); "
      f"{len(table['claimants'])} claimants, whose counts add up to {total}")
if bad:
    print("MISMATCH: " + "; ".join(bad))
    sys.exit(1)
print("ok: per-claimant counts add up to the claims with verdicts")
PY
