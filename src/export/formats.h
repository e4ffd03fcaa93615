// The output formats of `apparat build --format` and the files they write.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "export/writers.h"

namespace apparat::exporter {

struct OutputFormat {
  const char* name;  // as given to --format
  const char* file;  // the file written in the output directory ("neo4j/": a folder of files)
};

// graphml, gexf, json, html, cytoscape, graphology, sqlite, neo4j, in that
// order.
const std::vector<OutputFormat>& OutputFormats();
const OutputFormat* FindFormat(std::string_view name);
// What `apparat build` writes when --format is not given: graphml, gexf,
// json and (when the viewer is built in) html.
std::vector<std::string> DefaultFormats();
// "graphml, gexf, json, html, cytoscape, graphology, sqlite, neo4j", for messages.
std::string FormatNames();

// Cytoscape.js `elements` JSON and graphology's serialisation, with every
// attribute of graph.json and the evidence (docs/formats.md).
std::string WriteCytoscape(const graph::KnowledgeGraph& g, const BuildInfo& info);
std::string WriteGraphology(const graph::KnowledgeGraph& g, const BuildInfo& info);

// The CSV files of `neo4j-admin database import full`, as (path under the
// output directory, bytes): neo4j/nodes.csv and neo4j/relationships-<r>.csv
// for every relation (docs/neo4j.md). The headers, for tests and docs:
extern const char* const kNeo4jNodesHeader;
extern const char* const kNeo4jRelationshipsHeader;
std::vector<std::pair<std::string, std::string>> WriteNeo4j(const graph::KnowledgeGraph& g);

// An SQLite database (tables entities, aliases, mentions, sources, edges,
// evidence, an FTS5 index over the evidence sentences, and meta) as the
// bytes of its file; docs/formats.md gives the schema. Built in memory and
// serialised, so the same graph gives the same bytes with the same SQLite.
// Fails only when SQLite does (out of memory), with its message.
Status WriteSqlite(const graph::KnowledgeGraph& g, const BuildInfo& info, std::string* bytes);
// Writes the formats of one graph. Holds references to both, and only reads
// them: several threads may write formats of one writer at once (the build
// writes its formats side by side), as long as the graph is not changed.
class FormatWriter {
 public:
  FormatWriter(const graph::KnowledgeGraph& g, const BuildInfo& info) : g_(g), info_(info) {}
  // The bytes of a one-file `format` (FindFormat's file not ending in
  // '/'), handed to `sink` in order: in pieces of about 64 KB for the
  // formats that grow with the evidence (json, html, graphml, gexf), whole
  // for the others. Fails only when a writer does (SQLite), with its message.
  Status WriteTo(std::string_view format, const ByteSink& sink) const;
  // Every file of a folder format (neo4j), as (path under the output
  // directory, bytes).
  Status Files(std::string_view format, std::vector<std::pair<std::string, std::string>>* files) const;

 private:
  const graph::KnowledgeGraph& g_;
  const BuildInfo& info_;
};

}  // namespace apparat::exporter
