#include <algorithm>
#include <map>
#include <optional>
#include <sstream>

#include "export/writers.h"
#include "export/xml_text.h"
#include "rules/rule_set.h"

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

using Spell = std::pair<std::string, std::string>;  // first and last day, YYYY-MM-DD

// The days an evidence date covers at its precision: a year, a month or a day.
std::optional<Spell> DateSpell(std::string_view date) {
  const std::string d(date);
  auto digits = [&](size_t from, size_t n) {
    return d.size() >= from + n && std::all_of(d.begin() + from, d.begin() + from + n, ::isdigit);
  };
  if (d.size() == 4 && digits(0, 4)) return Spell{d + "-01-01", d + "-12-31"};
  if (d.size() == 7 && digits(0, 4) && d[4] == '-' && digits(5, 2)) {
    int year = std::stoi(d.substr(0, 4)), month = std::stoi(d.substr(5, 2));
    if (month < 1 || month > 12) return std::nullopt;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int last = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    return Spell{d + "-01", d + "-" + std::to_string(last)};
  }
  if (d.size() == 10 && digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' && digits(8, 2)) return Spell{d, d};
  return std::nullopt;
}

// An edge's spells: the days its dated evidence covers, overlapping ones
// merged (Gephi refuses overlapping intervals). Empty for an undated edge,
// which stays static (present at every time).
std::vector<Spell> EdgeSpells(graph::EvidenceRange evidence) {
  std::vector<Spell> all;
  for (const auto& ev : evidence) {
    auto s = DateSpell(ev.date);
    if (!s) continue;
    // A range covers its days up to the last day of its end.
    if (auto e = DateSpell(ev.date_end); e && e->second > s->second) s->second = e->second;
    all.push_back(*s);
  }
  std::sort(all.begin(), all.end());
  std::vector<Spell> out;
  for (const auto& s : all) {
    if (!out.empty() && s.first <= out.back().second) {
      out.back().second = std::max(out.back().second, s.second);
    } else {
      out.push_back(s);
    }
  }
  return out;
}

void Spells(std::ostringstream& o, const std::vector<Spell>& spells) {
  if (spells.empty()) return;
  o << "        <spells>\n";
  for (const auto& s : spells) o << "          <spell start=\"" << s.first << "\" end=\"" << s.second << "\"/>\n";
  o << "        </spells>\n";
}

}  // namespace

void WriteGexfTo(const graph::KnowledgeGraph& kg, const BuildInfo& info, const ByteSink& sink) {
  const auto& g = kg.graph();
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    << "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    << "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
    << "  <meta>\n    <creator>" << XmlEscape(info.generator + " " + info.version) << "</creator>\n"
    << "    <description>rules " << XmlEscape(info.rules_digest) << "</description>\n  </meta>\n"
    << "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
  AttrDefs(o, "node", {"type", "aliases", "sources", "authority"});
  AttrDefs(o, "edge", {"relation", "sources", "evidence", "dates", "rules"});
  // A node lives from the first to the last day of its dated edges; one
  // with none is static.
  std::map<graph::Vertex, Spell> node_spells;
  for (auto e : kg.EdgesInOrder()) {
    auto spells = EdgeSpells(kg.evidence(g[e]));
    if (spells.empty()) continue;
    for (auto v : {boost::source(e, g), boost::target(e, g)}) {
      auto [it, fresh] = node_spells.emplace(v, Spell{spells.front().first, spells.back().second});
      if (!fresh) {
        it->second.first = std::min(it->second.first, spells.front().first);
        it->second.second = std::max(it->second.second, spells.back().second);
      }
    }
  }
  o << "    <nodes>\n";
  for (auto v : kg.NodesInOrder()) {
    const auto& n = g[v];
    o << "      <node id=\"" << XmlEscape(n.id) << "\" label=\"" << XmlEscape(n.label) << "\">\n"
      << "        <attvalues>\n";
    Value(o, "type", rules::EntityTypeName(n.type));
    Value(o, "aliases", JoinAll(n.aliases));
    Value(o, "sources", JoinAll(n.sources));
    if (!n.authority.empty()) Value(o, "authority", n.authority);
    o << "        </attvalues>\n";
    auto spell = node_spells.find(v);
    if (spell != node_spells.end()) Spells(o, {spell->second});
    o << "      </node>\n";
    SpillFull(o, sink);
  }
  o << "    </nodes>\n    <edges>\n";
  size_t i = 0;
  for (auto e : kg.EdgesInOrder()) {
    const auto& p = g[e];
    // kind = relation keeps "wrote-to" and "opposed" between the same two
    // people as two edges in Gephi.
    o << "      <edge id=\"e" << i++ << "\" source=\"" << XmlEscape(g[boost::source(e, g)].id) << "\" target=\""
      << XmlEscape(g[boost::target(e, g)].id) << "\" kind=\"" << XmlEscape(p.relation) << "\" label=\""
      << XmlEscape(p.relation) << "\" weight=\"" << p.weight() << "\""
      // A symmetric relation ("allied") runs both ways. GEXF's "mutual"
      // says so and stays readable by tools that refuse "undirected" edges
      // in a directed graph (networkx).
      << (rules::IsSymmetric(p.relation) ? " type=\"mutual\"" : "") << ">\n        <attvalues>\n";
    Value(o, "relation", p.relation);
    Value(o, "sources", SourcesText(kg.evidence(p)));
    Value(o, "evidence", EvidenceText(kg.evidence(p)));
    Value(o, "dates", DatesText(kg.evidence(p)));
    Value(o, "rules", RulesText(kg.evidence(p)));
    o << "        </attvalues>\n";
    Spells(o, EdgeSpells(kg.evidence(p)));
    o << "      </edge>\n";
    SpillFull(o, sink);
  }
  o << "    </edges>\n  </graph>\n</gexf>\n";
  sink(o.str());
}

std::string WriteGexf(const graph::KnowledgeGraph& kg, const BuildInfo& info) {
  std::string out;
  WriteGexfTo(kg, info, [&out](std::string_view piece) { out.append(piece); });
  return out;
}

}  // namespace apparat::exporter
