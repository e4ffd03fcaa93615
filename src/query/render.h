// Render: a query Result -> the text or JSON `apparat query` prints.
//
// Both are pure functions of the graph, the request and the result, so the
// same inputs always print the same bytes. Text is for people: one block per
// answering entity (or path), at most kTextEvidencePerEdge sentences per
// edge with a count of the rest. JSON is for programs and lists every piece
// of evidence; its shape is documented in docs/query.md. Thread-safe.
#pragma once

#include <string>

#include "query/answer.h"
#include "query/graph_file.h"

namespace apparat::query {

inline constexpr size_t kTextEvidencePerEdge = 5;

std::string RenderText(const GraphFile& g, const Request& request, const Result& result);
std::string RenderJson(const GraphFile& g, const Request& request, const Result& result);

}  // namespace apparat::query
