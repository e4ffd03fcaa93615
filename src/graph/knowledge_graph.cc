#include "graph/knowledge_graph.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace apparat::graph {

namespace {


void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

}  // namespace

KnowledgeGraph::KnowledgeGraph(size_t memory_bytes) : store_(std::make_unique<EvidenceStore>(memory_bytes)) {}

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
  // A sentence that gives several facts is kept once.
  std::map<std::pair<size_t, size_t>, EvidenceRecord> sentences;
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
    auto [sentence, fresh] = sentences.try_emplace({f.evidence.start, f.evidence.end});
    std::string buffer;
    EvidenceRecord r;
    if (!fresh && store_->Text(sentence->second, &buffer) == f.evidence.text) {
      r = store_->Add(f.evidence, &sentence->second);
    } else {
      r = store_->Add(f.evidence);
      sentence->second = r;
    }
    g_[it->second].evidence.push_back(r);
  }
}

void KnowledgeGraph::Finalize() {
  store_->Finish();
  for (auto [v, vend] = boost::vertices(g_); v != vend; ++v) {
    NodeProps& n = g_[*v];
    std::sort(n.sources.begin(), n.sources.end());
    n.sources.erase(std::unique(n.sources.begin(), n.sources.end()), n.sources.end());
    n.aliases.erase(std::remove(n.aliases.begin(), n.aliases.end(), n.label), n.aliases.end());
    std::sort(n.aliases.begin(), n.aliases.end());
  }
  // By the strings, not their numbers (which follow arrival order), so
  // the order is the same whatever order documents came in.
  const EvidenceStore& s = *store_;
  auto less = [&](const EvidenceRecord& a, const EvidenceRecord& b) {
    if (a.source != b.source) return s.String(a.source) < s.String(b.source);
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    if (a.rule != b.rule) return s.String(a.rule) < s.String(b.rule);
    if (a.copy != b.copy) return a.copy < b.copy;
    // Records equal so far are one (`same`); which is kept must not depend
    // on arrival order either (two files giving one source name, -j N).
    for (auto field : {&EvidenceRecord::date, &EvidenceRecord::date_end, &EvidenceRecord::polarity,
                       &EvidenceRecord::reported_by}) {
      if (a.*field != b.*field) return s.String(a.*field) < s.String(b.*field);
    }
    if (a.line != b.line) return a.line < b.line;
    return a.text_size < b.text_size;
  };
  auto same = [](const EvidenceRecord& a, const EvidenceRecord& b) {
    return a.source == b.source && a.start == b.start && a.end == b.end && a.rule == b.rule && a.copy == b.copy;
  };
  for (auto& [key, e] : edges_) {
    auto& ev = g_[e].evidence;
    std::sort(ev.begin(), ev.end(), less);
    ev.erase(std::unique(ev.begin(), ev.end(), same), ev.end());
    ev.shrink_to_fit();
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
