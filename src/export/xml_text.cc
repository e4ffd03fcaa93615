#include "export/xml_text.h"

namespace apparat::exporter {

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        if (c < 0x20) break;  // forbidden in XML 1.0
        // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are forbidden too.
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
          i += 2;
          break;
        }
        out += static_cast<char>(c);
    }
  }
  return out;
}

std::string JoinWithin(const std::vector<std::string>& parts, std::string_view sep, size_t max_bytes) {
  std::string out;
  size_t i = 0;
  for (; i < parts.size(); ++i) {
    size_t add = (i ? sep.size() : 0) + parts[i].size();
    if (out.size() + add > max_bytes) break;
    if (i) out += sep;
    out += parts[i];
  }
  if (i == parts.size()) return out;
  if (i == 0) {
    // One part alone is over the cap: keep its head, cut before a UTF-8
    // continuation byte so the value stays valid.
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(parts[0][cut]) & 0xC0) == 0x80) --cut;
    out = parts[0].substr(0, cut) + " ... (" + std::to_string(parts[0].size() - cut) + " more bytes)";
    ++i;
  }
  if (i == parts.size()) return out + " (graph.json has all)";
  out += sep;
  out += "... " + std::to_string(parts.size() - i) + " more (graph.json has all)";
  return out;
}

}  // namespace apparat::exporter
