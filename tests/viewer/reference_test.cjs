// The page of the reference corpus (ctest viewer_reference; skipped, exit
// 77, when APPARAT_CORPUS is unset): every node and edge of graph.json is
// drawn, and a date range of 1922 shows just the edges with 1922 evidence.
//   node reference_test.cjs NODE_MODULES APPARAT
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { openViewer } = require("./browser.cjs");

const [nodeModules, apparat] = process.argv.slice(2);
const corpus = process.env.APPARAT_CORPUS;
if (!corpus || !fs.existsSync(corpus)) {
  console.log("SKIP: APPARAT_CORPUS not set");
  process.exit(77);
}
(async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "apparat-viewer-ref-"));
  const failures = [];
  const check = (ok, what) => { if (!ok) failures.push(what); console.log((ok ? "ok   " : "FAIL ") + what); };
  execFileSync(apparat, ["build", corpus, "-o", work], { stdio: "inherit" });
  const graph = JSON.parse(fs.readFileSync(path.join(work, "graph.json"), "utf8"));
  const { browser, page, log } = await openViewer(nodeModules, path.join(work, "index.html"));
  try {
    const s = await page.$eval("#stats", (e) => ({ ...e.dataset }));
    check(+s.nodes === graph.nodes.length && +s.edges === graph.links.length,
      `every node and edge drawn: ${s.nodes}/${graph.nodes.length} nodes, ${s.edges}/${graph.links.length} edges`);
    const years = await page.$eval("#year-from", (e) => [+e.min, +e.max]);
    check(years[0] <= 1922 && years[1] >= 1922, `the slider spans 1922 (${years})`);
    await page.fill("#year-to", "1922");
    await page.fill("#year-from", "1922");
    const shown = await page.evaluate(() => window.apparatViewer.visibleEdges());
    // A record dated 1922, or a range ("from 1919 until 1922") that covers it.
    const covers1922 = (e) => e.date && e.date.slice(0, 4) <= "1922" && (e.date_end || e.date).slice(0, 4) >= "1922";
    const want = graph.links.filter((l) => l.evidence.some(covers1922))
      .map((l) => `${l.source} ${l.relation} ${l.target}`).sort();
    check(shown.length > 0 && JSON.stringify(shown) === JSON.stringify(want), `date 1922: the ${want.length} edges with 1922 evidence, no other`);
    check(log.requests.length === 0 && log.errors.length === 0, `offline, no errors (${log.requests.concat(log.errors).join("; ")})`);
    console.log(`load ${log.loadMs} ms`);
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.exit(failures.length ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
