// Shared by the browser test and the benchmark: start Debian's chromium
// through playwright-core (no browser download), offline, and open a page.
const { createRequire } = require("node:module");
const path = require("node:path");

function loadModule(nodeModules, name) {
  return createRequire(path.join(path.resolve(nodeModules), "noop.js"))(name);
}

// The flags a root, headless, network-less machine needs: no sandbox (root),
// no background connections, software rendering (this machine has no GPU).
const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

async function openViewer(nodeModules, htmlPath, { width = 1400, height = 850 } = {}) {
  const { chromium } = loadModule(nodeModules, "playwright-core");
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width, height }, offline: true });
  const page = await context.newPage();
  const log = { errors: [], requests: [], dialogs: [] };
  page.on("pageerror", (e) => log.errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") log.errors.push("console: " + m.text()); });
  page.on("dialog", (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  const url = "file://" + path.resolve(htmlPath);
  page.on("request", (r) => { if (r.url() !== url) log.requests.push(r.url()); });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']", { timeout: 600000 });
  log.loadMs = Date.now() - t0;
  return { browser, page, log };
}

// Frames per second the viewer draws while a user moves it: the mouse drags
// the view round a circle from a point with nothing under it for `ms`, then
// turns the wheel in and out over the pane's centre for `ms`. Real input
// events, so Cytoscape.js draws as it does for a user; a frame is counted
// when Cytoscape.js draws one. The events arrive at the rate the DevTools
// protocol delivers them (about 60 moves and 30 wheel turns a second
// here), so a figure at that rate is the input's, a lower bound. With
// `shot`, saves a screenshot taken in mid-drag (to see that the frames
// counted hold the graph).
async function measureMovingFps(page, ms, shot) {
  const from = await page.evaluate(() => window.apparatViewer.emptyPoint());
  if (!from) return { drag: null, wheel: null };
  await page.evaluate(() => { window.__stopCount = window.apparatViewer.countFrames(); });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const t0 = Date.now();
  for (let k = 0; Date.now() - t0 < ms; k++) {
    // A circle of radius 100 px right of and below the start, inside the pane.
    await page.mouse.move(from.x + 100 * (1 - Math.cos(k / 15)), from.y + 100 * (1 - Math.sin(k / 15)));
    if (k === 40 && shot) await page.screenshot({ path: shot });
  }
  await page.mouse.up();
  const drag = await page.evaluate(() => window.__stopCount());
  const pane = await page.$eval("#graph", (e) => { const r = e.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  await page.mouse.move(pane.x, pane.y);
  await page.evaluate(() => { window.__stopCount = window.apparatViewer.countFrames(); });
  const t1 = Date.now();
  for (let k = 0; Date.now() - t1 < ms; k++) await page.mouse.wheel(0, (k % 20) < 10 ? -60 : 60);
  const wheel = await page.evaluate(() => window.__stopCount());
  return { drag: drag.frames / drag.seconds, wheel: wheel.frames / wheel.seconds };
}

module.exports = { loadModule, openViewer, measureMovingFps };
