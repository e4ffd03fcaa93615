#include "export/viewer.h"

namespace apparat::exporter {

namespace {

// Appends `json` to `out` with what could end or confuse a script element
// written as \u escapes.
void AppendScriptSafe(std::string_view json, std::string* out) {
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      *out += "\\u003c";
    } else if (c == '>') {
      *out += "\\u003e";
    } else if (c == '&') {
      *out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      *out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";  // line and paragraph separators
      i += 2;
    } else {
      *out += c;
    }
  }
}

}  // namespace

void WriteHtmlTo(const graph::KnowledgeGraph& g, const BuildInfo& info, const ByteSink& sink) {
  sink(ViewerHead());
  // A line or paragraph separator (E2 80 A8/A9) may be cut between two
  // pieces: up to two bytes of a possible one wait for the next piece.
  std::string pending, safe;
  WriteJsonTo(
      g, info,
      [&](std::string_view piece) {
        pending.append(piece);
        size_t keep = 0;
        size_t n = pending.size();
        if (n >= 1 && pending[n - 1] == '\xE2') keep = 1;
        if (n >= 2 && pending[n - 2] == '\xE2' && pending[n - 1] == '\x80') keep = 2;
        safe.clear();
        AppendScriptSafe(std::string_view(pending).substr(0, n - keep), &safe);
        pending.erase(0, n - keep);
        sink(safe);
      },
      /*final_newline=*/false);
  safe.clear();
  AppendScriptSafe(pending, &safe);
  sink(safe);
  sink(ViewerTail());
}

std::string ScriptSafeJson(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 64);
  AppendScriptSafe(json, &out);
  return out;
}

std::string WriteHtml(std::string_view graph_json) {
  while (!graph_json.empty() && (graph_json.back() == '\n' || graph_json.back() == ' ')) graph_json.remove_suffix(1);
  // Escaped straight into the page: a large graph's JSON is not copied twice.
  std::string out;
  out.reserve(ViewerHead().size() + graph_json.size() + graph_json.size() / 64 + ViewerTail().size());
  out.append(ViewerHead());
  AppendScriptSafe(graph_json, &out);
  out.append(ViewerTail());
  return out;
}

}  // namespace apparat::exporter
