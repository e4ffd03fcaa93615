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

const std::string& FormatWriter::Json() {
  if (!have_json_) {
    json_ = WriteJson(g_, info_);
    have_json_ = true;
  }
  return json_;
}

std::string FormatWriter::Write(std::string_view format) {
  if (format == "json") return Json();
  if (format == "html") return WriteHtml(Json());
  if (format == "gexf") return WriteGexf(g_, info_);
  if (format == "graphml") return WriteGraphml(g_, info_);
  if (format == "cytoscape") return WriteCytoscape(g_, info_);
  if (format == "graphology") return WriteGraphology(g_, info_);
  return {};
}

Status FormatWriter::Files(std::string_view format, std::vector<std::pair<std::string, std::string>>* files) {
  files->clear();
  if (format == "neo4j") {
    *files = WriteNeo4j(g_);
    return Status();
  }
  const OutputFormat* f = FindFormat(format);
  if (!f) return Status::Error("unknown format '" + std::string(format) + "'");
  std::string bytes;
  if (format == "sqlite") {
    Status s = WriteSqlite(g_, info_, &bytes);
    if (!s.ok()) return s;
  } else {
    bytes = Write(format);
  }
  files->emplace_back(f->file, std::move(bytes));
  return Status();
}

}  // namespace apparat::exporter
