#include "export/formats.h"

#include "export/viewer.h"

namespace apparat::exporter {

const std::vector<OutputFormat>& OutputFormats() {
  static const std::vector<OutputFormat> kFormats = {
      {"graphml", "graph.graphml"},         {"gexf", "graph.gexf"},
      {"json", "graph.json"},               {"html", "index.html"},
      {"cytoscape", "graph.cytoscape.json"}, {"graphology", "graph.graphology.json"},
      {"sqlite", "graph.sqlite"},            {"neo4j", "neo4j/"},
  };
  return kFormats;
}

const OutputFormat* FindFormat(std::string_view name) {
  for (const auto& f : OutputFormats()) {
    if (name == f.name) return &f;
  }
  return nullptr;
}

std::vector<std::string> DefaultFormats() {
  std::vector<std::string> out = {"graphml", "gexf", "json"};
  if (ViewerAvailable()) out.push_back("html");
  return out;
}

std::string FormatNames() {
  std::string out;
  for (const auto& f : OutputFormats()) out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

Status FormatWriter::WriteTo(std::string_view format, const ByteSink& sink) const {
  // The formats whose size follows the evidence are made in pieces; the
  // others are small and made whole.
  if (format == "sqlite") {
    std::string bytes;
    Status s = WriteSqlite(g_, info_, &bytes);
    if (s.ok()) sink(bytes);
    return s;
  }
  if (format == "json") {
    WriteJsonTo(g_, info_, sink);
  } else if (format == "html") {
    WriteHtmlTo(g_, info_, sink);
  } else if (format == "graphml") {
    WriteGraphmlTo(g_, info_, sink);
  } else if (format == "gexf") {
    WriteGexfTo(g_, info_, sink);
  } else if (format == "cytoscape") {
    sink(WriteCytoscape(g_, info_));
  } else if (format == "graphology") {
    sink(WriteGraphology(g_, info_));
  } else {
    return Status::Error("'" + std::string(format) + "' is not a one-file format");
  }
  return Status();
}

Status FormatWriter::Files(std::string_view format, std::vector<std::pair<std::string, std::string>>* files) const {
  files->clear();
  if (format == "neo4j") {
    *files = WriteNeo4j(g_);
    return Status();
  }
  return Status::Error("'" + std::string(format) + "' is not a folder format");
}

}  // namespace apparat::exporter
