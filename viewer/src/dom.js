// DOM helpers that only ever create text nodes from data: no innerHTML.

// el("a", {class: "x", onclick: f}, "text", child, [more]) -> element.
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

// Lower case without diacritics, for search: "Dzerjinski" finds "Dzierżyński"'s alias.
export function normalise(s) {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

// Splits `text` into text nodes and <mark> elements where a name of the
// subject (class subj) or the object (class obj) occurs. Longer names win;
// matches never overlap. Case-insensitive where lower-casing keeps lengths.
export function highlightSentence(text, subjectNames, objectNames) {
  const fold = text.toLowerCase();
  const hay = fold.length === text.length ? fold : text;
  const cands = [];
  const add = (names, cls) => {
    for (const name of names) {
      if (!name || name.length < 3) continue;
      const needle = hay === fold ? name.toLowerCase() : name;
      for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
        const before = at === 0 ? "" : hay[at - 1], after = hay[at + needle.length] || "";
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;  // whole words only
        cands.push({ start: at, end: at + needle.length, cls });
      }
    }
  };
  add(subjectNames, "subj");
  add(objectNames, "obj");
  cands.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const chosen = [];
  for (const c of cands) {
    if (chosen.every((d) => c.end <= d.start || c.start >= d.end)) chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  const out = [];
  let pos = 0;
  for (const c of chosen) {
    if (c.start > pos) out.push(document.createTextNode(text.slice(pos, c.start)));
    const m = document.createElement("mark");
    m.className = c.cls;
    m.textContent = text.slice(c.start, c.end);
    out.push(m);
    pos = c.end;
  }
  if (pos < text.length) out.push(document.createTextNode(text.slice(pos)));
  return out;
}
