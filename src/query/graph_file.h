// GraphFile: the graph.json that `apparat build` wrote, read back for queries.
//
// Takes the path of a networkx node-link JSON file written by apparat
// (docs/formats.md); gives an immutable, indexed view of its nodes, edges
// and evidence. Nothing is re-extracted. Strings are views into one buffer
// the GraphFile owns (the file is parsed in place), so loading costs one
// read and one parse. Errors (missing file, over the size cap, not JSON,
// not an apparat graph, another format version, dangling edge ends) come
// back as one line naming the file; nothing throws.
// Thread-safety: after Load, every const method may be used from any number
// of threads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "query/graph_index.h"

namespace apparat::query {

using NodeIndex = uint32_t;
using EdgeIndex = uint32_t;

struct EvidenceRef {
  std::string_view source;  // document file name
  size_t start = 0, end = 0;
  int line = 0;
  std::string_view text;    // the sentence
  std::string_view rule;
  std::string_view date;    // "", YYYY, YYYY-MM or YYYY-MM-DD
  std::string_view date_end;  // a range's last date, or ""
  std::string_view polarity;
  bool copy = false;
  std::string_view reported_by;  // who claims it, or ""
};

// A run of values in an array the GraphFile owns.
template <typename T>
class Slice {
 public:
  Slice() = default;
  Slice(const T* first, const T* last) : first_(first), last_(last) {}
  const T* begin() const { return first_; }
  const T* end() const { return last_; }
  size_t size() const { return static_cast<size_t>(last_ - first_); }
  bool empty() const { return first_ == last_; }
  const T& operator[](size_t i) const { return first_[i]; }
  friend bool operator==(Slice a, Slice b) { return std::equal(a.begin(), a.end(), b.begin(), b.end()); }

 private:
  const T* first_ = nullptr;
  const T* last_ = nullptr;
};

// A node as the query reads it. (graph.json also lists the documents each
// node occurs in; no question asks for them, so they are not kept.)
struct NodeRef {
  std::string_view id, label, type;  // type: person, body, position, issue
  Slice<std::string_view> aliases;
};

struct EdgeRef {
  NodeIndex subject = 0, object = 0;
  std::string_view relation;
  uint32_t evidence_begin = 0, evidence_end = 0;  // range of evidence(i)
};

// Edge numbers, in file order.
using EdgeList = Slice<EdgeIndex>;

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

  // Reads and indexes `path` (or its query index, see LoadOptions). On
  // error the object is left empty.
  Status Load(const std::string& path, const LoadOptions& options = {});
  // Whether the last Load read the query index rather than the JSON.
  bool loaded_from_index() const { return from_index_; }
  // Same, from bytes already in memory; `name` is used in error messages.
  Status Parse(std::string bytes, const std::string& name);

  const std::string& path() const { return path_; }
  std::string_view version() const { return version_; }
  const std::vector<NodeRef>& nodes() const { return nodes_; }
  const std::vector<EdgeRef>& edges() const { return edges_; }
  // Evidence records 0 .. evidence_count()-1, edge by edge (EdgeRef gives
  // each edge's range). By value: from the query index a record is read
  // when asked for; its views live as long as the GraphFile.
  uint32_t evidence_count() const {
    return indexed_evidence_ ? evidence_count_ : static_cast<uint32_t>(evidence_.size());
  }
  EvidenceRef evidence(uint32_t i) const { return indexed_evidence_ ? IndexedEvidence(i) : evidence_[i]; }
  const std::vector<std::string_view>& sources() const { return sources_; }  // graph.sources names

  // The node with this exact id, or -1.
  int64_t FindId(std::string_view id) const;
  // Edges leaving / entering a node, in file order.
  EdgeList out_edges(NodeIndex n) const {
    return {out_list_.data() + out_start_[n], out_list_.data() + out_start_[n + 1]};
  }
  EdgeList in_edges(NodeIndex n) const { return {in_list_.data() + in_start_[n], in_list_.data() + in_start_[n + 1]}; }

 private:
  void Clear();
  void IndexEdges();
  // Takes the bytes of a query index (graph_index.cc); false, leaving the
  // object empty, when they are not the index of the graph.json with this
  // stamp or its tables do not fit together.
  // `bytes` stay valid as long as `owner` lives (a mapping of the file).
  bool ReadIndex(std::string_view bytes, std::shared_ptr<const char> owner, const GraphStamp& stamp);
  EvidenceRef IndexedEvidence(uint32_t i) const;  // graph_index.cc

  std::string path_;
  std::string buffer_;  // the file, parsed in place; every view points here
  std::shared_ptr<const char> mapped_;  // or the query index, mapped read-only: views point there
  std::string_view version_;
  std::vector<NodeRef> nodes_;
  std::vector<std::string_view> aliases_;  // every node's, node after node (NodeRef::aliases)
  std::vector<EdgeRef> edges_;
  std::vector<EvidenceRef> evidence_;  // parsed from JSON; or, from the index:
  const char* indexed_evidence_ = nullptr;  // its evidence records (in mapped_)
  std::string_view indexed_blob_;           // and its strings
  uint32_t evidence_count_ = 0;
  std::vector<std::string_view> sources_;
  // Edges by node, as offsets into one list: node n's are [start[n], start[n+1]).
  std::vector<uint32_t> out_start_, in_start_;
  std::vector<EdgeIndex> out_list_, in_list_;
  std::vector<std::pair<std::string_view, NodeIndex>> by_id_;  // sorted by id
  bool from_index_ = false;
};

}  // namespace apparat::query
