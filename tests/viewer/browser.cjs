// Shared by the browser test and the benchmark: start Debian's chromium
// through playwright-core (no browser download), offline, and open a page.
const { createRequire } = require("node:module");
const path = require("node:path");

function loadModule(nodeModules, name) {
  return createRequire(path.join(path.resolve(nodeModules), "noop.js"))(name);
}

// The flags a root, headless, network-less machine needs: no sandbox (root),
// no background connections, software WebGL (SwiftShader) for sigma.
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

module.exports = { loadModule, openViewer };
