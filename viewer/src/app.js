// The apparat graph viewer: reads the graph.json embedded in the page, lays
// it out with ForceAtlas2 and draws it with sigma.js (WebGL). Every string
// that comes from a source (labels, aliases, sentences, file names) reaches
// the page through textContent or a text node, never as HTML.
import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";

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
    type: UNDIRECTED.has(l.relation) ? "line" : "arrow",
    size: 2 + Math.min(4, Math.log2(l.weight || 1)),
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
  if (renderer) renderer.refresh({ skipIndexation: true });
}

// ---- rendering ------------------------------------------------------------

const statsEl = document.getElementById("stats");
const container = document.getElementById("graph");
let renderer = null;
try {
  renderer = new Sigma(graph, container, {
    enableEdgeEvents: true,
    defaultEdgeType: "arrow",
    labelRenderedSizeThreshold: big ? 12 : 5,
    hideEdgesOnMove: graph.size > 5000,  // software WebGL cannot move 20,000 edges smoothly
    zIndex: true,
    nodeReducer: (n, a) => {
      const r = { ...a };
      if (!visibleNodes.has(n)) r.hidden = true;
      if (n === state.selectedNode) { r.highlighted = true; r.zIndex = 2; }
      return r;
    },
    edgeReducer: (e, a) => {
      const r = { ...a };
      if (!visibleEdges.has(e)) r.hidden = true;
      if (e === state.selectedEdge) { r.size = a.size + 3; r.zIndex = 2; r.color = "#111111"; }
      return r;
    },
  });
} catch (err) {
  container.appendChild(el("p", { class: "message" }, "The graph cannot be drawn: " + err.message));
}
computeVisibility();

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

function selectNode(id, moveCamera) {
  state.selectedNode = id;
  state.selectedEdge = null;
  showNode(id);
  if (renderer) {
    renderer.refresh({ skipIndexation: true });
    if (moveCamera) {
      const d = renderer.getNodeDisplayData(id);
      // Close in on big graphs; a small one stays whole in view.
      if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: graph.order > 300 ? 0.3 : renderer.getCamera().ratio }, { duration: 400 });
    }
  }
}
function selectEdge(e) {
  state.selectedEdge = e;
  state.selectedNode = null;
  showEdge(e);
  if (renderer) renderer.refresh({ skipIndexation: true });
}

if (renderer) {
  renderer.on("clickNode", ({ node }) => selectNode(node, false));
  renderer.on("clickEdge", ({ edge }) => selectEdge(edge));
  // Thin edges are hard to hit: a click beside one, within 4 pixels, takes the nearest.
  renderer.on("clickStage", ({ event }) => {
    for (let d = 1; d <= 4; d++) {
      for (const [dx, dy] of [[d, 0], [-d, 0], [0, d], [0, -d], [d, d], [-d, -d], [d, -d], [-d, d]]) {
        const e = renderer.getEdgeAtPoint(event.x + dx, event.y + dy);
        if (e) return selectEdge(e);
      }
    }
  });
  renderer.on("enterEdge", () => { container.style.cursor = "pointer"; });
  renderer.on("leaveEdge", () => { container.style.cursor = ""; });
  renderer.on("enterNode", () => { container.style.cursor = "pointer"; });
  renderer.on("leaveNode", () => { container.style.cursor = ""; });
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

document.getElementById("fit").addEventListener("click", () => { if (renderer) renderer.getCamera().animatedReset({ duration: 300 }); });

// ---- hooks for the browser test and the benchmark -------------------------

window.apparatViewer = {
  timings: { parse: tParsed - t0, layout: tLayout - tParsed, total: 0 },
  renderer,
  // "source relation target" of every edge shown, sorted.
  visibleEdges: () => [...visibleEdges].map((e) => `${graph.source(e)} ${graph.getEdgeAttribute(e, "relation")} ${graph.target(e)}`).sort(),
  // A point on screen where a mouse click finds this edge (near its middle,
  // clear of nodes and of edges that cross it), for a real click.
  edgePoint(e) {
    const s = renderer.getNodeDisplayData(graph.source(e)), t = renderer.getNodeDisplayData(graph.target(e));
    const r = container.getBoundingClientRect();
    for (const f of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {
      const q = renderer.framedGraphToViewport({ x: s.x + f * (t.x - s.x), y: s.y + f * (t.y - s.y) });
      const p = { x: Math.round(r.left + q.x) - r.left, y: Math.round(r.top + q.y) - r.top };  // mouse events are whole pixels
      if (renderer.getEdgeAtPoint(p.x, p.y) === e && !renderer.getNodeAtPosition(p)) return { x: r.left + p.x, y: r.top + p.y };
    }
    return null;
  },
  edgeKey(source, relation, target) {
    return graph.edges(source, target).find((e) => graph.getEdgeAttribute(e, "relation") === relation) || null;
  },
  // Frames sigma draws per second while the camera zooms in and out.
  measureFps(ms) {
    return new Promise((resolve) => {
      let frames = 0;
      const count = () => { frames++; };
      renderer.on("afterRender", count);
      const cam = renderer.getCamera(), start = performance.now();
      const step = () => {
        const t = performance.now() - start;
        if (t >= ms) { renderer.off("afterRender", count); cam.setState({ ratio: 1, angle: 0 }); resolve(frames / (t / 1000)); return; }
        cam.setState({ ratio: 1 + 0.5 * Math.sin(t / 300), angle: t / 2000 });
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
  },
};
requestAnimationFrame(() => {
  window.apparatViewer.timings.total = performance.now();
  document.body.dataset.ready = "1";
});
