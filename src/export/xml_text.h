// XML text helpers shared by the GraphML and GEXF writers.
#pragma once

#include <string>
#include <string_view>

namespace apparat::exporter {

// Escapes &, <, >, " and ' and drops characters XML 1.0 forbids (control
// characters other than tab, newline and carriage return). Newlines and tabs
// become character references so attribute values keep them.
std::string XmlEscape(std::string_view s);

}  // namespace apparat::exporter
