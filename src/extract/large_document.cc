#include "extract/large_document.h"

#include <algorithm>
#include <exception>
#include <future>
#include <map>
#include <mutex>

#include "base/parallel.h"
#include "text/sha256.h"

namespace apparat::extract {

namespace {

// Where the piece that starts at `from` ends: the first blank line after
// from + kPieceBytes, else a line break, else a character boundary.
size_t CutAfter(const std::string& b, size_t from) {
  size_t target = from + kPieceBytes;
  if (target >= b.size()) return b.size();
  const size_t window = kPieceBytes / 8;
  size_t at = b.find("\n\n", target);
  if (at != std::string::npos && at - target < window) return at + 2;
  at = b.find('\n', target);
  if (at != std::string::npos && at - target < window) return at + 1;
  at = target;
  while (at < b.size() && (static_cast<unsigned char>(b[at]) & 0xC0) == 0x80) ++at;  // not inside a character
  return at;
}

struct Cut {
  size_t start = 0, end = 0;
  int line_base = 0;  // lines of the file before `start`
};

std::vector<Cut> CutPieces(const std::string& b) {
  std::vector<Cut> cuts;
  int line = 0;
  for (size_t start = 0; start < b.size();) {
    size_t end = CutAfter(b, start);
    cuts.push_back({start, end, line});
    line += static_cast<int>(std::count(b.begin() + start, b.begin() + end, '\n'));
    start = end;
  }
  return cuts;
}

}  // namespace

void ExtractDocumentPieces(const Extractor& extractor, const text::Document& doc, int threads, const PieceSink& take) {
  // Decoded and TEI documents keep their own map back to the file.
  if (doc.bytes.size() < kSplitBytes || !doc.origin.empty()) {
    DocumentFacts facts = extractor.Extract(doc);
    size_t bytes = facts.bytes;
    take(0, std::move(facts), bytes);
    return;
  }
  const std::vector<Cut> cuts = CutPieces(doc.bytes);
  // Task 0 hashes the whole file, tasks 1..n read the pieces: on one
  // thread the hash comes first; on several it runs beside the first
  // pieces, which wait for it only to hand their facts on.
  std::promise<std::string> sha_promise;
  std::shared_future<std::string> sha = sha_promise.get_future().share();
  RunEach(cuts.size() + 1, threads, [&](size_t task) {
    if (task == 0) {
      try {
        sha_promise.set_value(text::Sha256Hex(doc.bytes));
      } catch (...) {
        sha_promise.set_exception(std::current_exception());  // the waiting pieces fail too
        throw;
      }
      return;
    }
    const Cut& c = cuts[task - 1];
    text::Document p;
    p.name = doc.name;
    p.path = doc.path;
    p.bytes = doc.bytes.substr(c.start, c.end - c.start);
    p.body_start = c.start == 0 ? doc.body_start : 0;
    p.origin = {{0, c.start, 0}};
    p.offsets_in_file = true;
    p.file_sha256 = text::kFileSha256Later;  // not the piece's: the file's, below
    p.file_size = doc.bytes.size();
    p.line_base = c.line_base;
    DocumentFacts facts = extractor.Extract(p);
    facts.sha256 = sha.get();
    take(task - 1, std::move(facts), c.end - c.start);
  });
}

DocumentFacts ExtractDocument(const Extractor& extractor, const text::Document& doc, int threads) {
  std::mutex mu;
  std::vector<DocumentFacts> facts;
  ExtractDocumentPieces(extractor, doc, threads, [&](size_t piece, DocumentFacts f, size_t) {
    std::lock_guard<std::mutex> lock(mu);
    if (facts.size() <= piece) facts.resize(piece + 1);
    facts[piece] = std::move(f);
  });
  DocumentFacts out = std::move(facts[0]);
  // One record per entity, as a document lists them: a name two pieces
  // spell differently is merged as the graph merges documents (the smaller
  // label wins, the other becomes an alias; the smaller authority id).
  std::map<std::string, size_t> at;
  for (size_t k = 0; k < out.entities.size(); ++k) at.emplace(out.entities[k].id, k);
  for (size_t i = 1; i < facts.size(); ++i) {
    for (auto& e : facts[i].entities) {
      auto [it, fresh] = at.emplace(e.id, out.entities.size());
      if (fresh) {
        out.entities.push_back(std::move(e));
        continue;
      }
      EntityRecord& r = out.entities[it->second];
      auto add_alias = [&r](const std::string& a) {
        if (a != r.label && std::find(r.aliases.begin(), r.aliases.end(), a) == r.aliases.end()) r.aliases.push_back(a);
      };
      if (e.label < r.label) std::swap(e.label, r.label);
      add_alias(e.label);
      for (const auto& a : e.aliases) add_alias(a);
      r.aliases.erase(std::remove(r.aliases.begin(), r.aliases.end(), r.label), r.aliases.end());
      if (!e.authority.empty() && (r.authority.empty() || e.authority < r.authority)) r.authority = e.authority;
    }
    for (auto& f : facts[i].facts) out.facts.push_back(std::move(f));
  }
  return out;
}

}  // namespace apparat::extract
