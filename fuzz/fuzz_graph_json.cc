// libFuzzer target: bytes as a graph.json, through the query loader.
//
// Every input is loaded or refused with one line; a loaded graph's edges
// point at nodes that exist and at evidence that exists.
#include <cstdint>
#include <string>

#include "query/graph_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  apparat::query::GraphFile graph;
  apparat::Status s = graph.Parse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
  if (!s.ok()) {
    if (s.message().find('\n') != std::string::npos) __builtin_trap();
    return 0;
  }
  for (apparat::query::EdgeIndex i = 0; i < graph.edge_count(); ++i) {
    const apparat::query::EdgeRef e = graph.edge(i);
    if (e.subject >= graph.node_count() || e.object >= graph.node_count()) __builtin_trap();
    if (e.evidence_begin > e.evidence_end || e.evidence_end > graph.evidence_count()) __builtin_trap();
  }
  return 0;
}
