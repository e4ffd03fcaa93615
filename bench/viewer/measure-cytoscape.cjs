// The same measurement as measure.cjs, with Cytoscape.js drawing the graph
// instead of sigma.js: the side-by-side figure behind docs/viewer.md's
// choice of renderer.
//   node bench/viewer/measure-cytoscape.cjs NODE_MODULES GRAPH.json [GRAPH.json ...]
// For each graph.json: a page with Cytoscape.js (the test dependency in
// NODE_MODULES) and the graph's nodes and edges on a circle (a preset
// layout, so no layout time is counted), then the frames per second
// Cytoscape.js draws while the viewport zooms and pans for 5 s — sigma's
// measurement zooms and turns; Cytoscape.js cannot turn. Load is navigation
// to the first frame drawn. Three runs each; the median is printed.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { loadModule } = require(path.join(__dirname, "../../tests/viewer/browser.cjs"));

const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const [nodeModules, ...graphs] = process.argv.slice(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cytoscapeJs = fs.readFileSync(path.join(nodeModules, "cytoscape/dist/cytoscape.min.js"), "utf8");

function page(graph) {
  const n = graph.nodes.length;
  const elements = graph.nodes.map((node, i) => ({
    data: { id: node.id, label: node.label || node.id },
    position: { x: 1000 * Math.cos((2 * Math.PI * i) / n), y: 1000 * Math.sin((2 * Math.PI * i) / n) },
  }));
  graph.links.forEach((l, i) => elements.push({ data: { id: "e" + i, source: l.source, target: l.target } }));
  const data = JSON.stringify(elements).replace(/</g, "\\u003c");
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#cy{margin:0;width:100%;height:100%}</style></head>
<body><div id="cy"></div><script>${cytoscapeJs}</script><script>
const cy = cytoscape({ container: document.getElementById("cy"), elements: ${data}, layout: { name: "preset" },
  style: [{ selector: "node", style: { width: 6, height: 6, label: "" } },
          { selector: "edge", style: { width: 0.5, "curve-style": "haystack", "target-arrow-shape": "none" } }] });
window.measureFps = (ms) => new Promise((resolve) => {
  let frames = 0; const count = () => { frames++; }; cy.on("render", count);
  const start = performance.now(), z0 = cy.zoom(), p0 = cy.pan();
  const step = () => {
    const t = performance.now() - start;
    if (t >= ms) { cy.off("render", count); resolve(frames / (t / 1000)); return; }
    cy.viewport({ zoom: z0 * (1 + 0.5 * Math.sin(t / 300)), pan: { x: p0.x + 50 * Math.sin(t / 700), y: p0.y } });
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
});
cy.one("render", () => requestAnimationFrame(() => { document.body.dataset.ready = "1"; }));
</script></body></html>`;
}

(async () => {
  const { chromium } = loadModule(nodeModules, "playwright-core");
  for (const g of graphs) {
    const graph = JSON.parse(fs.readFileSync(g, "utf8"));
    const html = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cy-")), "index.html");
    fs.writeFileSync(html, page(graph));
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
      const context = await browser.newContext({ viewport: { width: 1400, height: 850 }, offline: true });
      const p = await context.newPage();
      const t0 = Date.now();
      await p.goto("file://" + html);
      await p.waitForSelector("body[data-ready='1']", { timeout: 600000 });
      const load = Date.now() - t0;
      const fps = await p.evaluate(() => window.measureFps(5000));
      runs.push({ load, fps });
      await browser.close();
    }
    console.log(`${g} (Cytoscape.js): ${graph.nodes.length} nodes, ${graph.links.length} edges; load ${median(runs.map((r) => r.load))} ms; ` +
      `${median(runs.map((r) => r.fps)).toFixed(1)} frames/s`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
