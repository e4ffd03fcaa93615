// libFuzzer target: bytes as a query index (graph.json.qidx), through
// IndexImage::Open and every accessor.
//
// An index Open accepts reads within its bytes and holds together: edge
// ends and name owners are nodes, each node's edge lists hold edges at
// that node, every id is found again.
#include <cstdint>
#include <cstring>
#include <string>

#include "query/graph_index.h"

namespace q = apparat::query;

volatile size_t g_seen;  // keeps the reads

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A heap copy of exactly `size` bytes, so ASan sees a read past the end.
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  // The stamp the index must carry is whatever the input's header says (it
  // follows the 16-byte magic), so the fuzzer reaches the tables.
  q::GraphStamp stamp;
  if (size >= 16 + sizeof stamp) std::memcpy(&stamp, bytes.data() + 16, sizeof stamp);
  q::IndexImage index;
  if (!index.Open(bytes, stamp)) return 0;
  size_t seen = index.version().size();
  for (uint32_t i = 0; i < index.source_count(); ++i) seen += index.source(i).size();
  for (q::NodeIndex n = 0; n < index.node_count(); ++n) {
    q::NodeRef node = index.node(n);
    seen += node.label.size() + node.type.size();
    if (index.FindId(node.id) != n) __builtin_trap();
    for (q::EdgeIndex e : index.out_edges(n)) {
      if (e >= index.edge_count() || index.edge(e).subject != n) __builtin_trap();
    }
    for (q::EdgeIndex e : index.in_edges(n)) {
      if (e >= index.edge_count() || index.edge(e).object != n) __builtin_trap();
    }
  }
  for (uint32_t i = 0; i < index.name_count(); ++i) {
    if (index.name(i).node >= index.node_count()) __builtin_trap();
  }
  for (q::EdgeIndex e = 0; e < index.edge_count(); ++e) {
    q::EdgeRef edge = index.edge(e);
    if (edge.evidence_end > index.evidence_count()) __builtin_trap();
    for (uint32_t i = edge.evidence_begin; i < edge.evidence_end; ++i) {
      q::EvidenceRef v = index.evidence(i);
      seen += v.text.size() + v.source.size() + v.rule.size() + v.date.size() + v.reported_by.size();
    }
  }
  g_seen = seen;
  return 0;
}
