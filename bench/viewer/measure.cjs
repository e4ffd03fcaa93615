// Load time and frame rate of the viewer, in headless chromium (docs/viewer.md):
//   node bench/viewer/measure.cjs NODE_MODULES PAGE.html [PAGE.html ...]
// For each page: wall time from navigation to the first drawn frame after
// layout, the parse and ForceAtlas2 times inside it, and the frames per
// second sigma draws while the camera zooms and turns for 5 seconds. Each
// page is measured three times; the median is printed.
const path = require("node:path");
const { openViewer } = require(path.join(__dirname, "../../tests/viewer/browser.cjs"));

const [nodeModules, ...pages] = process.argv.slice(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
(async () => {
  for (const html of pages) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const { browser, page, log } = await openViewer(nodeModules, html);
      const t = await page.evaluate(() => window.apparatViewer.timings);
      const counts = await page.$eval("#stats", (e) => `${e.dataset.totalNodes} nodes, ${e.dataset.totalEdges} edges`);
      const fps = await page.evaluate(() => window.apparatViewer.measureFps(5000));
      t.total = await page.evaluate(() => window.apparatViewer.timings.total);
      runs.push({ load: log.loadMs, inpage: t.total, parse: t.parse, layout: t.layout, fps, counts, errors: log.errors.length });
      await browser.close();
    }
    const m = (k) => median(runs.map((r) => r[k]));
    console.log(`${html}: ${runs[0].counts}; load ${m("load")} ms (first frame at ${m("inpage").toFixed(0)} ms in the page; parse ${m("parse").toFixed(0)} ms, ` +
      `layout ${m("layout").toFixed(0)} ms); ${m("fps").toFixed(1)} frames/s; page errors ${m("errors")}`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
