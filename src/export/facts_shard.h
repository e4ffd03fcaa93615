// Facts shards: one document's DocumentFacts as one line of JSON, and the
// merge of any number of such lines into one KnowledgeGraph.
//
// The map step (`apparat extract`) writes a shard: JSON Lines, one document
// per line, every line self-describing (format name, version, rules digest),
// because a cluster's shuffle (Hadoop's sort, a Spark repartition) reorders
// lines and mixes the output of many mappers. The reduce step
// (`apparat merge`) reads shards in any order and builds the graph that one
// `apparat build` of the same sources gives, byte for byte: documents are
// de-duplicated by their bytes' SHA-256 (the smallest name kept, as
// CollectSources keeps it) and KnowledgeGraph::Finalize sorts the rest.
//
// The format is specified in docs/formats.md ("Facts shards"). A field added
// or changed is a new version: a reader refuses any version but its own and
// any field it does not know, so an old merge never drops data silently.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/facts.h"
#include "graph/knowledge_graph.h"

namespace apparat::exporter {

inline constexpr const char* kShardFormat = "apparat-facts";
inline constexpr int kShardVersion = 1;

// One document as one line of compact JSON, without the newline. The
// document's path is left out: it names a file on the machine that
// extracted it and appears in no output.
std::string WriteShardLine(const extract::DocumentFacts& facts, const std::string& rules_digest);

// Parses one line written by WriteShardLine. On failure the message is the
// reason alone ("unsupported version 2 (this apparat reads version 1)");
// the caller prefixes the shard and line. `out->path` is set to the name.
Status ParseShardLine(std::string_view line, extract::DocumentFacts* out, std::string* rules_digest);

// Collects parsed lines from any number of shards, in any order, and
// builds the graph. Refuses lines extracted with other rules than the first
// line's, and two documents of the same name with different bytes (two
// extracts named their sources against different roots).
class ShardMerger {
 public:
  // Parses and keeps one line; `shard` and `line_no` (1-based) name it in
  // errors as "shard:line: reason". An empty line is no document and is
  // ignored.
  Status AddLine(const std::string& shard, size_t line_no, std::string_view line);

  // Moves every kept document into `graph` and finalises it. Fails when no
  // line held a document.
  Status Finish(graph::KnowledgeGraph* graph);

  const std::string& rules_digest() const { return digest_; }
  size_t documents() const { return documents_; }
  // Documents dropped because another line held the same bytes (the same
  // source in two shards, or two names for one text, as `build` drops them).
  size_t duplicates() const { return duplicates_; }

 private:
  struct Kept {
    extract::DocumentFacts facts;
    std::string where;  // "shard:line", for messages
  };
  std::map<std::string, Kept> by_sha_;                  // sha256 -> the document kept
  std::map<std::string, std::pair<std::string, std::string>> by_name_;  // name -> (sha256, where)
  std::string digest_, digest_where_;
  size_t duplicates_ = 0;
  size_t documents_ = 0;
};

}  // namespace apparat::exporter
