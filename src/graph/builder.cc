#include "graph/builder.h"

#include "extract/large_document.h"

#include <algorithm>
#include <mutex>

#include "base/parallel.h"

namespace apparat::graph {

Status BuildGraph(const std::vector<text::SourcePath>& paths, const extract::Extractor& extractor,
                  const BuildOptions& options, KnowledgeGraph* graph, BuildReport* report) {
  std::mutex mu;
  // A large file is read in pieces on as many threads as asked for, even
  // when it is the only source (extract/large_document.h).
  const int piece_threads = ThreadsFor(options.jobs);
  std::vector<std::string> errors(paths.size());
  // A source that failed after some of its pieces were merged: the graph
  // holds part of it, so the build cannot go on as if it were skipped.
  std::string half_merged;
  auto read_source = [&](size_t i) {
    // Nothing may escape: a failure (even bad_alloc on a huge file)
    // becomes that source's error.
    size_t pieces_merged = 0;
    try {
      text::Document doc;
      Status s = text::ReadDocument(paths[i].path, &doc, paths[i].name, options.read);
      if (!s.ok()) {
        errors[i] = s.message();
        std::lock_guard<std::mutex> lock(mu);
        if (options.on_progress) options.on_progress(0, 1);
        return;
      }
      extract::ExtractDocumentPieces(extractor, doc, piece_threads,
                                     [&](size_t, extract::DocumentFacts facts, size_t piece_bytes) {
                                       std::lock_guard<std::mutex> lock(mu);
                                       pieces_merged++;  // before: an Add that throws may have merged part
                                       graph->Add(std::move(facts));
                                       if (options.on_progress) options.on_progress(piece_bytes, 0);
                                     });
      std::lock_guard<std::mutex> lock(mu);
      report->documents_read++;
      report->bytes_read += doc.file_sha256.empty() ? doc.bytes.size() : doc.file_size;
      if (options.on_progress) options.on_progress(0, 1);
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(mu);
      errors[i] = paths[i].path + ": " + e.what();
      if (pieces_merged > 0 && half_merged.empty()) half_merged = errors[i] + " (after part of it was read)";
      if (options.on_progress) options.on_progress(0, 1);
    }
  };
  // Standard input can be read only once and only by one thread.
  bool has_stdin = std::any_of(paths.begin(), paths.end(), [](const text::SourcePath& p) { return p.path == "-"; });
  int jobs = has_stdin ? 1 : ThreadsFor(options.jobs);
  RunEach(paths.size(), jobs, read_source);
  if (!half_merged.empty()) return Status::Error(half_merged);
  for (const auto& e : errors) {
    if (e.empty()) continue;
    if (options.strict) return Status::Error(e);
    report->skipped.push_back(e);
  }
  if (report->documents_read == 0) {
    // One source: its own message says it all; several: they were listed.
    if (report->skipped.size() == 1) {
      Status only = Status::Error(report->skipped.front());
      report->skipped.clear();
      return only;
    }
    return Status::Error("no source could be read (" + std::to_string(report->skipped.size()) + " skipped)");
  }
  graph->Finalize();
  return Status();
}

}  // namespace apparat::graph
