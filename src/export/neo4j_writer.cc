// Neo4j: CSV files in the header format of `neo4j-admin database import
// full` (docs/neo4j.md): nodes.csv, and one relationships-<relation>.csv for
// every relation apparat knows (a relation without edges gets its header
// alone, so no file of an earlier build is left standing beside new ones).
//
// Every field is quoted, a quote inside doubled; arrays use ';' between
// elements, and a ';' inside an element is written as "%3B" (neo4j-admin has
// no escape for its array delimiter). The evidence as readable text (one
// record per line, as in GraphML) is one string property, so the import
// needs --multiline-fields=true.
#include <cctype>
#include <set>

#include "export/formats.h"
#include "export/writers.h"

namespace apparat::exporter {

namespace {

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string ArrayField(const std::vector<std::string>& items) {
  std::string joined;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) joined += ';';
    for (char c : items[i]) {
      if (c == ';') joined += "%3B";
      else joined += c;
    }
  }
  return Quote(joined);
}

// "wrote-to" -> "WROTE_TO", Neo4j's spelling of a relationship type.
std::string TypeName(const std::string& relation) {
  std::string out;
  for (char c : relation) out += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// "position" -> "Position", a node label.
std::string LabelName(rules::EntityType t) {
  std::string out = rules::EntityTypeName(t);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace

const char* const kNeo4jNodesHeader = "id:ID,:LABEL,label,type,aliases:string[],sources:string[],authority";
const char* const kNeo4jRelationshipsHeader =
    ":START_ID,:END_ID,:TYPE,weight:int,sources:string[],dates:string[],rules:string[],"
    "evidence_source:string[],evidence_line:int[],evidence_start:long[],evidence_end:long[],"
    "evidence_date:string[],evidence_date_end:string[],evidence_rule:string[],evidence_polarity:string[],"
    "evidence_copy:boolean[],evidence_reported_by:string[],evidence:string";

std::vector<std::pair<std::string, std::string>> WriteNeo4j(const graph::KnowledgeGraph& kg) {
  const auto& g = kg.graph();
  std::vector<std::pair<std::string, std::string>> files;
  std::string nodes = std::string(kNeo4jNodesHeader) + "\n";
  for (auto v : kg.NodesInOrder()) {
    const auto& n = g[v];
    nodes += Quote(n.id) + "," + Quote("Entity;" + LabelName(n.type)) + "," + Quote(n.label) + "," +
             Quote(rules::EntityTypeName(n.type)) + "," + ArrayField(n.aliases) + "," + ArrayField(n.sources) + "," +
             Quote(n.authority) + "\n";
  }
  files.emplace_back("neo4j/nodes.csv", std::move(nodes));
  std::map<std::string, std::string> by_relation;
  for (const auto& r : rules::RelationNames()) by_relation[r] = std::string(kNeo4jRelationshipsHeader) + "\n";
  for (auto e : kg.EdgesInOrder()) {
    const auto& p = g[e];
    std::vector<std::string> sources, dates, rules_used, ev_source, ev_line, ev_start, ev_end, ev_date, ev_date_end,
        ev_rule, ev_polarity, ev_copy, ev_reported;
    std::set<std::string> source_set, date_set, rule_set;
    for (const auto& ev : kg.evidence(p)) {
      source_set.emplace(ev.source);
      if (!ev.date.empty()) date_set.insert(DateText(ev));
      rule_set.emplace(ev.rule);
      ev_source.emplace_back(ev.source);
      ev_line.push_back(std::to_string(ev.line));
      ev_start.push_back(std::to_string(ev.start));
      ev_end.push_back(std::to_string(ev.end));
      ev_date.emplace_back(ev.date);
      ev_date_end.emplace_back(ev.date_end);
      ev_rule.emplace_back(ev.rule);
      ev_polarity.emplace_back(ev.polarity);
      ev_copy.push_back(ev.copy ? "true" : "false");
      ev_reported.emplace_back(ev.reported_by);
    }
    sources.assign(source_set.begin(), source_set.end());
    dates.assign(date_set.begin(), date_set.end());
    rules_used.assign(rule_set.begin(), rule_set.end());
    std::string& out = by_relation[p.relation];
    if (out.empty()) out = std::string(kNeo4jRelationshipsHeader) + "\n";  // a relation the list lacks
    out += Quote(g[boost::source(e, g)].id) + "," + Quote(g[boost::target(e, g)].id) + "," + Quote(TypeName(p.relation)) +
           "," + std::to_string(p.weight()) + "," + ArrayField(sources) + "," + ArrayField(dates) + "," +
           ArrayField(rules_used) + "," + ArrayField(ev_source) + "," + ArrayField(ev_line) + "," +
           ArrayField(ev_start) + "," + ArrayField(ev_end) + "," + ArrayField(ev_date) + "," +
           ArrayField(ev_date_end) + "," + ArrayField(ev_rule) + "," + ArrayField(ev_polarity) + "," +
           ArrayField(ev_copy) + "," + ArrayField(ev_reported) + "," + Quote(EvidenceText(kg.evidence(p))) + "\n";
  }
  for (auto& [relation, bytes] : by_relation) files.emplace_back("neo4j/relationships-" + relation + ".csv", std::move(bytes));
  return files;
}

}  // namespace apparat::exporter
