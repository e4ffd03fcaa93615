// The query index: a graph.json in the form a question reads, the records
// of its nodes, edges and evidence, read in place.
//
// `graph.json.qidx` holds every string of the graph once, and the nodes,
// edges, evidence, each node's edges and each name's words as fixed-size
// records pointing into those strings. A question on a large graph maps
// it and reads the few records it needs; nothing is copied or parsed. A
// graph.json without one (a small file, or a directory that cannot be
// written to) is parsed and its index made in memory, so the query reads
// one form either way (GraphFile).
//
// Its header names the graph.json it was made from by a GraphStamp
// (below), taken without reading the whole file: an index whose graph.json
// has been written since is not used. The index is a cache: GraphFile::Load
// writes it after parsing a graph.json that has none (or a stale one),
// when it can. Nothing else reads it; its layout may change with any
// version (the magic string names the layout).
//
// The functions are pure; an IndexImage is immutable after Open and may be
// used from any number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace apparat::query {

using NodeIndex = uint32_t;
using EdgeIndex = uint32_t;

// ---------------------------------------------------------------------------
// The records a question reads: views into the index's strings, valid as
// long as its bytes.

struct NodeRef {
  std::string_view id, label, type;  // type: person, body, position, issue
};

struct EdgeRef {
  NodeIndex subject = 0, object = 0;
  std::string_view relation;
  uint32_t evidence_begin = 0, evidence_end = 0;  // range of evidence numbers
};

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

// One name of a node (its label, an alias or its id) as the words a
// question's phrase is matched against: lower-cased, one space between
// words (NameWords in query/name_words.h). A node's names with the same
// words are listed once.
struct NameRef {
  NodeIndex node = 0;
  std::string_view words;
};

// A run of 32-bit numbers in the index, read one at a time (the index need
// not be aligned for them).
class NumberList {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = uint32_t;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = uint32_t;
    explicit iterator(const char* at = nullptr) : at_(at) {}
    uint32_t operator*() const {
      uint32_t v;
      std::memcpy(&v, at_, sizeof v);
      return v;
    }
    iterator& operator++() {
      at_ += sizeof(uint32_t);
      return *this;
    }
    friend bool operator==(iterator a, iterator b) { return a.at_ == b.at_; }
    friend bool operator!=(iterator a, iterator b) { return a.at_ != b.at_; }

   private:
    const char* at_;
  };
  NumberList() = default;
  NumberList(const char* first, size_t count) : first_(first), count_(count) {}
  iterator begin() const { return iterator(first_); }
  iterator end() const { return iterator(first_ + count_ * sizeof(uint32_t)); }
  size_t size() const { return count_; }

 private:
  const char* first_ = nullptr;
  size_t count_ = 0;
};

// ---------------------------------------------------------------------------
// Making an index.

// What the index records of the graph.json it was made from. Hashing all
// of a 26 MB graph.json took longer than the rest of a query, so the file
// is known by what its inode says instead: every write to a file changes
// its ctime, and no system call sets a ctime back; a rename (apparat build
// writes atomically) gives a new inode. Against file systems with coarse
// clocks, the XXH3-64 of the first and last 64 KiB is kept too (where the
// header and the last sources are). A copy (cp, rsync, git checkout) has a
// new inode and ctime: its first query parses the JSON and makes the index
// again. A graph parsed from bytes in memory has the zero stamp.
struct GraphStamp {
  uint64_t size = 0, device = 0, inode = 0;
  int64_t mtime_ns = 0, ctime_ns = 0;
  uint64_t ends_hash = 0;
};
bool SameStamp(const GraphStamp& a, const GraphStamp& b);

// Stamps the regular file open as `fd`, named `path` in errors.
Status StampGraph(int fd, const std::string& path, GraphStamp* out);

// A graph.json as parsed: views into the parser's buffer, edge ends and
// evidence ranges already resolved to numbers. The input of MakeGraphIndex.
struct ParsedGraph {
  struct Node {
    std::string_view id, label, type;
    std::vector<std::string_view> aliases;
  };
  std::string_view version;
  std::vector<std::string_view> sources;  // graph.sources names
  std::vector<Node> nodes;                // ids distinct
  std::vector<NodeIndex> id_order;        // node numbers in id order
  std::vector<EdgeRef> edges;             // ends < nodes.size(), in file order
  std::vector<EvidenceRef> evidence;      // edge by edge
};

// The bytes of the index of `g`, made from the graph.json with `stamp`;
// false when its strings come to 4 GiB or more (the index counts them in
// 32 bits).
bool MakeGraphIndex(const ParsedGraph& g, const GraphStamp& stamp, std::string* out);

// The path of the index of the graph.json at `json_path`.
std::string GraphIndexPath(const std::string& json_path);

// ---------------------------------------------------------------------------
// Reading one.

class IndexImage {
 public:
  // Takes the bytes of an index, which must outlive this object. False,
  // leaving it empty, when they are not an index made from the graph.json
  // with `stamp`, or its tables do not fit together. Every table but the
  // evidence is checked here (each number in range, each string inside
  // the file, ids in order, each node's edges at that node), so an index
  // that passes reads as the graph it was made from.
  // Each record is also checked as it is read, so that no read leaves the
  // bytes even if they change after Open (a file written over in place
  // while mapped): a number out of range reads as node 0 or an empty
  // range, a string outside as empty. (A file cut short while mapped still
  // ends the process with SIGBUS, as any mapped file does.)
  bool Open(std::string_view bytes, const GraphStamp& stamp);
  // The bytes opened (to write them to a file).
  std::string_view bytes() const { return bytes_; }

  std::string_view version() const { return version_; }
  uint32_t source_count() const { return counts_.sources; }
  std::string_view source(uint32_t i) const;
  uint32_t node_count() const { return counts_.nodes; }
  NodeRef node(NodeIndex n) const;
  uint32_t edge_count() const { return counts_.edges; }
  EdgeRef edge(EdgeIndex e) const;
  uint32_t evidence_count() const { return counts_.evidence; }
  EvidenceRef evidence(uint32_t i) const;
  uint32_t name_count() const { return counts_.names; }
  NameRef name(uint32_t i) const;
  // The node with this exact id, or -1.
  int64_t FindId(std::string_view id) const;
  // A node's edges leaving / entering it, in file order.
  NumberList out_edges(NodeIndex n) const { return Adjacent(out_, n); }
  NumberList in_edges(NodeIndex n) const { return Adjacent(in_, n); }

 private:
  struct Counts {
    uint32_t sources = 0, nodes = 0, names = 0, edges = 0, evidence = 0;
  };
  // A node's edges: node n's are list[start[n] .. start[n+1]).
  struct Adjacency {
    const char* start = nullptr;
    const char* list = nullptr;
  };
  NumberList Adjacent(const Adjacency& a, NodeIndex n) const;
  std::string_view StringAt(const char* record) const;  // the string a slice record names; empty when outside

  Counts counts_;
  std::string_view bytes_, version_, blob_;
  const char* sources_ = nullptr;
  const char* nodes_ = nullptr;
  const char* by_id_ = nullptr;
  const char* names_ = nullptr;
  const char* edges_ = nullptr;
  Adjacency out_, in_;
  const char* evidence_ = nullptr;
};

}  // namespace apparat::query
