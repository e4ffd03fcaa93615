// Feeds in two web visualisers' own shapes (docs/formats.md):
//   Cytoscape.js: {"data": {...}, "elements": {"nodes": [{"data"}], "edges": [{"data"}]}}
//   graphology:   {"attributes", "options", "nodes": [{"key", "attributes"}], "edges": [...]}
// Both carry every attribute of graph.json, the evidence included.
#include <cmath>
#include <set>

#include "export/json_parts.h"
#include "export/writers.h"

namespace apparat::exporter {

namespace {

// The viewer's colours (viewer/src/app.js), so sigma shows the same picture.
const char* TypeColor(rules::EntityType t) {
  std::string name = rules::EntityTypeName(t);
  if (name == "person") return "#3b6fd4";
  if (name == "body") return "#2e9e44";
  if (name == "position") return "#8e44ad";
  if (name == "issue") return "#e67e22";
  return "#7f7f7f";
}

void NodeFields(JsonWriter& w, const graph::NodeProps& n, const char* type_key) {
  w.Key("label");
  JsonStr(w, n.label);
  w.Key(type_key);
  w.String(rules::EntityTypeName(n.type));
  w.Key("aliases");
  JsonStrList(w, n.aliases);
  w.Key("sources");
  JsonStrList(w, n.sources);
  if (!n.authority.empty()) {
    w.Key("authority");
    JsonStr(w, n.authority);
  }
}

void EdgeFields(JsonWriter& w, const graph::KnowledgeGraph& kg, const graph::EdgeProps& p) {
  w.Key("relation");
  JsonStr(w, p.relation);
  w.Key("label");
  JsonStr(w, p.relation);
  w.Key("weight");
  w.Uint64(p.weight());
  std::set<std::string> dates;
  for (const auto& ev : kg.evidence(p)) {
    if (!ev.date.empty()) dates.insert(DateText(ev));
  }
  w.Key("dates");
  JsonStrList(w, std::vector<std::string>(dates.begin(), dates.end()));
  w.Key("evidence");
  w.StartArray();
  for (const auto& ev : kg.evidence(p)) WriteEvidence(w, ev);
  w.EndArray();
}

std::string Finish(std::string out) {
  out += '\n';
  return out;
}

}  // namespace

std::string WriteCytoscape(const graph::KnowledgeGraph& kg, const BuildInfo& info) {
  const auto& g = kg.graph();
  std::string json;
  StringOutput buf(&json);
  JsonWriter w(buf);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("format_version");
  w.String("1.0");
  w.Key("generated_by");
  JsonStr(w, info.generator + " " + info.version);
  w.Key("target_cytoscapejs_version");
  w.String("~3");
  w.Key("data");
  WriteGraphInfo(w, kg, info);
  w.Key("elements");
  w.StartObject();
  w.Key("nodes");
  w.StartArray();
  for (auto v : kg.NodesInOrder()) {
    w.StartObject();
    w.Key("data");
    w.StartObject();
    w.Key("id");
    JsonStr(w, g[v].id);
    NodeFields(w, g[v], "type");
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  size_t i = 0;
  for (auto e : kg.EdgesInOrder()) {
    w.StartObject();
    w.Key("data");
    w.StartObject();
    w.Key("id");
    JsonStr(w, "e" + std::to_string(i++));
    w.Key("source");
    JsonStr(w, g[boost::source(e, g)].id);
    w.Key("target");
    JsonStr(w, g[boost::target(e, g)].id);
    EdgeFields(w, kg, g[e]);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  return Finish(std::move(json));
}

std::string WriteGraphology(const graph::KnowledgeGraph& kg, const BuildInfo& info) {
  const auto& g = kg.graph();
  std::string json;
  StringOutput buf(&json);
  JsonWriter w(buf);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("attributes");
  WriteGraphInfo(w, kg, info);
  w.Key("options");
  w.StartObject();
  w.Key("type");
  w.String("directed");
  w.Key("multi");
  w.Bool(true);
  w.Key("allowSelfLoops");
  w.Bool(true);
  w.EndObject();
  w.Key("nodes");
  w.StartArray();
  const auto nodes = kg.NodesInOrder();
  const double kPi = std::acos(-1.0);
  for (size_t i = 0; i < nodes.size(); ++i) {
    const auto& n = g[nodes[i]];
    w.StartObject();
    w.Key("key");
    JsonStr(w, n.id);
    w.Key("attributes");
    w.StartObject();
    // sigma reads a node's `type` as the program that draws it, so the
    // entity type is `entity_type` here; x, y (a circle in id order), size
    // and color let sigma draw the graph as loaded.
    NodeFields(w, n, "entity_type");
    double a = 2 * kPi * static_cast<double>(i) / static_cast<double>(nodes.size());
    w.Key("x");
    w.Double(std::round(std::cos(a) * 1e6) / 1e6);
    w.Key("y");
    w.Double(std::round(std::sin(a) * 1e6) / 1e6);
    w.Key("size");
    w.Double(3 + 2 * std::sqrt(static_cast<double>(boost::degree(nodes[i], g))));
    w.Key("color");
    w.String(TypeColor(n.type));
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  size_t i = 0;
  for (auto e : kg.EdgesInOrder()) {
    w.StartObject();
    w.Key("key");
    JsonStr(w, "e" + std::to_string(i++));
    w.Key("source");
    JsonStr(w, g[boost::source(e, g)].id);
    w.Key("target");
    JsonStr(w, g[boost::target(e, g)].id);
    w.Key("attributes");
    w.StartObject();
    EdgeFields(w, kg, g[e]);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Finish(std::move(json));
}

}  // namespace apparat::exporter
