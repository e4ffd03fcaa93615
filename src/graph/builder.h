// GraphBuilder: source paths -> a finalised KnowledgeGraph.
//
// Drives the map/reduce of a build: worker threads each read one document at
// a time, extract its facts (the map step, independent per document) and
// hand them to the merge (the reduce step, under a lock). A large document
// is read in pieces by every thread, each piece merged as soon as it is
// done (extract/large_document.h), so the merge runs beside the reading.
// Only one document per worker is held in memory (a large one once, with a
// copy of only the pieces being read), and facts are merged as they come,
// so memory follows the graph, not the corpus.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/extractor.h"
#include "graph/knowledge_graph.h"

namespace apparat::graph {

struct BuildOptions {
  int jobs = 0;         // worker threads; 0 = one per core
  bool strict = false;  // a bad source fails the build instead of being skipped
  text::ReadOptions read;  // how to read sources that are not UTF-8 text
  // Called as the build goes: `bytes` newly read (a large file reports
  // each piece), `files` 1 when a source is done (read or skipped), else 0.
  // From any worker thread, one call at a time. May be empty.
  std::function<void(uint64_t bytes, size_t files)> on_progress;
};

struct BuildReport {
  size_t documents_read = 0;
  size_t bytes_read = 0;
  std::vector<std::string> skipped;  // one message per skipped source
};

// Fails when a source is bad under `strict`, when no source could be read,
// or when a source failed after part of it was merged (out of memory): the
// graph would hold part of a source reported as skipped.
Status BuildGraph(const std::vector<text::SourcePath>& sources, const extract::Extractor& extractor,
                  const BuildOptions& options, KnowledgeGraph* graph, BuildReport* report);

}  // namespace apparat::graph
