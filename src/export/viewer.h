// The HTML viewer: one self-contained page (graph-out/index.html) with the
// bundled JavaScript of viewer/ and the graph JSON inside it.
//
// The page's head and tail come from a source file that viewer/build.mjs
// generates at build time (esbuild over the npm packages pinned by
// viewer/package-lock.json); a build configured with -DAPPARAT_VIEWER=OFF
// has none, and ViewerAvailable() is false. See docs/viewer.md.
#pragma once

#include <string>
#include <string_view>

#include "export/writers.h"

namespace apparat::exporter {

bool ViewerAvailable();
std::string_view ViewerHead();  // the page up to the embedded graph JSON
std::string_view ViewerTail();  // the page after it

// The graph JSON made safe inside <script type="application/json">: '<',
// '>' and '&' become \u003c, \u003e, \u0026 (so no "</script>" or "<!--"
// can end the element), and U+2028/U+2029 become \u2028/\u2029. These
// bytes only occur inside JSON strings, so the result is the same JSON.
std::string ScriptSafeJson(std::string_view json);

// The page with `graph_json` (apparat's graph.json) embedded.
std::string WriteHtml(std::string_view graph_json);
// The same page for the graph `g` (WriteHtml(WriteJson(g, info))), handed
// to `sink` in pieces as the JSON is made: never whole in memory.
void WriteHtmlTo(const graph::KnowledgeGraph& g, const BuildInfo& info, const ByteSink& sink);

}  // namespace apparat::exporter
