#include <rapidjson/prettywriter.h>

#include "export/json_parts.h"
#include "export/writers.h"

namespace apparat::exporter {

namespace {

using Writer = JsonWriter;

void Str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void Key(Writer& w, const char* k) { w.Key(k); }

void StrList(Writer& w, const std::vector<std::string>& v) {
  w.StartArray();
  for (const auto& s : v) Str(w, s);
  w.EndArray();
}

}  // namespace

void WriteGraphInfo(Writer& w, const graph::KnowledgeGraph& g, const BuildInfo& info) {
  w.StartObject();
  Key(w, "generator");
  Str(w, info.generator);
  Key(w, "version");
  Str(w, info.version);
  Key(w, "rules_digest");
  Str(w, info.rules_digest);
  Key(w, "sources");
  w.StartArray();
  for (const auto& s : g.Sources()) {
    w.StartObject();
    Key(w, "name");
    Str(w, s.name);
    Key(w, "sha256");
    Str(w, s.sha256);
    Key(w, "bytes");
    w.Uint64(s.bytes);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteEvidence(Writer& w, const graph::EvidenceView& e) {
  w.StartObject();
  Key(w, "source");
  Str(w, e.source);
  Key(w, "start");
  w.Uint64(e.start);
  Key(w, "end");
  w.Uint64(e.end);
  Key(w, "line");
  w.Int(e.line);
  Key(w, "text");
  Str(w, e.text);
  Key(w, "rule");
  Str(w, e.rule);
  Key(w, "date");
  if (e.date.empty()) w.Null(); else Str(w, e.date);
  if (!e.date_end.empty()) {
    Key(w, "date_end");
    Str(w, e.date_end);
  }
  if (!e.polarity.empty()) {
    Key(w, "polarity");
    Str(w, e.polarity);
  }
  if (e.copy) {
    Key(w, "copy");
    w.Bool(true);
  }
  if (!e.reported_by.empty()) {
    Key(w, "reported_by");
    Str(w, e.reported_by);
  }
  w.EndObject();
}

namespace {

void WriteDocument(const graph::KnowledgeGraph& kg, const BuildInfo& info, StringOutput& buf) {
  Writer w(buf);
  w.SetIndent(' ', 1);
  const auto& g = kg.graph();
  w.StartObject();
  Key(w, "directed");
  w.Bool(true);
  Key(w, "multigraph");
  w.Bool(true);
  Key(w, "graph");
  WriteGraphInfo(w, kg, info);
  Key(w, "nodes");
  w.StartArray();
  for (auto v : kg.NodesInOrder()) {
    const auto& n = g[v];
    w.StartObject();
    Key(w, "id");
    Str(w, n.id);
    Key(w, "label");
    Str(w, n.label);
    Key(w, "type");
    w.String(rules::EntityTypeName(n.type));
    Key(w, "aliases");
    StrList(w, n.aliases);
    Key(w, "sources");
    StrList(w, n.sources);
    if (!n.authority.empty()) {
      Key(w, "authority");
      Str(w, n.authority);
    }
    w.EndObject();
  }
  w.EndArray();
  Key(w, "links");
  w.StartArray();
  for (auto e : kg.EdgesInOrder()) {
    const auto& p = g[e];
    w.StartObject();
    Key(w, "source");
    Str(w, g[boost::source(e, g)].id);
    Key(w, "target");
    Str(w, g[boost::target(e, g)].id);
    Key(w, "key");
    Str(w, p.relation);
    Key(w, "relation");
    Str(w, p.relation);
    Key(w, "weight");
    w.Uint64(p.weight());
    Key(w, "evidence");
    w.StartArray();
    for (const auto& ev : kg.evidence(p)) WriteEvidence(w, ev);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string WriteJson(const graph::KnowledgeGraph& kg, const BuildInfo& info) {
  std::string out;
  StringOutput buf(&out);
  WriteDocument(kg, info, buf);
  out += '\n';
  return out;
}

void WriteJsonTo(const graph::KnowledgeGraph& kg, const BuildInfo& info, const ByteSink& sink,
                 bool final_newline) {
  std::string piece;
  piece.reserve(StringOutput::kChunk + 64);
  StringOutput buf(&piece, &sink);
  WriteDocument(kg, info, buf);
  buf.Flush();
  if (final_newline) sink("\n");
}

}  // namespace apparat::exporter
