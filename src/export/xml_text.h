// XML text helpers shared by the GraphML and GEXF writers.
#pragma once

#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace apparat::exporter {

// Escapes &, <, >, " and ' and drops characters XML 1.0 forbids (control
// characters other than tab, newline and carriage return). Newlines and tabs
// become character references so attribute values keep them.
std::string XmlEscape(std::string_view s);

// Largest value, in bytes before escaping, that one GraphML <data> or GEXF
// attvalue holds. libxml2 refuses a text node or attribute over 10,000,000
// bytes without XML_PARSE_HUGE ("xmllint --huge"); Gephi's parser has
// similar limits. Escaping may grow a value up to 6 times ("\n" -> "&#10;"),
// so 64 KiB stays far below. graph.json is not capped.
constexpr size_t kMaxXmlValueBytes = 64 * 1024;

// Joins `parts` with `sep`, keeping whole parts while the result stays
// within `max_bytes`, then appends "<sep>... N more (graph.json has all)".
// A first part longer than the cap is cut on a UTF-8 boundary and says how
// many bytes were left out. Deterministic: the same parts give the same text.
std::string JoinWithin(const std::vector<std::string>& parts, std::string_view sep,
                       size_t max_bytes = kMaxXmlValueBytes);

// Hands what `o` holds to `sink` and empties it once it holds 64 KB or
// more: the XML writers call it after each element, so a large graph's
// file is written in pieces and never held whole.
template <typename Sink>
void SpillFull(std::ostringstream& o, const Sink& sink) {
  if (o.tellp() < std::streampos(64 * 1024)) return;
  sink(o.str());
  o.str(std::string());
}

}  // namespace apparat::exporter
