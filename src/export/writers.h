// Writers: a finalised KnowledgeGraph -> the bytes of one output format.
//
// Each writer is a pure function of the graph and the build metadata, so
// the same inputs always give byte-identical files; the caller writes them
// with WriteFileAtomically. Formats are specified in docs/formats.md.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace apparat::exporter {

// Where a streamed writer puts its bytes, piece by piece, in order.
using ByteSink = std::function<void(std::string_view)>;

struct BuildInfo {
  std::string generator = "apparat";
  std::string version;
  std::string rules_digest;
};

// networkx node-link JSON: {"directed", "multigraph", "graph", "nodes", "links"}.
std::string WriteJson(const graph::KnowledgeGraph& g, const BuildInfo& info);
// The same bytes, handed to `sink` in pieces of about 64 KB (a graph of
// any size is never whole in memory); without the last line break when
// `final_newline` is false (the page embeds it so).
void WriteJsonTo(const graph::KnowledgeGraph& g, const BuildInfo& info, const ByteSink& sink,
                 bool final_newline = true);

// GraphML for Gephi, valid against the GraphML 1.0 schema.
std::string WriteGraphml(const graph::KnowledgeGraph& g, const BuildInfo& info);
// The same bytes in pieces of about 64 KB.
void WriteGraphmlTo(const graph::KnowledgeGraph& g, const BuildInfo& info, const ByteSink& sink);

// GEXF 1.3 for Gephi; the edge `kind` is the relation, which keeps parallel
// edges of different relations apart.
std::string WriteGexf(const graph::KnowledgeGraph& g, const BuildInfo& info);
// The same bytes in pieces of about 64 KB.
void WriteGexfTo(const graph::KnowledgeGraph& g, const BuildInfo& info, const ByteSink& sink);

// Flat provenance shared by the XML formats: "source:line" list and the
// evidence as readable text, one record per line.
std::string SourcesText(graph::EvidenceRange evidence);
std::string EvidenceText(graph::EvidenceRange evidence);
std::string DatesText(graph::EvidenceRange evidence);
// An evidence record's date as text: "1922-04-03", or a range as an ISO 8601
// interval, "1919/1922".
std::string DateText(const graph::EvidenceView& ev);
std::string RulesText(graph::EvidenceRange evidence);

}  // namespace apparat::exporter
