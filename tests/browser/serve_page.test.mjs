// End-to-end browser test of `claimtrack serve`: ingest the examples into a
// fresh database, start the server on an ephemeral loopback port, open its
// map page in headless Debian chromium through playwright-core, and check
// that the page draws the claims it asks the API for, date by date.
//
// Run by ctest (tests/browser/CMakeLists.txt). Exit status 0 = pass; anything
// else fails the test, including a missing chromium or playwright-core.

import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { browserPrerequisites, checker, fail, parseArgs } from "./harness.mjs";

const args = parseArgs(["bin", "examples", "gazetteer", "modules", "chromium", "work", "screenshot"]);
const { check, failures } = checker();
const chromium = browserPrerequisites(args);

// ---- data ------------------------------------------------------------------
fs.rmSync(args.work, { recursive: true, force: true });
fs.mkdirSync(args.work, { recursive: true });
const db = path.join(args.work, "claims.db");
const env = { ...process.env, CLAIMTRACK_GAZETTEER: args.gazetteer };
const claimtrack = (...a) => execFileSync(args.bin, a, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
claimtrack("ingest", "-q", args.examples, "--db", db);

// What the page must show, from the CLI: the places of the state on a date.
const stats = JSON.parse(claimtrack("stats", "--json", "--db", db));
const placesOn = day => new Set(JSON.parse(claimtrack("state", "--as-of", day, "--json", "--db", db))
  .filter(s => s.place.lat !== null && !(s.place.lat === 0 && s.place.lon === 0)).map(s => s.place.id)).size;
const lastDay = stats.last, firstDay = stats.first;
const expectedLast = placesOn(lastDay), expectedFirst = placesOn(firstDay);
console.log(`database: ${stats.claims} claims, ${firstDay}..${lastDay}; ${expectedFirst} then ${expectedLast} places`);
if (expectedLast < 2) fail("the examples gave too few places with a state");
// One place of the last day with its evidence, for the popup.
const someState = JSON.parse(claimtrack("state", "--as-of", lastDay, "--json", "--db", db))
  .find(s => s.place.lat !== null && s.claim.evidence);

// ---- the server --------------------------------------------------------------
const server = spawn(args.bin, ["serve", "--db", db, "--listen", "127.0.0.1:0", "-q"], { env, stdio: ["ignore", "pipe", "pipe"] });
let serverErr = "";
server.stderr.on("data", d => { serverErr += d; });
const base = await new Promise((resolve, reject) => {
  let out = "";
  const timer = setTimeout(() => reject(new Error("serve did not start: " + serverErr)), 30000);
  server.stdout.on("data", d => {
    out += d;
    const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+\/)\n/);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  });
  server.on("exit", code => reject(new Error(`serve exited (${code}): ${serverErr}`)));
}).catch(e => { server.kill("SIGKILL"); fail(e.message); });
console.log(`server: ${base}`);

const userDataDir = fs.mkdtempSync(path.join(args.work, "chromium-profile-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: args.chromium, headless: true, viewport: { width: 1280, height: 800 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = context.pages()[0] || await context.newPage();
  const consoleErrors = [], requests = [];
  page.on("console", m => { if (m.type() === "error" || m.type() === "warning") consoleErrors.push(m.text()); });
  page.on("pageerror", e => consoleErrors.push(`uncaught: ${e.message}`));
  context.on("request", r => requests.push(r.url()));

  await page.goto(base, { waitUntil: "load" });
  await page.waitForFunction(d => document.getElementById("svg").dataset.day === d, lastDay, { timeout: 15000 });
  const visible = () => page.locator("#places circle:not(.hidden)").count();
  check(await visible() === expectedLast, "at the last date: one marker per place of `state --as-of` that date",
        `${await visible()} markers, ${expectedLast} places`);
  check(requests.some(u => u.includes(`/api/claims?as_of=${lastDay}`)), "the page asked the API for that date");
  const days = (Date.parse(lastDay) - Date.parse(firstDay)) / 86400000;
  check(Number(await page.locator("#slider").getAttribute("max")) === days, "one slider stop per day", `${days + 1} days`);

  // The slider asks the server for each date it stops at.
  const before = requests.length;
  await page.locator("#slider").focus();
  await page.keyboard.press("Home");
  await page.waitForFunction(d => document.getElementById("svg").dataset.day === d, firstDay, { timeout: 15000 });
  check(requests.slice(before).some(u => u.includes(`/api/claims?as_of=${firstDay}`)),
        "moving the slider asks the server for the new date");
  check(await visible() === expectedFirst, "at the first date: the places of that date",
        `${await visible()} markers, ${expectedFirst} places`);
  await page.keyboard.press("End");
  await page.waitForFunction(d => document.getElementById("svg").dataset.day === d, lastDay, { timeout: 15000 });
  check(await visible() === expectedLast, "and back at the end all return");

  // The popup reads the place's timeline from the API.
  if (someState) {
    const marker = page.locator("#places circle", { has: page.locator(`title:text-is(${JSON.stringify(someState.place.name)})`) }).first();
    await marker.click();
    await page.waitForSelector("#popup:not([hidden])");
    const norm = s => s.replace(/\s+/g, " ").trim();
    check(norm(await page.locator("#popup").innerText()).includes(norm(someState.claim.evidence)),
          "the popup shows the evidence from /api/places/{id}/timeline", someState.place.name);
    check(requests.some(u => u.includes(`/api/places/${someState.place.id}/timeline`)), "it asked for the timeline");
  }
  await page.screenshot({ path: args.screenshot });
  console.log(`screenshot: ${args.screenshot}`);

  await page.waitForTimeout(200);
  check(consoleErrors.length === 0, "no console errors or warnings", consoleErrors.join(" | "));
  const foreign = requests.filter(u => !u.startsWith(base));
  check(foreign.length === 0, "no request but to the server", foreign.join(", ") || `${requests.length} request(s)`);
} finally {
  await context.close();
  server.kill("SIGTERM");
  await new Promise(r => server.exitCode !== null ? r() : server.on("exit", r));
}

if (failures()) fail(`${failures()} check(s) failed`);
console.log("PASS");
