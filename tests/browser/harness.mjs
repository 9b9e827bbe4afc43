// What the browser tests share: their arguments, their checks, and the
// prerequisites (Debian's chromium, playwright-core from the build tree),
// which fail the test loudly when missing instead of skipping it.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

export function fail(msg) {
  console.error(`FAIL: ${msg}`);
  process.exit(1);
}

/// "--key value" pairs of the command line; each of `required` must be given.
export function parseArgs(required) {
  const args = {};
  for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
  for (const k of required) if (!args[k]) fail(`missing argument --${k}`);
  return args;
}

/// check(ok, what, detail) prints a line per check; failures() counts the failed ones.
export function checker() {
  let failed = 0;
  return {
    check(ok, what, detail = "") {
      console.log(`${ok ? "ok  " : "FAIL"} ${what}${detail ? ": " + detail : ""}`);
      if (!ok) failed++;
    },
    failures: () => failed,
  };
}

/// playwright-core's chromium launcher, after checking the browser binary and the gazetteer index.
export function browserPrerequisites(args) {
  try {
    fs.accessSync(args.chromium, fs.constants.X_OK);
  } catch {
    fail(`chromium not found at ${args.chromium}: install Debian's package 'chromium' ` +
         `(scripts/common.sh does: apt-get install chromium) or configure -DCLAIMTRACK_CHROMIUM=<path>`);
  }
  let chromium;
  try {
    chromium = createRequire(path.join(path.resolve(args.modules), "..", "package.json"))("playwright-core").chromium;
  } catch (e) {
    fail(`playwright-core not found under ${args.modules} (the ctest fixture 'browser: npm ci playwright-core' ` +
         `installs it): ${e.message}`);
  }
  if (!fs.existsSync(args.gazetteer))
    fail(`gazetteer index ${args.gazetteer} missing: the fixture needs CLAIMTRACK_GEONAMES`);
  return chromium;
}
