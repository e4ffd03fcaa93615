#include "query/answer.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>
#include <tuple>
#include <map>
#include <set>

#include "query/names.h"

namespace apparat::query {

namespace {

// ---------------------------------------------------------------------------
// Evidence filters.

// "1922" -> "1922-01-01" (low) or "1922-12-31" (high); "1922-03" likewise.
std::string PadDate(std::string_view d, bool high) {
  std::string s(d);
  if (s.size() == 4) s += high ? "-12-31" : "-01-01";
  else if (s.size() == 7) s += high ? "-31" : "-01";
  return s;
}

class EvidenceFilter {
 public:
  EvidenceFilter(const Request& r, std::vector<std::string> sources)
      : since_(r.since.empty() ? "" : PadDate(r.since, false)),
        until_(r.until.empty() ? "" : PadDate(r.until, true)),
        sources_(std::move(sources)) {}

  // An evidence record passes when its date range overlaps [since, until]
  // (undated evidence fails any date filter) and its document is selected.
  bool Passes(const EvidenceRef& e) const {
    if (!sources_.empty() && std::find(sources_.begin(), sources_.end(), e.source) == sources_.end()) return false;
    if (since_.empty() && until_.empty()) return true;
    if (!IsIsoDate(e.date)) return false;
    // A range ("from 1919 until 1922") runs to its end date.
    std::string_view last = IsIsoDate(e.date_end) ? e.date_end : e.date;
    if (!since_.empty() && PadDate(last, true) < since_) return false;
    if (!until_.empty() && PadDate(e.date, false) > until_) return false;
    return true;
  }

  // The edge's evidence that passes; empty when none does.
  EdgeHit Hit(const GraphFile& g, EdgeIndex e) const {
    EdgeHit h{e, {}};
    const auto edge = g.edge(e);
    for (uint32_t i = edge.evidence_begin; i < edge.evidence_end; ++i) {
      if (Passes(g.evidence(i))) h.evidence.push_back(i);
    }
    return h;
  }

  bool AnyPasses(const GraphFile& g, EdgeIndex e) const {
    const auto edge = g.edge(e);
    for (uint32_t i = edge.evidence_begin; i < edge.evidence_end; ++i) {
      if (Passes(g.evidence(i))) return true;
    }
    return false;
  }

 private:
  std::string since_, until_;
  std::vector<std::string> sources_;
};

std::vector<std::string_view> KnownSources(const GraphFile& g) {
  std::set<std::string_view> s;
  for (uint32_t i = 0; i < g.source_count(); ++i) s.insert(g.source(i));
  if (s.empty()) {
    for (uint32_t i = 0; i < g.evidence_count(); ++i) s.insert(g.evidence(i).source);
  }
  return {s.begin(), s.end()};
}

std::string Stem(std::string_view name) {
  size_t dot = name.rfind('.');
  return std::string(dot == std::string_view::npos ? name : name.substr(0, dot));
}

std::string ListNames(const std::vector<std::string_view>& names, size_t max) {
  std::string s;
  for (size_t i = 0; i < names.size() && i < max; ++i) s += (i ? ", " : "") + std::string(names[i]);
  if (names.size() > max) s += ", ... (" + std::to_string(names.size()) + " in all)";
  return s;
}

Status SelectSources(const GraphFile& g, const std::string& wanted, std::vector<std::string>* out) {
  out->clear();
  if (wanted.empty()) return Status();
  auto known = KnownSources(g);
  std::vector<std::string_view> prefix;
  for (auto s : known) {
    if (s == wanted || Stem(s) == wanted) {
      out->assign(1, std::string(s));
      return Status();
    }
    if (s.substr(0, wanted.size()) == wanted) prefix.push_back(s);
  }
  if (prefix.size() == 1) {
    out->assign(1, std::string(prefix[0]));
    return Status();
  }
  if (prefix.empty()) {
    return Status::Error("--source " + wanted + ": no such document in the graph (documents: " +
                         ListNames(known, 8) + ")");
  }
  return Status::Error("--source " + wanted + " could mean " + ListNames(prefix, 8) + "; give more of the name");
}

// ---------------------------------------------------------------------------
// Names -> nodes.

std::vector<std::string_view> SlotTypes(const std::string& relation, bool subject) {
  if (relation == "held") return subject ? std::vector<std::string_view>{"person", "body"}
                                         : std::vector<std::string_view>{"position"};
  if (relation == "member-of") return subject ? std::vector<std::string_view>{"person", "body"}
                                              : std::vector<std::string_view>{"body"};
  if (relation == "wrote-to") return {"person"};
  if (relation == "appointed" && !subject) return {"person"};
  return {};
}

std::string Describe(const NodeRef& n) {
  return std::string(n.label) + " (" + std::string(n.id) + ", " + std::string(n.type) + ")";
}

Status ResolveSlot(const GraphFile& g, const NameIndex& names, const std::string& phrase,
                   const std::vector<std::string_view>& types, int64_t* out) {
  Resolution r = names.Resolve(phrase, types);
  if (r.candidates.size() == 1) {
    *out = r.candidates[0];
    return Status();
  }
  if (r.candidates.empty()) {
    if (!r.unknown_word.empty()) {
      std::string near = names.Suggest(r.unknown_word);
      return Status::Error("did not understand the word \"" + r.unknown_word + "\" in \"" + phrase +
                           "\": no person, body, position or issue in the graph has that name" +
                           (near.empty() ? "" : "; did you mean \"" + near + "\"?"));
    }
    return Status::Error("no person, body, position or issue in the graph is called \"" + phrase + "\"");
  }
  std::string list;
  const size_t kShown = 12;
  for (size_t i = 0; i < r.candidates.size() && i < kShown; ++i) {
    list += (i ? "; " : "") + Describe(g.node(r.candidates[i]));
  }
  if (r.candidates.size() > kShown) list += "; and " + std::to_string(r.candidates.size() - kShown) + " more";
  return Status::Error("\"" + phrase + "\" could mean " + std::to_string(r.candidates.size()) + " entities: " + list +
                       ". Use a more precise name");
}

// ---------------------------------------------------------------------------
// Fact questions.

bool Symmetric(std::string_view relation) { return relation == "allied"; }

// Distinct sentences: two rules reading the same sentence count once.
size_t CountSentences(const GraphFile& g, const std::vector<EdgeHit>& hits) {
  std::vector<std::tuple<std::string_view, size_t, size_t, int>> s;
  for (const auto& h : hits) {
    for (uint32_t i : h.evidence) {
      EvidenceRef e = g.evidence(i);
      s.emplace_back(e.source, e.start, e.end, e.line);
    }
  }
  std::sort(s.begin(), s.end());
  return static_cast<size_t>(std::unique(s.begin(), s.end()) - s.begin());
}

size_t CountSources(const GraphFile& g, const std::vector<EdgeHit>& hits) {
  std::vector<std::string_view> s;
  for (const auto& h : hits) {
    for (uint32_t i : h.evidence) s.push_back(g.evidence(i).source);
  }
  std::sort(s.begin(), s.end());
  return static_cast<size_t>(std::unique(s.begin(), s.end()) - s.begin());
}

// Every edge at `fixed` whose other end answers the question; `fixed_is_subject`
// says which end of the asked relation `fixed` is.
void CollectFacts(const GraphFile& g, const EvidenceFilter& filter, const Result& r, NodeIndex fixed,
                  bool fixed_is_subject, int64_t other, std::vector<Item>* items) {
  const std::string& rel = r.query.relation;
  std::vector<std::string> contrary = ContraryRelations(rel);
  std::map<NodeIndex, Item> by_entity;
  std::map<NodeIndex, std::vector<EdgeHit>> against;
  auto visit = [&](EdgeIndex ei, bool fixed_at_subject) {
    const EdgeRef e = g.edge(ei);
    NodeIndex end = fixed_at_subject ? e.object : e.subject;
    if (other >= 0 && end != other) return;
    bool asked = rel.empty() || e.relation == rel;
    bool orientation_ok = fixed_at_subject == fixed_is_subject || Symmetric(e.relation);
    bool is_contrary = std::find(contrary.begin(), contrary.end(), e.relation) != contrary.end() &&
                       (fixed_at_subject == fixed_is_subject || Symmetric(e.relation) || Symmetric(rel));
    if (!(asked && orientation_ok) && !is_contrary) return;
    EdgeHit h = filter.Hit(g, ei);
    if (h.evidence.empty()) return;
    if (asked && orientation_ok) {
      Item& it = by_entity[end];
      it.entity = end;
      it.hits.push_back(std::move(h));
    } else {
      against[end].push_back(std::move(h));
    }
  };
  for (EdgeIndex ei : g.out_edges(fixed)) visit(ei, true);
  for (EdgeIndex ei : g.in_edges(fixed)) {
    if (g.edge(ei).subject != fixed) visit(ei, false);  // a self-loop was seen as an out-edge
  }
  // A yes-or-no question whose two entities are joined only by the
  // contrary relation: its answer is that evidence.
  if (r.query.yes_no && other >= 0 && !by_entity.count(static_cast<NodeIndex>(other))) {
    auto a = against.find(static_cast<NodeIndex>(other));
    if (a != against.end()) by_entity[a->first].entity = a->first;
  }
  for (auto& [node, item] : by_entity) {
    if (!r.query.answer_type.empty() && g.node(node).type != r.query.answer_type) continue;
    item.evidence_count = CountSentences(g, item.hits);
    item.source_count = CountSources(g, item.hits);
    auto a = against.find(node);
    if (a != against.end()) item.contrary = std::move(a->second);
    items->push_back(std::move(item));
  }
}

void RankItems(const GraphFile& g, std::vector<Item>* items) {
  std::sort(items->begin(), items->end(), [&](const Item& a, const Item& b) {
    if (a.evidence_count != b.evidence_count) return a.evidence_count > b.evidence_count;
    if (a.source_count != b.source_count) return a.source_count > b.source_count;
    const NodeRef na = g.node(a.entity), nb = g.node(b.entity);
    return std::tie(na.label, na.id) < std::tie(nb.label, nb.id);
  });
}

// Every edge at one entity, either direction, by neighbour.
Status AnswerAbout(const GraphFile& g, const NameIndex& names, const EvidenceFilter& filter, size_t limit,
                   Result* r) {
  Status s = ResolveSlot(g, names, r->query.subject, {}, &r->subject);
  if (!s.ok()) return s;
  r->query.kind = Query::kAbout;
  r->query.relation.clear();
  r->query.object.clear();
  r->object = -1;
  NodeIndex x = static_cast<NodeIndex>(r->subject);
  std::vector<Item> out, in;
  CollectFacts(g, filter, *r, x, true, -1, &out);
  CollectFacts(g, filter, *r, x, false, -1, &in);
  std::map<NodeIndex, Item> by;
  for (auto* items : {&out, &in}) {
    for (auto& it : *items) {
      Item& m = by[it.entity];
      m.entity = it.entity;
      for (auto& h : it.hits) {
        bool seen = std::any_of(m.hits.begin(), m.hits.end(), [&](const EdgeHit& o) { return o.edge == h.edge; });
        if (!seen) m.hits.push_back(std::move(h));
      }
    }
  }
  for (auto& [node, item] : by) {
    item.evidence_count = CountSentences(g, item.hits);
    item.source_count = CountSources(g, item.hits);
    r->items.push_back(std::move(item));
  }
  RankItems(g, &r->items);
  r->total_items = r->items.size();
  if (limit && r->items.size() > limit) r->items.resize(limit);
  return Status();
}

Status AnswerFacts(const GraphFile& g, const NameIndex& names, const EvidenceFilter& filter, size_t limit,
                   Result* r) {
  Query& q = r->query;
  if (q.subject.empty() && q.object.empty()) {
    return Status::Error("name a subject or an object (--subject, --object), or ask a question");
  }
  Status s;
  if (!q.subject.empty()) s = ResolveSlot(g, names, q.subject, SlotTypes(q.relation, true), &r->subject);
  if (s.ok() && !q.object.empty()) s = ResolveSlot(g, names, q.object, SlotTypes(q.relation, false), &r->object);
  if (!s.ok()) return s;
  // "who was Trotsky": not a post, so a question about him.
  if (!q.object_type.empty() && r->object >= 0 && g.node(r->object).type != q.object_type) {
    if (q.subject.empty()) {
      r->query.subject = q.object;
      return AnswerAbout(g, names, filter, limit, r);
    }
    return Status::Error("\"" + q.object + "\" is " + std::string(g.node(r->object).type) +
                         ", not a post: ask e.g. \"did " + q.subject + " support " + q.object + "\"");
  }
  // Support of a person is an alliance in the graph.
  bool person_end = (r->object >= 0 && g.node(r->object).type == "person") ||
                    (q.answer_type == "person" && r->subject >= 0);
  if (q.relation == "supported" && person_end) {
    q.relation = "allied";
    r->note = "support between persons is stored as allied";
  }
  if (r->subject >= 0) {
    CollectFacts(g, filter, *r, static_cast<NodeIndex>(r->subject), true, r->object, &r->items);
  } else {
    CollectFacts(g, filter, *r, static_cast<NodeIndex>(r->object), false, -1, &r->items);
  }
  RankItems(g, &r->items);
  // "when did ...": each edge's evidence in date order, undated last.
  if (q.when) {
    for (auto& item : r->items) {
      for (auto& h : item.hits) {
        std::stable_sort(h.evidence.begin(), h.evidence.end(), [&](uint32_t i, uint32_t j) {
          std::string_view a = g.evidence(i).date, b = g.evidence(j).date;
          if (a.empty() != b.empty()) return b.empty();
          return a < b;
        });
      }
    }
  }
  r->total_items = r->items.size();
  if (limit && r->items.size() > limit) r->items.resize(limit);
  return Status();
}

// ---------------------------------------------------------------------------
// Path questions.

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

std::vector<int> Distances(const Undirected& ug, NodeIndex from) {
  std::vector<int> d(boost::num_vertices(ug), -1);
  d[from] = 0;
  boost::breadth_first_search(
      ug, boost::vertex(from, ug),
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(d.data(), boost::on_tree_edge()))));
  return d;
}

// Every edge between a and b, either direction, with the evidence that passes.
std::vector<EdgeHit> HitsBetween(const GraphFile& g, const EvidenceFilter& filter, NodeIndex a, NodeIndex b) {
  std::vector<EdgeHit> hits;
  auto take = [&](EdgeIndex ei) {
    EdgeHit h = filter.Hit(g, ei);
    if (!h.evidence.empty()) hits.push_back(std::move(h));
  };
  for (EdgeIndex ei : g.out_edges(a)) {
    if (g.edge(ei).object == b) take(ei);
  }
  for (EdgeIndex ei : g.in_edges(a)) {
    if (g.edge(ei).subject == b && a != b) take(ei);
  }
  return hits;
}

class PathEnumerator {
 public:
  PathEnumerator(const GraphFile& g, const EvidenceFilter& filter, const Undirected& ug, const std::vector<int>& dx,
                 const std::vector<int>& dy, int length, size_t limit)
      : g_(g), filter_(filter), ug_(ug), dx_(dx), dy_(dy), length_(length), limit_(limit) {}

  void Run(NodeIndex from, std::vector<Path>* out) {
    out_ = out;
    std::vector<NodeIndex> trail{from};
    Walk(&trail);
  }

 private:
  std::vector<NodeIndex> NextOnShortestPath(NodeIndex u) const {
    std::vector<NodeIndex> next;
    for (auto [a, end] = boost::adjacent_vertices(u, ug_); a != end; ++a) {
      NodeIndex v = static_cast<NodeIndex>(*a);
      if (dx_[v] == dx_[u] + 1 && dy_[v] == length_ - dx_[v]) next.push_back(v);
    }
    std::sort(next.begin(), next.end(), [&](NodeIndex a, NodeIndex b) {
      const NodeRef na = g_.node(a), nb = g_.node(b);
      return std::tie(na.label, na.id) < std::tie(nb.label, nb.id);
    });
    next.erase(std::unique(next.begin(), next.end()), next.end());
    return next;
  }

  void Walk(std::vector<NodeIndex>* trail) {
    if (limit_ && out_->size() >= limit_) return;
    if (static_cast<int>(trail->size()) == length_ + 1) {
      Path p;
      for (size_t i = 0; i + 1 < trail->size(); ++i) {
        p.steps.push_back({(*trail)[i], (*trail)[i + 1], HitsBetween(g_, filter_, (*trail)[i], (*trail)[i + 1])});
      }
      out_->push_back(std::move(p));
      return;
    }
    for (NodeIndex v : NextOnShortestPath(trail->back())) {
      trail->push_back(v);
      Walk(trail);
      trail->pop_back();
    }
  }

  const GraphFile& g_;
  const EvidenceFilter& filter_;
  const Undirected& ug_;
  const std::vector<int>& dx_;
  const std::vector<int>& dy_;
  int length_;
  size_t limit_;
  std::vector<Path>* out_ = nullptr;
};

// Number of shortest paths, by dynamic programming over BFS layers.
size_t CountShortestPaths(const Undirected& ug, const std::vector<int>& dx, const std::vector<int>& dy, int length,
                          NodeIndex from) {
  std::vector<double> count(dx.size(), 0);
  std::vector<std::vector<NodeIndex>> layer(length + 1);
  for (NodeIndex v = 0; v < dx.size(); ++v) {
    if (dx[v] >= 0 && dy[v] >= 0 && dx[v] + dy[v] == length) layer[dx[v]].push_back(v);
  }
  count[from] = 1;
  NodeIndex to = 0;
  for (int k = 1; k <= length; ++k) {
    for (NodeIndex v : layer[k]) {
      std::set<NodeIndex> seen;
      for (auto [a, end] = boost::adjacent_vertices(v, ug); a != end; ++a) {
        if (dx[*a] == k - 1 && seen.insert(static_cast<NodeIndex>(*a)).second) count[v] += count[*a];
      }
      if (k == length) to = v;
    }
  }
  return static_cast<size_t>(std::min(count[to], 1e18));
}

Status AnswerPath(const GraphFile& g, const NameIndex& names, const EvidenceFilter& filter, size_t limit,
                  Result* r) {
  Status s = ResolveSlot(g, names, r->query.subject, {}, &r->subject);
  if (s.ok()) s = ResolveSlot(g, names, r->query.object, {}, &r->object);
  if (!s.ok()) return s;
  if (r->subject == r->object) {
    return Status::Error("\"" + r->query.subject + "\" and \"" + r->query.object + "\" are the same entity");
  }
  Undirected ug(g.node_count());
  for (EdgeIndex ei = 0; ei < g.edge_count(); ++ei) {
    const EdgeRef e = g.edge(ei);
    if (e.subject != e.object && filter.AnyPasses(g, ei)) boost::add_edge(e.subject, e.object, ug);
  }
  NodeIndex x = static_cast<NodeIndex>(r->subject), y = static_cast<NodeIndex>(r->object);
  std::vector<int> dx = Distances(ug, x);
  if (dx[y] < 0) return Status();
  r->path_steps = dx[y];
  if (dx[y] > kMaxPathSteps) return Status();
  std::vector<int> dy = Distances(ug, y);
  r->total_paths = CountShortestPaths(ug, dx, dy, dx[y], x);
  PathEnumerator(g, filter, ug, dx, dy, dx[y], limit).Run(x, &r->paths);
  return Status();
}

Status ReadRequest(const Request& req, const NameIndex& names, Query* q) {
  bool structured = !req.subject.empty() || !req.object.empty() || !req.relation.empty();
  if (!req.question.empty() && structured) {
    return Status::Error("give either a question or --subject/--relation/--object, not both");
  }
  if (!req.question.empty()) {
    return ParseQuestion(req.question, [&](std::string_view w) { return names.IsNameWord(w); }, q);
  }
  if (!structured) return Status::Error("no question; try e.g. \"who opposed the monopoly\" (see docs/query.md)");
  *q = Query();
  if (!req.relation.empty()) {
    q->relation = CanonicalRelation(req.relation);
    if (q->relation.empty()) {
      return Status::Error("unknown relation \"" + req.relation +
                           "\" (opposed, supported, allied, appointed, held, member-of, wrote-to)");
    }
  }
  q->subject = req.subject;
  q->object = req.object;
  return Status();
}

}  // namespace

std::vector<std::string> ContraryRelations(std::string_view relation) {
  if (relation == "supported" || relation == "allied") return {"opposed"};
  if (relation == "opposed") return {"supported", "allied"};
  return {};
}

bool IsIsoDate(std::string_view d) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (i >= d.size() || d[i] < '0' || d[i] > '9') return false;
    }
    return true;
  };
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  if (!digits(0, 4)) return false;
  if (d.size() >= 7) {
    if (d[4] != '-' || !digits(5, 2)) return false;
    int month = (d[5] - '0') * 10 + (d[6] - '0');
    if (month < 1 || month > 12) return false;
  }
  if (d.size() == 10) {
    if (d[7] != '-' || !digits(8, 2)) return false;
    int day = (d[8] - '0') * 10 + (d[9] - '0');
    if (day < 1 || day > 31) return false;
  }
  return true;
}

Status Answer(const GraphFile& g, const Request& req, Result* out) {
  *out = Result();
  for (const auto& [flag, value] : {std::pair{"--since", &req.since}, std::pair{"--until", &req.until}}) {
    if (!value->empty() && !IsIsoDate(*value)) {
      return Status::Error(std::string(flag) + " " + *value + ": expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }
  if (!req.since.empty() && !req.until.empty() && PadDate(req.since, false) > PadDate(req.until, true)) {
    return Status::Error("--since " + req.since + " is after --until " + req.until);
  }
  NameIndex names(g);
  Status s = ReadRequest(req, names, &out->query);
  if (s.ok()) s = SelectSources(g, req.source, &out->sources);
  if (!s.ok()) return s;
  // A time in the question filters as --since/--until do; the flags win.
  Request effective = req;
  if (effective.since.empty() && effective.until.empty()) {
    effective.since = out->query.since;
    effective.until = out->query.until;
  }
  // A question's own years are checked as the flags are ("before 1000",
  // "between 1924 and 1922").
  for (const std::string* d : {&effective.since, &effective.until}) {
    if (!d->empty() && !IsIsoDate(*d)) return Status::Error("the time in the question gives " + *d + ", which is no year from 1000 to 9999");
  }
  if (!effective.since.empty() && !effective.until.empty() &&
      PadDate(effective.since, false) > PadDate(effective.until, true)) {
    return Status::Error("the time in the question runs backwards: from " + effective.since + " to " + effective.until);
  }
  out->since = effective.since;
  out->until = effective.until;
  EvidenceFilter filter(effective, out->sources);
  if (out->query.kind == Query::kPath) return AnswerPath(g, names, filter, req.limit, out);
  if (out->query.kind == Query::kAbout) return AnswerAbout(g, names, filter, req.limit, out);
  s = AnswerFacts(g, names, filter, req.limit, out);
  if (s.ok() && out->items.empty() && out->query.relation == "supported" && out->subject >= 0 &&
      g.node(out->subject).type == "person" && out->note.empty()) {
    out->note = "support between persons is stored as allied: ask e.g. \"who allied with " + out->query.subject + "\"";
  }
  return s;
}

}  // namespace apparat::query
