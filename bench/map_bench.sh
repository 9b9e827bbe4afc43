#!/usr/bin/env bash
# Benchmark of the map page (issue 6, target: a page for 30,000 places opens in
# Chromium in <= 3 s). Writes a synthetic database with N places (default
# 30000) and their claims, runs `claimtrack map`, then opens the page in
# headless Debian chromium through playwright-core and prints timings.
#
#   bash bench/map_bench.sh [BUILD_DIR]      (default: build)
#   env: PLACES=30000 RUNS=3 CLAIMTRACK_GAZETTEER=<index> or CLAIMTRACK_GEONAMES=<dump dir>
#        CLAIMTRACK_BOUNDARIES=<oblast outlines>  CHROMIUM=/usr/bin/chromium  KEEP=1 (keep the temp dir)
#
# Needs: sqlite3, node + npm, chromium (scripts/common.sh installs them), and
# playwright-core, which it installs into BUILD_DIR/tests/browser with `npm ci`
# from tests/browser/package-lock.json when missing.

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=$(cd "${1:-$ROOT/build}" && pwd)
PLACES=${PLACES:-30000}
RUNS=${RUNS:-3}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
BIN=$BUILD_DIR/src/cli/claimtrack
NODE_DIR=$BUILD_DIR/tests/browser

die() { echo "map_bench: $*" >&2; exit 1; }
[ -x "$BIN" ] || die "no $BIN: build first (cmake --build $BUILD_DIR)"
[ -x "$CHROMIUM" ] || die "no chromium at $CHROMIUM: apt-get install chromium"
command -v sqlite3 >/dev/null || die "sqlite3 missing: apt-get install sqlite3"
command -v node >/dev/null || die "node missing: apt-get install nodejs"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/map_bench.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$TMP"' EXIT
ms() { date +%s%3N; }

# playwright-core, as the browser test installs it.
if [ ! -f "$NODE_DIR/node_modules/playwright-core/package.json" ]; then
    mkdir -p "$NODE_DIR"
    cp "$ROOT/tests/browser/package.json" "$ROOT/tests/browser/package-lock.json" "$NODE_DIR/"
    npm ci --prefix "$NODE_DIR" --ignore-scripts --no-audit --no-fund --loglevel=error
fi

# A gazetteer for the one real ingest that creates the database (schema and all).
if [ -z "${CLAIMTRACK_GAZETTEER:-}" ]; then
    if [ -f "$BUILD_DIR/tests/cli/gazetteer-e2e.ctg" ]; then
        export CLAIMTRACK_GAZETTEER=$BUILD_DIR/tests/cli/gazetteer-e2e.ctg
    else
        [ -n "${CLAIMTRACK_GEONAMES:-}" ] || die "set CLAIMTRACK_GAZETTEER or CLAIMTRACK_GEONAMES"
        export CLAIMTRACK_GAZETTEER=$TMP/gazetteer.ctg
        "$BIN" gazetteer build --out "$CLAIMTRACK_GAZETTEER" >/dev/null
    fi
fi

DB=$TMP/bench.db
mkdir -p "$TMP/seed"
cat >"$TMP/seed/seed.txt" <<'EOF'
url: https://example.org/claimtrack/bench-seed
title: Benchmark seed article
source: claimtrack map_bench.sh (synthetic)
published: 2022-10-05

KYIV, Oct 5 - Ukrainian troops liberated Davydiv Brid in the Kherson region, the military said on Wednesday.
EOF
"$BIN" ingest "$TMP/seed" --db "$DB" --quiet >/dev/null 2>&1 || "$BIN" ingest "$TMP/seed" --db "$DB" >/dev/null

# N synthetic places on a jittered grid over Ukraine, each with 1-3 claims on
# dates spread over 2022-02-24 .. 2024-12-31 (about 1,000 distinct dates).
t=$(ms)
sqlite3 "$DB" >/dev/null <<EOF
PRAGMA journal_mode = OFF; -- prints "off"
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE seq AS
  WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i + 1 < $PLACES) SELECT i FROM s;
INSERT INTO places(id, name, name_local, kind, feature_code, country, lon, lat, admin1, admin2, population)
SELECT 990000000 + i, 'Synthplace ' || i, 'Синтмісто ' || i, 'settlement', 'PPL', 'UA',
       22.5 + (i % 200) * 0.0875 + ((i * 7919) % 100) * 0.0008,
       44.6 + (i / 200) % 150 * 0.05 + ((i * 104729) % 100) * 0.0004,
       'Oblast ' || (i % 24), 'Raion ' || (i % 130), 100 + i
FROM seq;
CREATE TEMP TABLE k AS SELECT 0 AS j UNION ALL SELECT 1 UNION ALL SELECT 2;
INSERT INTO claims(run_id, change, by_side, place_id, region_id, surface, verb, claimant, claimant_side, status,
                   stated_on, event_from, event_to, time_precision, known_on, evidence_start, evidence_end,
                   evidence, confidence, background, negated, area_km2)
SELECT (SELECT max(id) FROM extraction_runs),
       CASE (i + j) % 4 WHEN 0 THEN 'captured' WHEN 1 THEN 'liberated' WHEN 2 THEN 'contested' ELSE 'advanced' END,
       CASE (i + j) % 4 WHEN 0 THEN 'RU' WHEN 1 THEN 'UA' WHEN 2 THEN NULL ELSE 'UA' END,
       990000000 + i, NULL, 'Synthplace ' || i, 'captured',
       CASE j % 2 WHEN 0 THEN 'the defence ministry' ELSE 'the general staff' END,
       CASE j % 2 WHEN 0 THEN 'RU' ELSE 'UA' END, 'claimed',
       date('2022-02-24', '+' || ((i * 31 + j * 97) % 1042) || ' days'), NULL, NULL, 'day',
       date('2022-02-24', '+' || ((i * 31 + j * 97) % 1042) || ' days'), 0, 10,
       'Synthetic claim ' || j || ' about Synthplace ' || i ||
       ': forces took control of the village after heavy fighting, a spokesman told a televised briefing.',
       0.8, 0, 0, NULL
FROM seq JOIN k ON k.j <= i % 3;
COMMIT;
EOF
gen_ms=$(( $(ms) - t ))
places=$(sqlite3 "$DB" "SELECT count(DISTINCT place_id) FROM claims WHERE place_id IS NOT NULL")
claims=$(sqlite3 "$DB" "SELECT count(*) FROM claims")

MAP_ARGS=(map --out "$TMP/map.html" --db "$DB" --quiet)
[ -n "${CLAIMTRACK_BOUNDARIES:-}" ] || {
    b=${CLAIMTRACK_GEONAMES:-$ROOT/../shared/geodata-raw/geonames-ua}/../geoboundaries-ukr/geoBoundaries-UKR-ADM1_simplified.geojson
    [ -f "$b" ] && MAP_ARGS+=(--boundaries "$b")
}
t=$(ms)
"$BIN" "${MAP_ARGS[@]}" 2>/dev/null || "$BIN" "${MAP_ARGS[@]/--quiet/}"
map_ms=$(( $(ms) - t ))
size=$(stat -c %s "$TMP/map.html")

cat >"$TMP/open.mjs" <<'EOF'
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import fs from "node:fs";
import path from "node:path";
const [nodeDir, chromiumPath, html, runs, expected, tmp] = process.argv.slice(2);
const { chromium } = createRequire(path.join(nodeDir, "package.json"))("playwright-core");
const t0 = performance.now();
const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(tmp, "profile-")), {
  executablePath: chromiumPath, headless: true, viewport: { width: 1280, height: 800 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const launch = performance.now() - t0;
const url = pathToFileURL(html).href;
const rows = [];
const frame = p => p.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
for (let run = 0; run < Number(runs); run++) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", e => errors.push(e.message));
  const start = performance.now();
  await page.goto(url, { waitUntil: "load" });
  await frame(page);                 // a frame painted after the page's script ran
  const open = performance.now() - start;
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0];
    return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
  });
  const shown = await page.locator("#places circle:not(.hidden)").count();
  if (shown !== Number(expected)) errors.push(`${shown} markers shown, expected ${expected}`);
  let t = performance.now();
  await page.locator("#slider").focus();
  await page.keyboard.press("Home");
  await frame(page);
  const slider = performance.now() - t;
  t = performance.now();
  await page.keyboard.press("End");
  await frame(page);
  const sliderBack = performance.now() - t;
  await page.screenshot({ path: path.join(tmp, "map.png") });
  rows.push({ open, dcl: nav.dcl, load: nav.load, slider, sliderBack, errors });
  await page.close();
}
await context.close();
const f = x => (x / 1000).toFixed(2).padStart(6) + " s";
console.log(`chromium launch (not counted):        ${f(launch)}`);
rows.forEach((r, i) => console.log(
  `run ${i + 1}: open+first frame ${f(r.open)} | DOMContentLoaded ${f(r.dcl)} | load ${f(r.load)} | ` +
  `slider to first date ${f(r.slider)} | back to last ${f(r.sliderBack)}` +
  (r.errors.length ? ` | ERRORS: ${r.errors.join("; ")}` : "")));
const sorted = rows.map(r => r.open).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`median open+first frame:              ${f(median)}  (target <= 3.00 s: ${median <= 3000 ? "MET" : "MISSED"})`);
process.exit(rows.some(r => r.errors.length) ? 1 : 0);
EOF

echo "places with claims: $places, claims: $claims (synthetic db written in $gen_ms ms)"
echo "claimtrack map: $map_ms ms, page $(( size / 1024 )) KiB"
node "$TMP/open.mjs" "$NODE_DIR" "$CHROMIUM" "$TMP/map.html" "$RUNS" "$places" "$TMP"
[ -z "${KEEP:-}" ] || echo "kept: $TMP (map.html, map.png)"
