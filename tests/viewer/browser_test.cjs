// Browser test of the viewer (ctest label `viewer`):
//   node browser_test.cjs NODE_MODULES APPARAT SOURCE_DIR ARTEFACT_DIR
// Builds the graph of tests/fixtures/viewer-corpus, opens its index.html
// from file:// in headless chromium with the network off, and checks what a
// user sees: counts, search, the evidence of a clicked edge, the relation,
// date and source filters, the play button, and that the markup a source
// holds is shown as text and runs nothing. Leaves viewer.png (the evidence
// panel open) and figures.json in ARTEFACT_DIR.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { openViewer, measureMovingFps } = require("./browser.cjs");

const [nodeModules, apparat, srcDir, artefacts] = process.argv.slice(2);
const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
  console.log((ok ? "ok   " : "FAIL ") + what);
}

(async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "apparat-viewer-"));
  const corpus = path.join(srcDir, "tests/fixtures/viewer-corpus");
  execFileSync(apparat, ["build", corpus, "-o", work], { stdio: "inherit" });
  const graph = JSON.parse(fs.readFileSync(path.join(work, "graph.json"), "utf8"));
  const html = fs.readFileSync(path.join(work, "index.html"), "utf8");
  const key = (l) => `${l.source} ${l.relation} ${l.target}`;
  const edgesWhere = (f) => graph.links.filter(f).map(key).sort();

  // The page as bytes: the source's markup cannot close the data element.
  check((html.match(/<\/script/gi) || []).length === 2, "index.html closes exactly its two script elements");
  check(!html.includes("\u2028") && !html.includes("\u2029"), "index.html holds no raw U+2028/U+2029");
  check(html.includes("\\u003cscript\\u003ewindow.__pwned"), "the source's <script> is escaped in the embedded JSON");

  const { browser, page, log } = await openViewer(nodeModules, path.join(work, "index.html"));
  try {
    const stats = await page.$eval("#stats", (e) => ({ ...e.dataset }));
    check(+stats.totalNodes === graph.nodes.length && +stats.nodes === graph.nodes.length,
      `all ${graph.nodes.length} nodes shown (${stats.nodes} of ${stats.totalNodes})`);
    check(+stats.totalEdges === graph.links.length && +stats.edges === graph.links.length,
      `all ${graph.links.length} edges shown (${stats.edges} of ${stats.totalEdges})`);
    check(graph.links.length >= 8, "the fixture gives at least 8 edges");

    // Click the edge whose evidence holds markup; its panel shows the markup as text.
    const clickEdge = async (s, r, t) => {
      const e = await page.evaluate(([s, r, t]) => window.apparatViewer.edgeKey(s, r, t), [s, r, t]);
      check(e !== null, `edge ${s} ${r} ${t} is in the page`);
      const p = await page.evaluate((e) => window.apparatViewer.edgePoint(e), e);
      check(p !== null, `edge ${s} ${r} ${t} can be clicked`);
      if (p) await page.mouse.click(p.x, p.y);
      await page.waitForSelector("#panel[data-kind='edge']", { timeout: 5000 }).catch(() => {});
      return page.$eval("#panel h2", (h) => h.textContent).catch(() => "");
    };
    let title = await clickEdge("zinoviev", "opposed", "foreign-trade-monopoly");
    check(/Zinoviev.*opposed/.test(title), `clicking the edge opens its evidence ("${title}")`);
    const ev = await page.$$eval("#evidence-list .evidence", (els) => els.map((e) => ({
      sentence: e.querySelector(".sentence").textContent,
      subj: [...e.querySelectorAll("mark.subj")].map((m) => m.textContent),
      obj: [...e.querySelectorAll("mark.obj")].map((m) => m.textContent),
      where: e.querySelector(".where").textContent, date: e.querySelector(".date").textContent,
      rule: e.querySelector(".rule").textContent,
    })));
    const want = graph.links.find((l) => key(l) === "zinoviev opposed foreign-trade-monopoly").evidence[0];
    check(ev.length === 1 && ev[0].sentence === want.text, "the evidence sentence is the source's text, markup as text");
    check(ev.length === 1 && ev[0].sentence.includes('<script>window.__pwned = "script"</script>') &&
      ev[0].sentence.includes("<img src=x onerror="), "the <script> and <img onerror> of the source show as text");
    check(ev.length === 1 && ev[0].subj.includes("Zinoviev") && ev[0].obj.length > 0,
      `both mentions highlighted (${JSON.stringify(ev[0] && [ev[0].subj, ev[0].obj])})`);
    check(ev.length === 1 && ev[0].where === `${want.source}:${want.line}` && ev[0].date === want.date && ev[0].rule === want.rule,
      `source, line, date and rule shown (${ev[0] && [ev[0].where, ev[0].date, ev[0].rule].join(" | ")})`);

    // Search "Stalin", pick him: his posts and letters.
    await page.fill("#search", "Stalin");
    const results = await page.$$eval("#search-results li", (lis) => lis.map((li) => li.dataset.id));
    check(results[0] === "stalin", `search "Stalin" finds him first (${results.join(", ")})`);
    await page.click("#search-results li[data-id='stalin']");
    const node = await page.$eval("#panel", (p) => ({ kind: p.dataset.kind, text: p.textContent, h2: p.querySelector("h2").textContent }));
    check(node.kind === "node" && node.h2 === "Stalin", "the search result opens Stalin's panel");
    check(/Posts held\s*General Secretary/.test(node.text), "his panel lists the post he held");
    check(/Letters sent to\s*Kamenev/.test(node.text), "his panel lists his letter to Kamenev");
    check(/Strongest ties/.test(node.text), "his panel lists his strongest ties");
    await page.waitForTimeout(700);  // the camera moves to him

    title = await clickEdge("stalin", "held", "general-secretary");
    check(/Stalin.*held.*General Secretary/.test(title), `clicking Stalin's post opens its evidence ("${title}")`);
    const marks = await page.$$eval("#evidence-list mark", (ms) => ms.map((m) => m.className + ":" + m.textContent));
    check(marks.includes("subj:Stalin") && marks.includes("obj:General Secretary"), `Stalin and the post highlighted (${marks})`);
    await page.click("#fit");
    await page.waitForTimeout(500);
    if (artefacts) {
      fs.mkdirSync(artefacts, { recursive: true });
      await page.screenshot({ path: path.join(artefacts, "viewer.png") });
    }

    // Relation filter: only `opposed`.
    const visibleEdges = () => page.evaluate(() => window.apparatViewer.visibleEdges());
    for (const cb of await page.$$("#relations input[type=checkbox]")) {
      if ((await cb.getAttribute("value")) !== "opposed") await cb.uncheck();
    }
    let shown = await visibleEdges();
    check(JSON.stringify(shown) === JSON.stringify(edgesWhere((l) => l.relation === "opposed")),
      `relation filter opposed shows the opposed edges only (${shown.length})`);
    const opposedNodes = new Set(graph.links.filter((l) => l.relation === "opposed").flatMap((l) => [l.source, l.target]));
    check(+(await page.$eval("#stats", (e) => e.dataset.nodes)) === opposedNodes.size, "and only their nodes");
    for (const cb of await page.$$("#relations input[type=checkbox]")) await cb.check();

    // Date range 1922-1922: only edges with 1922 evidence.
    await page.fill("#year-to", "1922");
    await page.fill("#year-from", "1922");
    // A record dated 1922, or a range ("from 1919 until 1922") that covers it.
    const covers = (y) => (l) => l.evidence.some((e) => e.date && e.date.slice(0, 4) <= y && (e.date_end || e.date).slice(0, 4) >= y);
    const has1922 = covers("1922");
    shown = await visibleEdges();
    check(JSON.stringify(shown) === JSON.stringify(edgesWhere(has1922)) && shown.length > 0,
      `date range 1922 shows the ${shown.length} edges with 1922 evidence`);
    check((await page.textContent("#date-label")) === "1922", "the date label says 1922");
    await page.check("#undated");
    shown = await visibleEdges();
    check(JSON.stringify(shown) === JSON.stringify(edgesWhere((l) => has1922(l) || l.evidence.some((e) => !e.date))),
      `with undated edges kept: ${shown.length}`);
    await page.uncheck("#undated");

    // Play steps the one-year window forward: 1922, then 1923.
    await page.click("#play");
    await page.waitForFunction(() => document.getElementById("date-label").textContent === "1923", null, { timeout: 5000 });
    shown = await visibleEdges();
    check(JSON.stringify(shown) === JSON.stringify(edgesWhere(covers("1923"))),
      `play reaches 1923 and shows its ${shown.length} edges`);
    await page.click("#date-reset");
    check((await visibleEdges()).length === graph.links.length, "All restores every edge");

    // Source filter.
    await page.selectOption("#source", "02-markup.txt");
    shown = await visibleEdges();
    check(JSON.stringify(shown) === JSON.stringify(edgesWhere((l) => l.evidence.some((e) => e.source === "02-markup.txt"))),
      `source filter 02-markup.txt shows its ${shown.length} edges`);
    await page.selectOption("#source", "");

    // Nothing from a source ran, and nothing was fetched.
    const pwned = await page.evaluate(() => window.__pwned);
    check(pwned === undefined, `no script from a source ran (window.__pwned = ${pwned})`);
    check((await page.$$("img")).length === 0 && (await page.$$("b")).length === 0, "no <img> or <b> element was made from a source");
    check((await page.$$("script")).length === 2, "the page holds only its own two scripts");
    check(log.dialogs.length === 0, "no dialog opened");
    check(log.requests.length === 0, `no request left the page (${log.requests.join(", ")})`);
    check(log.errors.length === 0, `no page errors (${log.errors.join("; ")})`);

    const timings = await page.evaluate(() => window.apparatViewer.timings);
    const fps = await measureMovingFps(page, 2000);
    const figures = { loadMs: log.loadMs, ...timings, dragFps: fps.drag, wheelFps: fps.wheel };
    console.log("figures", JSON.stringify(figures));
    if (artefacts) fs.writeFileSync(path.join(artefacts, "figures.json"), JSON.stringify(figures, null, 1) + "\n");
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`browser test: ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
