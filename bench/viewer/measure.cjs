// Load time and frame rate of the viewer, in headless chromium (docs/viewer.md):
//   node bench/viewer/measure.cjs NODE_MODULES PAGE.html [PAGE.html ...]
// For each page: wall time from navigation to the first drawn frame after
// layout, the parse, ForceAtlas2 and Cytoscape.js set-up times inside it,
// and the frames per second Cytoscape.js draws while the mouse drags the
// view for 5 s and then turns the wheel for 5 s (measureMovingFps in
// tests/viewer/browser.cjs). Each page is measured three times; the median
// is printed. With SHOTS=DIR, a screenshot taken in mid-drag is left there
// for each page (to see that the frames counted hold the graph).
const path = require("node:path");
const { openViewer, measureMovingFps } = require(path.join(__dirname, "../../tests/viewer/browser.cjs"));

const [nodeModules, ...pages] = process.argv.slice(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
(async () => {
  for (const html of pages) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const { browser, page, log } = await openViewer(nodeModules, html);
      const t = await page.evaluate(() => window.apparatViewer.timings);
      const counts = await page.$eval("#stats", (e) => `${e.dataset.totalNodes} nodes, ${e.dataset.totalEdges} edges`);
      const shot = process.env.SHOTS && i === 0 ? path.join(process.env.SHOTS, path.basename(path.dirname(path.resolve(html))) + "-" + path.basename(html, ".html") + "-drag.png") : null;
      const fps = await measureMovingFps(page, 5000, shot);
      runs.push({ load: log.loadMs, inpage: t.total, parse: t.parse, layout: t.layout, setup: t.setup, drag: fps.drag, wheel: fps.wheel, counts, errors: log.errors.length });
      await browser.close();
    }
    const m = (k) => median(runs.map((r) => r[k]));
    console.log(`${html}: ${runs[0].counts}; load ${m("load")} ms (first frame at ${m("inpage").toFixed(0)} ms in the page; parse ${m("parse").toFixed(0)} ms, ` +
      `layout ${m("layout").toFixed(0)} ms, Cytoscape.js set-up ${m("setup").toFixed(0)} ms); ` +
      `${m("drag").toFixed(1)} frames/s dragging, ${m("wheel").toFixed(1)} frames/s zooming; page errors ${m("errors")}`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
