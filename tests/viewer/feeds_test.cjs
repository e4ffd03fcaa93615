// The Cytoscape.js and graphology feeds load in those libraries, with every
// node, edge, attribute and evidence record of graph.json (ctest label `viewer`):
//   node feeds_test.cjs NODE_MODULES APPARAT SOURCE_DIR
const { execFileSync } = require("node:child_process");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { loadModule } = require("./browser.cjs");

const [nodeModules, apparat, srcDir] = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "apparat-feeds-"));
try {
  const corpus = path.join(srcDir, "tests/fixtures/viewer-corpus");
  execFileSync(apparat, ["build", corpus, "-o", work, "--format", "json,cytoscape,graphology"], { stdio: "inherit" });
  const read = (f) => JSON.parse(fs.readFileSync(path.join(work, f), "utf8"));
  const g = read("graph.json");
  assert.ok(g.links.length >= 8 && g.nodes.length >= 10, "the fixture graph has edges");

  // Cytoscape.js, headless.
  const cytoscape = loadModule(nodeModules, "cytoscape");
  const feed = read("graph.cytoscape.json");
  const cy = cytoscape({ headless: true, elements: feed.elements });
  assert.equal(cy.nodes().length, g.nodes.length, "cytoscape: every node");
  assert.equal(cy.edges().length, g.links.length, "cytoscape: every edge");
  for (const n of g.nodes) {
    const d = cy.getElementById(n.id).data();
    assert.deepEqual([d.label, d.type, d.aliases, d.sources], [n.label, n.type, n.aliases, n.sources], `cytoscape node ${n.id}`);
  }
  g.links.forEach((l, i) => {
    const e = cy.getElementById("e" + i);
    assert.deepEqual([e.source().id(), e.target().id(), e.data("relation"), e.data("weight")],
      [l.source, l.target, l.relation, l.weight], `cytoscape edge e${i}`);
    assert.deepEqual(e.data("evidence"), l.evidence, `cytoscape edge e${i} evidence`);
  });
  assert.deepEqual(feed.data.sources, g.graph.sources, "cytoscape: the sources with their hashes");
  // What the issue saw: graph.json itself gives Cytoscape.js no edges.
  assert.equal(cytoscape({ headless: true, elements: g }).edges().length, 0, "graph.json is not a Cytoscape feed");

  // graphology.
  const { MultiDirectedGraph } = loadModule(nodeModules, "graphology");
  const Graph = loadModule(nodeModules, "graphology");
  const gl = Graph.from(read("graph.graphology.json"));
  assert.ok(gl instanceof MultiDirectedGraph || (gl.multi && gl.type === "directed"), "graphology: a directed multigraph");
  assert.equal(gl.order, g.nodes.length, "graphology: every node");
  assert.equal(gl.size, g.links.length, "graphology: every edge");
  for (const n of g.nodes) {
    const a = gl.getNodeAttributes(n.id);
    assert.deepEqual([a.label, a.entity_type, a.aliases, a.sources], [n.label, n.type, n.aliases, n.sources], `graphology node ${n.id}`);
    assert.ok(Number.isFinite(a.x) && Number.isFinite(a.y) && a.size > 0, `graphology node ${n.id} has a position for sigma`);
  }
  g.links.forEach((l, i) => {
    const a = gl.getEdgeAttributes("e" + i);
    assert.deepEqual([gl.source("e" + i), gl.target("e" + i), a.relation, a.weight], [l.source, l.target, l.relation, l.weight]);
    assert.deepEqual(a.evidence, l.evidence, `graphology edge e${i} evidence`);
  });
  assert.equal(gl.getAttribute("rules_digest"), g.graph.rules_digest, "graphology: graph attributes");
  assert.throws(() => Graph.from(g), "graph.json is not graphology's serialisation");
  console.log(`feeds: cytoscape and graphology hold ${g.nodes.length} nodes and ${g.links.length} edges with their evidence`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
