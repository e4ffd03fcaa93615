// Evidence dates at year resolution. A record's date is YYYY, YYYY-MM or
// YYYY-MM-DD; a `date_end`, when a source gives a range, closes it.

// [firstYear, lastYear] of one evidence record, or null when undated.
export function evidenceYears(ev) {
  const y = (d) => (typeof d === "string" && /^\d{4}/.test(d) ? parseInt(d.slice(0, 4), 10) : null);
  const a = y(ev.date);
  if (a === null) return null;
  const b = y(ev.date_end);
  return [a, b === null || b < a ? a : b];
}

export function yearsOverlap([a, b], from, to) {
  return a <= to && b >= from;
}

// [min, max] year over every edge's records, or [null, null].
export function graphYears(graph) {
  let lo = null, hi = null;
  graph.forEachEdge((e, attrs) => {
    for (const [a, b] of attrs.years) {
      if (lo === null || a < lo) lo = a;
      if (hi === null || b > hi) hi = b;
    }
  });
  return [lo, hi];
}
