#include "export/viewer.h"

namespace apparat::exporter {

std::string ScriptSafeJson(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 64);
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";  // line and paragraph separators
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string WriteHtml(std::string_view graph_json) {
  std::string safe = ScriptSafeJson(graph_json);
  while (!safe.empty() && (safe.back() == '\n' || safe.back() == ' ')) safe.pop_back();
  std::string out;
  out.reserve(ViewerHead().size() + safe.size() + ViewerTail().size());
  out.append(ViewerHead()).append(safe).append(ViewerTail());
  return out;
}

}  // namespace apparat::exporter
