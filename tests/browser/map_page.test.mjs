// End-to-end browser test of `claimtrack map`: ingest the project's examples
// plus a hostile article into a fresh database, write the map page, open it in
// headless Debian chromium through playwright-core, and check what a user sees.
//
// Run by ctest (tests/browser/CMakeLists.txt). Exit status 0 = pass; anything
// else fails the test, including a missing chromium or playwright-core.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

// ---- arguments -------------------------------------------------------------
const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  const key = process.argv[i].replace(/^--/, "");
  args[key] = process.argv[i + 1];
}
for (const k of ["bin", "examples", "gazetteer", "modules", "chromium", "work", "screenshot"])
  if (!args[k]) fail(`missing argument --${k}`);

function fail(msg) {
  console.error(`FAIL: ${msg}`);
  process.exit(1);
}
let failures = 0;
function check(ok, what, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${detail ? ": " + detail : ""}`);
  if (!ok) failures++;
}

// ---- prerequisites: fail loudly, never skip ---------------------------------
try {
  fs.accessSync(args.chromium, fs.constants.X_OK);
} catch {
  fail(`chromium not found at ${args.chromium}: install Debian's package 'chromium' ` +
       `(scripts/common.sh does: apt-get install chromium) or configure -DCLAIMTRACK_CHROMIUM=<path>`);
}
let chromium;
try {
  chromium = createRequire(path.join(args.modules, "..", "package.json"))("playwright-core").chromium;
} catch (e) {
  fail(`playwright-core not found under ${args.modules} (the ctest fixture 'browser: npm ci playwright-core' ` +
       `installs it): ${e.message}`);
}
if (!fs.existsSync(args.gazetteer))
  fail(`gazetteer index ${args.gazetteer} missing: the fixture needs CLAIMTRACK_GEONAMES`);

// ---- data: the examples and a hostile article --------------------------------
fs.rmSync(args.work, { recursive: true, force: true });
fs.mkdirSync(args.work, { recursive: true });
const db = path.join(args.work, "claims.db");
const html = path.join(args.work, "map.html");
const env = { ...process.env, CLAIMTRACK_GAZETTEER: args.gazetteer };
const claimtrack = (...a) => execFileSync(args.bin, a, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

// Markup in every untrusted field: none of it may run or load anything.
const hostileDir = path.join(args.work, "hostile");
fs.mkdirSync(hostileDir);
const hostileEvidence =
  `Russia's defence ministry said its forces had captured Kupiansk <script>window.__pwned = "script"</script>` +
  ` <img src=x onerror="window.__pwned = 'img'"> on Monday.`;
fs.writeFileSync(path.join(hostileDir, "hostile.txt"),
  `url: javascript:window.__pwned='url'\n` +
  `title: Hostile <script>window.__pwned = "title"</script><img src=x onerror="window.__pwned='title-img'">\n` +
  `source: test </script><script>window.__pwned = "source"</script>\n` +
  `published: 2023-03-06\n\n` +
  `MOSCOW, March 6 - ${hostileEvidence}\n\n` +
  `Ukraine's general staff did not comment.\n`);

claimtrack("ingest", args.examples, "--db", db);
claimtrack("ingest", hostileDir, "--db", db);

// Control layers: the shared DeepStateMap weekly snapshots (CLAIMTRACK_TEST_FRONT, else beside the GeoNames
// dump), and two claims about Vuhledar written here: a capture the map bears out and a recapture it contradicts.
const front = [process.env.CLAIMTRACK_TEST_FRONT,
               process.env.CLAIMTRACK_GEONAMES && path.join(process.env.CLAIMTRACK_GEONAMES, "..", "deepstate-occupied-weekly")]
  .find(d => d && fs.existsSync(d));
if (!front) fail("the DeepStateMap weekly layers are missing: set CLAIMTRACK_TEST_FRONT " +
                 "(scripts/test.sh and .ci/run do)");
const vuhledarDir = path.join(args.work, "vuhledar");
fs.mkdirSync(vuhledarDir);
fs.writeFileSync(path.join(vuhledarDir, "capture.txt"),
  `title: Capture claimed\nsource: test\npublished: 2024-10-02\n\n` +
  `MOSCOW, October 2 - Russia's Defence Ministry said on Wednesday that its forces had taken full control ` +
  `of Vuhledar in the Donetsk region.\n`);
fs.writeFileSync(path.join(vuhledarDir, "recapture.txt"),
  `title: Recapture claimed\nsource: test\npublished: 2024-11-15\n\n` +
  `KYIV, November 15 - Ukraine's General Staff said on Friday that Ukrainian forces had liberated Vuhledar ` +
  `in the Donetsk region.\n`);
claimtrack("ingest", vuhledarDir, "--db", db);
claimtrack("control", "import", front, "--db", db);
claimtrack("corroborate", "--db", db);
const snapshotDates = JSON.parse(claimtrack("control", "list", "--json", "--db", db)).map(s => s.date);
// The snapshot the page must draw for a slider date: the latest on or before it.
const snapshotFor = day => snapshotDates.filter(d => d <= day).pop() || "";

// Expected markers, counted independently of the map code: the places of the
// current (not superseded) claims.
const sql = (q) => execFileSync("sqlite3", ["-readonly", db, q], { encoding: "utf8" }).trim();
const current = "FROM claims c JOIN extraction_runs r ON r.id = c.run_id JOIN articles a ON a.id = r.article_id " +
                "JOIN places p ON p.id = c.place_id WHERE r.superseded_by IS NULL";
const expectedPlaces = Number(sql(`SELECT count(DISTINCT c.place_id) ${current}`));
const expectedDates = Number(sql(`SELECT count(DISTINCT c.known_on) ${current} AND c.known_on IS NOT NULL`));
const hostilePlace = sql(`SELECT p.name ${current} AND a.title LIKE 'Hostile%' LIMIT 1`);
// One ordinary example claim, about a place whose name is unique on the map,
// whose evidence sentence the popup must show.
const [examplePlace, exampleEvidence] = sql(
  `SELECT p.name, COALESCE(c.evidence, substr(a.text, c.evidence_start + 1, c.evidence_end - c.evidence_start)) ` +
  `${current} AND a.title NOT LIKE 'Hostile%' AND (SELECT count(*) FROM places q WHERE q.name = p.name ` +
  `AND EXISTS (SELECT 1 FROM claims k WHERE k.place_id = q.id)) = 1 ORDER BY c.id LIMIT 1`).split("|");
console.log(`database: ${expectedPlaces} places with claims, ${expectedDates} claim dates; ` +
            `hostile place '${hostilePlace}', example place '${examplePlace}'`);
if (expectedPlaces < 2 || expectedDates < 2) fail("the examples gave too few places or dates to test the slider");
if (!hostilePlace) fail("the hostile article gave no claim: the escaping check would test nothing");

const mapArgs = ["map", "--out", html, "--db", db];
const boundaries = process.env.CLAIMTRACK_BOUNDARIES ||
  (process.env.CLAIMTRACK_GEONAMES &&
   [path.join(process.env.CLAIMTRACK_GEONAMES, "..", "geoboundaries-ukr", "geoBoundaries-UKR-ADM1_simplified.geojson")]
     .find(f => fs.existsSync(f)));
if (boundaries) mapArgs.push("--boundaries", boundaries);
console.log(`base layer: ${boundaries || "(none: no CLAIMTRACK_BOUNDARIES)"}`);
claimtrack(...mapArgs);

// ---- the browser ------------------------------------------------------------
const userDataDir = fs.mkdtempSync(path.join(args.work, "chromium-profile-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: args.chromium,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = context.pages()[0] || await context.newPage();
  const url = pathToFileURL(html).href;
  const consoleErrors = [], requests = [], dialogs = [];
  page.on("console", m => { if (m.type() === "error" || m.type() === "warning") consoleErrors.push(m.text()); });
  page.on("pageerror", e => consoleErrors.push(`uncaught: ${e.message}`));
  page.on("dialog", d => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  context.on("request", r => requests.push(r.url()));

  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("#places circle");

  // Markers: one per place with claims, all shown at the last date.
  const markers = await page.locator("#places circle").count();
  const visible = () => page.locator("#places circle:not(.hidden)").count();
  const colours = () => page.$$eval("#places circle", cs => cs.map(c => c.getAttribute("class")).join(","));
  check(markers === expectedPlaces, "one marker per place with claims", `${markers} markers, ${expectedPlaces} places`);
  check(await visible() === expectedPlaces, "all markers shown at the latest date", `${await visible()} shown`);
  check(await page.locator("#count").textContent() === `${expectedPlaces} places`, "the count says so",
        await page.locator("#count").textContent());
  const sliderMax = Number(await page.locator("#slider").getAttribute("max"));
  check(sliderMax + 1 === expectedDates, "one slider stop per claim date", `${sliderMax + 1} stops`);
  if (boundaries)
    check(await page.locator("#outlines path").count() > 0, "oblast outlines drawn",
          `${await page.locator("#outlines path").count()} outlines`);

  const norm = s => s.replace(/\s+/g, " ").trim();
  // The assessed area of the slider's date, under the markers.
  const controlDate = () => page.locator("#control-area").getAttribute("data-date");
  const controlBox = async () => page.locator("#control-area").boundingBox();
  const lastDay = await page.locator("#date").textContent();
  check(await controlDate() === snapshotFor(lastDay), "the assessed area of the latest date is drawn",
        `slider ${lastDay}, area of ${await controlDate()}`);
  const box0 = await controlBox();
  check(box0 !== null && box0.width > 50 && box0.height > 50, "the assessed area is visible",
        JSON.stringify(box0));
  check((await page.locator("#control-date").textContent()).includes(snapshotFor(lastDay)),
        "the bar names the area's date", await page.locator("#control-date").textContent());
  // Step the slider to 2024-10-02 (the capture): the area of 2024-09-30; the Vuhledar marker is RU and
  // not yet contradicted; at 2024-11-15 (the recapture claim) the marker is marked contradicted.
  const vuhledar = page.locator("#places circle", { has: page.locator('title:text-is("Vuhledar")') }).first();
  const stepTo = async day => {
    const stops = await page.$$eval("#slider", s => Number(s[0].max));
    for (let i = 0; i <= stops; i++) {
      await page.locator("#slider").fill(String(i));
      if (await page.locator("#date").textContent() === day) return true;
    }
    return false;
  };
  check(await stepTo("2024-10-02"), "the slider reaches 2024-10-02");
  check(await controlDate() === "2024-09-30", "on 2024-10-02 the area of 2024-09-30 is drawn", await controlDate());
  check(!(await vuhledar.getAttribute("class")).includes("contradicted"), "the capture alone is not marked",
        await vuhledar.getAttribute("class"));
  const octPath = await page.locator("#control-area").getAttribute("d");
  check(await stepTo("2024-11-15"), "the slider reaches 2024-11-15");
  check(await controlDate() === "2024-11-11", "on 2024-11-15 the area of 2024-11-11 is drawn", await controlDate());
  check(await page.locator("#control-area").getAttribute("d") !== octPath, "the drawn area follows the slider");
  check((await vuhledar.getAttribute("class")).includes("contradicted"), "the contradicted claim is marked apart",
        await vuhledar.getAttribute("class"));
  await vuhledar.click();
  await page.waitForSelector("#popup:not([hidden])");
  check(norm(await page.locator("#popup").innerText()).includes("map: contradicted"),
        "the popup gives the verdict", norm(await page.locator("#popup").innerText()).slice(0, 200));
  await page.locator("#close").click();
  await page.locator("#slider").focus();
  await page.keyboard.press("End");

  // Slider: back to the first date with the keyboard, as a user would.
  const lastDate = await page.locator("#date").textContent();
  const lastColours = await colours();
  await page.locator("#slider").focus();
  await page.keyboard.press("Home");
  const firstDate = await page.locator("#date").textContent();
  const firstVisible = await visible();
  check(firstDate !== lastDate, "moving the slider changes the date", `${lastDate} -> ${firstDate}`);
  check(firstVisible < expectedPlaces && (await colours()) !== lastColours,
        "moving the slider changes the markers shown", `${expectedPlaces} -> ${firstVisible} shown`);
  check(await controlDate() === snapshotFor(firstDate), "before the first snapshot no area is drawn",
        `${firstDate}: '${await controlDate()}'`);
  await page.keyboard.press("End");
  check(await visible() === expectedPlaces && (await colours()) === lastColours, "and back at the end all return");

  // Popup: click a marker (found by its <title>), see the evidence sentence.
  const marker = name => page.locator("#places circle", { has: page.locator(`title:text-is(${JSON.stringify(name)})`) }).first();
  await marker(examplePlace).click();
  await page.waitForSelector("#popup:not([hidden])");
  const popupText = await page.locator("#popup").innerText();
  check((await page.locator("#popup-name").textContent()) === examplePlace, "the popup names the clicked place");
  check(norm(popupText).includes(norm(exampleEvidence)), "the popup shows the evidence sentence",
        JSON.stringify(exampleEvidence.slice(0, 80)));
  await page.locator("#close").click();
  check(await page.locator("#popup").isHidden(), "the close button hides the popup");

  // Hostile article: its markup is shown as text and nothing of it runs.
  await marker(hostilePlace).click();
  await page.waitForSelector("#popup:not([hidden])");
  const hostileText = norm(await page.locator("#popup").innerText());
  check(hostileText.includes("<script>window.__pwned") && hostileText.includes("onerror="),
        "article markup is shown as text in the popup");
  check(await page.evaluate(() => window.__pwned) === undefined, "no injected script ran",
        String(await page.evaluate(() => window.__pwned)));
  check(await page.locator("#popup img, #popup script, body img").count() === 0, "no injected element in the DOM");
  check(await page.locator("script").count() === 2, "only the page's own two scripts");
  check(await page.locator("#popup a[href^='javascript']").count() === 0, "no javascript: link");
  check(dialogs.length === 0, "no dialogs", dialogs.join("; "));

  // Screenshot: the whole map at the latest date, the example's popup open.
  await page.locator("#close").click();
  await marker(examplePlace).click();
  await page.screenshot({ path: args.screenshot });
  console.log(`screenshot: ${args.screenshot}`);

  // The wheel zooms (the view box shrinks) without errors.
  const viewBox = await page.locator("#svg").getAttribute("viewBox");
  const box = await page.locator("#map").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  const zoomed = await page.waitForFunction(v => document.getElementById("svg").getAttribute("viewBox") !== v,
                                            viewBox, { timeout: 5000 }).then(() => true, () => false);
  check(zoomed, "the mouse wheel zooms the map");

  await page.waitForTimeout(200);
  check(consoleErrors.length === 0, "no console errors or warnings", consoleErrors.join(" | "));
  const foreign = requests.filter(u => u !== url);
  check(foreign.length === 0, "no request but the page itself", foreign.join(", ") || `${requests.length} request(s)`);
} finally {
  await context.close();
}

if (failures) fail(`${failures} check(s) failed`);
console.log("PASS");
