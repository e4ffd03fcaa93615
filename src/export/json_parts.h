// Pieces of graph.json shared by the JSON writers (graph.json and the
// Cytoscape.js and graphology feeds), so every JSON output writes the graph
// header and an evidence record the same way (docs/formats.md).
#pragma once

#include <rapidjson/prettywriter.h>

#include <string>

#include "export/writers.h"

namespace apparat::exporter {

// A rapidjson output stream that appends to a string the caller owns: the
// document is made in the string that is returned, not in a buffer copied
// out at the end (on a large graph that copy was tens of MB at the peak).
struct StringOutput {
  using Ch = char;
  explicit StringOutput(std::string* s) : out(s) {}
  void Put(char c) { out->push_back(c); }
  void Flush() {}
  std::string* out;
};

using JsonWriter = rapidjson::PrettyWriter<StringOutput>;

// {"generator", "version", "rules_digest", "sources": [{name, sha256, bytes}]}
void WriteGraphInfo(JsonWriter& w, const graph::KnowledgeGraph& g, const BuildInfo& info);
// {"source", "start", "end", "line", "text", "rule", "date"[, "date_end"][, "polarity"][, "copy"][, "reported_by"]}
void WriteEvidence(JsonWriter& w, const graph::Evidence& e);

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
