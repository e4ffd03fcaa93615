#include <sstream>

#include "export/writers.h"
#include "export/xml_text.h"

namespace apparat::exporter {

namespace {

void AttrDefs(std::ostringstream& o, const char* cls, std::initializer_list<const char*> ids) {
  o << "    <attributes class=\"" << cls << "\">\n";
  for (const char* id : ids) o << "      <attribute id=\"" << id << "\" title=\"" << id << "\" type=\"string\"/>\n";
  o << "    </attributes>\n";
}

void Value(std::ostringstream& o, const char* id, const std::string& v) {
  o << "          <attvalue for=\"" << id << "\" value=\"" << XmlEscape(v) << "\"/>\n";
}

// Capped (JoinWithin): one XML value stays within what parsers accept.
std::string JoinAll(const std::vector<std::string>& v) { return JoinWithin(v, "; "); }

}  // namespace

std::string WriteGexf(const graph::KnowledgeGraph& kg, const BuildInfo& info) {
  const auto& g = kg.graph();
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    << "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    << "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
    << "  <meta>\n    <creator>" << XmlEscape(info.generator + " " + info.version) << "</creator>\n"
    << "    <description>rules " << XmlEscape(info.rules_digest) << "</description>\n  </meta>\n"
    << "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
  AttrDefs(o, "node", {"type", "aliases", "sources"});
  AttrDefs(o, "edge", {"relation", "sources", "evidence", "dates", "rules"});
  o << "    <nodes>\n";
  for (auto v : kg.NodesInOrder()) {
    const auto& n = g[v];
    o << "      <node id=\"" << XmlEscape(n.id) << "\" label=\"" << XmlEscape(n.label) << "\">\n"
      << "        <attvalues>\n";
    Value(o, "type", rules::EntityTypeName(n.type));
    Value(o, "aliases", JoinAll(n.aliases));
    Value(o, "sources", JoinAll(n.sources));
    o << "        </attvalues>\n      </node>\n";
  }
  o << "    </nodes>\n    <edges>\n";
  size_t i = 0;
  for (auto e : kg.EdgesInOrder()) {
    const auto& p = g[e];
    // kind = relation keeps "wrote-to" and "opposed" between the same two
    // people as two edges in Gephi.
    o << "      <edge id=\"e" << i++ << "\" source=\"" << XmlEscape(g[boost::source(e, g)].id) << "\" target=\""
      << XmlEscape(g[boost::target(e, g)].id) << "\" kind=\"" << XmlEscape(p.relation) << "\" label=\""
      << XmlEscape(p.relation) << "\" weight=\"" << p.weight() << "\">\n        <attvalues>\n";
    Value(o, "relation", p.relation);
    Value(o, "sources", SourcesText(p));
    Value(o, "evidence", EvidenceText(p));
    Value(o, "dates", DatesText(p));
    Value(o, "rules", RulesText(p));
    o << "        </attvalues>\n      </edge>\n";
  }
  o << "    </edges>\n  </graph>\n</gexf>\n";
  return o.str();
}

}  // namespace apparat::exporter
