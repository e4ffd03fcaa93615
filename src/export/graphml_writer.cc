#include <set>
#include <sstream>

#include "export/writers.h"
#include "export/xml_text.h"
#include "rules/rule_set.h"

namespace apparat::exporter {

namespace {

struct KeyDef {
  const char* id;
  const char* domain;  // "graph", "node" or "edge"; never "all" (Gephi drops edge data under it)
  const char* name;
  const char* type;
};

// Descriptive ids: Gephi reads key ids such as d3/d7 as labels, so ids
// here are names, unique across domains as the schema requires.
constexpr KeyDef kKeys[] = {
    {"generator", "graph", "generator", "string"}, {"version", "graph", "version", "string"},
    {"rules_digest", "graph", "rules_digest", "string"},
    {"label", "node", "label", "string"},          {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},      {"node_sources", "node", "sources", "string"},
    {"authority", "node", "authority", "string"},
    {"edge_label", "edge", "label", "string"},     {"relation", "edge", "relation", "string"},
    {"weight", "edge", "weight", "double"},        {"sources", "edge", "sources", "string"},
    {"evidence", "edge", "evidence", "string"},    {"dates", "edge", "dates", "string"},
    {"rules", "edge", "rules", "string"},          {"symmetric", "edge", "symmetric", "boolean"},
};

void Data(std::ostringstream& o, const char* indent, const char* key, const std::string& value) {
  o << indent << "<data key=\"" << key << "\">" << XmlEscape(value) << "</data>\n";
}

// Capped (JoinWithin): one XML value stays within what parsers accept.
std::string Join(const std::vector<std::string>& v, const char* sep) { return JoinWithin(v, sep); }

}  // namespace

std::string DateText(const graph::EvidenceView& ev) {
  std::string date(ev.date);
  return ev.date_end.empty() ? date : date + "/" + std::string(ev.date_end);
}

std::string SourcesText(graph::EvidenceRange evidence) {
  std::vector<std::string> parts;
  for (const auto& ev : evidence) parts.push_back(std::string(ev.source) + ":" + std::to_string(ev.line));
  return Join(parts, "; ");
}

std::string EvidenceText(graph::EvidenceRange evidence) {
  std::vector<std::string> parts;
  for (const auto& ev : evidence) {
    std::string head = std::string(ev.source) + ":" + std::to_string(ev.line);
    if (!ev.date.empty()) head += " " + DateText(ev);
    head += " [";
    head += ev.rule;
    if (!ev.polarity.empty()) head += ", ", head += ev.polarity;
    if (ev.copy) head += ", copy";
    if (!ev.reported_by.empty()) head += ", reported by ", head += ev.reported_by;
    head += "] ";
    head += ev.text;
    parts.push_back(std::move(head));
  }
  return Join(parts, "\n");
}

std::string DatesText(graph::EvidenceRange evidence) {
  std::set<std::string> dates;
  for (const auto& ev : evidence) {
    if (!ev.date.empty()) dates.insert(DateText(ev));
  }
  return Join(std::vector<std::string>(dates.begin(), dates.end()), "; ");
}

std::string RulesText(graph::EvidenceRange evidence) {
  std::set<std::string> rules;
  for (const auto& ev : evidence) rules.emplace(ev.rule);
  return Join(std::vector<std::string>(rules.begin(), rules.end()), "; ");
}

void WriteGraphmlTo(const graph::KnowledgeGraph& kg, const BuildInfo& info, const ByteSink& sink) {
  const auto& g = kg.graph();
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
    << "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    << "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& k : kKeys) {
    o << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
      << "\" attr.type=\"" << k.type << "\"/>\n";
  }
  o << "  <graph id=\"apparat\" edgedefault=\"directed\">\n";
  Data(o, "    ", "generator", info.generator);
  Data(o, "    ", "version", info.version);
  Data(o, "    ", "rules_digest", info.rules_digest);
  for (auto v : kg.NodesInOrder()) {
    const auto& n = g[v];
    o << "    <node id=\"" << XmlEscape(n.id) << "\">\n";
    Data(o, "      ", "label", n.label);
    Data(o, "      ", "type", rules::EntityTypeName(n.type));
    Data(o, "      ", "aliases", Join(n.aliases, "; "));
    Data(o, "      ", "node_sources", Join(n.sources, "; "));
    if (!n.authority.empty()) Data(o, "      ", "authority", n.authority);
    o << "    </node>\n";
    SpillFull(o, sink);
  }
  size_t i = 0;
  for (auto e : kg.EdgesInOrder()) {
    const auto& p = g[e];
    // A symmetric relation ("allied") has no direction. GraphML could say
    // so per edge (directed="false"), but networkx refuses such an edge in a
    // directed graph: the edge keeps the graph's direction and says it is
    // symmetric in a key of its own.
    o << "    <edge id=\"e" << i++ << "\" source=\"" << XmlEscape(g[boost::source(e, g)].id) << "\" target=\""
      << XmlEscape(g[boost::target(e, g)].id) << "\">\n";
    Data(o, "      ", "edge_label", p.relation);
    Data(o, "      ", "relation", p.relation);
    Data(o, "      ", "weight", std::to_string(p.weight()));
    Data(o, "      ", "sources", SourcesText(kg.evidence(p)));
    Data(o, "      ", "evidence", EvidenceText(kg.evidence(p)));
    Data(o, "      ", "dates", DatesText(kg.evidence(p)));
    Data(o, "      ", "rules", RulesText(kg.evidence(p)));
    if (rules::IsSymmetric(p.relation)) Data(o, "      ", "symmetric", "true");
    o << "    </edge>\n";
    SpillFull(o, sink);
  }
  o << "  </graph>\n</graphml>\n";
  sink(o.str());
}

std::string WriteGraphml(const graph::KnowledgeGraph& kg, const BuildInfo& info) {
  std::string out;
  WriteGraphmlTo(kg, info, [&out](std::string_view piece) { out.append(piece); });
  return out;
}

}  // namespace apparat::exporter
