// KnowledgeGraph: facts from many documents -> one graph.
//
// The reduce step of the pipeline. Takes DocumentFacts in any order and
// merges them: one node per entity id, one edge per (subject, relation,
// object) with every evidence record behind it (the weight is their count).
// `allied` is symmetric and stored once, from the smaller id to the larger.
// Accessors return nodes, edges and evidence in a canonical order, so the
// same inputs give the same graph whatever order documents arrived in.
// Not thread-safe while merging: Add and Finalize from one thread at a time.
// After Finalize, the const methods may be called from any number of threads
// (the exporters write formats side by side).
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "extract/facts.h"
#include "graph/evidence_store.h"

namespace apparat::graph {

struct NodeProps {
  std::string id;
  std::string label;
  rules::EntityType type = rules::EntityType::kPerson;
  std::vector<std::string> aliases;
  std::vector<std::string> sources;  // documents that mention it, sorted
  std::string authority;             // an authority file's URI, or empty
};

struct EdgeProps {
  std::string relation;
  // Sorted by source, offset, rule, after Finalize. Read them through
  // KnowledgeGraph::evidence(edge props), which gives their strings.
  std::vector<EvidenceRecord> evidence;
  size_t weight() const { return evidence.size(); }
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

struct SourceInfo {
  std::string name, path, sha256;
  size_t bytes = 0;
};

class KnowledgeGraph {
 public:
  // Sentences beyond `memory_bytes` go to a temporary file (evidence_store.h).
  explicit KnowledgeGraph(size_t memory_bytes = EvidenceStore::kDefaultMemoryBytes);
  // Moves keep the store where it is; a copy would share its strings.
  KnowledgeGraph(KnowledgeGraph&&) = default;
  KnowledgeGraph& operator=(KnowledgeGraph&&) = default;
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  // Merges one document's facts.
  void Add(extract::DocumentFacts facts);

  // Sorts evidence and drops exact duplicates; call once after the last Add.
  void Finalize();

  const Graph& graph() const { return g_; }
  // An edge's evidence records, as views valid while the graph lives.
  EvidenceRange evidence(const EdgeProps& e) const { return {*store_, e.evidence}; }
  // Whether every spooled sentence could be read back so far; check after
  // writing the outputs, and do not keep them if not.
  Status status() const { return store_->status(); }
  uint64_t spooled_text_bytes() const { return store_->spooled_bytes(); }
  std::vector<Vertex> NodesInOrder() const;  // by id
  std::vector<Edge> EdgesInOrder() const;    // by source id, relation, target id
  std::vector<SourceInfo> Sources() const;   // by name, then path
  size_t node_count() const { return boost::num_vertices(g_); }
  size_t edge_count() const { return boost::num_edges(g_); }

 private:
  Vertex NodeFor(const extract::EntityRecord& e);

  std::unique_ptr<EvidenceStore> store_;  // the strings of every edge's evidence
  Graph g_;
  std::map<std::string, Vertex> by_id_;
  std::map<std::tuple<std::string, std::string, std::string>, Edge> edges_;
  // Keyed by (name, path): two files of the same name in different folders
  // are two sources.
  std::map<std::pair<std::string, std::string>, SourceInfo> sources_;
};

}  // namespace apparat::graph
