#include "query/render.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <sstream>

namespace apparat::query {

namespace {

// ---------------------------------------------------------------------------
// Text.

std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string Label(const GraphFile& g, int64_t n) { return std::string(g.node(n).label); }

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void TextEvidence(const EvidenceRef& e, std::ostringstream& o) {
  o << "      [" << e.source << ":" << e.line;
  if (!e.date.empty()) o << ", " << e.date << (e.date_end.empty() ? "" : "/") << e.date_end;
  if (!e.rule.empty()) o << ", rule " << e.rule;
  if (!e.polarity.empty()) o << ", " << e.polarity;
  if (e.copy) o << ", copy";
  if (!e.reported_by.empty()) o << ", reported by " << e.reported_by;
  o << "] \"" << OneLine(e.text) << "\"\n";
}

void TextHit(const GraphFile& g, const EdgeHit& h, std::ostringstream& o) {
  const EdgeRef e = g.edge(h.edge);
  o << "    " << Label(g, e.subject) << " --" << e.relation << "--> " << Label(g, e.object) << "  ("
    << Plural(h.evidence.size(), "sentence", "sentences") << ")\n";
  for (size_t i = 0; i < h.evidence.size() && i < kTextEvidencePerEdge; ++i) TextEvidence(g.evidence(h.evidence[i]), o);
  if (h.evidence.size() > kTextEvidencePerEdge) {
    o << "      ... " << h.evidence.size() - kTextEvidencePerEdge << " more (--format json lists all)\n";
  }
}

std::string Slot(const GraphFile& g, int64_t node, const char* asked) {
  if (node < 0) return asked;
  return Label(g, node) + " [" + std::string(g.node(node).id) + "]";
}

std::string Reading(const GraphFile& g, const Result& r) {
  const Query& q = r.query;
  if (q.kind == Query::kPath) {
    return "connection " + Slot(g, r.subject, "?") + " ... " + Slot(g, r.object, "?") + ", up to " +
           std::to_string(kMaxPathSteps) + " steps";
  }
  if (q.kind == Query::kAbout) return "every edge of " + Slot(g, r.subject, "?");
  std::string rel = q.relation.empty() ? "(any relation)" : q.relation;
  std::string asked = q.answer_type.empty() ? "?" : "? (" + q.answer_type + ")";
  return Slot(g, r.subject, asked.c_str()) + " --" + rel + "--> " + Slot(g, r.object, asked.c_str());
}

std::string Filters(const Request&, const Result& r) {
  std::string f;
  if (!r.since.empty()) f += " since " + r.since;
  if (!r.until.empty()) f += " until " + r.until;
  for (const auto& s : r.sources) f += " source " + s;
  return f;
}

void TextFacts(const GraphFile& g, const Result& r, bool filtered, std::ostringstream& o) {
  if (r.query.yes_no) {
    bool yes = !r.items.empty() && !r.items[0].hits.empty();
    bool contrary = !r.items.empty() && !r.items[0].contrary.empty();
    if (yes) {
      o << (contrary ? "Yes, but sources disagree: the evidence for and against follows\n" : "Yes: the evidence follows\n");
    } else if (contrary) {
      o << "No: the graph holds no evidence for " << Reading(g, r) << ", and evidence against it:\n";
      for (const auto& h : r.items[0].contrary) TextHit(g, h, o);
      return;
    } else {
      o << "No: no evidence in the graph for " << Reading(g, r) << (filtered ? " that passes the filters" : "") << "\n";
      return;
    }
  }
  if (r.items.empty()) {
    o << "No answer: no evidence in the graph for " << Reading(g, r) << (filtered ? " that passes the filters" : "")
      << "\n";
    return;
  }
  o << Plural(r.total_items, "answer", "answers");
  if (r.items.size() < r.total_items) o << ", " << r.items.size() << " shown (--limit)";
  o << "\n";
  for (size_t i = 0; i < r.items.size(); ++i) {
    const Item& it = r.items[i];
    const NodeRef n = g.node(it.entity);
    o << "\n" << i + 1 << ". " << n.label << " (" << n.type << ")  " << Plural(it.evidence_count, "sentence", "sentences")
      << ", " << Plural(it.source_count, "source", "sources") << "\n";
    for (const auto& h : it.hits) TextHit(g, h, o);
    if (!it.contrary.empty()) {
      o << "    but other evidence disagrees:\n";
      for (const auto& h : it.contrary) TextHit(g, h, o);
    }
  }
}

void TextPaths(const GraphFile& g, const Result& r, std::ostringstream& o) {
  if (r.paths.empty()) {
    if (r.path_steps > kMaxPathSteps) {
      o << "No connection within " << kMaxPathSteps << " steps (the shortest has " << r.path_steps << ")\n";
    } else {
      o << "No connection: no chain of edges links them\n";
    }
    return;
  }
  o << Plural(r.total_paths, "shortest path", "shortest paths") << " of " << Plural(r.path_steps, "step", "steps");
  if (r.paths.size() < r.total_paths) o << ", " << r.paths.size() << " shown (--limit)";
  o << "\n";
  for (size_t i = 0; i < r.paths.size(); ++i) {
    const Path& p = r.paths[i];
    o << "\n" << i + 1 << ". " << Label(g, p.steps.front().from);
    for (const auto& s : p.steps) o << " -- " << Label(g, s.to);
    o << "\n";
    for (size_t k = 0; k < p.steps.size(); ++k) {
      o << "  step " << k + 1 << ": " << Label(g, p.steps[k].from) << " -- " << Label(g, p.steps[k].to) << "\n";
      for (const auto& h : p.steps[k].hits) TextHit(g, h, o);
    }
  }
}

// ---------------------------------------------------------------------------
// JSON.

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void NodeJson(Writer& w, const GraphFile& g, int64_t n) {
  if (n < 0) {
    w.Null();
    return;
  }
  const NodeRef node = g.node(n);
  w.StartObject();
  w.Key("id");
  Str(w, node.id);
  w.Key("label");
  Str(w, node.label);
  w.Key("type");
  Str(w, node.type);
  w.EndObject();
}

void EvidenceJson(Writer& w, const EvidenceRef& e) {
  w.StartObject();
  w.Key("source");
  Str(w, e.source);
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

void HitsJson(Writer& w, const GraphFile& g, const std::vector<EdgeHit>& hits) {
  w.StartArray();
  for (const auto& h : hits) {
    const EdgeRef e = g.edge(h.edge);
    w.StartObject();
    w.Key("source");
    Str(w, g.node(e.subject).id);
    w.Key("target");
    Str(w, g.node(e.object).id);
    w.Key("relation");
    Str(w, e.relation);
    w.Key("evidence");
    w.StartArray();
    for (uint32_t ev : h.evidence) EvidenceJson(w, g.evidence(ev));
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void ReadingJson(Writer& w, const GraphFile& g, const Request& req, const Result& r) {
  w.Key("question");
  if (req.question.empty()) w.Null(); else Str(w, req.question);
  w.Key("read_as");
  w.StartObject();
  w.Key("kind");
  w.String(r.query.kind == Query::kPath ? "path" : r.query.kind == Query::kAbout ? "about" : "facts");
  w.Key("relation");
  if (r.query.relation.empty()) w.Null(); else Str(w, r.query.relation);
  w.Key("subject");
  NodeJson(w, g, r.subject);
  w.Key("object");
  NodeJson(w, g, r.object);
  w.Key("answer_type");
  if (r.query.answer_type.empty()) w.Null(); else Str(w, r.query.answer_type);
  w.Key("yes_no");
  w.Bool(r.query.yes_no);
  w.Key("answer");
  if (!r.query.yes_no) {
    w.Null();
  } else {
    bool yes = !r.items.empty() && !r.items[0].hits.empty();
    w.String(yes ? (r.items[0].contrary.empty() ? "yes" : "yes, sources disagree") : "no");
  }
  w.Key("note");
  if (r.note.empty()) w.Null(); else Str(w, r.note);
  w.EndObject();
  w.Key("filters");
  w.StartObject();
  w.Key("since");
  if (r.since.empty()) w.Null(); else Str(w, r.since);
  w.Key("until");
  if (r.until.empty()) w.Null(); else Str(w, r.until);
  w.Key("sources");
  w.StartArray();
  for (const auto& s : r.sources) Str(w, s);
  w.EndArray();
  w.EndObject();
}

void FactsJson(Writer& w, const GraphFile& g, const Result& r) {
  w.Key("total_answers");
  w.Uint64(r.total_items);
  w.Key("answers");
  w.StartArray();
  for (const auto& it : r.items) {
    const NodeRef n = g.node(it.entity);
    w.StartObject();
    w.Key("id");
    Str(w, n.id);
    w.Key("label");
    Str(w, n.label);
    w.Key("type");
    Str(w, n.type);
    w.Key("evidence_count");
    w.Uint64(it.evidence_count);
    w.Key("source_count");
    w.Uint64(it.source_count);
    w.Key("edges");
    HitsJson(w, g, it.hits);
    w.Key("contrary");
    HitsJson(w, g, it.contrary);
    w.EndObject();
  }
  w.EndArray();
}

void PathsJson(Writer& w, const GraphFile& g, const Result& r) {
  w.Key("steps");
  w.Int(r.path_steps);
  w.Key("total_paths");
  w.Uint64(r.total_paths);
  w.Key("paths");
  w.StartArray();
  for (const auto& p : r.paths) {
    w.StartObject();
    w.Key("nodes");
    w.StartArray();
    NodeJson(w, g, p.steps.front().from);
    for (const auto& s : p.steps) NodeJson(w, g, s.to);
    w.EndArray();
    w.Key("steps");
    w.StartArray();
    for (const auto& s : p.steps) {
      w.StartObject();
      w.Key("from");
      Str(w, g.node(s.from).id);
      w.Key("to");
      Str(w, g.node(s.to).id);
      w.Key("edges");
      HitsJson(w, g, s.hits);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string RenderText(const GraphFile& g, const Request& req, const Result& r) {
  std::ostringstream o;
  if (!req.question.empty()) o << "Q: " << OneLine(req.question) << "\n";
  o << "read as: " << Reading(g, r) << "\n";
  if (!r.note.empty()) o << "note: " << r.note << "\n";
  std::string f = Filters(req, r);
  if (!f.empty()) o << "filters:" << f << "\n";
  o << "\n";
  if (r.query.kind == Query::kPath) {
    TextPaths(g, r, o);
  } else {
    TextFacts(g, r, !f.empty(), o);
  }
  return o.str();
}

std::string RenderJson(const GraphFile& g, const Request& req, const Result& r) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.SetIndent(' ', 1);
  w.StartObject();
  ReadingJson(w, g, req, r);
  if (r.query.kind == Query::kPath) {
    PathsJson(w, g, r);
  } else {
    FactsJson(w, g, r);
  }
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

}  // namespace apparat::query
