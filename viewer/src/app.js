// The apparat graph viewer: reads the graph.json embedded in the page into a
// graphology graph (the model the panels and filters read), lays it out with
// ForceAtlas2 and draws it with Cytoscape.js on a 2D canvas. Cytoscape.js
// and not a WebGL renderer because most readers' machines, and every
// headless one, rasterise WebGL on the CPU: there a canvas stays smooth at
// 5,000 nodes and 20,000 edges and WebGL does not (docs/viewer.md). Every
// string that comes from a source (labels, aliases, sentences, file names)
// reaches the page through textContent, a text node or a canvas label,
// never as HTML.
import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import cytoscape from "cytoscape";

import { el, clear, highlightSentence, normalise } from "./dom.js";
import { evidenceYears, graphYears, yearsOverlap } from "./dates.js";

const t0 = performance.now();

const TYPE_COLORS = { person: "#3b6fd4", body: "#2e9e44", position: "#8e44ad", issue: "#e67e22" };
const REL_COLORS = {
  opposed: "#d62728", supported: "#2ca02c", allied: "#17becf", appointed: "#8c564b",
  held: "#9467bd", "member-of": "#b8a800", "wrote-to": "#888888",
};
const SPARE_COLORS = ["#e377c2", "#1f77b4", "#ff7f0e", "#7f7f7f", "#bcbd22", "#aec7e8"];
const UNDIRECTED = new Set(["allied"]);

function colorFor(table, key, spare) {
  if (!(key in table)) table[key] = spare[Object.keys(table).length % spare.length];
  return table[key];
}

// ---- data ---------------------------------------------------------------

const data = JSON.parse(document.getElementById("graph-data").textContent);
const graph = new MultiDirectedGraph({ allowSelfLoops: true });
const KNOWN_NODE_FIELDS = new Set(["id", "label", "type", "aliases", "sources"]);

data.nodes.forEach((n) => {
  graph.addNode(n.id, {
    label: n.label || n.id, type_: n.type, aliases: n.aliases || [], sources: n.sources || [],
    extra: Object.keys(n).filter((k) => !KNOWN_NODE_FIELDS.has(k) && typeof n[k] === "string").map((k) => [k, n[k]]),
    color: colorFor(TYPE_COLORS, n.type, SPARE_COLORS), x: 0, y: 0, size: 3,
  });
});
data.links.forEach((l, i) => {
  const evidence = l.evidence || [];
  const years = evidence.map(evidenceYears).filter(Boolean);
  graph.addDirectedEdgeWithKey("e" + i, l.source, l.target, {
    relation: l.relation, weight: l.weight || evidence.length || 1, evidence, years,
    sources: new Set(evidence.map((e) => e.source)),
    color: colorFor(REL_COLORS, l.relation, SPARE_COLORS),
    size: 1 + Math.min(4, Math.log2(l.weight || 1)),
  });
});

// Size by degree; start on a circle in id order (deterministic), then ForceAtlas2.
const order = graph.nodes();
order.forEach((id, i) => {
  const a = (2 * Math.PI * i) / Math.max(1, order.length);
  const r = 10 * Math.sqrt(order.length);
  graph.mergeNodeAttributes(id, {
    x: r * Math.cos(a) + (i % 7), y: r * Math.sin(a) + (i % 11),
    size: 3 + 2.2 * Math.sqrt(graph.degree(id)),
  });
});
const tParsed = performance.now();
const big = graph.order > 1000;
forceAtlas2.assign(graph, {
  iterations: big ? 60 : 400,
  settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: big, adjustSizes: false, gravity: 1 },
});
const tLayout = performance.now();

// ---- filter state ---------------------------------------------------------

const [minYear, maxYear] = graphYears(graph);
const state = {
  relations: new Set(graph.edges().map((e) => graph.getEdgeAttribute(e, "relation"))),
  types: new Set(graph.nodes().map((n) => graph.getNodeAttribute(n, "type_"))),
  source: "", from: minYear, to: maxYear, keepUndated: false,
  selectedNode: null, selectedEdge: null,
};
const allRelations = [...state.relations].sort();
const allTypes = [...state.types].sort();
let visibleNodes = new Set(), visibleEdges = new Set();

function dateNarrowed() { return minYear !== null && (state.from > minYear || state.to < maxYear); }

function computeVisibility() {
  const nodeBase = (n) => {
    const a = graph.getNodeAttributes(n);
    return state.types.has(a.type_) && (!state.source || a.sources.includes(state.source));
  };
  const narrowed = state.relations.size < allRelations.length || dateNarrowed();
  visibleEdges = new Set();
  const touched = new Set();
  graph.forEachEdge((e, a, s, t) => {
    if (!state.relations.has(a.relation) || !nodeBase(s) || !nodeBase(t)) return;
    if (state.source && !a.sources.has(state.source)) return;
    if (dateNarrowed()) {
      const inRange = a.years.some((y) => yearsOverlap(y, state.from, state.to));
      const undated = a.years.length < a.evidence.length;
      if (!inRange && !(state.keepUndated && undated)) return;
    }
    visibleEdges.add(e);
    touched.add(s);
    touched.add(t);
  });
  visibleNodes = new Set(graph.filterNodes((n) => nodeBase(n) && (!narrowed || touched.has(n))));
  statsEl.textContent = `${visibleNodes.size} of ${graph.order} nodes, ${visibleEdges.size} of ${graph.size} edges`;
  statsEl.dataset.nodes = visibleNodes.size;
  statsEl.dataset.edges = visibleEdges.size;
  statsEl.dataset.totalNodes = graph.order;
  statsEl.dataset.totalEdges = graph.size;
  if (cy) {
    cy.batch(() => {
      cy.nodes().forEach((n) => { n.toggleClass("hidden", !visibleNodes.has(n.id())); });
      cy.edges().forEach((e) => { e.toggleClass("hidden", !visibleEdges.has(e.id())); });
    });
  }
}

// ---- rendering ------------------------------------------------------------

const statsEl = document.getElementById("stats");
const container = document.getElementById("graph");

// ForceAtlas2's coordinates scaled so the graph spans about 60·√n units:
// node sizes (in the same units) then look alike at every graph size once
// the view is fitted.
function elementsFromGraph() {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((n, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scale = (60 * Math.sqrt(graph.order)) / span;
  const elements = graph.mapNodes((n, a) => ({
    group: "nodes",
    data: { id: n, label: a.label, color: a.color, size: 2 * a.size },
    position: { x: (a.x - minX) * scale, y: (maxY - a.y) * scale },
  }));
  graph.forEachEdge((e, a, s, t) => {
    elements.push({
      group: "edges",
      data: { id: e, source: s, target: t, color: a.color, width: a.size },
      classes: UNDIRECTED.has(a.relation) ? "undirected" : "",
    });
  });
  return elements;
}

let cy = null;
const tDrawStart = performance.now();
try {
  const manyEdges = graph.size > 2000;
  cy = cytoscape({
    container,
    elements: elementsFromGraph(),
    layout: { name: "preset", fit: true, padding: 20 },
    minZoom: 0.01, maxZoom: 20, wheelSensitivity: 0.3,
    boxSelectionEnabled: false, autounselectify: true,
    style: [
      { selector: "core", style: { "active-bg-opacity": 0 } },  // no grey disc where a drag starts
      { selector: "node", style: {
        "background-color": "data(color)", width: "data(size)", height: "data(size)",
        label: "data(label)", "font-size": 9, color: "#222", "text-valign": "center", "text-halign": "right",
        "text-margin-x": 3, "min-zoomed-font-size": big ? 9 : 4,
      } },
      { selector: "edge", style: {
        width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle", "arrow-scale": 0.7, opacity: 0.85,
        // Parallel edges fanned out on small graphs; straight lines are cheaper on big ones.
        "curve-style": manyEdges ? "straight" : "bezier",
      } },
      { selector: "edge.undirected", style: { "target-arrow-shape": "none" } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: "node.chosen", style: { "border-width": 3, "border-color": "#111", "z-index": 10, "font-weight": "bold" } },
      { selector: "edge.chosen", style: {
        width: (e) => e.data("width") + 3, "line-color": "#111", "target-arrow-color": "#111", "z-index": 10, opacity: 1,
      } },
    ],
  });
} catch (err) {
  container.appendChild(el("p", { class: "message" }, "The graph cannot be drawn: " + err.message));
}
computeVisibility();
const tDrawn = performance.now();

// ---- panels ---------------------------------------------------------------

const panel = document.getElementById("panel");

function nodeRef(id) {
  return el("a", { class: "ref", onclick: () => selectNode(id, true) }, graph.getNodeAttribute(id, "label"));
}
function edgeRef(e, text) {
  return el("a", { class: "ref", onclick: () => selectEdge(e) }, text);
}
function datesOf(e) {
  const ds = [...new Set(graph.getEdgeAttribute(e, "evidence").map((v) => (v.date && v.date_end ? `${v.date}/${v.date_end}` : v.date)).filter(Boolean))].sort();
  return ds.length ? ds.join(", ") : "undated";
}

function showNode(id) {
  const a = graph.getNodeAttributes(id);
  clear(panel);
  panel.dataset.kind = "node";
  panel.append(el("h2", {}, a.label), el("div", { class: "meta" }, `${a.type_} · id ${id}`));
  for (const [k, v] of a.extra) panel.append(el("div", { class: "meta" }, `${k}: ${v}`));
  panel.append(el("h3", {}, "Aliases"),
    a.aliases.length ? el("div", {}, a.aliases.join("; ")) : el("div", { class: "muted" }, "none"));
  const section = (title, edges, other) => {
    if (!edges.length) return;
    panel.append(el("h3", {}, title), el("ul", { class: "items" }, edges.map((e) =>
      el("li", {}, nodeRef(other(e)), " ", edgeRef(e, `(${datesOf(e)}; ${graph.getEdgeAttribute(e, "weight")})`)))));
  };
  const rel = (r, dir) => (dir === "out" ? graph.outEdges(id) : graph.inEdges(id))
    .filter((e) => graph.getEdgeAttribute(e, "relation") === r);
  section("Posts held", rel("held", "out"), (e) => graph.target(e));
  section("Memberships", rel("member-of", "out"), (e) => graph.target(e));
  section("Letters sent to", rel("wrote-to", "out"), (e) => graph.target(e));
  section("Letters received from", rel("wrote-to", "in"), (e) => graph.source(e));
  section("Holders", rel("held", "in"), (e) => graph.source(e));
  section("Members", rel("member-of", "in"), (e) => graph.source(e));
  // Strongest ties: neighbours by the evidence behind every edge between them.
  const ties = new Map();
  graph.forEachEdge(id, (e, ea, s, t) => {
    const other = s === id ? t : s;
    const tie = ties.get(other) || { weight: 0, edges: [] };
    tie.weight += ea.weight;
    tie.edges.push(e);
    ties.set(other, tie);
  });
  const top = [...ties].sort((x, y) => y[1].weight - x[1].weight || (x[0] < y[0] ? -1 : 1)).slice(0, 10);
  if (top.length) {
    panel.append(el("h3", {}, "Strongest ties"), el("ul", { class: "items" }, top.map(([other, tie]) =>
      el("li", {}, nodeRef(other), ` ${tie.weight}: `, ...tie.edges.flatMap((e, i) => [
        i ? ", " : "", edgeRef(e, describeRelation(e, id))])))));
  }
  panel.append(el("h3", {}, "Sources"), el("div", { class: "meta" }, a.sources.join("; ") || "none"));
}

function describeRelation(e, from) {
  const r = graph.getEdgeAttribute(e, "relation");
  if (UNDIRECTED.has(r)) return r;
  return graph.source(e) === from ? `${r} →` : `← ${r}`;
}

function namesOf(id) {
  const a = graph.getNodeAttributes(id);
  const names = [a.label, ...a.aliases];
  if (a.type_ === "person") {
    const last = a.label.split(/\s+/).pop();
    if (last && last.length > 2) names.push(last);
  }
  return names;
}

function showEdge(e) {
  const a = graph.getEdgeAttributes(e);
  const s = graph.source(e), t = graph.target(e);
  clear(panel);
  panel.dataset.kind = "edge";
  panel.append(el("h2", {}, nodeRef(s), ` ${UNDIRECTED.has(a.relation) ? "—" : "→"} ${a.relation} ${UNDIRECTED.has(a.relation) ? "—" : "→"} `, nodeRef(t)),
    el("div", { class: "meta" }, `${a.weight} evidence record${a.weight === 1 ? "" : "s"} · ${datesOf(e)}`));
  // Sources that disagree: the opposite relation between the same two, or a record with a polarity.
  const opposite = { opposed: "supported", supported: "opposed" }[a.relation];
  const contrary = opposite ? graph.edges(s, t).concat(graph.edges(t, s))
    .filter((x) => graph.getEdgeAttribute(x, "relation") === opposite) : [];
  for (const x of contrary) {
    const srcs = [...graph.getEdgeAttribute(x, "sources")].join("; ");
    panel.append(el("div", { class: "disagree" }, "Disagreeing: ", edgeRef(x, `${graph.getNodeAttribute(graph.source(x), "label")} ${opposite} ${graph.getNodeAttribute(graph.target(x), "label")}`), ` in ${srcs}`));
  }
  const polar = a.evidence.filter((v) => v.polarity);
  if (polar.length && polar.length < a.evidence.length) {
    panel.append(el("div", { class: "disagree" }, `Sources disagree: ${polar.length} of ${a.evidence.length} records carry a polarity (${[...new Set(polar.map((v) => v.polarity))].join(", ")}).`));
  }
  const sNames = namesOf(s), tNames = namesOf(t);
  const list = el("div", { id: "evidence-list" });
  for (const v of a.evidence) {
    const flags = [];
    if (v.polarity) flags.push(el("span", { class: "flag neg" }, v.polarity));
    if (v.copy) flags.push(el("span", { class: "flag" }, "copy"));
    if (v.reported_by) flags.push(el("span", { class: "flag" }, `reported by ${v.reported_by}`));
    list.append(el("div", { class: "evidence" },
      el("p", { class: "sentence" }, ...highlightSentence(v.text || "", sNames, tNames)),
      el("div", { class: "meta" },
        el("span", { class: "where" }, `${v.source}:${v.line}`), " · ",
        el("span", { class: "date" }, v.date ? (v.date_end ? `${v.date} – ${v.date_end}` : v.date) : "undated"), " · rule ",
        el("span", { class: "rule" }, v.rule || ""), ...flags)));
  }
  panel.append(el("h3", {}, "Evidence"), list);
}

function markChosen() {
  if (!cy) return;
  cy.batch(() => {
    cy.$(".chosen").removeClass("chosen");
    const id = state.selectedNode || state.selectedEdge;
    if (id) cy.getElementById(id).addClass("chosen");
  });
}
function selectNode(id, moveCamera) {
  state.selectedNode = id;
  state.selectedEdge = null;
  showNode(id);
  markChosen();
  if (cy && moveCamera) {
    // Close in on big graphs; a small one stays whole in view.
    const zoom = graph.order > 300 ? Math.max(cy.zoom(), 1.5) : cy.zoom();
    cy.stop();
    cy.animate({ center: { eles: cy.getElementById(id) }, zoom }, { duration: 400 });
  }
}
function selectEdge(e) {
  state.selectedEdge = e;
  state.selectedNode = null;
  showEdge(e);
  markChosen();
}

if (cy) {
  // A tap on an edge within a few pixels of it takes it (Cytoscape.js's own tolerance).
  cy.on("tap", "node", (ev) => selectNode(ev.target.id(), false));
  cy.on("tap", "edge", (ev) => selectEdge(ev.target.id()));
  cy.on("mouseover", "node, edge", () => { container.style.cursor = "pointer"; });
  cy.on("mouseout", "node, edge", () => { container.style.cursor = ""; });
}

// ---- search ---------------------------------------------------------------

const searchIndex = graph.mapNodes((id, a) => ({
  id, label: a.label, keys: [[normalise(a.label), null], ...a.aliases.map((x) => [normalise(x), x]), [normalise(id), null]],
}));
const searchEl = document.getElementById("search");
const resultsEl = document.getElementById("search-results");

function search(q) {
  const nq = normalise(q.trim());
  if (!nq) return [];
  const hits = [];
  for (const entry of searchIndex) {
    let best = null;
    for (const [key, alias] of entry.keys) {
      const at = key.indexOf(nq);
      if (at < 0) continue;
      const rank = (key === nq ? 0 : at === 0 ? 1 : 2) + (alias ? 0.5 : 0);
      if (!best || rank < best.rank) best = { rank, alias };
    }
    if (best) hits.push({ ...entry, ...best });
  }
  hits.sort((x, y) => x.rank - y.rank || x.label.localeCompare(y.label));
  return hits.slice(0, 30);
}

searchEl.addEventListener("input", () => {
  clear(resultsEl);
  for (const h of search(searchEl.value)) {
    const li = el("li", { onclick: () => selectNode(h.id, true), "data-id": h.id }, h.label,
      el("span", { class: "muted" }, ` (${graph.getNodeAttribute(h.id, "type_")})`));
    if (h.alias) li.append(el("span", { class: "alias" }, ` as “${h.alias}”`));
    resultsEl.append(li);
  }
});
searchEl.addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && resultsEl.firstChild) resultsEl.firstChild.click();
});

// ---- filters and legend ---------------------------------------------------

function legend(containerId, keys, colors, chosen, countOf, swatchClass) {
  const box = document.getElementById(containerId);
  for (const k of keys) {
    const cb = el("input", { type: "checkbox", value: k });
    cb.checked = true;
    cb.addEventListener("change", () => {
      if (cb.checked) chosen.add(k); else chosen.delete(k);
      computeVisibility();
    });
    const sw = el("span", { class: swatchClass });
    sw.style.background = colors[k];
    box.append(el("label", {}, cb, sw, k, el("span", { class: "count" }, String(countOf(k)))));
  }
}
const countBy = (items, f) => { const m = {}; items.forEach((x) => { m[f(x)] = (m[f(x)] || 0) + 1; }); return (k) => m[k] || 0; };
legend("types", allTypes, TYPE_COLORS, state.types, countBy(graph.nodes(), (n) => graph.getNodeAttribute(n, "type_")), "swatch");
legend("relations", allRelations, REL_COLORS, state.relations, countBy(graph.edges(), (e) => graph.getEdgeAttribute(e, "relation")), "line");

const sourceEl = document.getElementById("source");
for (const s of (data.graph && data.graph.sources ? data.graph.sources.map((x) => x.name) : []).sort()) {
  sourceEl.append(el("option", { value: s }, s));
}
sourceEl.addEventListener("change", () => { state.source = sourceEl.value; computeVisibility(); });

const fromEl = document.getElementById("year-from"), toEl = document.getElementById("year-to");
const dateLabel = document.getElementById("date-label"), playEl = document.getElementById("play");
const undatedEl = document.getElementById("undated");
function syncDates() {
  fromEl.value = state.from; toEl.value = state.to;
  dateLabel.textContent = minYear === null ? "no dates" : state.from === state.to ? `${state.from}` : `${state.from}–${state.to}`;
  computeVisibility();
}
if (minYear === null) {
  for (const x of [fromEl, toEl, playEl, undatedEl]) x.disabled = true;
  dateLabel.textContent = "no dates";
} else {
  for (const x of [fromEl, toEl]) { x.min = minYear; x.max = maxYear; x.step = 1; }
  fromEl.addEventListener("input", () => { state.from = +fromEl.value; if (state.to < state.from) state.to = state.from; syncDates(); });
  toEl.addEventListener("input", () => { state.to = +toEl.value; if (state.from > state.to) state.from = state.to; syncDates(); });
  undatedEl.addEventListener("change", () => { state.keepUndated = undatedEl.checked; computeVisibility(); });
  document.getElementById("date-reset").addEventListener("click", () => { stopPlay(); state.from = minYear; state.to = maxYear; syncDates(); });
  // Play: a window as wide as the one chosen (one year when all are chosen) steps forward a year at a time.
  let timer = null;
  const stopPlay = () => { if (timer) clearInterval(timer); timer = null; playEl.textContent = "Play"; };
  playEl.addEventListener("click", () => {
    if (timer) return stopPlay();
    const width = dateNarrowed() ? state.to - state.from : 0;
    state.from = minYear; state.to = minYear + width;
    syncDates();
    playEl.textContent = "Stop";
    timer = setInterval(() => {
      if (state.to >= maxYear) return stopPlay();
      state.from += 1; state.to += 1;
      syncDates();
    }, 900);
  });
  syncDates();
}

document.getElementById("fit").addEventListener("click", () => {
  if (cy) { cy.stop(); cy.animate({ fit: { eles: cy.elements(":visible"), padding: 20 } }, { duration: 300 }); }
});

// ---- hooks for the browser test and the benchmark -------------------------

window.apparatViewer = {
  timings: { parse: tParsed - t0, layout: tLayout - tParsed, setup: tDrawn - tDrawStart, total: 0 },
  cy,
  // "source relation target" of every edge shown, sorted.
  visibleEdges: () => [...visibleEdges].map((e) => `${graph.source(e)} ${graph.getEdgeAttribute(e, "relation")} ${graph.target(e)}`).sort(),
  // A point on screen where a mouse click finds this edge (on its curve, clear
  // of nodes and of edges that cross it), for a real click. Asks Cytoscape.js's
  // renderer what lies under the point, as a click does.
  edgePoint(e) {
    const edge = cy.getElementById(e), r = container.getBoundingClientRect();
    const s = edge.source().position(), t = edge.target().position(), m = edge.midpoint();
    const candidates = [m];
    for (const f of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) candidates.push({ x: s.x + f * (t.x - s.x), y: s.y + f * (t.y - s.y) });
    const zoom = cy.zoom(), pan = cy.pan();
    for (const q of candidates) {
      const p = { x: Math.round(q.x * zoom + pan.x), y: Math.round(q.y * zoom + pan.y) };  // mouse events are whole pixels
      if (p.x < 0 || p.y < 0 || p.x >= r.width || p.y >= r.height) continue;
      const hit = cy.renderer().findNearestElement((p.x - pan.x) / zoom, (p.y - pan.y) / zoom, true, false);
      if (hit && hit.id() === e) return { x: r.left + p.x, y: r.top + p.y };
    }
    return null;
  },
  edgeKey(source, relation, target) {
    return graph.edges(source, target).find((e) => graph.getEdgeAttribute(e, "relation") === relation) || null;
  },
  // Counts the frames Cytoscape.js draws until the returned function is
  // called, which gives { frames, seconds }. The benchmark moves the view
  // with real mouse input meanwhile (tests/viewer/browser.cjs).
  countFrames() {
    let frames = 0;
    const count = () => { frames++; };
    const start = performance.now();
    cy.on("render", count);
    return () => { cy.off("render", count); return { frames, seconds: (performance.now() - start) / 1000 }; };
  },
  // A point of the graph pane, in page coordinates, with no node or edge
  // under it: where a drag moves the view and not a node.
  emptyPoint() {
    const r = container.getBoundingClientRect(), zoom = cy.zoom(), pan = cy.pan();
    for (let y = 10; y < r.height; y += 20) {
      for (let x = 10; x < r.width; x += 20) {
        if (!cy.renderer().findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false)) return { x: r.left + x, y: r.top + y };
      }
    }
    return null;
  },
};
// Ready once the first frame after the layout is on screen.
let readyMarked = false;
const markReady = () => requestAnimationFrame(() => {
  if (readyMarked) return;
  readyMarked = true;
  window.apparatViewer.timings.total = performance.now();
  document.body.dataset.ready = "1";
});
if (cy) cy.one("render", markReady); else markReady();
