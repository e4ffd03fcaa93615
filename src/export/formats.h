// The output formats of `apparat build --format` and the files they write.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "export/writers.h"

namespace apparat::exporter {

struct OutputFormat {
  const char* name;  // as given to --format
  const char* file;  // the file written in the output directory
};

// graphml, gexf, json, html, cytoscape, graphology, in that order.
const std::vector<OutputFormat>& OutputFormats();
const OutputFormat* FindFormat(std::string_view name);
// What `apparat build` writes when --format is not given: graphml, gexf,
// json and (when the viewer is built in) html.
std::vector<std::string> DefaultFormats();
// "graphml, gexf, json, html, cytoscape, graphology", for messages.
std::string FormatNames();

// Cytoscape.js `elements` JSON and graphology's serialisation, with every
// attribute of graph.json and the evidence (docs/formats.md).
std::string WriteCytoscape(const graph::KnowledgeGraph& g, const BuildInfo& info);
std::string WriteGraphology(const graph::KnowledgeGraph& g, const BuildInfo& info);

// Writes the formats of one graph; the graph JSON, which the HTML page
// embeds, is made once however many formats use it.
class FormatWriter {
 public:
  FormatWriter(const graph::KnowledgeGraph& g, const BuildInfo& info) : g_(g), info_(info) {}
  // The bytes of `format` (a name FindFormat knows).
  std::string Write(std::string_view format);

 private:
  const std::string& Json();
  const graph::KnowledgeGraph& g_;
  const BuildInfo& info_;
  std::string json_;
  bool have_json_ = false;
};

}  // namespace apparat::exporter
