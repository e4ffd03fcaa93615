#include "extract/large_document.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

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

}  // namespace

DocumentFacts ExtractDocument(const Extractor& extractor, const text::Document& doc, int threads) {
  // Decoded and TEI documents keep their own map back to the file.
  if (doc.bytes.size() < kSplitBytes || !doc.origin.empty()) return extractor.Extract(doc);
  std::vector<text::Document> pieces;
  std::string sha = text::Sha256Hex(doc.bytes);
  int line = 0;
  for (size_t start = 0; start < doc.bytes.size();) {
    size_t end = CutAfter(doc.bytes, start);
    text::Document p;
    p.name = doc.name;
    p.path = doc.path;
    p.bytes = doc.bytes.substr(start, end - start);
    p.body_start = start == 0 ? doc.body_start : 0;
    p.origin = {{0, start, 0}};
    p.offsets_in_file = true;
    p.file_sha256 = sha;
    p.file_size = doc.bytes.size();
    p.line_base = line;
    line += static_cast<int>(std::count(p.bytes.begin(), p.bytes.end(), '\n'));
    pieces.push_back(std::move(p));
    start = end;
  }
  std::vector<DocumentFacts> facts(pieces.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < pieces.size(); i = next++) facts[i] = extractor.Extract(pieces[i]);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::min<int>(threads, static_cast<int>(pieces.size())); ++t) {
    try {
      pool.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // fewer threads; the work still gets done
    }
  }
  work();
  for (auto& t : pool) t.join();
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
