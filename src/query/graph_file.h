// GraphFile: the graph.json that `apparat build` wrote, read back for queries.
//
// Takes the path of a networkx node-link JSON file written by apparat
// (docs/formats.md); gives an immutable, indexed view of its nodes, edges
// and evidence. Nothing is re-extracted. The graph is read in one form,
// the query index (graph_index.h): mapped from the file beside graph.json
// when it was made from these bytes, else made in memory from the parsed
// JSON (and written beside it for the next question). Errors (missing
// file, over the size cap, not JSON, not an apparat graph, another format
// version, dangling edge ends) come back as one line naming the file;
// nothing throws.
// Thread-safety: after Load, every const method may be used from any number
// of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "query/graph_index.h"

namespace apparat::query {

// Edge numbers, in file order.
using EdgeList = NumberList;

struct LoadOptions {
  // Files larger than this are refused before reading (default 2 GiB).
  uint64_t max_bytes = uint64_t{2} << 30;
  // Read the query index beside the file (graph_index.h) when it was made
  // from these very bytes, instead of parsing the JSON.
  bool use_index = true;
  // After parsing the JSON, write the index beside it (atomically; a
  // directory that cannot be written to is no error: the next load parses
  // again) — only for a file of at least `index_min_bytes`: a smaller one
  // parses in well under 20 ms and is not worth a second file.
  bool write_index = true;
  uint64_t index_min_bytes = uint64_t{1} << 20;
};

// The graph format versions this reader understands: graphs written by
// apparat with this major version number.
inline constexpr int kSupportedMajorVersion = 0;

class GraphFile {
 public:
  GraphFile();
  ~GraphFile();
  GraphFile(const GraphFile&) = delete;
  GraphFile& operator=(const GraphFile&) = delete;

  // Reads `path`: its query index when it has one made from these very
  // bytes (mapped, read in place), else the JSON, parsed into an index in
  // memory (see LoadOptions). On error the object is left empty.
  Status Load(const std::string& path, const LoadOptions& options = {});
  // Whether the last Load read the query index rather than the JSON.
  bool loaded_from_index() const { return from_index_; }
  // Same, from bytes already in memory; `name` is used in error messages.
  Status Parse(std::string bytes, const std::string& name);

  const std::string& path() const { return path_; }
  // The graph, read in place (graph_index.h): records by value, their
  // strings views that live as long as the GraphFile.
  std::string_view version() const { return image_.version(); }
  uint32_t node_count() const { return image_.node_count(); }
  NodeRef node(NodeIndex n) const { return image_.node(n); }
  uint32_t edge_count() const { return image_.edge_count(); }
  EdgeRef edge(EdgeIndex e) const { return image_.edge(e); }
  // Evidence records, edge by edge (EdgeRef gives each edge's range).
  uint32_t evidence_count() const { return image_.evidence_count(); }
  EvidenceRef evidence(uint32_t i) const { return image_.evidence(i); }
  uint32_t source_count() const { return image_.source_count(); }  // graph.sources names
  std::string_view source(uint32_t i) const { return image_.source(i); }
  // Every node's names by their words (label, aliases, id), for NameIndex.
  uint32_t name_count() const { return image_.name_count(); }
  NameRef name(uint32_t i) const { return image_.name(i); }

  // The node with this exact id, or -1.
  int64_t FindId(std::string_view id) const { return image_.FindId(id); }
  // Edges leaving / entering a node, in file order.
  EdgeList out_edges(NodeIndex n) const { return image_.out_edges(n); }
  EdgeList in_edges(NodeIndex n) const { return image_.in_edges(n); }

 private:
  void Clear();
  // Parses the JSON in `buffer` into an index in memory.
  Status ParseJson(std::string buffer, const std::string& name, const GraphStamp& stamp);

  std::string path_;
  // The index bytes: the mapped query index, or one made from the JSON.
  std::shared_ptr<const char> owner_;
  IndexImage image_;
  bool from_index_ = false;
};

}  // namespace apparat::query
