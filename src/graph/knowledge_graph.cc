#include "graph/knowledge_graph.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace apparat::graph {

namespace {

bool EvidenceLess(const Evidence& a, const Evidence& b) {
  return std::tie(a.source, a.start, a.end, a.rule, a.copy) < std::tie(b.source, b.start, b.end, b.rule, b.copy);
}

bool EvidenceSame(const Evidence& a, const Evidence& b) {
  return a.source == b.source && a.start == b.start && a.end == b.end && a.rule == b.rule && a.copy == b.copy;
}

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

}  // namespace

Vertex KnowledgeGraph::NodeFor(const extract::EntityRecord& e) {
  auto it = by_id_.find(e.id);
  if (it != by_id_.end()) {
    // Documents arrive in any order; when two spell a discovered entity's
    // label differently, the smaller label wins so the output is the same.
    NodeProps& n = g_[it->second];
    if (e.label < n.label) {
      AddUnique(&n.aliases, n.label);
      n.label = e.label;
    } else if (e.label != n.label) {
      AddUnique(&n.aliases, e.label);
    }
    for (const auto& a : e.aliases) AddUnique(&n.aliases, a);
    // Two shards may disagree only if their rules did: the smaller wins,
    // whatever the order.
    if (!e.authority.empty() && (n.authority.empty() || e.authority < n.authority)) n.authority = e.authority;
    return it->second;
  }
  Vertex v = boost::add_vertex(g_);
  g_[v].id = e.id;
  g_[v].label = e.label;
  g_[v].type = e.type;
  g_[v].aliases = e.aliases;
  g_[v].authority = e.authority;
  by_id_.emplace(e.id, v);
  return v;
}

void KnowledgeGraph::Add(extract::DocumentFacts facts) {
  sources_[{facts.source, facts.path}] = {facts.source, facts.path, facts.sha256, facts.bytes};
  // Appended, made unique in Finalize: a search here made 100,000 sources
  // mentioning the same people quadratic (each search scanned every source
  // before).
  std::unordered_map<std::string_view, Vertex> listed;
  for (const auto& e : facts.entities) {
    Vertex v = NodeFor(e);
    g_[v].sources.push_back(facts.source);
    listed.emplace(e.id, v);
  }
  for (auto& f : facts.facts) {
    // Only the document's own entities: looked up in the whole graph, a
    // fact whose end this document forgot to list would be kept or dropped
    // by whether another document came first (build -jN would vary).
    auto s = listed.find(f.subject), o = listed.find(f.object);
    if (s == listed.end() || o == listed.end()) continue;
    auto key = std::make_tuple(f.subject, f.relation, f.object);
    auto it = edges_.find(key);
    if (it == edges_.end()) {
      Edge e = boost::add_edge(s->second, o->second, g_).first;
      g_[e].relation = f.relation;
      it = edges_.emplace(key, e).first;
    }
    g_[it->second].evidence.push_back(std::move(f.evidence));
  }
}

void KnowledgeGraph::Finalize() {
  for (auto [v, vend] = boost::vertices(g_); v != vend; ++v) {
    NodeProps& n = g_[*v];
    std::sort(n.sources.begin(), n.sources.end());
    n.sources.erase(std::unique(n.sources.begin(), n.sources.end()), n.sources.end());
    n.aliases.erase(std::remove(n.aliases.begin(), n.aliases.end(), n.label), n.aliases.end());
    std::sort(n.aliases.begin(), n.aliases.end());
  }
  for (auto& [key, e] : edges_) {
    auto& ev = g_[e].evidence;
    std::sort(ev.begin(), ev.end(), EvidenceLess);
    ev.erase(std::unique(ev.begin(), ev.end(), EvidenceSame), ev.end());
  }
}

std::vector<Vertex> KnowledgeGraph::NodesInOrder() const {
  std::vector<Vertex> out;
  for (const auto& [id, v] : by_id_) out.push_back(v);
  return out;
}

std::vector<Edge> KnowledgeGraph::EdgesInOrder() const {
  std::vector<Edge> out;
  for (const auto& [key, e] : edges_) out.push_back(e);
  return out;
}

std::vector<SourceInfo> KnowledgeGraph::Sources() const {
  std::vector<SourceInfo> out;
  for (const auto& [key, s] : sources_) out.push_back(s);
  return out;
}

}  // namespace apparat::graph
