#include "export/facts_shard.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <set>

namespace apparat::exporter {

namespace {

using LineWriter = rapidjson::Writer<rapidjson::StringBuffer>;
using Value = rapidjson::Value;

void Str(LineWriter& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

// The one place an evidence record becomes shard JSON and back: a field
// added to extract::Evidence (a date's end, say) is added in these two
// functions and the format's version raised. The record is graph.json's
// without "source", which is always the line's document.
void WriteEvidence(LineWriter& w, const extract::Evidence& e) {
  w.StartObject();
  w.Key("start");
  w.Uint64(e.start);
  w.Key("end");
  w.Uint64(e.end);
  w.Key("line");
  w.Int(e.line);
  w.Key("text");
  Str(w, e.text);
  w.Key("rule");
  Str(w, e.rule);
  w.Key("date");
  if (e.date.empty()) w.Null(); else Str(w, e.date);
  if (!e.date_end.empty()) {
    w.Key("date_end");
    Str(w, e.date_end);
  }
  if (!e.polarity.empty()) {
    w.Key("polarity");
    Str(w, e.polarity);
  }
  if (e.copy) {
    w.Key("copy");
    w.Bool(true);
  }
  if (!e.reported_by.empty()) {
    w.Key("reported_by");
    Str(w, e.reported_by);
  }
  w.EndObject();
}

// Field readers: each fails with "FIELD: what was wrong", and the callers
// prefix where the field sits ("facts[3].evidence.").
class Fields {
 public:
  Fields(const Value& obj, std::string where) : obj_(obj), where_(std::move(where)) {}

  // Every key of the object must be one of `known`: a field this version
  // does not know would otherwise be dropped without a word.
  Status OnlyKnown(std::initializer_list<const char*> known) const {
    for (auto m = obj_.MemberBegin(); m != obj_.MemberEnd(); ++m) {
      std::string_view key(m->name.GetString(), m->name.GetStringLength());
      bool ok = false;
      for (const char* k : known) ok = ok || key == k;
      if (ok) continue;
      // "facts[2].evidence: unknown field ..."; at the top, just the field.
      std::string at = where_.empty() ? "" : where_.substr(0, where_.size() - 1) + ": ";
      return Status::Error(at + "unknown field \"" + std::string(key) + "\"");
    }
    return Status();
  }

  Status String(const char* key, std::string* out, bool required = true, bool nullable = false) const {
    auto m = obj_.FindMember(key);
    if (m == obj_.MemberEnd()) {
      return required ? Status::Error(where_ + key + ": missing") : Status();
    }
    if (nullable && m->value.IsNull()) return Status();
    if (!m->value.IsString()) return Status::Error(where_ + key + ": not a string");
    out->assign(m->value.GetString(), m->value.GetStringLength());
    return Status();
  }

  Status Size(const char* key, size_t* out) const {
    auto m = obj_.FindMember(key);
    if (m == obj_.MemberEnd()) return Status::Error(where_ + key + ": missing");
    if (!m->value.IsUint64()) return Status::Error(where_ + key + ": not a non-negative integer");
    *out = static_cast<size_t>(m->value.GetUint64());
    return Status();
  }

  Status Line(const char* key, int* out) const {
    auto m = obj_.FindMember(key);
    if (m == obj_.MemberEnd()) return Status::Error(where_ + key + ": missing");
    if (!m->value.IsInt() || m->value.GetInt() < 1) return Status::Error(where_ + key + ": not a line number (>= 1)");
    *out = m->value.GetInt();
    return Status();
  }

  Status Array(const char* key, const Value** out) const {
    auto m = obj_.FindMember(key);
    if (m == obj_.MemberEnd()) return Status::Error(where_ + key + ": missing");
    if (!m->value.IsArray()) return Status::Error(where_ + key + ": not an array");
    *out = &m->value;
    return Status();
  }

 private:
  const Value& obj_;
  std::string where_;
};

#define APPARAT_TRY(expr)        \
  do {                           \
    Status s_ = (expr);          \
    if (!s_.ok()) return s_;     \
  } while (0)

Status ReadEvidence(const Value& v, const std::string& where, const std::string& source, extract::Evidence* e) {
  if (!v.IsObject()) return Status::Error(where + ": not an object");
  Fields f(v, where + ".");
  APPARAT_TRY(f.OnlyKnown({"start", "end", "line", "text", "rule", "date", "date_end", "polarity", "copy", "reported_by"}));
  e->source = source;
  APPARAT_TRY(f.Size("start", &e->start));
  APPARAT_TRY(f.Size("end", &e->end));
  if (e->end < e->start) return Status::Error(where + ".end: before start");
  APPARAT_TRY(f.Line("line", &e->line));
  APPARAT_TRY(f.String("text", &e->text));
  APPARAT_TRY(f.String("rule", &e->rule));
  auto date = v.FindMember("date");
  if (date == v.MemberEnd()) return Status::Error(where + ".date: missing");
  APPARAT_TRY(f.String("date", &e->date, true, true));
  APPARAT_TRY(f.String("date_end", &e->date_end, false));
  if (!e->date_end.empty() && e->date.empty()) return Status::Error(where + ".date_end: present without date");
  APPARAT_TRY(f.String("polarity", &e->polarity, false));
  APPARAT_TRY(f.String("reported_by", &e->reported_by, false));
  // Written only when true, so a false here is not what a writer gives.
  auto copy = v.FindMember("copy");
  if (copy != v.MemberEnd()) {
    if (!copy->value.IsTrue()) return Status::Error(where + ".copy: present but not true");
    e->copy = true;
  }
  return Status();
}

}  // namespace

std::string WriteShardLine(const extract::DocumentFacts& d, const std::string& rules_digest) {
  rapidjson::StringBuffer buf;
  LineWriter w(buf);
  w.StartObject();
  w.Key("format");
  w.String(kShardFormat);
  w.Key("version");
  w.Int(kShardVersion);
  w.Key("rules_digest");
  Str(w, rules_digest);
  w.Key("source");
  Str(w, d.source);
  w.Key("sha256");
  Str(w, d.sha256);
  w.Key("bytes");
  w.Uint64(d.bytes);
  w.Key("entities");
  w.StartArray();
  for (const auto& e : d.entities) {
    w.StartObject();
    w.Key("id");
    Str(w, e.id);
    w.Key("type");
    w.String(rules::EntityTypeName(e.type));
    w.Key("label");
    Str(w, e.label);
    w.Key("aliases");
    w.StartArray();
    for (const auto& a : e.aliases) Str(w, a);
    w.EndArray();
    if (!e.authority.empty()) {
      w.Key("authority");
      Str(w, e.authority);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("facts");
  w.StartArray();
  for (const auto& f : d.facts) {
    w.StartObject();
    w.Key("subject");
    Str(w, f.subject);
    w.Key("relation");
    Str(w, f.relation);
    w.Key("object");
    Str(w, f.object);
    w.Key("evidence");
    WriteEvidence(w, f.evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  // RapidJSON escapes control characters (a newline in a sentence is "\n"),
  // so the line never breaks.
  return std::string(buf.GetString(), buf.GetSize());
}

Status ParseShardLine(std::string_view line, extract::DocumentFacts* out, std::string* rules_digest) {
  rapidjson::Document doc;
  // Shards are UTF-8 as every output is; a byte that is not is refused here
  // rather than copied into the graph.
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  if (doc.HasParseError()) {
    return Status::Error(std::string("not JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) + " (byte " +
                         std::to_string(doc.GetErrorOffset()) + ")");
  }
  if (!doc.IsObject()) return Status::Error("not a JSON object");
  // The format and version first: a line of another version may differ in
  // anything else, and that is the one thing worth saying about it.
  auto format = doc.FindMember("format");
  if (format == doc.MemberEnd() || !format->value.IsString() ||
      std::string_view(format->value.GetString(), format->value.GetStringLength()) != kShardFormat) {
    return Status::Error(std::string("not an apparat facts line (\"format\" is not \"") + kShardFormat + "\")");
  }
  auto version = doc.FindMember("version");
  if (version == doc.MemberEnd() || !version->value.IsInt()) return Status::Error("version: missing or not an integer");
  if (version->value.GetInt() != kShardVersion) {
    return Status::Error("unsupported version " + std::to_string(version->value.GetInt()) + " (this apparat reads version " +
                         std::to_string(kShardVersion) + ")");
  }
  Fields top(doc, "");
  APPARAT_TRY(top.OnlyKnown({"format", "version", "rules_digest", "source", "sha256", "bytes", "entities", "facts"}));
  APPARAT_TRY(top.String("rules_digest", rules_digest));
  *out = extract::DocumentFacts();
  APPARAT_TRY(top.String("source", &out->source));
  if (out->source.empty()) return Status::Error("source: empty");
  out->path = out->source;
  APPARAT_TRY(top.String("sha256", &out->sha256));
  if (out->sha256.size() != 64 || out->sha256.find_first_not_of("0123456789abcdef") != std::string::npos) {
    return Status::Error("sha256: not 64 lower-case hex digits");
  }
  APPARAT_TRY(top.Size("bytes", &out->bytes));

  const Value* entities = nullptr;
  APPARAT_TRY(top.Array("entities", &entities));
  std::set<std::string> ids;
  for (rapidjson::SizeType i = 0; i < entities->Size(); ++i) {
    const Value& v = (*entities)[i];
    std::string where = "entities[" + std::to_string(i) + "]";
    if (!v.IsObject()) return Status::Error(where + ": not an object");
    Fields f(v, where + ".");
    APPARAT_TRY(f.OnlyKnown({"id", "type", "label", "aliases", "authority"}));
    extract::EntityRecord e;
    APPARAT_TRY(f.String("id", &e.id));
    if (e.id.empty()) return Status::Error(where + ".id: empty");
    std::string type;
    APPARAT_TRY(f.String("type", &type));
    if (!rules::ParseEntityType(type, &e.type)) return Status::Error(where + ".type: unknown type \"" + type + "\"");
    APPARAT_TRY(f.String("label", &e.label));
    const Value* aliases = nullptr;
    APPARAT_TRY(f.Array("aliases", &aliases));
    for (rapidjson::SizeType k = 0; k < aliases->Size(); ++k) {
      if (!(*aliases)[k].IsString()) return Status::Error(where + ".aliases[" + std::to_string(k) + "]: not a string");
      e.aliases.emplace_back((*aliases)[k].GetString(), (*aliases)[k].GetStringLength());
    }
    APPARAT_TRY(f.String("authority", &e.authority, false));
    if (!ids.insert(e.id).second) return Status::Error(where + ".id: \"" + e.id + "\" listed twice");
    out->entities.push_back(std::move(e));
  }

  const Value* facts = nullptr;
  APPARAT_TRY(top.Array("facts", &facts));
  const auto& relations = rules::RelationNames();
  for (rapidjson::SizeType i = 0; i < facts->Size(); ++i) {
    const Value& v = (*facts)[i];
    std::string where = "facts[" + std::to_string(i) + "]";
    if (!v.IsObject()) return Status::Error(where + ": not an object");
    Fields f(v, where + ".");
    APPARAT_TRY(f.OnlyKnown({"subject", "relation", "object", "evidence"}));
    extract::Fact fact;
    APPARAT_TRY(f.String("subject", &fact.subject));
    APPARAT_TRY(f.String("relation", &fact.relation));
    APPARAT_TRY(f.String("object", &fact.object));
    // A fact's ends need not be among the line's entities: an entity built
    // from its parts inside a rule's match is not always listed, and
    // KnowledgeGraph::Add decides what such a fact becomes, as in a build.
    if (fact.subject.empty() || fact.object.empty()) return Status::Error(where + ": empty subject or object");
    if (std::find(relations.begin(), relations.end(), fact.relation) == relations.end()) {
      return Status::Error(where + ".relation: unknown relation \"" + fact.relation + "\"");
    }
    auto ev = v.FindMember("evidence");
    if (ev == v.MemberEnd()) return Status::Error(where + ".evidence: missing");
    APPARAT_TRY(ReadEvidence(ev->value, where + ".evidence", out->source, &fact.evidence));
    out->facts.push_back(std::move(fact));
  }
  return Status();
}

Status ShardMerger::AddLine(const std::string& shard, size_t line_no, std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // a shard passed through a CRLF tool
  if (line.empty()) return Status();
  std::string where = shard + ":" + std::to_string(line_no);
  extract::DocumentFacts facts;
  std::string digest;
  Status s = ParseShardLine(line, &facts, &digest);
  if (!s.ok()) return Status::Error(where + ": " + s.message());
  // One graph, one rule set: graph.json states a single rules digest, and
  // facts read by different rules would not be the graph any build gives.
  if (digest_where_.empty()) {
    digest_ = digest;
    digest_where_ = where;
  } else if (digest != digest_) {
    return Status::Error(where + ": extracted with other rules (digest " + digest.substr(0, 12) + "…) than " +
                         digest_where_ + " (digest " + digest_.substr(0, 12) + "…)");
  }
  auto [named, fresh_name] = by_name_.emplace(facts.source, std::make_pair(facts.sha256, where));
  if (!fresh_name && named->second.first != facts.sha256) {
    return Status::Error(where + ": source \"" + facts.source + "\" has other bytes than at " + named->second.second +
                         " (two extracts named different files alike; give each the same --root)");
  }
  auto it = by_sha_.find(facts.sha256);
  if (it == by_sha_.end()) {
    std::string sha = facts.sha256;
    by_sha_.emplace(sha, Kept{std::move(facts), where});
    return Status();
  }
  // The same bytes twice: `build` reads them once, under the smallest name,
  // and so does the merge, whichever line came first.
  duplicates_++;
  if (facts.source < it->second.facts.source) it->second = Kept{std::move(facts), where};
  return Status();
}

Status ShardMerger::Finish(graph::KnowledgeGraph* graph) {
  if (by_sha_.empty()) return Status::Error("no document in the shards");
  documents_ = by_sha_.size();
  // Added in name order, the order `build -j1` adds them in: KnowledgeGraph
  // keeps a fact whose end no earlier document listed only if a document
  // added before it listed that end, so the order is part of the result.
  std::vector<Kept*> order;
  for (auto& [sha, kept] : by_sha_) order.push_back(&kept);
  std::sort(order.begin(), order.end(), [](const Kept* a, const Kept* b) { return a->facts.source < b->facts.source; });
  for (Kept* k : order) graph->Add(std::move(k->facts));
  by_sha_.clear();
  graph->Finalize();
  return Status();
}

}  // namespace apparat::exporter
