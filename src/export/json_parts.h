// Pieces of graph.json shared by the JSON writers (graph.json and the
// Cytoscape.js and graphology feeds), so every JSON output writes the graph
// header and an evidence record the same way (docs/formats.md).
#pragma once

#include <rapidjson/prettywriter.h>

#include <string>

#include "export/writers.h"

namespace apparat::exporter {

// A rapidjson output stream over a string buffer. Without a drain, the
// document is made in *out (the string that is returned, not a buffer
// copied out at the end). With one, the buffer is handed to the drain each
// time it holds kChunk bytes, and at Flush, so a graph of any size is
// written to its file in pieces (WriteJsonTo).
struct StringOutput {
  using Ch = char;
  static constexpr size_t kChunk = 1 << 16;
  explicit StringOutput(std::string* s, const ByteSink* drain = nullptr) : out(s), drain(drain) {}
  void Put(char c) {
    out->push_back(c);
    if (drain && out->size() >= kChunk) Drain();
  }
  void Flush() {
    if (drain) Drain();
  }
  void Drain() {
    if (!out->empty()) (*drain)(*out);
    out->clear();
  }
  std::string* out;
  const ByteSink* drain;
};

using JsonWriter = rapidjson::PrettyWriter<StringOutput>;

// {"generator", "version", "rules_digest", "sources": [{name, sha256, bytes}]}
void WriteGraphInfo(JsonWriter& w, const graph::KnowledgeGraph& g, const BuildInfo& info);
// {"source", "start", "end", "line", "text", "rule", "date"[, "date_end"][, "polarity"][, "copy"][, "reported_by"]}
void WriteEvidence(JsonWriter& w, const graph::EvidenceView& e);

}  // namespace apparat::exporter

namespace apparat::exporter {

inline void JsonStr(JsonWriter& w, const std::string& s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

inline void JsonStrList(JsonWriter& w, const std::vector<std::string>& v) {
  w.StartArray();
  for (const auto& s : v) JsonStr(w, s);
  w.EndArray();
}

}  // namespace apparat::exporter
